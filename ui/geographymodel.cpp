#include "geographymodel.h"

#include "worldgeometry.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace rumscope {

GeographyModel::GeographyModel(Kind kind, Dimension dimension, QObject *parent)
    : BreakdownModel(dimension, parent)
    , m_kind(kind)
{}

void GeographyModel::setMinimumSamples(int minimum)
{
    if (minimum == m_minimumSamples)
        return;
    m_minimumSamples = minimum;
    allChanged();
}

void GeographyModel::setSelected(const QStringList &values)
{
    if (values == m_selected)
        return;
    m_selected = values;
    allChanged();
}

void GeographyModel::setMapped(const QSet<QString> &countries)
{
    m_mapped = countries;
    allChanged();
}

void GeographyModel::allChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant GeographyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricSummary &row = summary(index.row());
    const bool isCountries = m_kind == Kind::Countries;
    const bool trusted = isTrusted(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (isCountries && index.column() == NameColumn && !row.group.isEmpty())
            return countryName(row.group);
        break;
    case RawValueRole:
        if (isCountries && index.column() == NameColumn)
            return countryName(row.group);
        break;
    case RatingRole:
        if (!trusted)
            return {};
        break;
    case Qt::ForegroundRole:
        if (!trusted)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (m_selected.contains(row.group)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        QString text = BreakdownModel::data(index, role).toString();
        if (row.samples > 0 && !trusted)
            text += u'\n' + tr("Fewer than %n samples: too few to rate, greyed on the map.",
                               nullptr, m_minimumSamples);
        if (isCountries && !row.group.isEmpty() && !m_mapped.isEmpty() &&
            !m_mapped.contains(row.group))
            text += u'\n' + tr("Too small to draw on the world map; listed here only.");
        return text;
    }
    default:
        break;
    }
    return BreakdownModel::data(index, role);
}

QVariant GeographyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn) {
        switch (m_kind) {
        case Kind::Countries:
            return tr("Country");
        case Kind::Regions:
            return tr("Region");
        case Kind::Cities:
            return tr("City");
        }
    }
    return BreakdownModel::headerData(section, orientation, role);
}

} // namespace rumscope
