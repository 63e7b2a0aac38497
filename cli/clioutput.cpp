#include "clioutput.h"

#include "cli.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rumscope::cli {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
}

} // namespace

void printOut(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printError(const QString &text)
{
    // Messages must not sit in a buffer behind a progress line or a later crash.
    std::fflush(stdout);
    write(stderr, text.toUtf8());
    std::fflush(stderr);
}

void printJson(const QJsonValue &document)
{
    QByteArray bytes;
    if (document.isArray())
        bytes = QJsonDocument(document.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(document.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QJsonValue jsonNumber(double value)
{
    if (!std::isfinite(value))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(value);
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

QString formatPercent(double share)
{
    return Cli::tr("%1%", "percentage").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatSeconds(double seconds)
{
    return Cli::tr("%1 s", "seconds").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 2 : 1));
}

QString formatTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) +
           u" UTC"_s;
}

QString formatTimeMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString shortened(const QString &text, qsizetype maximum)
{
    const QString simple = text.simplified();
    return simple.size() <= maximum ? simple : simple.left(maximum - 1) + u'…';
}

QString shownOf(qint64 shown, qint64 total)
{
    if (shown >= total)
        return formatCount(total);
    return Cli::tr("%1 of %2 shown (--limit 0 shows all)")
        .arg(formatCount(shown), formatCount(total));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"–"_s : text;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace rumscope::cli
