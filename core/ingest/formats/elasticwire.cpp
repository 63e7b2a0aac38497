#include "elasticwire.h"

namespace rumscope::formats::elastic {
namespace {

/// A key in its v2 and v3 spelling (formats.md §4.3); empty where a version has no such key.
struct Key
{
    std::string_view v2;
    std::string_view v3;
};

// Line types
constexpr Key kMetadata{"metadata", "m"};
constexpr Key kTransaction{"transaction", "x"};
constexpr Key kSpan{"span", ""};
constexpr Key kError{"error", "e"};
// Shared
constexpr Key kId{"id", "id"};
constexpr Key kName{"name", "n"};
constexpr Key kType{"type", "t"};
constexpr Key kSubtype{"subtype", "su"};
constexpr Key kDuration{"duration", "d"};
constexpr Key kTimestamp{"timestamp", "timestamp"};
constexpr Key kContext{"context", "c"};
constexpr Key kUser{"user", "u"};
constexpr Key kOutcome{"outcome", "o"};
// Metadata
constexpr Key kService{"service", "se"};
constexpr Key kVersion{"version", "ve"};
constexpr Key kEnvironment{"environment", "en"};
constexpr Key kNetwork{"network", "n"};
constexpr Key kConnection{"connection", "c"};
// Context
constexpr Key kPage{"page", "p"};
constexpr Key kUrl{"url", "url"};
constexpr Key kReferrer{"referer", "rf"};
constexpr Key kTags{"tags", "g"};
constexpr Key kHttp{"http", "h"};
constexpr Key kStatusCode{"status_code", "sc"};
constexpr Key kResponse{"response", "r"};
constexpr Key kTransferSize{"transfer_size", "ts"};
constexpr Key kEncodedSize{"encoded_body_size", "ebs"};
// Transaction
constexpr Key kSpans{"", "y"};
constexpr Key kMarks{"marks", "k"};
constexpr Key kAgentMarks{"agent", "a"};
constexpr Key kNavigationTiming{"navigationTiming", "nt"};
constexpr Key kExperience{"experience", "exp"};
constexpr Key kCls{"cls", "cls"};
constexpr Key kFid{"fid", "fid"};
constexpr Key kTbt{"tbt", "tbt"};
constexpr Key kInpValue{"inp_value", "inp_value"};
constexpr Key kSession{"session", "ses"};
// Marks: agent.* and navigationTiming.*, ms from fetchStart
constexpr Key kTimeToFirstByte{"timeToFirstByte", "fb"};
constexpr Key kFirstContentfulPaint{"firstContentfulPaint", "fp"};
constexpr Key kLargestContentfulPaint{"largestContentfulPaint", "lp"};
constexpr Key kDomInteractive{"domInteractive", "di"};
constexpr Key kDomainLookupStart{"domainLookupStart", "ls"};
constexpr Key kDomainLookupEnd{"domainLookupEnd", "le"};
constexpr Key kConnectStart{"connectStart", "cs"};
constexpr Key kConnectEnd{"connectEnd", "ce"};
constexpr Key kResponseStart{"responseStart", "rs"};
constexpr Key kDomContentLoadedStart{"domContentLoadedEventStart", "ds"};
constexpr Key kDomContentLoadedEnd{"domContentLoadedEventEnd", "de"};
constexpr Key kLoadStart{"loadEventStart", "es"};
constexpr Key kLoadEnd{"loadEventEnd", "ee"};
// Span
constexpr Key kTransactionId{"transaction_id", ""};
constexpr Key kStart{"start", "s"};
// Error
constexpr Key kException{"exception", "ex"};
constexpr Key kLog{"log", "log"};
constexpr Key kMessage{"message", "mg"};
constexpr Key kStacktrace{"stacktrace", "st"};
constexpr Key kAbsPath{"abs_path", "ap"};
constexpr Key kFilename{"filename", "f"};
constexpr Key kFunction{"function", "fn"};
constexpr Key kLineNumber{"lineno", "li"};
constexpr Key kColumnNumber{"colno", "co"};

/// The agent's session ids are 16 hex digits; anything much longer is no id, and each record
/// would repeat it.
constexpr qsizetype kMaxSessionIdLength = 128;

/// V8 cuts stacks at 10 frames unless a site raises Error.stackTraceLimit: a hundred is no
/// real stack, and each frame costs memory.
constexpr qsizetype kMaxFrames = 100;

/// An object read with one version's spelling of the keys.
class Node
{
public:
    Node(json::object object, bool shortKeys)
        : m_object(object)
        , m_short(shortKeys)
    {}

    std::optional<Node> object(Key key) const
    {
        const std::string_view name = spelling(key);
        if (name.empty())
            return std::nullopt;
        const std::optional<json::object> child = json::objectAt(m_object, name);
        return child ? std::optional<Node>(Node(*child, m_short)) : std::nullopt;
    }
    std::optional<json::array> array(Key key) const
    {
        const std::string_view name = spelling(key);
        return name.empty() ? std::nullopt : json::arrayAt(m_object, name);
    }
    double number(Key key) const
    {
        const std::string_view name = spelling(key);
        return name.empty() ? kUnset : json::numberOr(m_object, name);
    }
    QString text(Key key) const
    {
        const std::string_view name = spelling(key);
        return name.empty() ? QString() : json::textAt(m_object, name);
    }
    /// `timestamp`: µs since the epoch → ms; nullopt when absent or not a time at all, so that
    /// the receive time stands in for it as it does when the agent leaves it out.
    std::optional<qint64> timestamp() const
    {
        const double micros = number(kTimestamp);
        constexpr double kEarliest = 946684800000.0 * 1000; // 2000-01-01
        constexpr double kLatest = 4102444800000.0 * 1000;  // 2100-01-01
        if (!(micros >= kEarliest && micros <= kLatest))
            return std::nullopt;
        return qint64(micros / 1000);
    }

    /// An object found inside this one (an array item), read with the same spelling.
    Node wrap(json::object object) const { return Node(object, m_short); }

private:
    std::string_view spelling(Key key) const { return m_short ? key.v3 : key.v2; }

    json::object m_object;
    bool m_short;
};

/// end − start for two marks, when both are there and in order.
double interval(const Node &marks, Key start, Key end)
{
    const double from = marks.number(start);
    const double to = marks.number(end);
    return isSet(from) && isSet(to) && to >= from ? to - from : kUnset;
}

double firstSet(double a, double b)
{
    return isSet(a) ? a : b;
}

PageContext pageContext(const Node &line)
{
    PageContext result;
    const std::optional<Node> context = line.object(kContext);
    if (!context)
        return result;
    if (const std::optional<Node> page = context->object(kPage)) {
        result.url = page->text(kUrl);
        result.referrer = page->text(kReferrer);
    }
    if (const std::optional<Node> user = context->object(kUser))
        result.userId = user->text(kId);
    return result;
}

Metadata metadata(const Node &line)
{
    Metadata result;
    if (const std::optional<Node> service = line.object(kService)) {
        result.service = service->text(kName);
        result.version = service->text(kVersion);
        result.environment = service->text(kEnvironment);
    }
    if (const std::optional<Node> user = line.object(kUser))
        result.userId = user->text(kId);
    if (const std::optional<Node> network = line.object(kNetwork)) {
        if (const std::optional<Node> connection = network->object(kConnection))
            result.effectiveType = connection->text(kType);
    }
    return result;
}

void readMarks(const Node &line, Transaction &result)
{
    if (const std::optional<Node> experience = line.object(kExperience)) {
        result.cls = experience->number(kCls);
        result.fid = experience->number(kFid);
        result.tbt = experience->number(kTbt);
    }
    const std::optional<Node> marks = line.object(kMarks);
    if (!marks)
        return;
    if (const std::optional<Node> agent = marks->object(kAgentMarks)) {
        result.ttfb = agent->number(kTimeToFirstByte);
        result.fcp = agent->number(kFirstContentfulPaint);
        result.lcp = agent->number(kLargestContentfulPaint);
        result.domInteractive = agent->number(kDomInteractive);
    }
    if (const std::optional<Node> timing = marks->object(kNavigationTiming)) {
        // The agent's own marks come first; navigation timing fills what they leave out.
        result.ttfb = firstSet(result.ttfb, timing->number(kResponseStart));
        result.domInteractive = firstSet(result.domInteractive, timing->number(kDomInteractive));
        result.domContentLoaded =
            firstSet(timing->number(kDomContentLoadedEnd), timing->number(kDomContentLoadedStart));
        result.load = firstSet(timing->number(kLoadEnd), timing->number(kLoadStart));
        result.dns = interval(*timing, kDomainLookupStart, kDomainLookupEnd);
        result.connect = interval(*timing, kConnectStart, kConnectEnd);
    }
}

/// A 1-based line or column; 0 (unknown) for anything that is not one.
int lineNumber(double value)
{
    return value >= 1 && value <= 1e9 ? int(value) : 0;
}

} // namespace

bool LineReader::take()
{
    if (m_eventsLeft == 0) {
        m_overBudget = true;
        return false;
    }
    --m_eventsLeft;
    return true;
}

ErrorLine LineReader::error(json::object object, bool shortKeys)
{
    const Node line(object, shortKeys);
    ErrorLine result;
    result.timestamp = line.timestamp();
    result.page = pageContext(line);
    std::optional<Node> source = line.object(kException);
    if (!source) {
        source = line.object(kLog);
        result.fromLog = source.has_value();
    }
    if (!source)
        return result;
    result.type = source->text(kType);
    result.message = source->text(kMessage);
    const std::optional<json::array> stack = source->array(kStacktrace);
    if (!stack)
        return result;
    for (const json::element item : *stack) {
        if (result.frames.size() >= kMaxFrames || !take())
            break;
        const std::optional<json::object> object = json::objectOf(item);
        if (!object)
            continue;
        const Node frame = line.wrap(*object);
        StackFrame parsed;
        // The full URL, which source maps are looked up by; the origin-less path otherwise.
        parsed.file = frame.text(kAbsPath);
        if (parsed.file.isEmpty())
            parsed.file = frame.text(kFilename);
        parsed.function = frame.text(kFunction);
        parsed.line = lineNumber(frame.number(kLineNumber));
        parsed.column = lineNumber(frame.number(kColumnNumber));
        result.frames.append(parsed);
    }
    return result;
}

std::optional<Span> LineReader::span(json::object object, bool shortKeys)
{
    if (!take())
        return std::nullopt;
    const Node line(object, shortKeys);
    Span result;
    result.transactionId = line.text(kTransactionId);
    result.name = line.text(kName);
    result.type = line.text(kType);
    result.subtype = line.text(kSubtype);
    result.outcome = line.text(kOutcome);
    result.start = line.number(kStart);
    result.duration = line.number(kDuration);
    result.timestamp = line.timestamp();
    const std::optional<Node> context = line.object(kContext);
    if (const std::optional<Node> http = context ? context->object(kHttp) : std::nullopt) {
        // Resource and fetch spans alike: the URL with its query, status and sizes.
        result.url = http->text(kUrl);
        result.status = http->number(kStatusCode);
        if (const std::optional<Node> response = http->object(kResponse)) {
            result.transferSize = response->number(kTransferSize);
            result.encodedSize = response->number(kEncodedSize);
        }
    }
    return result;
}

Transaction LineReader::transaction(json::object object, bool shortKeys)
{
    const Node line(object, shortKeys);
    Transaction result;
    result.id = line.text(kId);
    result.name = line.text(kName);
    result.type = line.text(kType);
    result.duration = line.number(kDuration);
    result.timestamp = line.timestamp();
    result.page = pageContext(line);
    if (const std::optional<Node> session = line.object(kSession)) {
        const QString id = session->text(kId);
        if (id.size() <= kMaxSessionIdLength)
            result.sessionId = id.trimmed();
    }
    if (const std::optional<Node> context = line.object(kContext)) {
        if (const std::optional<Node> tags = context->object(kTags))
            result.inp = tags->number(kInpValue);
    }
    readMarks(line, result);
    if (const std::optional<json::array> spans = line.array(kSpans)) {
        for (const json::element item : *spans) {
            const std::optional<json::object> spanObject = json::objectOf(item);
            if (!spanObject)
                continue;
            std::optional<Span> parsed = span(*spanObject, shortKeys);
            if (!parsed)
                break;
            result.spans.push_back(std::move(*parsed));
        }
    }
    return result;
}

Line LineReader::read(json::object root)
{
    if (!take())
        return Ignored{};
    // The line's single key names its type and, by its spelling, the intake version.
    for (const bool shortKeys : {false, true}) {
        const auto key = [shortKeys](Key k) { return shortKeys ? k.v3 : k.v2; };
        if (const std::optional<json::object> object = json::objectAt(root, key(kMetadata)))
            return metadata(Node(*object, shortKeys));
        if (const std::optional<json::object> object = json::objectAt(root, key(kTransaction)))
            return transaction(*object, shortKeys);
        if (const std::optional<json::object> object = json::objectAt(root, key(kError)))
            return error(*object, shortKeys);
        if (!key(kSpan).empty()) {
            if (const std::optional<json::object> object = json::objectAt(root, key(kSpan))) {
                std::optional<Span> parsed = span(*object, shortKeys);
                return parsed ? Line(std::move(*parsed)) : Line(Ignored{});
            }
        }
    }
    return Ignored{};
}

} // namespace rumscope::formats::elastic
