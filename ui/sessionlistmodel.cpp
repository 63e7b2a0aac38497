#include "sessionlistmodel.h"

#include "displayformat.h"
#include "journeylanes.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace rumscope {
namespace {
QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), u"yyyy-MM-dd HH:mm:ss");
}

qint64 durationOf(const SessionRow &row)
{
    return std::max<qint64>(0, row.lastSeen - row.start);
}
} // namespace

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionListModel::setResult(const SessionListResult &result)
{
    beginResetModel();
    m_rows = result.rows;
    m_matching = result.sessions;
    endResetModel();
}

void SessionListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_matching = 0;
    endResetModel();
}

int SessionListModel::rowOf(const QString &sessionId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].sessionId == sessionId)
            return int(row);
    }
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRow &row = m_rows.at(index.row());
    const int column = index.column();
    const auto orDash = [](const QString &text) { return text.isEmpty() ? tr("–") : text; };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SessionColumn:
            return row.sessionId;
        case UserColumn:
            return orDash(row.userId);
        case StartColumn:
            return localTime(row.start);
        case DurationColumn:
            return JourneyLanes::formatDuration(double(durationOf(row)));
        case CountryColumn:
            return orDash(row.country);
        case DeviceColumn:
            return orDash(row.deviceType);
        case BrowserColumn:
            return orDash(row.browser);
        case PageViewsColumn:
            return formatCount(row.pageViews);
        case ErrorsColumn:
            return formatCount(row.errors);
        case WorstVitalColumn:
            return row.worstMetric ? JourneyLanes::formatVital(*row.worstMetric, row.worstValue)
                                   : tr("–");
        default:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case SessionColumn:
            return row.sessionId;
        case UserColumn:
            return row.userId;
        case StartColumn:
            return row.start;
        case DurationColumn:
            return durationOf(row);
        case CountryColumn:
            return row.country;
        case DeviceColumn:
            return row.deviceType;
        case BrowserColumn:
            return row.browser;
        case PageViewsColumn:
            return row.pageViews;
        case ErrorsColumn:
            return row.errors;
        case WorstVitalColumn:
            if (!row.worstMetric)
                return -1.0;
            // Poor before needs improvement before good; within a rating, the further past
            // its threshold the worse.
            return int(row.worstRating) +
                   std::min(0.999, row.worstValue / metricInfo(*row.worstMetric).poorAbove / 10);
        default:
            break;
        }
        break;
    case SessionIdRole:
        return row.sessionId;
    case RatingRole:
        if (column == WorstVitalColumn && row.worstMetric)
            return int(row.worstRating);
        break;
    case Qt::ForegroundRole:
        if (column == WorstVitalColumn && row.worstMetric)
            return ratingTextColor(row.worstRating, QGuiApplication::palette());
        if (column == ErrorsColumn && row.errors > 0)
            return ratingTextColor(Rating::Poor, QGuiApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == PageViewsColumn || column == ErrorsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case UserColumn:
            return row.userId.isEmpty() ? tr("The session reported no user id") : row.userId;
        case StartColumn:
            return tr("%1 (%2 UTC)")
                .arg(localTime(row.start), QDateTime::fromMSecsSinceEpoch(row.start, Qt::UTC)
                                               .toString(u"yyyy-MM-dd HH:mm:ss"));
        case DurationColumn:
            return tr("From the first to the last event: %1 – %2")
                .arg(localTime(row.start), localTime(row.lastSeen));
        case PageViewsColumn:
            return tr("Page views matching the filter");
        case ErrorsColumn:
            return tr("Errors on the page views matching the filter");
        case WorstVitalColumn:
            if (row.worstMetric)
                return tr("The worst-rated Core Web Vital of its page views: %1 (%2)")
                    .arg(JourneyLanes::formatVital(*row.worstMetric, row.worstValue),
                         ratingName(row.worstRating));
            return tr("None of its page views reported LCP, INP or CLS");
        default:
            return tr("Double-click or press Enter to show its journey; right-click for more");
        }
    default:
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case UserColumn:
        return tr("User");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case CountryColumn:
        return tr("Country");
    case DeviceColumn:
        return tr("Device");
    case BrowserColumn:
        return tr("Browser");
    case PageViewsColumn:
        return tr("Pages");
    case ErrorsColumn:
        return tr("Errors");
    case WorstVitalColumn:
        return tr("Worst vital");
    default:
        break;
    }
    return {};
}

} // namespace rumscope
