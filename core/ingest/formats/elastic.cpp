// Elastic APM RUM intake v2/v3 NDJSON (../shared/formats.md §4) → canonical records.
//
// Ids. The intake links little across payloads: only page-load transactions carry the agent's
// session (`ses`, opt-in), and the page-exit transaction that reports a page's INP, errors,
// clicks and lone fetches name neither their page-load nor the session. So:
//  - A visit is named by what each request of one browser repeats: service, environment,
//    User-Agent, Accept-Language and client address, on one UTC day. The address tells apart
//    visitors with the same browser and language; it is only hashed, together with the rest
//    and the day's secret salt (AddressSalts), and no record keeps it. This derived id is the
//    session id until the agent names its own: a `ses.id` is remembered for the visit (ParserState)
//    and carried from then on.
//  - Each page-load and route-change is a view of its own, named by its session and its
//    transaction's id, which is new for every load.
//  - The other records repeat the URL and referrer of their document: they go to the latest
//    view of that page (visit, URL without fragment, referrer) that ParserState remembers, and
//    carry its session. Where none is remembered (a new process, a forgotten or not yet seen
//    load) they go to the id derived from session, URL and referrer, as a stand-in: the agent
//    sends a page-load once the page has loaded, after the errors and fetches of its loading,
//    so the load that comes next for that page, from before them, takes that id over.
//
// Times. RUM transactions carry no timestamp (the server stamps the receive time): a
// transaction started its duration before the payload arrived; spans start at their offset
// from it; errors happened when they arrived, unless they carry µs `timestamp`.

#include "beaconsupport.h"
#include "elasticwire.h"
#include "formatparsers.h"
#include "ingest/limits.h"
#include "parserstate.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>
#include <limits>

namespace rumscope::formats {
namespace {

using elastic::ErrorLine;
using elastic::Metadata;
using elastic::PageContext;
using elastic::Span;
using elastic::Transaction;
using View = ElasticViews::View;

constexpr double kMsPerDay = 86400e3;

/// How long before a load's start its records may seem to have happened. Times without a
/// timestamp count back from the receipt, and the agent sends a page-load a second or more
/// after it ended, so the start worked out for it comes late by that much.
constexpr qint64 kLoadStartSlackMs = 10'000;

/// A duration or offset as whole ms for time arithmetic; 0 for what is none (absent, negative,
/// beyond a day), so that junk moves no time out of the plausible range.
qint64 offsetMs(double value)
{
    return value >= 0 && value <= kMsPerDay ? qint64(std::llround(value)) : 0;
}

/// Where a transaction's spans hang: its start, its session and view, and its page.
struct Frame
{
    qint64 start = 0;
    QString sessionId;
    QString viewId;
    QString pageUrl;
    bool startsView = false; ///< page-load, route-change: span offsets count from the view
};

/// The URL of an HTTP span that lost its context (the agent's `external.truncated`): its name
/// is "METHOD url", the URL often relative to the page.
QString urlFromSpanName(const QString &name, const QString &pageUrl)
{
    const qsizetype space = name.indexOf(u' ');
    if (space <= 0) // a name of the site's own, no request line
        return {};
    const QString target = name.mid(space + 1).trimmed();
    if (target.isEmpty() || pageUrl.isEmpty())
        return target;
    return QUrl(pageUrl).resolved(QUrl(target)).toString();
}

struct ErrorText
{
    QString kind;
    QString type;
    QString message;
};

/// True for an error class name such as TypeError or DOMException.
bool isErrorTypeName(QStringView name)
{
    if (!(name.endsWith(u"Error") || name.endsWith(u"Exception")))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'$'))
            return false;
    }
    return true;
}

/// The agent sends what window.onerror and unhandledrejection saw ("Uncaught TypeError: x",
/// "Unhandled promise rejection: Error: x"), and v3 no type: split that into kind, type and
/// message, so that the same error reads and groups alike from v2, v3 and the other SDKs.
ErrorText errorText(const ErrorLine &error)
{
    ErrorText result{error.fromLog ? QStringLiteral("console") : QStringLiteral("exception"),
                     error.type, error.message};
    constexpr QLatin1StringView kUncaught("Uncaught ");
    constexpr QLatin1StringView kRejection("Unhandled promise rejection: ");
    if (result.message.startsWith(kRejection)) {
        result.kind = QStringLiteral("unhandled-rejection");
        result.message.remove(0, kRejection.size());
    } else if (result.message.startsWith(kUncaught)) {
        result.message.remove(0, kUncaught.size());
    }
    const qsizetype colon = result.message.indexOf(QLatin1StringView(": "));
    if (colon > 0) {
        const QStringView prefix = QStringView(result.message).first(colon);
        if (result.type.isEmpty() ? isErrorTypeName(prefix) : prefix == result.type) {
            result.type = prefix.toString();
            result.message.remove(0, colon + 2);
        }
    }
    return result;
}

/// A key of ElasticViews.
quint64 stateKey(std::initializer_list<QByteArrayView> parts)
{
    return partsHash(parts);
}

class RecordBuilder
{
public:
    /// `address`: the client address, salted (saltedAddress), or empty.
    RecordBuilder(const Payload &payload, QByteArray address, ElasticViews &views)
        : m_payload(payload)
        , m_address(std::move(address))
        , m_views(views)
        , m_userAgent(QString::fromUtf8(payload.header("user-agent")))
    {}

    void setMetadata(const Metadata &metadata);
    void addTransaction(const Transaction &transaction);
    void addError(const ErrorLine &error);
    /// A span whose transaction is not in the payload: its own time, or the receipt.
    void addOrphanSpan(const Span &span);
    std::vector<Record> finish();

private:
    template<class R> R event(qint64 time, const Frame &frame);
    std::optional<quint64> pageKey(const PageContext &page) const;
    View *attach(const PageContext &page, Frame &frame);
    void startView(const Transaction &transaction, Frame &frame);
    void adoptSession(const QString &agentSessionId);
    Session &sessionRecord(const QString &sessionId);
    void noteUser(const QString &sessionId, const QString &userId);
    void addSpans(const std::vector<Span> &spans, const Frame &frame);
    void addHttpSpan(const Span &span, const Frame &frame, qint64 time);
    void addPageLoad(const Transaction &transaction, const Frame &frame);
    void addPageExit(const Transaction &transaction, const Frame &frame, View *view);

    const Payload &m_payload;
    QByteArray m_address;
    ElasticViews &m_views;
    const QString m_userAgent;
    Metadata m_metadata;
    QString m_visitId;   ///< the derived session id: the visit's key in ElasticViews
    QString m_sessionId; ///< the agent's session id for the visit, else m_visitId
    std::vector<Record> m_records;
    std::vector<Session> m_sessions; ///< one per session id seen in the payload
    QHash<QString, size_t> m_sessionIndex;
};

void RecordBuilder::setMetadata(const Metadata &metadata)
{
    m_metadata = metadata;
    const QByteArray day = QByteArray::number(qint64(std::floor(m_payload.receivedAt / kMsPerDay)));
    m_visitId =
        derivedId(QLatin1StringView("els-"),
                  {metadata.service.toUtf8(), metadata.environment.toUtf8(), day,
                   m_payload.header("user-agent"), m_payload.header("accept-language"), m_address});
    const QString *agentSession = m_views.session(stateKey({m_visitId.toUtf8()}));
    m_sessionId = agentSession ? *agentSession : m_visitId;
    noteUser(m_sessionId, metadata.userId);
}

void RecordBuilder::adoptSession(const QString &agentSessionId)
{
    if (agentSessionId.isEmpty() || agentSessionId == m_sessionId)
        return;
    // The records before it keep the derived id: they are out of this parser's hands already.
    m_views.setSession(stateKey({m_visitId.toUtf8()}), agentSessionId);
    m_sessionId = agentSessionId;
}

template<class R> R RecordBuilder::event(qint64 time, const Frame &frame)
{
    R record;
    record.time = time;
    record.sessionId = frame.sessionId;
    record.viewId = frame.viewId;
    record.app = m_metadata.service;
    record.env = m_metadata.environment;
    record.release = m_metadata.version;
    // The session's first and last activity in this payload; the store widens them.
    Session &session = sessionRecord(frame.sessionId);
    session.time = std::min(session.time, time);
    session.lastSeen = std::max(session.lastSeen, time);
    return record;
}

Session &RecordBuilder::sessionRecord(const QString &sessionId)
{
    auto it = m_sessionIndex.constFind(sessionId);
    if (it == m_sessionIndex.cend()) {
        Session session;
        session.sessionId = sessionId;
        // Empty until an event sets them: a session without events is not sent.
        session.time = std::numeric_limits<qint64>::max();
        session.lastSeen = std::numeric_limits<qint64>::min();
        session.app = m_metadata.service;
        session.env = m_metadata.environment;
        session.release = m_metadata.version;
        it = m_sessionIndex.insert(sessionId, m_sessions.size());
        m_sessions.push_back(std::move(session));
    }
    return m_sessions[*it];
}

void RecordBuilder::noteUser(const QString &sessionId, const QString &userId)
{
    if (!userId.isEmpty())
        sessionRecord(sessionId).userId = userId;
}

std::optional<quint64> RecordBuilder::pageKey(const PageContext &page) const
{
    if (page.url.isEmpty())
        return std::nullopt;
    // The fragment is left out: the page-load reports location.href, the page-exit the
    // navigation entry of the document.
    const QString url = page.url.left(page.url.indexOf(u'#'));
    return stateKey({m_visitId.toUtf8(), url.toUtf8(), page.referrer.toUtf8()});
}

View *RecordBuilder::attach(const PageContext &page, Frame &frame)
{
    frame.sessionId = m_sessionId;
    frame.pageUrl = page.url;
    const std::optional<quint64> key = pageKey(page);
    if (!key) // no URL: nothing says which view it belongs to
        return nullptr;
    View *view = m_views.view(*key);
    if (!view) {
        const QString url = page.url.left(page.url.indexOf(u'#'));
        View standIn;
        standIn.viewId = derivedId(QLatin1StringView("elv-"),
                                   {m_sessionId.toUtf8(), url.toUtf8(), page.referrer.toUtf8()});
        standIn.sessionId = m_sessionId;
        standIn.start = frame.start;
        standIn.standIn = true;
        view = &m_views.setView(*key, std::move(standIn));
    } else if (view->standIn) {
        view->start = std::min(view->start, frame.start);
    }
    frame.viewId = view->viewId;
    frame.sessionId = view->sessionId;
    return view;
}

void RecordBuilder::startView(const Transaction &transaction, Frame &frame)
{
    frame.sessionId = m_sessionId;
    frame.pageUrl = transaction.page.url;
    frame.startsView = true;
    // The transaction's id is new for every load (16 random hex digits); a page-load that has
    // none still gets an id of its own from its page and start.
    const QString ownId =
        transaction.id.isEmpty()
            ? derivedId(QLatin1StringView("elv-"),
                        {m_sessionId.toUtf8(), transaction.page.url.toUtf8(),
                         transaction.page.referrer.toUtf8(), QByteArray::number(frame.start)})
            : derivedId(QLatin1StringView("elv-"), {m_sessionId.toUtf8(), transaction.id.toUtf8()});
    const quint64 load = stateKey({ownId.toUtf8()});
    const std::optional<quint64> key = pageKey(transaction.page);
    View *known = key ? m_views.view(*key) : nullptr;
    if (known && !known->standIn && known->load == load) {
        // The same load sent again: its view, and what is known of it (its INP), stay.
        frame.viewId = known->viewId;
        return;
    }
    if (known && known->standIn && !known->left &&
        known->start >= frame.start - kLoadStartSlackMs) {
        // Records of this load came first and wait on the stand-in: the load takes it over.
        // Those from before it began, or from a document that was left, belong to another.
        frame.viewId = known->viewId;
        known->sessionId = m_sessionId;
        known->start = frame.start;
        known->load = load;
        known->standIn = false;
        return;
    }
    frame.viewId = ownId;
    // A load older than the view remembered (payloads out of order) does not displace it.
    if (!key || (known && !known->standIn && known->start > frame.start))
        return;
    View view;
    view.viewId = ownId;
    view.sessionId = m_sessionId;
    view.start = frame.start;
    view.load = load;
    m_views.setView(*key, std::move(view));
}

void RecordBuilder::addPageLoad(const Transaction &transaction, const Frame &frame)
{
    PageView view = event<PageView>(frame.start, frame);
    view.url = transaction.page.url;
    view.referrer = transaction.page.referrer;
    view.userAgent = m_userAgent;
    view.effectiveType = m_metadata.effectiveType;
    view.ttfb = transaction.ttfb;
    view.fcp = transaction.fcp;
    view.lcp = transaction.lcp;
    view.cls = transaction.cls;
    view.fid = transaction.fid;
    view.tbt = transaction.tbt;
    view.domInteractive = transaction.domInteractive;
    view.domContentLoaded = transaction.domContentLoaded;
    view.load = transaction.load;
    view.dns = transaction.dns;
    view.connect = transaction.connect;
    // Without navigation timing marks the agent's browser-timing spans still time the phases.
    for (const Span &span : transaction.spans) {
        if (span.type != u"hard-navigation")
            continue;
        if (!isSet(view.dns) && span.name == u"Domain lookup")
            view.dns = span.duration;
        else if (!isSet(view.connect) && span.name == u"Making a connection to the server")
            view.connect = span.duration;
    }
    m_records.push_back(std::move(view));
}

void RecordBuilder::addPageExit(const Transaction &transaction, const Frame &frame, View *view)
{
    if (!view)
        return;
    view->left = true;
    if (!(transaction.inp >= 0))
        return;
    // The agent reports INP at every unload event and resets it after each: a 0 after a
    // nonzero report is that reset, no interaction, and must not replace the value. A first 0
    // is a measurement: every interaction took less than 40 ms.
    if (transaction.inp == 0 && view->inpReported)
        return;
    if (transaction.inp > 0)
        view->inpReported = true;
    PageView exit = event<PageView>(frame.start, frame);
    exit.url = transaction.page.url;
    exit.referrer = transaction.page.referrer;
    exit.userAgent = m_userAgent;
    exit.inp = transaction.inp;
    m_records.push_back(std::move(exit));
}

void RecordBuilder::addTransaction(const Transaction &transaction)
{
    adoptSession(transaction.sessionId);
    Frame frame;
    frame.start = transaction.timestamp ? *transaction.timestamp
                                        : m_payload.receivedAt - offsetMs(transaction.duration);
    const QString &type = transaction.type;
    if (type == u"page-load" || type == u"route-change") {
        startView(transaction, frame);
        noteUser(frame.sessionId, transaction.page.userId);
        if (type == u"page-load") {
            addPageLoad(transaction, frame);
        } else {
            PageView view = event<PageView>(frame.start, frame);
            view.url = transaction.page.url;
            view.referrer = transaction.page.referrer;
            view.navigationType = QStringLiteral("route-change");
            view.userAgent = m_userAgent;
            view.effectiveType = m_metadata.effectiveType;
            // The agent measures vitals on hard navigations only; a route change that carries
            // soft-navigation marks (rumscope's generator sends them) keeps them.
            view.fcp = transaction.fcp;
            view.lcp = transaction.lcp;
            view.cls = transaction.cls;
            m_records.push_back(std::move(view));
        }
        addSpans(transaction.spans, frame);
        return;
    }
    View *view = attach(transaction.page, frame);
    noteUser(frame.sessionId, transaction.page.userId);
    if (type == u"page-exit") {
        addPageExit(transaction, frame, view);
    } else if (type == u"user-interaction") {
        // "Click - button": the event type, then the element (with its name attribute, if any).
        Interaction interaction = event<Interaction>(frame.start, frame);
        const qsizetype dash = transaction.name.indexOf(QLatin1StringView(" - "));
        interaction.type = transaction.name.left(dash).toLower();
        if (dash >= 0)
            interaction.target = transaction.name.mid(dash + 3);
        // The transaction lasts from the click until the work it started is done: an upper
        // bound of the time to the next paint, which the agent does not send per interaction.
        interaction.duration = transaction.duration;
        m_records.push_back(std::move(interaction));
    } else if (type != u"http-request" && !(transaction.name.isEmpty() && type.isEmpty())) {
        // A custom transaction (apm.startTransaction): the site's own measurement.
        Measurement measurement = event<Measurement>(frame.start, frame);
        measurement.name = transaction.name.isEmpty() ? type : transaction.name;
        measurement.value = transaction.duration;
        measurement.attributes =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("transactionType"), type}})
                                  .toJson(QJsonDocument::Compact));
        m_records.push_back(std::move(measurement));
    }
    // http-request transactions are a fetch outside any other transaction; their span is it.
    addSpans(transaction.spans, frame);
}

void RecordBuilder::addHttpSpan(const Span &span, const Frame &frame, qint64 time)
{
    const QString url = span.url.isEmpty() ? urlFromSpanName(span.name, frame.pageUrl) : span.url;
    if (url.isEmpty())
        return;
    Resource resource = event<Resource>(time, frame);
    resource.url = url;
    // The agent does not tell fetch from XMLHttpRequest; fetch is what current sites use.
    resource.initiatorType = QStringLiteral("fetch");
    resource.startTime = frame.startsView ? span.start : kUnset;
    resource.duration = span.duration;
    resource.httpStatus = span.status;
    resource.transferSize = span.transferSize;
    resource.encodedSize = span.encodedSize;
    m_records.push_back(std::move(resource));
    const bool failed =
        isSet(span.status) ? span.status >= 400 : span.outcome == QLatin1StringView("failure");
    if (!failed)
        return;
    ErrorEvent error = event<ErrorEvent>(time + offsetMs(span.duration), frame);
    error.kind = QStringLiteral("http");
    error.type = QStringLiteral("HttpError");
    // Stored data, not user interface text: the same in every locale, so it groups.
    error.message = isSet(span.status)
                        ? QStringLiteral("HTTP %1 %2").arg(span.status).arg(span.name)
                        : QStringLiteral("%1 failed").arg(span.name);
    error.resourceUrl = url;
    error.httpStatus = span.status;
    m_records.push_back(std::move(error));
}

void RecordBuilder::addSpans(const std::vector<Span> &spans, const Frame &frame)
{
    constexpr QLatin1StringView kLongTaskPrefix("Longtask(");
    for (const Span &span : spans) {
        const qint64 time = span.timestamp ? *span.timestamp : frame.start + offsetMs(span.start);
        if (span.type == u"resource") {
            const QString url = span.url.isEmpty() ? span.name : span.url;
            if (url.isEmpty())
                continue;
            Resource resource = event<Resource>(time, frame);
            resource.url = url;
            resource.initiatorType = span.subtype;
            resource.startTime = frame.startsView ? span.start : kUnset;
            resource.duration = span.duration;
            resource.transferSize = span.transferSize;
            resource.encodedSize = span.encodedSize;
            m_records.push_back(std::move(resource));
        } else if (span.type.startsWith(u"external")) {
            addHttpSpan(span, frame, time);
        } else if (span.type == u"longtask") {
            // "Longtask(self)" is a task; the agent's "Total Blocking Time" span is not (TBT
            // comes with the page-load's experience).
            if (!span.name.startsWith(kLongTaskPrefix) || !span.name.endsWith(u')'))
                continue;
            LongTask task = event<LongTask>(time, frame);
            task.name = span.name.mid(kLongTaskPrefix.size(),
                                      span.name.size() - kLongTaskPrefix.size() - 1);
            task.duration = span.duration;
            m_records.push_back(std::move(task));
        } else if (span.type == u"app" && !span.name.isEmpty()) {
            // A User Timing measure (performance.measure) the agent picked up.
            Measurement measurement = event<Measurement>(time, frame);
            measurement.name = span.name;
            measurement.value = span.duration;
            m_records.push_back(std::move(measurement));
        }
    }
}

void RecordBuilder::addError(const ErrorLine &error)
{
    Frame frame;
    frame.start = error.timestamp.value_or(m_payload.receivedAt);
    attach(error.page, frame);
    noteUser(frame.sessionId, error.page.userId);
    ErrorEvent event = this->event<ErrorEvent>(frame.start, frame);
    ErrorText text = errorText(error);
    event.kind = std::move(text.kind);
    event.type = std::move(text.type);
    event.message = std::move(text.message);
    event.frames = error.frames;
    m_records.push_back(std::move(event));
}

void RecordBuilder::addOrphanSpan(const Span &span)
{
    Frame orphan;
    orphan.start = m_payload.receivedAt;
    orphan.sessionId = m_sessionId;
    addSpans({span}, orphan);
}

std::vector<Record> RecordBuilder::finish()
{
    std::vector<Record> records;
    records.reserve(m_sessions.size() + m_records.size());
    for (Session &session : m_sessions) {
        if (session.lastSeen >= session.time) // a user without events says nothing on its own
            records.push_back(std::move(session));
    }
    for (Record &record : m_records)
        records.push_back(std::move(record));
    return records;
}

} // namespace

Output parseElastic(const Input &input)
{
    // Spans, lines and frames each count: the record limit holds before records are made.
    elastic::LineReader reader(limits::kMaxRecordsPerPayload);
    std::vector<elastic::Line> lines;
    const QByteArrayView body(input.payload.body);
    qsizetype start = 0;
    qint64 lineNumber = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        ++lineNumber;
        const QByteArrayView text = body.sliced(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        const bool first = lines.empty();
        Result<json::element> root = input.json.parse(text);
        if (!root)
            return Error{first ? Tr::tr("The Elastic metadata line is not valid JSON: %1")
                                     .arg(root.error().message)
                               : Tr::tr("Line %1 of the Elastic payload is not valid JSON: %2")
                                     .arg(lineNumber)
                                     .arg(root.error().message),
                         1};
        const std::optional<json::object> object = json::objectOf(root.value());
        if (!object)
            return Error{
                Tr::tr("Line %1 of the Elastic payload is not a JSON object").arg(lineNumber), 1};
        elastic::Line line = reader.read(*object);
        if (reader.overBudget())
            return Error{Tr::tr("The Elastic payload holds more than %1 events")
                             .arg(limits::kMaxRecordsPerPayload),
                         1};
        // Without its metadata a payload has no app, release or environment to file under.
        if (first && !std::holds_alternative<Metadata>(line))
            return Error{Tr::tr("The Elastic payload does not start with a metadata line"), 1};
        lines.push_back(std::move(line));
    }
    if (lines.empty())
        return Error{Tr::tr("The Elastic payload is empty"), 1};

    // v2 sends a transaction's spans as lines of their own: give them back to it.
    QHash<QString, size_t> transactions;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (const auto *transaction = std::get_if<Transaction>(&lines[i]);
            transaction && !transaction->id.isEmpty())
            transactions.insert(transaction->id, i);
    }
    for (elastic::Line &line : lines) {
        auto *span = std::get_if<Span>(&line);
        if (!span || span->transactionId.isEmpty())
            continue;
        const auto owner = transactions.constFind(span->transactionId);
        if (owner == transactions.cend())
            continue;
        std::get<Transaction>(lines[*owner]).spans.push_back(std::move(*span));
        line = elastic::Ignored{};
    }

    // Without a parser's state (a caller of its own) the payload still joins its own parts.
    ParserState local;
    RecordBuilder builder(input.payload, saltedAddress(input, input.payload.receivedAt),
                          input.state ? input.state->elastic : local.elastic);
    for (const elastic::Line &line : lines) {
        if (const auto *metadata = std::get_if<Metadata>(&line)) {
            builder.setMetadata(*metadata);
        } else if (const auto *transaction = std::get_if<Transaction>(&line)) {
            builder.addTransaction(*transaction);
        } else if (const auto *error = std::get_if<ErrorLine>(&line)) {
            builder.addError(*error);
        } else if (const auto *span = std::get_if<Span>(&line)) {
            builder.addOrphanSpan(*span);
        }
    }
    return builder.finish();
}

} // namespace rumscope::formats
