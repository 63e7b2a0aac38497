#include "devicevitalsmodel.h"

#include "displayformat.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace rumscope {
namespace {
bool hasValue(const MetricSummary &summary)
{
    return summary.samples > 0 && std::isfinite(summary.value);
}
} // namespace

DeviceVitalsModel::DeviceVitalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Metric DeviceVitalsModel::metricOf(int column)
{
    return kCoreWebVitals.at(size_t(std::clamp(column - LcpColumn, 0, 2)));
}

void DeviceVitalsModel::setResult(double percentile, const std::vector<MetricQueryResult> &byMetric)
{
    beginResetModel();
    m_percentile = percentile;
    m_rows.clear();
    // Device types in the order of the first answer (most page views first); one that only
    // a later answer has still gets its row.
    for (size_t i = 0; i < std::min(byMetric.size(), kCoreWebVitals.size()); ++i) {
        for (const MetricSummary &group : byMetric[i].rows) {
            auto row = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&](const Row &known) { return known.device == group.group; });
            if (row == m_rows.end()) {
                m_rows.append(Row{group.group, group.pageViews, {}});
                row = m_rows.end() - 1;
            }
            row->pageViews = std::max(row->pageViews, group.pageViews);
            row->vitals[i] = group;
        }
    }
    endResetModel();
}

void DeviceVitalsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString DeviceVitalsModel::deviceLabel(int row) const
{
    const QString &device = m_rows.at(row).device;
    if (device.isEmpty())
        return tr("(not set)");
    return device.left(1).toUpper() + device.mid(1);
}

const MetricSummary &DeviceVitalsModel::vital(int row, Metric metric) const
{
    const auto at = std::find(kCoreWebVitals.begin(), kCoreWebVitals.end(), metric);
    return m_rows.at(row).vitals.at(size_t(at - kCoreWebVitals.begin()) % 3);
}

VitalsVerdict DeviceVitalsModel::verdict(int row) const
{
    bool allGood = true;
    for (size_t i = 0; i < kCoreWebVitals.size(); ++i) {
        const MetricSummary &summary = m_rows.at(row).vitals[i];
        if (!hasValue(summary))
            return VitalsVerdict::NotEnoughData;
        allGood = allGood && rate(kCoreWebVitals[i], summary.value) == Rating::Good;
    }
    return allGood ? VitalsVerdict::Passes : VitalsVerdict::Fails;
}

QString DeviceVitalsModel::verdictName(VitalsVerdict verdict)
{
    switch (verdict) {
    case VitalsVerdict::Passes:
        return tr("Passes");
    case VitalsVerdict::Fails:
        return tr("Fails");
    case VitalsVerdict::NotEnoughData:
        return tr("Not enough data");
    }
    return {};
}

QString DeviceVitalsModel::vitalText(int row, Metric metric) const
{
    const MetricSummary &summary = vital(row, metric);
    return hasValue(summary) ? formatMetricValue(metric, summary.value) : tr("–");
}

QString DeviceVitalsModel::rowText(int row) const
{
    QStringList vitals;
    for (Metric metric : kCoreWebVitals)
        vitals << tr("%1 %2").arg(QString::fromLatin1(metricInfo(metric).shortName),
                                  vitalText(row, metric));
    return tr("%1: %2 (%3 %4)")
        .arg(deviceLabel(row), verdictName(verdict(row)), percentileLabel(m_percentile),
             vitals.join(QStringLiteral(", ")));
}

QString DeviceVitalsModel::toolTip(int row) const
{
    QStringList lines;
    switch (verdict(row)) {
    case VitalsVerdict::Passes:
        lines << tr("%1 passes the Core Web Vitals: LCP, INP and CLS are all good at %2.")
                     .arg(deviceLabel(row), percentileLabel(m_percentile));
        break;
    case VitalsVerdict::Fails:
        lines << tr("%1 fails the Core Web Vitals: not all of LCP, INP and CLS are good at %2.")
                     .arg(deviceLabel(row), percentileLabel(m_percentile));
        break;
    case VitalsVerdict::NotEnoughData:
        lines << tr("%1: not enough data; a vital has no samples.").arg(deviceLabel(row));
        break;
    }
    for (Metric metric : kCoreWebVitals) {
        const MetricSummary &summary = vital(row, metric);
        const QString name = QString::fromLatin1(metricInfo(metric).shortName);
        if (!hasValue(summary)) {
            lines << tr("%1: no samples.").arg(name);
            continue;
        }
        const QString samples = summary.samples == 1
                                    ? tr("1 sample")
                                    : tr("%1 samples").arg(formatCount(summary.samples));
        lines << tr("%1: %2, %3 (%4).")
                     .arg(name, formatMetricValue(metric, summary.value),
                          ratingName(rate(metric, summary.value)), samples);
    }
    lines << tr("%1 page views.").arg(formatCount(m_rows.at(row).pageViews));
    return lines.join(QLatin1Char('\n'));
}

int DeviceVitalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceVitalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceVitalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isVital = column >= LcpColumn && column <= ClsColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DeviceColumn:
            return deviceLabel(row);
        case VerdictColumn:
            return verdictName(verdict(row));
        case PageViewsColumn:
            return formatCount(pageViews(row));
        default:
            return vitalText(row, metricOf(column));
        }
    case RawValueRole:
        switch (column) {
        case DeviceColumn:
            return deviceType(row);
        case VerdictColumn:
            return int(verdict(row));
        case PageViewsColumn:
            return pageViews(row);
        default: {
            const MetricSummary &summary = vital(row, metricOf(column));
            return hasValue(summary) ? summary.value : MetricSummary::kUnsetValue;
        }
        }
    case SamplesRole:
        if (isVital)
            return vital(row, metricOf(column)).samples;
        return {};
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (isVital) {
            const Metric metric = metricOf(column);
            const MetricSummary &summary = vital(row, metric);
            if (hasValue(summary))
                return ratingTextColor(rate(metric, summary.value), palette);
        } else if (column == VerdictColumn && verdict(row) != VitalsVerdict::NotEnoughData) {
            return ratingTextColor(
                verdict(row) == VitalsVerdict::Passes ? Rating::Good : Rating::Poor, palette);
        }
        return {};
    }
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (isVital || column == PageViewsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DeviceVitalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device type");
    case VerdictColumn:
        return tr("Core Web Vitals");
    case LcpColumn:
    case InpColumn:
    case ClsColumn:
        return tr("%1 %2").arg(percentileLabel(m_percentile),
                               QString::fromLatin1(metricInfo(metricOf(section)).shortName));
    case PageViewsColumn:
        return tr("Page views");
    }
    return {};
}

} // namespace rumscope
