#include "urlscrubber.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace rumscope {
namespace {

// Whole words of a parameter name. "key" and "auth" only as words: "keyword" and "author"
// are not personal.
constexpr QStringView kWords[] = {
    u"email",     u"mail", u"phone",      u"token",       u"jwt",  u"password",
    u"passwd",    u"pwd",  u"pass",       u"secret",      u"auth", u"authorization",
    u"session",   u"sid",  u"credential", u"credentials", u"key",  u"apikey",
    u"signature", u"sig",  u"otp",        u"ssn",
};

// Endings of the name's letters run together, for names written as one word.
constexpr QStringView kSuffixes[] = {
    u"email",     u"token",  u"password",  u"passwd",   u"secret",   u"apikey",
    u"sessionid", u"sessid", u"firstname", u"lastname", u"fullname", u"surname",
};

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// Percent-decoded, with + as a space, as a form decoder reads it.
QString decoded(QStringView text)
{
    if (!text.contains(u'%') && !text.contains(u'+'))
        return text.toString();
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

/// A JSON Web Token: base64url of '{"' ("eyJ"), three dot-separated parts.
bool isJwt(QStringView value)
{
    if (!value.startsWith(u"eyJ") || value.count(u'.') != 2 || value.size() < 20)
        return false;
    for (const QChar c : value) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.' && c != u'=')
            return false;
    }
    return true;
}

bool isPersonalParameter(QStringView parameter)
{
    const qsizetype equals = parameter.indexOf(u'=');
    const QStringView name = equals < 0 ? parameter : parameter.first(equals);
    if (isPersonalParameterName(decoded(name)))
        return true;
    if (equals < 0)
        return false;
    const QStringView rawValue = parameter.sliced(equals + 1);
    if (isJwt(rawValue))
        return true;
    // Only a value with an @ (or an encoded one) can hold an address.
    if (!rawValue.contains(u'@') && !rawValue.contains(u"%40", Qt::CaseInsensitive))
        return false;
    return containsEmailAddress(decoded(rawValue));
}

/// The &-separated parameters without the personal ones; nullopt when none is personal.
std::optional<QString> scrubbedParameters(QStringView parameters)
{
    QString kept;
    bool removed = false;
    for (const QStringView parameter : parameters.tokenize(u'&', Qt::SkipEmptyParts)) {
        if (isPersonalParameter(parameter)) {
            removed = true;
            continue;
        }
        if (!kept.isEmpty())
            kept += u'&';
        kept += parameter;
    }
    if (!removed)
        return std::nullopt;
    return kept;
}

/// A fragment that carries parameters: #/route?a=b (hash routers) or #a=b&c=d (OAuth's
/// implicit flow). #section carries none.
std::optional<QString> scrubbedFragment(QStringView fragment)
{
    if (const qsizetype question = fragment.indexOf(u'?'); question >= 0) {
        const std::optional<QString> parameters = scrubbedParameters(fragment.sliced(question + 1));
        if (!parameters)
            return std::nullopt;
        return fragment.first(question) + (parameters->isEmpty() ? QString() : u'?' + *parameters);
    }
    if (fragment.contains(u'='))
        return scrubbedParameters(fragment);
    return std::nullopt;
}

} // namespace

bool isPersonalParameterName(QStringView name)
{
    QString letters;
    QStringList words;
    QString word;
    QChar previous;
    for (const QChar c : name) {
        if (!isAsciiAlnum(c)) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            // camelCase: a capital after a small letter starts a word (accessToken).
            if (c.isUpper() && previous.isLower() && !word.isEmpty()) {
                words.append(word);
                word.clear();
            }
            word += c.toLower();
            letters += c.toLower();
        }
        previous = c;
    }
    if (!word.isEmpty())
        words.append(word);

    if (letters == u"code")
        return true;
    for (const QString &w : std::as_const(words)) {
        for (const QStringView sensitive : kWords) {
            if (w == sensitive)
                return true;
        }
    }
    for (const QStringView suffix : kSuffixes) {
        if (letters.endsWith(suffix))
            return true;
    }
    return false;
}

bool containsEmailAddress(QStringView text)
{
    const auto localChar = [](QChar c) {
        return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-' ||
               c == u'\'';
    };
    const auto domainChar = [](QChar c) { return isAsciiAlnum(c) || c == u'.' || c == u'-'; };
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        if (at == 0 || !localChar(text[at - 1]))
            continue;
        qsizetype end = at + 1;
        while (end < text.size() && domainChar(text[end]))
            ++end;
        QStringView domain = text.sliced(at + 1, end - at - 1);
        while (domain.endsWith(u'.'))
            domain.chop(1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (dot <= 0)
            continue;
        const QStringView tld = domain.sliced(dot + 1);
        bool letters = tld.size() >= 2;
        for (const QChar c : tld)
            letters = letters && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'));
        if (letters)
            return true;
    }
    return false;
}

QString scrubUrl(const QString &url)
{
    const QStringView view(url);
    const qsizetype hash = view.indexOf(u'#');
    const QStringView beforeFragment = hash < 0 ? view : view.first(hash);
    const qsizetype question = beforeFragment.indexOf(u'?');
    std::optional<QString> query;
    if (question >= 0)
        query = scrubbedParameters(beforeFragment.sliced(question + 1));
    std::optional<QString> fragment;
    if (hash >= 0)
        fragment = scrubbedFragment(view.sliced(hash + 1));
    if (!query && !fragment)
        return url;

    // What went leaves no empty "?" or "#" behind; what stayed is copied as it was.
    QString result = (question >= 0 ? beforeFragment.first(question) : beforeFragment).toString();
    if (question >= 0 && !(query && query->isEmpty()))
        result += u'?' + (query ? *query : beforeFragment.sliced(question + 1).toString());
    if (hash >= 0 && !(fragment && fragment->isEmpty()))
        result += u'#' + (fragment ? *fragment : view.sliced(hash + 1).toString());
    return result;
}

} // namespace rumscope
