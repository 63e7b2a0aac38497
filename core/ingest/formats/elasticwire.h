#pragma once
// Elastic APM RUM intake lines (v2 long keys, v3 short keys, ../shared/formats.md §4) read into
// plain values: a line's DOM is gone once the next line is parsed, and the records of a v2
// span need its transaction, which an earlier line carried.

#include "ingest/jsondocument.h"
#include "model/eventbase.h"
#include "model/stackframe.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace rumscope::formats::elastic {

struct Metadata
{
    QString service;
    QString version;
    QString environment;
    QString userId;
    QString effectiveType; ///< network.connection.type: navigator.connection.effectiveType
};

/// context.page and context.user, as transactions and errors carry them.
struct PageContext
{
    QString url;
    QString referrer;
    QString userId;
};

struct Span
{
    QString transactionId; ///< v2 only; a v3 span belongs to the transaction around it
    QString name;
    QString type;
    QString subtype;
    QString outcome;
    double start = kUnset; ///< ms after the transaction's start
    double duration = kUnset;
    std::optional<qint64> timestamp; ///< epoch ms, when the span has its own (v2 may)
    QString url;
    double status = kUnset;
    double transferSize = kUnset;
    double encodedSize = kUnset;
};

struct Transaction
{
    QString id;
    QString sessionId; ///< the agent's `session.id` (`ses.id`): page-loads, when configured
    QString name;
    QString type;
    double duration = kUnset;
    std::optional<qint64> timestamp; ///< epoch ms; RUM agents leave it out
    PageContext page;
    // Page load: marks (ms from fetchStart) and experience.
    double ttfb = kUnset;
    double fcp = kUnset;
    double lcp = kUnset;
    double domInteractive = kUnset;
    double domContentLoaded = kUnset;
    double load = kUnset;
    double dns = kUnset;
    double connect = kUnset;
    double cls = kUnset;
    double tbt = kUnset;
    double fid = kUnset;
    double inp = kUnset;     ///< page-exit: the inp_value tag
    std::vector<Span> spans; ///< v3: embedded; v2: its span lines, given back after reading
};

struct ErrorLine
{
    QString type;
    QString message;
    bool fromLog = false; ///< an intake `log` error rather than an `exception`
    std::optional<qint64> timestamp;
    PageContext page;
    QList<StackFrame> frames;
};

/// A line this parser does not use (metricsets, line types of later intake versions).
struct Ignored
{};

using Line = std::variant<Metadata, Transaction, Span, ErrorLine, Ignored>;

/// Reads the lines of one payload, holding the payload to a number of events (lines, spans and
/// stack frames): a hostile line can list millions of spans, and each would become a record.
class LineReader
{
public:
    explicit LineReader(size_t maxEvents)
        : m_eventsLeft(maxEvents)
    {}

    /// One NDJSON line's root object; Ignored when it has no key this parser knows.
    Line read(json::object root);
    /// The payload held more events than allowed; what was read after that is incomplete.
    bool overBudget() const { return m_overBudget; }

private:
    bool take();
    std::optional<Span> span(json::object object, bool shortKeys);
    Transaction transaction(json::object object, bool shortKeys);
    ErrorLine error(json::object object, bool shortKeys);

    size_t m_eventsLeft;
    bool m_overBudget = false;
};

} // namespace rumscope::formats::elastic
