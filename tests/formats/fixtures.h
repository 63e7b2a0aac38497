#pragma once
// The captured SDK requests of tests/data/fixtures (copied from ../shared/fixtures), as the
// payloads the collector would build, and the records the parsers make of them.

#include "ingest/beaconparser.h"
#include "ingest/payload.h"

#include <QList>
#include <QString>

#include <vector>

namespace rumscope::test {

struct FixtureRequest
{
    QString session; ///< the capture's session label: desktop-win-chrome, mobile-android-3g
    Payload payload;
};

/// Every request of a fixture file (e.g. "faro-gzip"); OPTIONS and other non-beacon requests
/// are included, filter them by method and path. Fails the test when the file cannot be read.
QList<FixtureRequest> loadFixture(const QString &name);

/// The beacons of a fixture (POSTs, and GETs to /beacon/), in arrival order.
QList<FixtureRequest> loadBeacons(const QString &name);

/// Parses every beacon of a fixture with `format`, failing the test on the first payload that
/// does not parse; the records of all of them in order, and every note.
ParsedBeacon parseFixture(const QString &name, WireFormat format);

/// The reason a result failed, for QVERIFY2 (which builds its message even when the check
/// passes: only a failed result has one).
template<class T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

/// The records of one type: recordsOf<PageView>(parsed.records).
template<class R> std::vector<R> recordsOf(const std::vector<Record> &records)
{
    std::vector<R> result;
    for (const Record &record : records) {
        if (const R *r = std::get_if<R>(&record))
            result.push_back(*r);
    }
    return result;
}

/// The page views as the store keeps them: parts with one view id merged, later non-empty
/// fields winning, the earliest time kept (what the store's upsert does), in first-seen order.
std::vector<PageView> mergedViews(const std::vector<Record> &records);

} // namespace rumscope::test
