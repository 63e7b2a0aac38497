#include "jsondocument.h"

#include "limits.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Ingest)
};

} // namespace

JsonDocument::JsonDocument()
    : m_parser(size_t(limits::kMaxDecodedBytes))
{
    m_ready = m_parser.allocate(64 * 1024, limits::kMaxJsonDepth) == simdjson::SUCCESS;
}

Result<simdjson::dom::element> JsonDocument::parse(QByteArrayView text)
{
    if (!m_ready)
        return Error{Tr::tr("out of memory for parsing JSON"), 1};
    simdjson::dom::element root;
    const auto error = m_parser.parse(text.data(), size_t(text.size())).get(root);
    if (error == simdjson::SUCCESS)
        return root;
    if (error == simdjson::DEPTH_ERROR)
        return Error{Tr::tr("the JSON nests deeper than %1 levels").arg(limits::kMaxJsonDepth), 1};
    if (error == simdjson::CAPACITY)
        return Error{Tr::tr("the JSON is larger than %1 MiB").arg(limits::kMaxDecodedBytes >> 20),
                     1};
    if (error == simdjson::UTF8_ERROR)
        return Error{Tr::tr("the text is not valid UTF-8"), 1};
    if (error == simdjson::EMPTY)
        return Error{Tr::tr("the payload is empty"), 1};
    return Error{
        Tr::tr("not valid JSON (%1)").arg(QString::fromLatin1(simdjson::error_message(error))), 1};
}

namespace json {

std::optional<object> objectOf(element value)
{
    object result;
    if (value.get_object().get(result) != simdjson::SUCCESS)
        return std::nullopt;
    return result;
}

std::optional<array> arrayOf(element value)
{
    array result;
    if (value.get_array().get(result) != simdjson::SUCCESS)
        return std::nullopt;
    return result;
}

std::optional<element> member(object parent, std::string_view key)
{
    element value;
    if (parent.at_key(key).get(value) != simdjson::SUCCESS || value.is_null())
        return std::nullopt;
    return value;
}

std::optional<object> objectAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    return value ? objectOf(*value) : std::nullopt;
}

std::optional<array> arrayAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    return value ? arrayOf(*value) : std::nullopt;
}

std::optional<double> number(element value)
{
    double result;
    if (value.get_double().get(result) == simdjson::SUCCESS)
        return std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS && !text.empty() && text.size() < 40) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (ec == std::errc() && end == text.data() + text.size() && std::isfinite(result))
            return result;
    }
    return std::nullopt;
}

std::optional<double> numberAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    return value ? number(*value) : std::nullopt;
}

double numberOr(object parent, std::string_view key)
{
    return numberAt(parent, key).value_or(std::nan(""));
}

std::optional<qint64> integerAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    if (!value)
        return std::nullopt;
    int64_t signedValue;
    if (value->get_int64().get(signedValue) == simdjson::SUCCESS)
        return qint64(signedValue);
    uint64_t unsignedValue;
    if (value->get_uint64().get(unsignedValue) == simdjson::SUCCESS)
        return unsignedValue <= uint64_t(std::numeric_limits<qint64>::max())
                   ? std::optional<qint64>(qint64(unsignedValue))
                   : std::nullopt;
    std::string_view text;
    if (value->get_string().get(text) == simdjson::SUCCESS) {
        qint64 parsed = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        if (ec == std::errc() && end == text.data() + text.size())
            return parsed;
    }
    if (const std::optional<double> real = number(*value); real && std::abs(*real) < 9.2e18)
        return qint64(*real);
    return std::nullopt;
}

std::optional<bool> booleanAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    bool result;
    if (!value || value->get_bool().get(result) != simdjson::SUCCESS)
        return std::nullopt;
    return result;
}

std::string_view viewAt(object parent, std::string_view key)
{
    const std::optional<element> value = member(parent, key);
    std::string_view result;
    if (!value || value->get_string().get(result) != simdjson::SUCCESS)
        return {};
    return result;
}

QString textAt(object parent, std::string_view key)
{
    const std::string_view view = viewAt(parent, key);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString text(element value)
{
    std::string_view result;
    if (value.get_string().get(result) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(result.data(), qsizetype(result.size()));
}

QString minified(element value)
{
    return QString::fromStdString(simdjson::minify(value));
}

} // namespace json
} // namespace rumscope
