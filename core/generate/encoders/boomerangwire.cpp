#include "boomerangwire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace rumscope::encoders::boomerangwire {

QByteArray base36(qint64 value)
{
    return QByteArray::number(value, 36);
}

QByteArray jsNumber(double value)
{
    // Below 2^53 an integral double prints as an integer; epoch milliseconds stay exact.
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void FormBody::add(const char *name, QByteArrayView value)
{
    // encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) as they are.
    static const QByteArray kUnreserved("!*'()");
    if (!m_body.isEmpty())
        m_body += '&';
    m_body += QByteArray(name).toPercentEncoding(kUnreserved);
    m_body += '=';
    m_body += value.toByteArray().toPercentEncoding(kUnreserved);
}

void FormBody::addNumber(const char *name, double value)
{
    if (!std::isnan(value))
        add(name, QByteArrayView(jsNumber(value)));
}

void FormBody::addText(const char *name, const QString &value)
{
    if (!value.isEmpty())
        add(name, value);
}

namespace jsurl {
namespace {

/// Keys and strings: [A-Za-z0-9_.-] stay, '$' becomes '!', the rest '*hh' or '**hhhh' by
/// UTF-16 code unit.
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
            u == u'_' || u == u'.' || u == u'-') {
            out += c;
        } else if (u == u'$') {
            out += u'!';
        } else if (u < 256) {
            out += u'*' + QString::number(u, 16).rightJustified(2, u'0');
        } else {
            out += QStringLiteral("**") + QString::number(u, 16).rightJustified(4, u'0');
        }
    }
    return out;
}

} // namespace

QString string(QStringView text)
{
    return QStringLiteral("~'") + escaped(text);
}

QString number(double value)
{
    return u'~' + QString::fromLatin1(jsNumber(value));
}

QString array(const QStringList &values)
{
    if (values.isEmpty())
        return QStringLiteral("~(~)");
    return QStringLiteral("~(") + values.join(QString()) + u')';
}

QString object(std::vector<std::pair<QString, QString>> members)
{
    std::sort(members.begin(), members.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QString out = QStringLiteral("~(");
    for (size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += u'~';
        out += escaped(members[i].first) + members[i].second;
    }
    return out + u')';
}

} // namespace jsurl

namespace {

using UrlRecords = std::pair<QString, QString>; // URL, its records joined by '|'

/// The trie below `depth` characters of the sorted URLs [begin, end), which share those.
QJsonObject trieNode(const std::vector<UrlRecords> &urls, size_t begin, size_t end, qsizetype depth)
{
    QJsonObject node;
    size_t i = begin;
    while (i < end) {
        const QString &url = urls[i].first;
        if (url.size() == depth) {
            // A URL that is also the prefix of others ends at a "|" key.
            node.insert(QStringLiteral("|"), urls[i].second);
            ++i;
            continue;
        }
        const QChar first = url[depth];
        size_t j = i + 1;
        while (j < end && urls[j].first.size() > depth && urls[j].first[depth] == first)
            ++j;
        if (j - i == 1) {
            node.insert(url.mid(depth), urls[i].second);
        } else {
            // Sorted: what the first and the last of the run share, all of them share.
            const QString &last = urls[j - 1].first;
            qsizetype common = depth + 1;
            while (common < url.size() && common < last.size() && url[common] == last[common])
                ++common;
            node.insert(url.mid(depth, common - depth), trieNode(urls, i, j, common));
        }
        i = j;
    }
    return node;
}

} // namespace

QByteArray restimingTrie(const std::vector<std::pair<QString, QString>> &entries)
{
    std::map<QString, QString> byUrl;
    for (const auto &[url, record] : entries) {
        QString &records = byUrl[url];
        if (!records.isEmpty())
            records += u'|'; // the same URL fetched again
        records += record;
    }
    std::vector<UrlRecords> urls(byUrl.begin(), byUrl.end());
    return QJsonDocument(trieNode(urls, 0, urls.size(), 0)).toJson(QJsonDocument::Compact);
}

} // namespace rumscope::encoders::boomerangwire
