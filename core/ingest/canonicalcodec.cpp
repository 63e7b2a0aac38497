#include "canonicalcodec.h"

#include "model/fields.h"

#include <QCoreApplication>

#include <charconv>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Canonical)
};

// Measurement attributes are kept as the JSON object the site sent.
bool isJsonObjectField(const char *key)
{
    return qstrcmp(key, "attributes") == 0;
}

// ---- writing --------------------------------------------------------------------------------

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escaped, 6);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

template<class T> void appendNumber(QByteArray &out, T value)
{
    // std::to_chars gives the shortest text that reads back to the same value, the same on
    // every run: generated files are byte-identical for identical inputs.
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

template<class R> void appendFields(const R &record, QByteArray &out)
{
    for (const Field<R> &field : fieldsOf<R>()) {
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                const T &value = record.*member;
                if constexpr (std::is_same_v<T, QString>) {
                    if (!value.isEmpty()) {
                        appendKey(out, field.key);
                        if (isJsonObjectField(field.key))
                            out += value.toUtf8();
                        else
                            appendJsonString(out, value);
                    }
                } else if constexpr (std::is_same_v<T, double>) {
                    if (isSet(value)) {
                        appendKey(out, field.key);
                        appendNumber(out, value);
                    }
                } else if constexpr (std::is_same_v<T, qint64>) {
                    if (value != 0 || field.requirement == FieldRequirement::Required) {
                        appendKey(out, field.key);
                        appendNumber(out, value);
                    }
                } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                    if (value) {
                        appendKey(out, field.key);
                        out += *value ? "true" : "false";
                    }
                } else {
                    if (!value.isEmpty()) {
                        appendKey(out, field.key);
                        out += framesToJson(value);
                    }
                }
            },
            field.member);
    }
}

// ---- reading --------------------------------------------------------------------------------

template<class R> const std::unordered_map<std::string_view, const Field<R> *> &fieldIndex()
{
    static const auto index = [] {
        std::unordered_map<std::string_view, const Field<R> *> map;
        for (const Field<R> &field : fieldsOf<R>())
            map.emplace(field.key, &field);
        return map;
    }();
    return index;
}

QString keyName(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

std::optional<double> numberOf(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::DOUBLE:
        return double(value.get_double());
    case simdjson::dom::element_type::INT64:
        return double(value.get_int64());
    case simdjson::dom::element_type::UINT64:
        return double(value.get_uint64());
    default:
        return std::nullopt;
    }
}

QString outOfRange(std::string_view key, double value, double min, double max)
{
    return Tr::tr("field \"%1\": %2 is outside the plausible range %3 to %4")
        .arg(keyName(key), QString::number(value, 'g', 12), QString::number(min, 'g', 12),
             QString::number(max, 'g', 12));
}

/// The last text seen per field: most fields repeat from line to line (app, release, browser,
/// country…), and reusing the shared QString saves a conversion and an allocation.
class TextCache
{
public:
    QString text(RecordType type, size_t field, std::string_view bytes)
    {
        Entry &entry = m_entries[size_t(type) * kMaxFields + std::min(field, kMaxFields - 1)];
        if (entry.bytes != bytes) {
            entry.bytes.assign(bytes);
            entry.text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        }
        return entry.text;
    }
    /// Label fields repeat a small set of values across records: each value is converted once,
    /// and the records share one QString, which also lets the store writer recognise it.
    QString label(std::string_view bytes)
    {
        if (const auto found = m_labels.find(bytes); found != m_labels.end())
            return found->second;
        if (m_labels.size() >= kMaxLabels)
            m_labels.clear(); // unusual traffic; the cache only saves work
        QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        m_labels.emplace(std::string(bytes), text);
        return text;
    }
    static constexpr size_t kMaxFields = 128;

private:
    struct BytesHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view bytes) const
        {
            return std::hash<std::string_view>()(bytes);
        }
    };
    static constexpr size_t kMaxLabels = 65536;
    std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> m_labels;

    struct Entry
    {
        std::string bytes;
        QString text;
    };
    std::vector<Entry> m_entries = std::vector<Entry>(kRecordTypeCount * kMaxFields);
};

template<class R> Result<Record> parseFields(simdjson::dom::object object, TextCache &cache)
{
    R record;
    const auto &index = fieldIndex<R>();
    std::array<bool, 128> seen{};
    for (auto [key, value] : object) {
        const auto found = index.find(key);
        if (found == index.end())
            continue; // "type", and fields a newer rumscope writes
        const Field<R> &field = *found->second;
        const auto fieldIndex = size_t(&field - fieldsOf<R>().data());
        if (value.is_null())
            continue; // absent, as if the key were missing
        seen[fieldIndex] = true;
        QString problem;
        std::visit(
            [&](auto member) {
                using T = std::remove_cvref_t<decltype(record.*member)>;
                T &target = record.*member;
                if constexpr (std::is_same_v<T, QString>) {
                    if (isJsonObjectField(field.key)) {
                        if (!value.is_object()) {
                            problem =
                                Tr::tr("field \"%1\" must be a JSON object").arg(keyName(key));
                            return;
                        }
                        target = QString::fromStdString(simdjson::minify(value));
                        return;
                    }
                    std::string_view text;
                    if (value.get_string().get(text) != simdjson::SUCCESS) {
                        problem = Tr::tr("field \"%1\" must be a string").arg(keyName(key));
                        return;
                    }
                    target = field.label ? cache.label(text)
                                         : cache.text(recordTypeOf<R>, fieldIndex, text);
                } else if constexpr (std::is_same_v<T, double> || std::is_same_v<T, qint64>) {
                    const std::optional<double> number = numberOf(value);
                    if (!number) {
                        problem = Tr::tr("field \"%1\" must be a number").arg(keyName(key));
                        return;
                    }
                    if (!(*number >= field.minimum && *number <= field.maximum)) {
                        problem = outOfRange(key, *number, field.minimum, field.maximum);
                        return;
                    }
                    target = T(*number);
                } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
                    bool flag = false;
                    if (value.get_bool().get(flag) != simdjson::SUCCESS) {
                        problem = Tr::tr("field \"%1\" must be true or false").arg(keyName(key));
                        return;
                    }
                    target = flag;
                } else {
                    std::optional<QList<StackFrame>> frames;
                    if (value.is_array())
                        frames = framesFromJson(QByteArray::fromStdString(simdjson::minify(value)));
                    if (!frames) {
                        problem = Tr::tr("field \"%1\" must be an array of stack frames")
                                      .arg(keyName(key));
                        return;
                    }
                    target = std::move(*frames);
                }
            },
            field.member);
        if (!problem.isEmpty())
            return Error{problem, 1};
    }
    for (const Field<R> &field : fieldsOf<R>()) {
        if (field.requirement == FieldRequirement::Required &&
            !seen[size_t(&field - fieldsOf<R>().data())])
            return Error{
                Tr::tr("the required field \"%1\" is missing").arg(QLatin1StringView(field.key)),
                1};
    }
    if constexpr (std::is_same_v<R, PageView>) {
        if (!record.navigationType.isEmpty() && !navigationTypes().contains(record.navigationType))
            return Error{Tr::tr("field \"navigationType\": \"%1\" is not one of %2")
                             .arg(record.navigationType, navigationTypes().join(u", ")),
                         1};
    }
    if constexpr (std::is_same_v<R, ErrorEvent>) {
        if (!record.kind.isEmpty() && !errorKinds().contains(record.kind))
            return Error{Tr::tr("field \"kind\": \"%1\" is not one of %2")
                             .arg(record.kind, errorKinds().join(u", ")),
                         1};
        if (record.fingerprint.isEmpty())
            record.fingerprint = errorFingerprint(record);
    }
    return Record(std::move(record));
}

} // namespace

void appendCanonicalLine(const Record &record, QByteArray &out)
{
    out += "{\"type\":\"";
    out += recordTypeName(recordType(record));
    out += '"';
    std::visit([&](const auto &r) { appendFields(r, out); }, record);
    out += "}\n";
}

QByteArray toCanonicalLine(const Record &record)
{
    QByteArray line;
    line.reserve(512);
    appendCanonicalLine(record, line);
    return line;
}

struct CanonicalParser::Private
{
    simdjson::dom::parser parser;
    TextCache cache;
};

CanonicalParser::CanonicalParser()
    : d(std::make_unique<Private>())
{}

CanonicalParser::~CanonicalParser() = default;

Result<Record> CanonicalParser::parseLine(QByteArrayView line)
{
    simdjson::dom::element document;
    if (const auto error = d->parser.parse(line.data(), size_t(line.size())).get(document)) {
        return Error{
            Tr::tr("not valid JSON (%1)").arg(QLatin1StringView(simdjson::error_message(error))),
            1};
    }
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS)
        return Error{Tr::tr("not a JSON object"), 1};
    std::string_view typeName;
    if (object["type"].get_string().get(typeName) != simdjson::SUCCESS)
        return Error{Tr::tr("no \"type\" field naming the record type"), 1};
    const std::optional<RecordType> type =
        recordTypeFromName(QString::fromUtf8(typeName.data(), qsizetype(typeName.size())));
    if (!type)
        return Error{Tr::tr("unknown record type \"%1\"").arg(keyName(typeName)), 1};
    switch (*type) {
    case RecordType::Session:
        return parseFields<Session>(object, d->cache);
    case RecordType::PageView:
        return parseFields<PageView>(object, d->cache);
    case RecordType::Error:
        return parseFields<ErrorEvent>(object, d->cache);
    case RecordType::Interaction:
        return parseFields<Interaction>(object, d->cache);
    case RecordType::Resource:
        return parseFields<Resource>(object, d->cache);
    case RecordType::LongTask:
        return parseFields<LongTask>(object, d->cache);
    case RecordType::Measurement:
        return parseFields<Measurement>(object, d->cache);
    }
    return Error{Tr::tr("unknown record type"), 1};
}

} // namespace rumscope
