#include "trendmodel.h"

#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace rumscope {

TrendModel::TrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrendModel::setTrend(Metric metric, double percentile, qint64 bucketMs,
                          const QList<MetricSummary> &buckets)
{
    beginResetModel();
    m_metric = metric;
    m_percentile = percentile;
    m_bucketMs = bucketMs;
    m_buckets = buckets;
    endResetModel();
}

void TrendModel::clear()
{
    beginResetModel();
    m_buckets.clear();
    m_bucketMs = 0;
    endResetModel();
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricSummary &bucket = m_buckets.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return bucket.bucketStart;
        case ValueColumn:
            return bucket.value;
        case SamplesColumn:
            return bucket.samples;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(bucket.bucketStart),
                                      QLocale::ShortFormat);
        case ValueColumn:
            return formatMetricValue(m_metric, bucket.value);
        case SamplesColumn:
            return formatCount(bucket.samples);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != TimeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ValueColumn:
        return tr("%1 %2").arg(percentileLabel(m_percentile),
                               QString::fromLatin1(metricInfo(m_metric).shortName));
    case SamplesColumn:
        return tr("Samples");
    }
    return {};
}

} // namespace rumscope
