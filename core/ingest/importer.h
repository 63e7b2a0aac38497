#pragma once
// Imports files into a store: canonical NDJSON, any SDK's beacons (one per line, or a whole
// file for Elastic NDJSON and Sentry envelopes), files of captured HTTP requests, and folders
// of such files, each file's format detected unless one is given. Every good record stored,
// every bad line or payload quarantined with its line number and reason, every file journaled.

#include "common/progress.h"
#include "common/result.h"
#include "wireformat.h"

#include <QList>
#include <QStringList>

namespace rumscope {

class Enricher;
class StoreWriter;

struct QuarantineNote
{
    QString file;
    qint64 line = 0;
    QString reason;
};

struct ImportSummary
{
    qint64 accepted = 0;      ///< records stored
    qint64 quarantined = 0;   ///< lines or payloads kept in quarantine
    qint64 droppedValues = 0; ///< implausible values left out of accepted records (with notes)
    qint64 bytesRead = 0;
    QList<QuarantineNote> notes;        ///< the first quarantined lines (kMaxNotes)
    QList<QuarantineNote> droppedNotes; ///< the first values left out (kMaxNotes)
    QStringList failedFiles;            ///< files that could not be read at all, with the reason
    bool cancelled = false;
    double seconds = 0;

    static constexpr int kMaxNotes = 100;
    /// Nothing could be read: every file failed, or every line was bad.
    bool nothingRead() const { return accepted == 0 && quarantined == 0; }
};

struct ImportOptions
{
    /// Read every file as this format instead of detecting it (captured-request files stay
    /// captured requests: the format then applies to their bodies).
    std::optional<WireFormat> format;
    /// Fills in browser, device, geography and routes for records parsed from SDK beacons
    /// (canonical lines are stored as they are). Not owned; none: records stay as parsed.
    Enricher *enricher = nullptr;
};

/// Reads the files and folders ("-" is standard input) and hands their records to writer.
/// Progress is in bytes of all files together; a cancelled import keeps what was committed.
ImportSummary importFiles(const QStringList &paths, StoreWriter &writer,
                          const Progress &progress = {}, const ImportOptions &options = {});

} // namespace rumscope
