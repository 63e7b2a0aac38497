#pragma once
// How rumscope-cli writes: results on stdout (text or one JSON document), messages on stderr,
// and the number, time and size formats its tables share.

#include <QJsonValue>
#include <QString>

namespace rumscope::cli {

void printOut(const QString &text);         ///< text and a newline on stdout
void printError(const QString &text);       ///< text and a newline on stderr
void printJson(const QJsonValue &document); ///< indented JSON and a newline on stdout

/// A JSON number, or null for NaN and infinities (which JSON cannot hold).
QJsonValue jsonNumber(double value);

QString formatCount(qint64 count);     ///< locale grouping: "1,234,567"
QString formatPercent(double share);   ///< share 0…1 → "62.3%" in the locale's style
QString formatBytes(qint64 bytes);     ///< "12.3 MB"
QString formatSeconds(double seconds); ///< "1.24 s"
QString formatTime(qint64 epochMs);    ///< "2024-05-01 13:45:00 UTC"
QString formatTimeMs(qint64 epochMs);  ///< "2024-05-01 13:45:00.123"
QString isoTime(qint64 epochMs);       ///< "2024-05-01T13:45:00.123Z", for JSON

/// The text on one line, cut to maximum characters with an ellipsis: long messages and URLs
/// would push every other column off a terminal line.
QString shortened(const QString &text, qsizetype maximum = 120);
/// How many of a list --limit cut were shown: "50 of 212 shown (--limit 0 shows all)", or
/// "212" when it showed all.
QString shownOf(qint64 shown, qint64 total);
/// "–" for an empty table cell.
QString orDash(const QString &text);

/// Whether stderr is an interactive terminal (progress lines are drawn only then).
bool stderrIsTerminal();

} // namespace rumscope::cli
