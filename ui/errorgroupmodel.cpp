#include "errorgroupmodel.h"

#include "displayformat.h"
#include "errorkindbadge.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace rumscope {
namespace {
constexpr qint64 kMinuteMs = 60 * 1000LL;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

QString shortTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}

QString longTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat)
                  : QString();
}
} // namespace

ErrorGroupModel::ErrorGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ErrorGroupModel::setResult(const ErrorGroupResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ErrorGroupModel::clear()
{
    beginResetModel();
    m_result = {};
    endResetModel();
}

int ErrorGroupModel::rowOf(const QString &fingerprint) const
{
    for (qsizetype row = 0; row < m_result.groups.size(); ++row) {
        if (m_result.groups[row].fingerprint == fingerprint)
            return int(row);
    }
    return -1;
}

QString ErrorGroupModel::title(const ErrorGroup &group)
{
    const QString message = group.message.isEmpty() ? tr("(no message)") : group.message;
    return group.type.isEmpty() ? message : tr("%1: %2").arg(group.type, message);
}

int ErrorGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.groups.size());
}

int ErrorGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ErrorGroupModel::browsersText(const ErrorGroup &group) const
{
    QStringList parts;
    for (const auto &[browser, count] : group.browsers) {
        const QString name = browser.isEmpty() ? tr("(not set)") : browser;
        // Whole percents: three browsers must fit a column.
        parts << (group.count > 0 ? tr("%1 %2%").arg(name).arg(
                                        qRound(100.0 * double(count) / double(group.count)))
                                  : name);
    }
    return parts.join(tr(", "));
}

QString ErrorGroupModel::trendToolTip(const ErrorGroup &group) const
{
    if (group.trend.isEmpty())
        return tr("No trend for this group");
    const qint64 bucket = m_result.bucketMs;
    const QString per = bucket >= kDayMs    ? tr("per day")
                        : bucket >= kHourMs ? tr("per hour")
                                            : tr("per minute");
    const auto peak = std::max_element(group.trend.begin(), group.trend.end());
    const qint64 peakStart =
        m_result.bucketStart + qint64(std::distance(group.trend.begin(), peak)) * bucket;
    return tr("Errors %1 over the time range\nPeak: %2 at %3\nLatest: %4 at %5")
        .arg(per, formatCount(*peak), shortTime(peakStart), formatCount(group.trend.back()),
             shortTime(m_result.bucketStart + (group.trend.size() - 1) * bucket));
}

QVariant ErrorGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorGroup &group = m_result.groups.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MessageColumn:
            return title(group);
        case KindColumn:
            return errorKindName(group.kind);
        case CountColumn:
            return formatCount(group.count);
        case SessionsColumn:
            return formatCount(group.sessions);
        case FirstSeenColumn:
            return shortTime(group.firstSeen);
        case LastSeenColumn:
            return shortTime(group.lastSeen);
        case BrowsersColumn:
            return browsersText(group);
        default:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case MessageColumn:
            return title(group);
        case KindColumn:
            return group.kind;
        case CountColumn:
            return group.count;
        case SessionsColumn:
            return group.sessions;
        case TrendColumn:
            return group.trend.isEmpty() ? qint64(0) : group.trend.back();
        case FirstSeenColumn:
            return group.firstSeen;
        case LastSeenColumn:
            return group.lastSeen;
        case BrowsersColumn:
            return group.browsers.isEmpty() ? QString() : group.browsers.front().first;
        default:
            break;
        }
        break;
    case FingerprintRole:
        return group.fingerprint;
    case KindRole:
        return group.kind;
    case TypeRole:
        return group.type;
    case MessageRole:
        return group.message.isEmpty() ? tr("(no message)") : group.message;
    case TrendRole:
        if (column == TrendColumn)
            return QVariant::fromValue(group.trend);
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case MessageColumn:
            return tr("%1\n%2 · fingerprint %3\nClick to show only the page views with this "
                      "error; right-click for more")
                .arg(title(group), errorKindName(group.kind), group.fingerprint);
        case KindColumn:
            return tr("Kind of error: %1").arg(errorKindName(group.kind));
        case CountColumn:
            return tr("%1 errors in the time range").arg(formatCount(group.count));
        case SessionsColumn:
            return tr("It happened in %1 sessions").arg(formatCount(group.sessions));
        case TrendColumn:
            return trendToolTip(group);
        case FirstSeenColumn:
            return tr("First seen in the time range: %1").arg(longTime(group.firstSeen));
        case LastSeenColumn:
            return tr("Last seen in the time range: %1").arg(longTime(group.lastSeen));
        case BrowsersColumn: {
            if (group.browsers.isEmpty())
                return tr("Browsers not known yet");
            QStringList lines{tr("Browsers it happened in most:")};
            for (const auto &[browser, count] : group.browsers)
                lines << tr("%1: %2 errors")
                             .arg(browser.isEmpty() ? tr("(not set)") : browser,
                                  formatCount(count));
            return lines.join(u'\n');
        }
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == CountColumn || column == SessionsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ErrorGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MessageColumn:
        return tr("Error");
    case KindColumn:
        return tr("Kind");
    case CountColumn:
        return tr("Errors");
    case SessionsColumn:
        return tr("Sessions");
    case TrendColumn:
        return tr("Trend");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case BrowsersColumn:
        return tr("Top browsers");
    default:
        break;
    }
    return {};
}

} // namespace rumscope
