#include "pagesmodel.h"

#include "displayformat.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

#include <cmath>

namespace rumscope {

PagesModel::PagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PagesModel::setResult(double percentile, const QList<QList<MetricSummary>> &byMetric,
                           const QList<MetricSummary> &withErrors)
{
    beginResetModel();
    m_percentile = percentile;
    m_rows.clear();
    QHash<QString, qsizetype> rowOf;
    for (qsizetype m = 0; m < byMetric.size() && m < qsizetype(kOverviewMetrics.size()); ++m) {
        for (const MetricSummary &summary : byMetric[m]) {
            auto found = rowOf.constFind(summary.group);
            if (found == rowOf.cend()) {
                found = rowOf.insert(summary.group, m_rows.size());
                m_rows.append(Row{summary.group, summary.pageViews, {}, 0});
            }
            m_rows[*found].metrics[size_t(m)] = summary;
        }
    }
    for (const MetricSummary &summary : withErrors) {
        if (const auto found = rowOf.constFind(summary.group); found != rowOf.cend())
            m_rows[*found].withErrors = summary.pageViews;
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, kFirstMetricColumn, kErrorRateColumn - 1);
}

void PagesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int PagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const double errorRate = row.pageViews ? double(row.withErrors) / double(row.pageViews) : 0;
    const bool isMetric = column >= kFirstMetricColumn && column < kErrorRateColumn;
    const Metric metric =
        isMetric ? kOverviewMetrics[size_t(column - kFirstMetricColumn)] : Metric::Lcp;
    const MetricSummary *summary =
        isMetric ? &row.metrics[size_t(column - kFirstMetricColumn)] : nullptr;
    const bool hasValue = summary && summary->samples > 0 && std::isfinite(summary->value);
    switch (role) {
    case Qt::DisplayRole:
        if (column == kRouteColumn)
            return row.route.isEmpty() ? tr("(not set)") : row.route;
        if (column == kPageViewsColumn)
            return formatCount(row.pageViews);
        if (column == kErrorRateColumn)
            return formatShare(errorRate);
        return hasValue ? formatMetricValue(metric, summary->value) : tr("–");
    case RawValueRole:
        if (column == kRouteColumn)
            return row.route;
        if (column == kPageViewsColumn)
            return row.pageViews;
        if (column == kErrorRateColumn)
            return errorRate;
        return hasValue ? QVariant(summary->value) : QVariant();
    case RatingRole:
        if (hasValue)
            return int(rate(metric, summary->value));
        break;
    case Qt::ForegroundRole:
        if (hasValue)
            return ratingTextColor(rate(metric, summary->value), QGuiApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        if (column != kRouteColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (hasValue)
            return tr("%1 %2 of %3: %4 from %5 samples")
                .arg(percentileLabel(m_percentile),
                     QString::fromLatin1(metricInfo(metric).shortName),
                     data(index.siblingAtColumn(kRouteColumn)).toString(),
                     formatMetricValue(metric, summary->value), formatCount(summary->samples));
        if (column == kErrorRateColumn)
            return tr("%1 of %2 page views had an error")
                .arg(formatCount(row.withErrors), formatCount(row.pageViews));
        break;
    default:
        break;
    }
    return {};
}

QVariant PagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kRouteColumn)
        return tr("Route");
    if (section == kPageViewsColumn)
        return tr("Page views");
    if (section == kErrorRateColumn)
        return tr("Error rate");
    if (section >= kFirstMetricColumn && section < kErrorRateColumn)
        return tr("%1 %2").arg(
            percentileLabel(m_percentile),
            QString::fromLatin1(
                metricInfo(kOverviewMetrics[size_t(section - kFirstMetricColumn)]).shortName));
    return {};
}

} // namespace rumscope
