#include "routetemplate.h"

#include <QCoreApplication>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Enrich)
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != u'-' : !isHexDigit(s[i]))
            return false;
    }
    return true;
}

} // namespace

bool isIdSegment(QStringView segment)
{
    if (segment.isEmpty())
        return false;
    if (segment.contains(u'@'))
        return true;
    if (isUuid(segment))
        return true;
    bool digits = false;
    bool letters = false;
    bool hex = true;
    for (const QChar c : segment) {
        if (isDigit(c))
            digits = true;
        else if (isAsciiLetter(c))
            letters = true;
        else
            return false; // a separator: a slug such as iphone-15-pro, or a file name
        hex = hex && isHexDigit(c);
    }
    if (!letters)
        return true; // a number
    if (hex && segment.size() >= 16)
        return true; // a hash: MD5, SHA-1, a MongoDB ObjectId
    // Short tokens with digits are page names (v2, 2fa, mp3); long ones are generated ids.
    return digits && segment.size() >= 8;
}

QStringView urlPath(QStringView url)
{
    if (const qsizetype end = url.indexOf(u'?'); end >= 0)
        url = url.first(end);
    if (const qsizetype end = url.indexOf(u'#'); end >= 0)
        url = url.first(end);
    qsizetype authority = -1;
    if (url.startsWith(u"//")) {
        authority = 2; // protocol-relative
    } else if (const qsizetype colon = url.indexOf(u"://"); colon > 0) {
        bool scheme = true;
        for (const QChar c : url.first(colon))
            scheme =
                scheme && (isAsciiLetter(c) || isDigit(c) || c == u'+' || c == u'-' || c == u'.');
        if (scheme)
            authority = colon + 3;
    }
    if (authority >= 0) {
        const qsizetype slash = url.indexOf(u'/', authority);
        return slash < 0 ? QStringView() : url.sliced(slash);
    }
    return url;
}

Result<RouteTemplater> RouteTemplater::create(const QList<RouteRule> &rules)
{
    RouteTemplater templater;
    for (const RouteRule &rule : rules) {
        QRegularExpression pattern(rule.pattern);
        if (!pattern.isValid())
            return Error{Tr::tr("The route rule “%1” is not a valid regular expression: %2.")
                             .arg(rule.pattern, pattern.errorString())};
        if (rule.route.isEmpty())
            return Error{Tr::tr("The route rule “%1” has no route.").arg(rule.pattern)};
        templater.m_rules.append({pattern, rule.route});
    }
    return templater;
}

QString RouteTemplater::route(QStringView url) const
{
    QStringView path = urlPath(url);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty() || path == u"/")
        return QStringLiteral("/");

    for (const CompiledRule &rule : m_rules) {
        if (rule.pattern.match(path).hasMatch())
            return rule.route;
    }

    QString route;
    route.reserve(path.size() + 1);
    if (!path.startsWith(u'/'))
        route += u'/';
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0)
            end = path.size();
        const QStringView segment = path.sliced(start, end - start);
        route += isIdSegment(segment) ? QStringView(u":id") : segment;
        if (end < path.size())
            route += u'/';
        start = end + 1;
    }
    return route;
}

} // namespace rumscope
