#pragma once
// What several format parsers need: stable derived ids, time conversions, URL pieces.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <optional>

namespace rumscope::formats {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Formats)
};

/// A stable id from parts (XXH3, 16 hex digits, prefixed): for sessions and views an SDK does
/// not name, so that beacons of one visit still land on one session.
QString derivedId(QLatin1StringView prefix, std::initializer_list<QByteArrayView> parts);
/// The 64-bit hash behind derivedId, for keys a parser remembers (parserstate.h).
quint64 partsHash(std::initializer_list<QByteArrayView> parts);

struct Input;
/// The client address of the payload with the day's secret salt (AddressSalts), as a part of a
/// derived id; empty when there is no address, or no parser state to keep the salt in.
QByteArray saltedAddress(const Input &input, qint64 epochMs);

/// ISO 8601 / RFC 3339 (2026-11-27T18:24:14.543Z, offsets allowed) → epoch ms.
std::optional<qint64> isoTimeToEpochMs(QByteArrayView text);

/// The path of a URL ("https://a.example/p/1?x=2#y" → "/p/1"); the text itself when it is
/// already a path.
QString urlPath(const QString &url);

} // namespace rumscope::formats
