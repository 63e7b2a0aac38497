#pragma once
// A breakdown by country, region or city for the Geography page's tables: a BreakdownModel
// that names countries ("France", not "FR"), greys and leaves unrated the places with too few
// samples to trust, marks the countries the filter picks, and says which countries are too
// small for the world map.

#include "breakdownmodel.h"

#include <QSet>
#include <QStringList>

namespace rumscope {

class GeographyModel : public BreakdownModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Countries,
        Regions,
        Cities
    };

    /// dimension: what a click on a row filters on (Country, Region, City).
    GeographyModel(Kind kind, Dimension dimension, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Places with fewer samples are greyed and carry no RatingRole (no bar, no colour).
    void setMinimumSamples(int minimum);
    int minimumSamples() const { return m_minimumSamples; }
    bool isTrusted(int row) const { return summary(row).samples >= m_minimumSamples; }
    /// The countries the filter includes: shown in bold.
    void setSelected(const QStringList &values);
    /// The country codes the world map draws; the others' tooltips say they are only listed.
    void setMapped(const QSet<QString> &countries);

    /// For countries, RawValueRole of the name column is the country's name, so the column
    /// sorts by what it shows; value(row) stays the code the filter uses.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void allChanged();

    Kind m_kind;
    int m_minimumSamples = 1;
    QStringList m_selected;
    QSet<QString> m_mapped;
};

} // namespace rumscope
