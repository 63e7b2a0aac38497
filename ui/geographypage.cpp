#include "geographypage.h"

#include "breakdownview.h"
#include "displayformat.h"
#include "geographymodel.h"
#include "worldmapview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rumscope {
namespace {
int savedMinimumSamples()
{
    bool ok = false;
    const int saved =
        QSettings()
            .value(GeographyPage::minimumSamplesKey(), GeographyPage::kDefaultMinimumSamples)
            .toInt(&ok);
    // Edited by hand or by another version: a value out of range is ignored.
    return ok && saved >= 1 && saved <= GeographyPage::kMaxMinimumSamples
               ? saved
               : GeographyPage::kDefaultMinimumSamples;
}
} // namespace

GeographyPage::GeographyPage(QWidget *parent)
    : QWidget(parent)
    , m_map(new WorldMapView(this))
    , m_countries(new GeographyModel(GeographyModel::Kind::Countries, Dimension::Country, this))
    , m_regions(new GeographyModel(GeographyModel::Kind::Regions, Dimension::Region, this))
    , m_cities(new GeographyModel(GeographyModel::Kind::Cities, Dimension::City, this))
    , m_countryView(new BreakdownView(m_countries, this))
    , m_regionView(new BreakdownView(m_regions, this))
    , m_cityView(new BreakdownView(m_cities, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_world(new QPushButton(tr("&World"), this))
    , m_minimumSamples(new QSpinBox(this))
{
    setObjectName(QStringLiteral("geographyPage"));
    m_summary->setObjectName(QStringLiteral("geographySummary"));
    m_summary->setWordWrap(true);
    m_countries->setObjectName(QStringLiteral("countriesModel"));
    m_regions->setObjectName(QStringLiteral("regionsModel"));
    m_cities->setObjectName(QStringLiteral("citiesModel"));
    m_countryView->setObjectName(QStringLiteral("countriesView"));
    m_regionView->setObjectName(QStringLiteral("regionsView"));
    m_cityView->setObjectName(QStringLiteral("citiesView"));
    m_countries->setMapped([this] {
        QSet<QString> mapped;
        for (const WorldGeometry::Country &country : m_map->geometry().countries())
            mapped.insert(country.iso);
        mapped.remove(QString());
        return mapped;
    }());

    m_world->setObjectName(QStringLiteral("showWorld"));
    m_world->setToolTip(tr("Show every country again: removes the filter on countries"));
    m_world->setEnabled(false);
    connect(m_world, &QPushButton::clicked, this, &GeographyPage::showWorld);

    m_minimumSamples->setObjectName(QStringLiteral("minimumSamples"));
    m_minimumSamples->setRange(1, kMaxMinimumSamples);
    m_minimumSamples->setAccelerated(true);
    m_minimumSamples->setValue(savedMinimumSamples());
    const QString samplesHelp =
        tr("Countries, regions and cities with fewer samples are greyed and not rated: "
           "their percentile is too uncertain to trust.");
    m_minimumSamples->setToolTip(samplesHelp);
    auto *samplesLabel = new QLabel(tr("&Minimum samples:"), this);
    samplesLabel->setBuddy(m_minimumSamples);
    samplesLabel->setToolTip(samplesHelp);
    connect(m_minimumSamples, &QSpinBox::valueChanged, this, &GeographyPage::setMinimumSamples);
    const int minimum = m_minimumSamples->value();
    for (GeographyModel *model : {m_countries, m_regions, m_cities})
        model->setMinimumSamples(minimum);
    m_map->setMinimumSamples(minimum);

    connect(m_map, &WorldMapView::countryClicked, this, &GeographyPage::countryClicked);
    connect(m_map, &WorldMapView::filterRequested, this, &GeographyPage::requestFilter);
    connect(m_map, &WorldMapView::worldRequested, this, &GeographyPage::showWorld);
    connect(m_countryView, &BreakdownView::filterRequested, this, &GeographyPage::requestFilter);
    connect(m_regionView, &BreakdownView::filterRequested, this, &GeographyPage::filterRequested);
    connect(m_cityView, &BreakdownView::filterRequested, this, &GeographyPage::filterRequested);

    // Narrower than the Technology page's tables: page views (the samples' count for most
    // metrics) give way to the bars, and the rows start sorted by samples, the figure that
    // decides whether a place is rated.
    for (BreakdownView *view : {m_countryView, m_regionView, m_cityView}) {
        QHeaderView *header = view->table()->horizontalHeader();
        header->hideSection(BreakdownModel::PageViewsColumn);
        header->setSectionResizeMode(BreakdownModel::NameColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(BreakdownModel::ValueColumn, QHeaderView::Interactive);
        header->resizeSection(BreakdownModel::ValueColumn, 130);
        view->table()->sortByColumn(BreakdownModel::SamplesColumn, Qt::DescendingOrder);
    }

    auto *tables = new QSplitter(Qt::Vertical, m_splitter);
    tables->setObjectName(QStringLiteral("geographyTablesSplitter"));
    tables->setChildrenCollapsible(false);
    tables->addWidget(m_countryView);
    tables->addWidget(m_regionView);
    tables->addWidget(m_cityView);
    m_splitter->setObjectName(QStringLiteral("geographySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_map);
    m_splitter->addWidget(tables);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // Proportions until the user moves the handle (then viewstate keeps theirs): the tables
    // need room for their figures, the map the rest.
    m_splitter->setSizes({550, 450});
    tables->setSizes({500, 300, 200});

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(m_world);
    top->addSpacing(8);
    top->addWidget(samplesLabel);
    top->addWidget(m_minimumSamples);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    clear();
}

void GeographyPage::showResult(const GeographyResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_countries->setResult(result.metric, result.percentile, result.countries.rows);
    m_countries->setSelected(result.selectedCountries);
    m_regions->setResult(result.metric, result.percentile, result.regions.rows);
    m_cities->setResult(result.metric, result.percentile, result.cities.rows);
    m_map->setResult(result.metric, result.percentile, result.countries.rows,
                     result.selectedCountries);
    m_world->setEnabled(!result.selectedCountries.isEmpty());
    m_regionView->setVisible(result.selectedCountries.size() == 1);
    m_cityView->setVisible(!result.cities.rows.isEmpty());
    updateTexts();
}

void GeographyPage::clear()
{
    m_result = {};
    m_hasResult = false;
    for (GeographyModel *model : {m_countries, m_regions, m_cities})
        model->clear();
    m_countries->setSelected({});
    m_map->clear();
    m_world->setEnabled(false);
    m_regionView->hide();
    m_cityView->hide();
    updateTexts();
}

void GeographyPage::updateTexts()
{
    const QString metric = QString::fromLatin1(metricInfo(m_result.metric).shortName);
    const QString percentile = percentileLabel(m_result.percentile);
    m_countryView->setTitle(tr("Countries — %1 %2").arg(percentile, metric));
    const QString picked = m_result.selectedCountries.size() == 1
                               ? countryName(m_result.selectedCountries.front())
                               : QString();
    m_regionView->setTitle(tr("Regions of %1 — %2 %3").arg(picked, percentile, metric));
    m_cityView->setTitle(picked.isEmpty()
                             ? tr("Cities — %1 %2").arg(percentile, metric)
                             : tr("Cities of %1 — %2 %3").arg(picked, percentile, metric));
    if (!m_hasResult) {
        m_summary->setText(tr("No store open."));
        return;
    }
    QStringList unmapped;
    QStringList selected;
    qint64 selectedPageViews = 0;
    int countries = 0;
    for (const MetricSummary &row : m_result.countries.rows) {
        if (row.group.isEmpty())
            continue;
        ++countries;
        if (!m_map->geometry().country(row.group))
            unmapped.append(countryName(row.group));
        if (m_result.selectedCountries.contains(row.group)) {
            selected.append(countryName(row.group));
            selectedPageViews += row.pageViews;
        }
    }
    QString text =
        selected.isEmpty()
            ? tr("%1 of %2 page views from %n countries", nullptr, countries)
                  .arg(metricLongName(m_result.metric),
                       formatCount(m_result.countries.total.pageViews))
            : tr("%3: %1 of %2 page views; the map shows all %n countries", nullptr, countries)
                  .arg(metricLongName(m_result.metric), formatCount(selectedPageViews),
                       selected.join(tr(", ")));
    if (m_result.filter.hasTimeRange())
        text =
            tr("%1 · %2").arg(text, formatTimeSpan(m_result.filter.from, m_result.filter.to - 1));
    m_summary->setText(text);
    // Natural Earth's 1:110m outlines leave out the smallest countries (Singapore, Malta…).
    QString footnote;
    if (!unmapped.isEmpty()) {
        const QStringList named = unmapped.mid(0, 2);
        const QString names = unmapped.size() > named.size() ? tr("%1, …").arg(named.join(tr(", ")))
                                                             : named.join(tr(", "));
        footnote = tr("Too small to draw: %1 (in the table)").arg(names);
    }
    m_map->setFootnote(footnote);
    m_summary->setToolTip(unmapped.isEmpty()
                              ? QString()
                              : tr("Not on the map at this scale, listed in the table: %1")
                                    .arg(unmapped.join(tr(", "))));
}

void GeographyPage::setMinimumSamples(int minimum)
{
    QSettings().setValue(minimumSamplesKey(), minimum);
    for (GeographyModel *model : {m_countries, m_regions, m_cities})
        model->setMinimumSamples(minimum);
    m_map->setMinimumSamples(minimum);
}

void GeographyPage::countryClicked(const QString &iso)
{
    if (m_result.selectedCountries.contains(iso))
        Q_EMIT removeFilterRequested(Dimension::Country, iso, false);
    else
        requestFilter(Dimension::Country, iso, false);
}

void GeographyPage::requestFilter(Dimension dimension, const QString &value, bool exclude)
{
    if (dimension == Dimension::Country && !value.isEmpty())
        Q_EMIT valueLabelled(dimension, value, countryName(value));
    Q_EMIT filterRequested(dimension, value, exclude);
}

void GeographyPage::showWorld()
{
    for (const QString &iso : m_result.selectedCountries)
        Q_EMIT removeFilterRequested(Dimension::Country, iso, false);
}

} // namespace rumscope
