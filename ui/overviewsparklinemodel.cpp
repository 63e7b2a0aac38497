#include "overviewsparklinemodel.h"

#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {
const MetricSummary &emptyBucket()
{
    static const MetricSummary none;
    return none;
}
} // namespace

OverviewSparklineModel::OverviewSparklineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OverviewSparklineModel::columnOf(Metric metric)
{
    const auto *at = std::find(kOverviewMetrics.begin(), kOverviewMetrics.end(), metric);
    return at == kOverviewMetrics.end() ? -1 : int(at - kOverviewMetrics.begin()) + 1;
}

Metric OverviewSparklineModel::metricOf(int column)
{
    return kOverviewMetrics.at(size_t(column - 1));
}

void OverviewSparklineModel::setSparklines(double percentile, qint64 bucketMs,
                                           const std::vector<MetricQueryResult> &results)
{
    beginResetModel();
    m_percentile = percentile;
    m_bucketMs = bucketMs;
    m_starts.clear();
    m_buckets.clear();
    // Every metric's query asks for the same buckets, but a bucket only one of them has
    // must still get a row of its own: the union of the starts, in time order.
    for (const MetricQueryResult &result : results) {
        for (const MetricSummary &bucket : result.rows)
            m_starts << bucket.bucketStart;
    }
    std::sort(m_starts.begin(), m_starts.end());
    m_starts.erase(std::unique(m_starts.begin(), m_starts.end()), m_starts.end());
    for (size_t i = 0; i < kOverviewMetrics.size(); ++i) {
        QList<MetricSummary> column(m_starts.size());
        for (qsizetype row = 0; row < m_starts.size(); ++row)
            column[row].bucketStart = m_starts[row];
        if (i < results.size()) {
            for (const MetricSummary &bucket : results[i].rows) {
                const auto at =
                    std::lower_bound(m_starts.cbegin(), m_starts.cend(), bucket.bucketStart);
                column[at - m_starts.cbegin()] = bucket;
            }
        }
        m_buckets << column;
    }
    endResetModel();
}

void OverviewSparklineModel::clear()
{
    beginResetModel();
    m_starts.clear();
    m_buckets.clear();
    endResetModel();
}

const MetricSummary &OverviewSparklineModel::bucket(int row, Metric metric) const
{
    const int column = columnOf(metric);
    if (column < 1 || column > m_buckets.size() || row < 0 || row >= m_starts.size())
        return emptyBucket();
    return m_buckets.at(column - 1).at(row);
}

QList<double> OverviewSparklineModel::series(Metric metric) const
{
    QList<double> values;
    values.reserve(m_starts.size());
    for (int row = 0; row < int(m_starts.size()); ++row) {
        const MetricSummary &summary = bucket(row, metric);
        values << (summary.samples > 0 ? summary.value : MetricSummary::kUnsetValue);
    }
    return values;
}

int OverviewSparklineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_starts.size());
}

int OverviewSparklineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(kOverviewMetrics.size()) + 1;
}

QVariant OverviewSparklineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (index.column() == TimeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_starts.at(row)),
                                      QLocale::ShortFormat);
        case RawValueRole:
            return m_starts.at(row);
        default:
            return {};
        }
    }
    const Metric metric = metricOf(index.column());
    const MetricSummary &summary = bucket(row, metric);
    const bool hasValue = summary.samples > 0 && std::isfinite(summary.value);
    switch (role) {
    case Qt::DisplayRole:
        return hasValue ? formatMetricValue(metric, summary.value) : tr("–");
    case RawValueRole:
        return hasValue ? summary.value : MetricSummary::kUnsetValue;
    case SamplesRole:
        return summary.samples;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant OverviewSparklineModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section > int(kOverviewMetrics.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn)
        return tr("Bucket start");
    return tr("%1 %2").arg(percentileLabel(m_percentile),
                           QString::fromLatin1(metricInfo(metricOf(section)).shortName));
}

} // namespace rumscope
