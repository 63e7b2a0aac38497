#include "trendsmodel.h"

#include "chartaxis.h"
#include "displayformat.h"

#include <algorithm>
#include <cmath>

namespace rumscope {

TrendsModel::TrendsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrendsModel::setResult(const TrendsResult &result)
{
    beginResetModel();
    m_metric = result.metric;
    m_percentile = result.percentile;
    m_bucketMs = result.bucketMs;
    m_span = result.span;
    m_pageViews = result.current.total.pageViews;
    m_samples = result.current.total.samples;
    m_rows.clear();
    m_rows.reserve(result.current.rows.size());
    for (const MetricSummary &bucket : result.current.rows)
        m_rows.append({bucket.bucketStart, bucket.value, bucket.samples});
    // The period before is bucketed from its own start: shifted by the period's length its
    // buckets may straddle the current ones when that length is no whole number of buckets
    // (all time). Each goes under the current bucket nearest to it.
    if (!m_rows.isEmpty() && m_bucketMs > 0) {
        const qint64 origin = m_rows.front().bucketStart;
        for (const MetricSummary &before : result.previous.rows) {
            const qint64 shifted = before.bucketStart + result.previousOffset;
            const double position = double(shifted - origin) / double(m_bucketMs);
            const qint64 index = qint64(std::llround(position));
            if (index < 0 || index >= m_rows.size())
                continue;
            Row &row = m_rows[index];
            row.previousValue = before.value;
            row.previousSamples = before.samples;
        }
    }
    m_markers.clear();
    for (const MetricSummary &release : result.releases.rows) {
        // firstSeen 0: the engine does not know when it appeared.
        if (release.firstSeen > 0)
            m_markers.append({release.firstSeen, release.group});
    }
    std::sort(m_markers.begin(), m_markers.end(),
              [](const ReleaseMarker &a, const ReleaseMarker &b) { return a.time < b.time; });
    // The release seen first is the one the span starts with, even when a filter's first page
    // view comes a little later: a marker stands where one release follows another. Nor is a
    // release first seen at or before the span's start a change within it.
    if (!m_markers.isEmpty())
        m_markers.removeFirst();
    m_markers.removeIf([this](const ReleaseMarker &marker) {
        return marker.time <= m_span.first || marker.time >= m_span.second;
    });
    endResetModel();
}

void TrendsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_markers.clear();
    m_span = {};
    m_pageViews = 0;
    m_samples = 0;
    endResetModel();
}

void TrendsModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

std::pair<qint64, qint64> TrendsModel::domain() const
{
    if (m_rows.isEmpty() || m_bucketMs <= 0)
        return m_span;
    return {m_rows.front().bucketStart, m_rows.back().bucketStart + m_bucketMs};
}

int TrendsModel::rowAt(qint64 time) const
{
    if (m_rows.isEmpty() || m_bucketMs <= 0)
        return -1;
    const BucketGrid grid{m_rows.front().bucketStart, m_bucketMs};
    const qint64 index = grid.index(time);
    return index >= 0 && index < m_rows.size() ? int(index) : -1;
}

std::pair<qint64, qint64> TrendsModel::bucketSpan(int row) const
{
    const qint64 start = m_rows.at(row).bucketStart;
    qint64 from = start;
    qint64 to = start + m_bucketMs;
    if (m_span.second > m_span.first) {
        from = std::max(from, m_span.first);
        to = std::min(to, m_span.second);
    }
    return {from, std::max(from + 1, to)};
}

QString TrendsModel::readout(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    const QString series = tr("%1 %2").arg(percentileLabel(m_percentile),
                                           QString::fromLatin1(metricInfo(m_metric).shortName));
    QStringList lines{formatBucket(r.bucketStart, m_bucketMs, m_zone)};
    QString value = tr("%1: %2").arg(series, formatMetricValue(m_metric, r.value));
    if (!std::isnan(r.value))
        value = tr("%1 (%2)").arg(value, ratingName(rate(m_metric, r.value)));
    lines.append(value);
    lines.append(tr("Samples: %1").arg(formatCount(r.samples)));
    QString previous = tr("Previous period: %1").arg(formatMetricValue(m_metric, r.previousValue));
    if (!std::isnan(r.value) && !std::isnan(r.previousValue) && r.previousValue > 0) {
        const double change = (r.value - r.previousValue) / r.previousValue;
        previous =
            tr("%1 (%2%3)")
                .arg(previous, change >= 0 ? u"+"_qs : u"−"_qs, formatShare(std::abs(change)));
    }
    lines.append(previous);
    // Releases first seen in this bucket: their labels may have had no room on the chart.
    for (const ReleaseMarker &marker : m_markers) {
        if (rowAt(marker.time) == row)
            lines.append(tr("New release: %1").arg(marker.release));
    }
    return lines.join(u'\n');
}

int TrendsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrendsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return formatBucket(row.bucketStart, m_bucketMs, m_zone);
        case ValueColumn:
            return formatMetricValue(m_metric, row.value);
        case SamplesColumn:
            return formatCount(row.samples);
        case PreviousColumn:
            return formatMetricValue(m_metric, row.previousValue);
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return row.bucketStart;
        case ValueColumn:
            return row.value;
        case SamplesColumn:
            return row.samples;
        case PreviousColumn:
            return row.previousValue;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == PreviousColumn)
            return tr("The same bucket of the period of equal length before: %1 samples")
                .arg(formatCount(row.previousSamples));
        break;
    default:
        break;
    }
    return {};
}

QVariant TrendsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString metric = tr("%1 %2").arg(percentileLabel(m_percentile),
                                           QString::fromLatin1(metricInfo(m_metric).shortName));
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ValueColumn:
        return metric;
    case SamplesColumn:
        return tr("Samples");
    case PreviousColumn:
        return tr("Previous period");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace rumscope
