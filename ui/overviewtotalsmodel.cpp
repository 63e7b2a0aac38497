#include "overviewtotalsmodel.h"

#include "displayformat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace rumscope {
namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

double OverviewTotals::errorRate() const
{
    return pageViews > 0 ? double(pageViewsWithErrors) / double(pageViews) : PeriodChange::kNone;
}

OverviewTotalsModel::OverviewTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverviewTotalsModel::setTotals(const OverviewTotals &current, const OverviewTotals &previous,
                                    const ComparedPeriods &periods)
{
    beginResetModel();
    m_valid = true;
    m_current = current;
    m_previous = previous;
    m_periods = periods;
    endResetModel();
}

void OverviewTotalsModel::clear()
{
    beginResetModel();
    m_valid = false;
    m_current = {};
    m_previous = {};
    m_periods = {};
    endResetModel();
}

double OverviewTotalsModel::figure(int row, const OverviewTotals &totals) const
{
    switch (row) {
    case PageViewsRow:
        return double(totals.pageViews);
    case SessionsRow:
        return double(totals.sessions);
    case ErrorRateRow:
        return totals.errorRate();
    }
    return PeriodChange::kNone;
}

QString OverviewTotalsModel::formatFigure(int row, const OverviewTotals &totals) const
{
    switch (row) {
    case PageViewsRow:
        return formatCount(totals.pageViews);
    case SessionsRow:
        return formatCount(totals.sessions);
    case ErrorRateRow:
        return totals.pageViews > 0 ? formatShare(totals.errorRate()) : tr("–");
    }
    return {};
}

PeriodChange OverviewTotalsModel::change(int row) const
{
    // Traffic going up or down is neither good nor bad news; more errors per page view is.
    const ChangeSense sense =
        row == ErrorRateRow ? ChangeSense::LowerIsBetter : ChangeSense::Neutral;
    return PeriodChange::between(figure(row, m_current),
                                 hasPrevious() ? figure(row, m_previous) : PeriodChange::kNone,
                                 sense);
}

QString OverviewTotalsModel::name(int row)
{
    switch (row) {
    case PageViewsRow:
        return tr("Page views");
    case SessionsRow:
        return tr("Sessions");
    case ErrorRateRow:
        return tr("Error rate");
    }
    return {};
}

QString OverviewTotalsModel::valueText(int row) const
{
    return m_valid ? formatFigure(row, m_current) : tr("–");
}

QString OverviewTotalsModel::changeText(int row) const
{
    if (!m_valid)
        return {};
    return formatChangeAgainst(change(row), m_periods.previousName());
}

QString OverviewTotalsModel::detailText(int row) const
{
    if (!m_valid)
        return {};
    switch (row) {
    case PageViewsRow: {
        const qint64 length = m_periods.to - m_periods.from;
        if (!m_periods.isValid() || length <= 0)
            return {};
        // A rate people compare across ranges of any length.
        if (length >= 2 * kDayMs)
            return tr("%1 a day")
                .arg(formatCount(
                    qint64(std::llround(double(m_current.pageViews) * kDayMs / double(length)))));
        return tr("%1 an hour")
            .arg(formatCount(
                qint64(std::llround(double(m_current.pageViews) * kHourMs / double(length)))));
    }
    case SessionsRow:
        if (m_current.sessions <= 0)
            return {};
        return tr("%1 page views a session")
            .arg(QLocale().toString(double(m_current.pageViews) / double(m_current.sessions), 'f',
                                    1));
    case ErrorRateRow:
        return tr("%1 of %2 page views")
            .arg(formatCount(m_current.pageViewsWithErrors), formatCount(m_current.pageViews));
    }
    return {};
}

QString OverviewTotalsModel::toolTip(int row) const
{
    if (!m_valid)
        return {};
    QString what;
    switch (row) {
    case PageViewsRow:
        what = tr("Page views: page loads and route changes that match the filter.");
        break;
    case SessionsRow:
        what = tr("Sessions: distinct sessions with at least one of these page views.");
        break;
    case ErrorRateRow:
        what =
            tr("Error rate: the share of page views that had at least one error (%1 of "
               "%2).")
                .arg(formatCount(m_current.pageViewsWithErrors), formatCount(m_current.pageViews));
        break;
    }
    QString text = what;
    if (m_periods.isValid())
        text += QLatin1Char('\n') +
                tr("%1: %2.").arg(m_periods.currentText(), formatFigure(row, m_current));
    if (hasPrevious()) {
        QString before = formatFigure(row, m_previous);
        if (row == ErrorRateRow)
            before = tr("%1 (%2 of %3 page views)")
                         .arg(before, formatCount(m_previous.pageViewsWithErrors),
                              formatCount(m_previous.pageViews));
        text += QLatin1Char('\n') + tr("%1 (the %2): %3; %4.")
                                        .arg(m_periods.previousText(), m_periods.previousName(),
                                             before, formatChange(change(row)));
    } else if (m_periods.isValid()) {
        text += QLatin1Char('\n') + tr("No page views in the %1 (%2) to compare with.")
                                        .arg(m_periods.previousName(), m_periods.previousText());
    }
    return text;
}

int OverviewTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_valid ? 0 : RowCount;
}

int OverviewTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name(row);
        case ValueColumn:
            return valueText(row);
        case PreviousColumn:
            return hasPrevious() ? formatFigure(row, m_previous) : tr("–");
        case ChangeColumn:
            return formatChange(change(row));
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return name(row);
        case ValueColumn:
            return row == ErrorRateRow ? QVariant(m_current.errorRate())
                                       : QVariant(qint64(figure(row, m_current)));
        case PreviousColumn:
            if (!hasPrevious())
                return {};
            return row == ErrorRateRow ? QVariant(m_previous.errorRate())
                                       : QVariant(qint64(figure(row, m_previous)));
        case ChangeColumn:
            if (const auto relative = change(row).relative())
                return *relative;
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn)
            return changeColor(change(row), QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OverviewTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case PreviousColumn:
        return tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace rumscope
