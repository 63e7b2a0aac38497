#include "metriccardmodel.h"

#include "displayformat.h"

#include <QGuiApplication>
#include <QPalette>

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
    m_previous = QList<MetricSummary>(count);
    m_periods = {};
    m_hasPrevious = false;
    endResetModel();
}

void MetricCardModel::setPrevious(const QList<Metric> &metrics,
                                  const QList<MetricSummary> &previous,
                                  const ComparedPeriods &periods)
{
    for (qsizetype row = 0; row < m_metrics.size(); ++row) {
        const qsizetype at = metrics.indexOf(m_metrics[row]);
        m_previous[row] = at >= 0 && at < previous.size() ? previous[at] : MetricSummary{};
    }
    m_periods = periods;
    m_hasPrevious = true;
    if (!m_cards.isEmpty())
        Q_EMIT dataChanged(index(0, PreviousValueColumn),
                           index(int(m_cards.size()) - 1, ChangeColumn));
}

PeriodChange MetricCardModel::change(int row) const
{
    const MetricSummary &now = m_cards.at(row);
    const MetricSummary &before = m_previous.at(row);
    return PeriodChange::between(now.samples > 0 ? now.value : PeriodChange::kNone,
                                 before.samples > 0 ? before.value : PeriodChange::kNone,
                                 ChangeSense::LowerIsBetter);
}

QString MetricCardModel::changeText(int row) const
{
    if (!m_hasPrevious)
        return {};
    return formatChangeAgainst(change(row), m_periods.previousName());
}

void MetricCardModel::clear()
{
    beginResetModel();
    m_metrics.clear();
    m_cards.clear();
    m_previous.clear();
    m_periods = {};
    m_hasPrevious = false;
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
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && m_hasPrevious)
            return changeColor(change(index.row()), QGuiApplication::palette());
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
    case PreviousValueColumn:
        return m_previous.at(row).samples > 0 ? formatMetricValue(metric, m_previous.at(row).value)
                                              : tr("–");
    case ChangeColumn:
        return m_hasPrevious ? formatChange(change(row)) : QString();
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
    case PreviousValueColumn:
        return m_previous.at(row).samples > 0 ? m_previous.at(row).value
                                              : MetricSummary::kUnsetValue;
    case ChangeColumn:
        if (const auto relative = change(row).relative())
            return *relative;
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
    case PreviousValueColumn:
        return tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace rumscope
