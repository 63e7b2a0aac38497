#include "breakdownmodel.h"

#include "displayformat.h"

#include <cmath>

namespace rumscope {

BreakdownModel::BreakdownModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dimension(dimension)
{}

void BreakdownModel::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    beginResetModel();
    m_dimension = dimension;
    m_rows.clear();
    m_largest = 0;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

void BreakdownModel::setResult(Metric metric, double percentile, const QList<MetricSummary> &rows)
{
    beginResetModel();
    m_metric = metric;
    m_percentile = percentile;
    m_rows = rows;
    m_largest = 0;
    for (const MetricSummary &row : m_rows) {
        if (row.samples > 0 && std::isfinite(row.value))
            m_largest = std::max(m_largest, row.value);
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, ValueColumn, ValueColumn);
}

void BreakdownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_largest = 0;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricSummary &row = m_rows.at(index.row());
    const bool hasValue = row.samples > 0 && std::isfinite(row.value);
    const auto share = [&](qint64 part) { return row.samples ? double(part) / row.samples : 0.0; };
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.group.isEmpty() ? tr("(not set)") : row.group;
        case ValueColumn:
            return hasValue ? formatMetricValue(m_metric, row.value) : tr("–");
        case SamplesColumn:
            return formatCount(row.samples);
        case PageViewsColumn:
            return formatCount(row.pageViews);
        case GoodColumn:
            return row.samples ? formatShare(share(row.good)) : tr("–");
        case NeedsImprovementColumn:
            return row.samples ? formatShare(share(row.needsImprovement)) : tr("–");
        case PoorColumn:
            return row.samples ? formatShare(share(row.poor)) : tr("–");
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (Column(index.column())) {
        case NameColumn:
            return row.group;
        case ValueColumn:
            return hasValue ? QVariant(row.value) : QVariant();
        case SamplesColumn:
            return row.samples;
        case PageViewsColumn:
            return row.pageViews;
        case GoodColumn:
            return share(row.good);
        case NeedsImprovementColumn:
            return share(row.needsImprovement);
        case PoorColumn:
            return share(row.poor);
        case ColumnCount:
            break;
        }
        break;
    case RatingRole:
        if (hasValue)
            return int(rate(m_metric, row.value));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (hasValue)
            return tr("%1: %2 %3 of %4 samples (%5 good, %6 needs improvement, %7 poor)")
                .arg(data(index.siblingAtColumn(NameColumn)).toString(),
                     percentileLabel(m_percentile), formatMetricValue(m_metric, row.value),
                     formatCount(row.samples), formatShare(share(row.good)),
                     formatShare(share(row.needsImprovement)), formatShare(share(row.poor)));
        return tr("%1: no samples of %2 in %3 page views")
            .arg(data(index.siblingAtColumn(NameColumn)).toString(),
                 QString::fromLatin1(metricInfo(m_metric).shortName), formatCount(row.pageViews));
    default:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return dimensionName(m_dimension);
    case ValueColumn:
        return tr("%1 %2").arg(percentileLabel(m_percentile),
                               QString::fromLatin1(metricInfo(m_metric).shortName));
    case SamplesColumn:
        return tr("Samples");
    case PageViewsColumn:
        return tr("Page views");
    case GoodColumn:
        return tr("Good");
    case NeedsImprovementColumn:
        return tr("Needs impr.");
    case PoorColumn:
        return tr("Poor");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rumscope
