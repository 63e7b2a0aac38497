#pragma once
// Imports files of canonical NDJSON into a store: every good line stored, every bad line
// quarantined with its line number and reason, every file journaled.

#include "common/progress.h"
#include "common/result.h"

#include <QList>
#include <QStringList>

namespace rumscope {

class StoreWriter;

struct QuarantineNote
{
    QString file;
    qint64 line = 0;
    QString reason;
};

struct ImportSummary
{
    qint64 accepted = 0;    ///< records stored
    qint64 quarantined = 0; ///< lines kept in quarantine
    qint64 bytesRead = 0;
    QList<QuarantineNote> notes; ///< the first quarantined lines (kMaxNotes)
    QStringList failedFiles;     ///< files that could not be read at all, with the reason
    bool cancelled = false;
    double seconds = 0;

    static constexpr int kMaxNotes = 100;
    /// Nothing could be read: every file failed, or every line was bad.
    bool nothingRead() const { return accepted == 0 && quarantined == 0; }
};

/// Reads the files ("-" is standard input) and hands their records to writer. Progress is in
/// bytes of all files together; a cancelled import keeps what was committed before.
ImportSummary importFiles(const QStringList &paths, StoreWriter &writer,
                          const Progress &progress = {});

} // namespace rumscope
