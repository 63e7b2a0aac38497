#include "metriccardmodel.h"

#include "displayformat.h"

#include <cmath>

namespace rumscope {

MetricCardModel::MetricCardModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MetricCardModel::setCards(double percentile, const QList<Metric> &metrics,
                               const QList<MetricSummary> &cards)
{
    beginResetModel();
    m_percentile = percentile;
    // A result with fewer cards than metrics would be a core bug; never index past either.
    const qsizetype count = std::min(metrics.size(), cards.size());
    m_metrics = metrics.first(count);
    m_cards = cards.first(count);
    endResetModel();
}

void MetricCardModel::clear()
{
    beginResetModel();
    m_metrics.clear();
    m_cards.clear();
    endResetModel();
}

int MetricCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int MetricCardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case RawValueRole:
        return raw(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != MetricColumn && index.column() != RatingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MetricColumn)
            return metricLongName(m_metrics.at(index.row()));
        return {};
    default:
        return {};
    }
}

QVariant MetricCardModel::display(int row, int column) const
{
    const Metric metric = m_metrics.at(row);
    const MetricSummary &card = m_cards.at(row);
    switch (column) {
    case MetricColumn:
        return QString::fromLatin1(metricInfo(metric).shortName);
    case ValueColumn:
        return formatMetricValue(metric, card.value);
    case SamplesColumn:
        return formatCount(card.samples);
    case GoodColumn:
        return formatShare(card.share(card.good));
    case NeedsImprovementColumn:
        return formatShare(card.share(card.needsImprovement));
    case PoorColumn:
        return formatShare(card.share(card.poor));
    case RatingColumn:
        return card.samples && !std::isnan(card.value) ? ratingName(rate(metric, card.value))
                                                       : QString();
    }
    return {};
}

QVariant MetricCardModel::raw(int row, int column) const
{
    const Metric metric = m_metrics.at(row);
    const MetricSummary &card = m_cards.at(row);
    switch (column) {
    case MetricColumn:
        return QString::fromLatin1(metricInfo(metric).id);
    case ValueColumn:
        return card.value;
    case SamplesColumn:
        return card.samples;
    case GoodColumn:
        return card.share(card.good);
    case NeedsImprovementColumn:
        return card.share(card.needsImprovement);
    case PoorColumn:
        return card.share(card.poor);
    case RatingColumn:
        if (card.samples && !std::isnan(card.value))
            return int(rate(metric, card.value));
        return {};
    }
    return {};
}

QVariant MetricCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return percentileLabel(m_percentile);
    case SamplesColumn:
        return tr("Samples");
    case GoodColumn:
        return tr("Good");
    case NeedsImprovementColumn:
        return tr("Needs improvement");
    case PoorColumn:
        return tr("Poor");
    case RatingColumn:
        return tr("Rating");
    }
    return {};
}

} // namespace rumscope
