#include "jsurl.h"

#include <QLocale>

#include <cmath>

namespace rumscope::formats::jsurl {
namespace {

/// Recursive descent over the JSURL grammar of boomerang's Compression plugin. Depth is checked
/// before every descent and every value counts against kMaxValues, so no input recurses or
/// allocates without bound.
class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    std::optional<Value> document()
    {
        Value value;
        if (!parseValue(value, 0) || m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_values = 0;

    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead].unicode() : u'\0';
    }

    bool eat(char16_t expected)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != expected)
            return false;
        ++m_pos;
        return true;
    }

    static int hexDigit(char16_t c)
    {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    }

    bool hexCode(qsizetype digits, char16_t &code)
    {
        if (m_pos + digits > m_text.size())
            return false;
        int result = 0;
        for (qsizetype i = 0; i < digits; ++i) {
            const int digit = hexDigit(m_text[m_pos + i].unicode());
            if (digit < 0)
                return false;
            result = result * 16 + digit;
        }
        m_pos += digits;
        code = char16_t(result);
        return true;
    }

    /// A string or key: runs to the next '~' or ')'. Escapes are UTF-16 code units, as
    /// JavaScript's charCodeAt gives them, so a surrogate pair arrives as two escapes.
    bool decodeString(QString &out)
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'~' || c == u')')
                break;
            if (c == u'!') {
                out.append(u'$');
                ++m_pos;
            } else if (c == u'*') {
                ++m_pos;
                char16_t code = 0;
                const bool wide = eat(u'*');
                if (!hexCode(wide ? 4 : 2, code))
                    return false;
                out.append(QChar(code));
            } else {
                out.append(m_text[m_pos]);
                ++m_pos;
            }
        }
        return true;
    }

    bool parseValue(Value &out, int depth)
    {
        if (depth > kMaxDepth || ++m_values > kMaxValues || !eat(u'~'))
            return false;
        if (eat(u'(')) {
            if (peek() == u'~') {
                out.type = Value::Type::Array;
                if (peek(1) == u')') {
                    m_pos += 2;
                    return true;
                }
                do {
                    out.children.emplace_back();
                    if (!parseValue(out.children.back(), depth + 1))
                        return false;
                } while (peek() == u'~');
                return eat(u')');
            }
            out.type = Value::Type::Object;
            if (eat(u')'))
                return true;
            for (;;) {
                QString key;
                if (!decodeString(key))
                    return false;
                out.keys.append(key);
                out.children.emplace_back();
                if (!parseValue(out.children.back(), depth + 1))
                    return false;
                if (eat(u')'))
                    return true;
                if (!eat(u'~'))
                    return false;
            }
        }
        if (eat(u'\'')) {
            out.type = Value::Type::String;
            return decodeString(out.string);
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != u'~' && m_text[m_pos] != u')')
            ++m_pos;
        const QStringView token = m_text.sliced(start, m_pos - start);
        if (token == u"null") {
            out.type = Value::Type::Null;
        } else if (token == u"true" || token == u"false") {
            out.type = Value::Type::Boolean;
            out.boolean = token == u"true";
        } else {
            if (token.isEmpty() || token.size() > 40)
                return false;
            bool ok = false;
            out.number = token.toDouble(&ok);
            if (!ok || !std::isfinite(out.number))
                return false;
            out.type = Value::Type::Number;
        }
        return true;
    }
};

std::optional<Value> fromJson(simdjson::dom::element element, int depth, qsizetype &values)
{
    using simdjson::dom::element_type;
    if (depth > kMaxDepth || ++values > kMaxValues)
        return std::nullopt;
    Value out;
    switch (element.type()) {
    case element_type::ARRAY:
        out.type = Value::Type::Array;
        for (simdjson::dom::element child : simdjson::dom::array(element)) {
            std::optional<Value> value = fromJson(child, depth + 1, values);
            if (!value)
                return std::nullopt;
            out.children.push_back(std::move(*value));
        }
        break;
    case element_type::OBJECT:
        out.type = Value::Type::Object;
        for (auto [key, child] : simdjson::dom::object(element)) {
            std::optional<Value> value = fromJson(child, depth + 1, values);
            if (!value)
                return std::nullopt;
            out.keys.append(QString::fromUtf8(key.data(), qsizetype(key.size())));
            out.children.push_back(std::move(*value));
        }
        break;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: {
        double number = 0;
        if (element.get_double().get(number) != simdjson::SUCCESS || !std::isfinite(number))
            return std::nullopt;
        out.type = Value::Type::Number;
        out.number = number;
        break;
    }
    case element_type::STRING:
        out.type = Value::Type::String;
        out.string = json::text(element);
        break;
    case element_type::BOOL:
        out.type = Value::Type::Boolean;
        out.boolean = element.get_bool().value_unsafe();
        break;
    case element_type::NULL_VALUE:
        break;
    }
    return out;
}

} // namespace

const Value *Value::member(QStringView key) const
{
    if (type != Type::Object)
        return nullptr;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i] == key)
            return &children[size_t(i)];
    }
    return nullptr;
}

std::optional<double> Value::toNumber() const
{
    if (type == Type::Number)
        return number;
    if (type == Type::String && !string.isEmpty() && string.size() < 40) {
        bool ok = false;
        const double parsed = string.toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

QString Value::toText() const
{
    if (type == Type::String)
        return string;
    if (type == Type::Number)
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    return {};
}

std::optional<Value> parse(QStringView text)
{
    return Parser(text).document();
}

std::optional<Value> parseJsurlOrJson(QByteArrayView text, JsonDocument &json)
{
    if (text.startsWith('~'))
        return parse(QString::fromUtf8(text));
    if (text.startsWith('{') || text.startsWith('[')) {
        // simdjson refuses invalid UTF-8 outright; a browser never sends it, so a bad byte
        // means damage in transit, and the rest of the value is still worth reading.
        const QByteArray clean = QString::fromUtf8(text).toUtf8();
        Result<simdjson::dom::element> root = json.parse(clean);
        if (!root)
            return std::nullopt;
        qsizetype values = 0;
        return fromJson(root.value(), 0, values);
    }
    return std::nullopt;
}

} // namespace rumscope::formats::jsurl
