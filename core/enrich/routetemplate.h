#pragma once
// URL → route template: /product/12345?ref=x → /product/:id, so the page views of one page
// type group together whatever item they show. The user's rules come first; then every path
// segment that looks like an identifier becomes :id.

#include "common/result.h"
#include "enricher.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace rumscope {

class RouteTemplater
{
public:
    /// Fails when a rule's pattern is not a valid regular expression or it has no route.
    static Result<RouteTemplater> create(const QList<RouteRule> &rules);

    /// The route of an absolute or relative URL: the path only (no query, no fragment), no
    /// trailing slash except for "/" itself.
    QString route(QStringView url) const;

private:
    struct CompiledRule
    {
        QRegularExpression pattern;
        QString route;
    };
    QList<CompiledRule> m_rules;
};

/// The path of a URL, "" when it has none: https://a.example/x/y?q#f → /x/y.
QStringView urlPath(QStringView url);

/// A path segment that names one item rather than a page type: a number, a UUID, a hex hash
/// of 16 or more digits, a mixed letters-and-digits token of 8 or more characters (no
/// separators: "a1b2c3d4", "dQw4w9WgXcQ"), or anything with an @ (e-mail addresses, @handles).
bool isIdSegment(QStringView segment);

} // namespace rumscope
