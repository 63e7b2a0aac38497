#pragma once
// Geography: the world map of the metric's percentile by country beside a sortable table of
// the countries, and of the regions and cities of the one country the filter picks. Passive:
// it shows what the dashboard controller hands it; a click on a country or a row asks to
// filter to it, a click on the country picked (or "World") asks to drop that condition.

#include "dashboardcontroller.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;

namespace rumscope {

class BreakdownView;
class GeographyModel;
class WorldMapView;

class GeographyPage : public QWidget
{
    Q_OBJECT
public:
    /// Where the fewest samples a place needs to be rated is kept, and its default.
    static QString minimumSamplesKey() { return QStringLiteral("geography/minimumSamples"); }
    static constexpr int kDefaultMinimumSamples = 30;
    static constexpr int kMaxMinimumSamples = 1000000;

    explicit GeographyPage(QWidget *parent = nullptr);

    void showResult(const GeographyResult &result);
    void clear();

    WorldMapView *map() const { return m_map; }
    GeographyModel *countryModel() const { return m_countries; }
    GeographyModel *regionModel() const { return m_regions; }
    GeographyModel *cityModel() const { return m_cities; }
    BreakdownView *countryView() const { return m_countryView; }
    BreakdownView *regionView() const { return m_regionView; }
    BreakdownView *cityView() const { return m_cityView; }
    QSpinBox *minimumSamplesBox() const { return m_minimumSamples; }
    QPushButton *worldButton() const { return m_world; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void filterRequested(rumscope::Dimension dimension, const QString &value, bool exclude);
    /// Drop value from the condition on dimension (FilterState::removeCondition).
    void removeFilterRequested(rumscope::Dimension dimension, const QString &value, bool excluded);
    /// What the filter bar should show for a value: a country's name for its code. Sent
    /// before the filter that names it.
    void valueLabelled(rumscope::Dimension dimension, const QString &value, const QString &label);

private:
    void setMinimumSamples(int minimum);
    void requestFilter(Dimension dimension, const QString &value, bool exclude);
    void countryClicked(const QString &iso);
    void showWorld();
    void updateTexts();

    WorldMapView *m_map;
    GeographyModel *m_countries;
    GeographyModel *m_regions;
    GeographyModel *m_cities;
    BreakdownView *m_countryView;
    BreakdownView *m_regionView;
    BreakdownView *m_cityView;
    QSplitter *m_splitter;
    QLabel *m_summary;
    QPushButton *m_world;
    QSpinBox *m_minimumSamples;
    GeographyResult m_result;
    bool m_hasResult = false;
};

} // namespace rumscope
