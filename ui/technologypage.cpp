#include "technologypage.h"

#include "breakdownmodel.h"
#include "breakdownview.h"
#include "displayformat.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rumscope {

TechnologyPage::TechnologyPage(QWidget *parent)
    : QWidget(parent)
    , m_browsers(new BreakdownModel(Dimension::Browser, this))
    , m_systems(new BreakdownModel(Dimension::Os, this))
    , m_devices(new BreakdownModel(Dimension::DeviceType, this))
    , m_connections(new BreakdownModel(Dimension::ConnectionType, this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("technologyPage"));
    m_summary->setObjectName(QStringLiteral("technologySummary"));
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<BreakdownModel *> models{m_browsers, m_systems, m_devices, m_connections};
    const QStringList names{QStringLiteral("browsers"), QStringLiteral("systems"),
                            QStringLiteral("devices"), QStringLiteral("connections")};
    for (qsizetype i = 0; i < models.size(); ++i) {
        models[i]->setObjectName(names[i] + u"Model");
        auto *view = new BreakdownView(models[i], this);
        view->setObjectName(names[i] + u"View");
        grid->addWidget(view, int(i / 2), int(i % 2));
        connect(view, &BreakdownView::filterRequested, this, &TechnologyPage::filterRequested);
        m_views.append(view);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
    clear();
}

void TechnologyPage::showResult(const TechnologyResult &result)
{
    m_browsers->setDimension(result.browserDimension);
    const QList<std::pair<BreakdownModel *, const MetricQueryResult *>> parts{
        {m_browsers, &result.browsers},
        {m_systems, &result.systems},
        {m_devices, &result.devices},
        {m_connections, &result.connections}};
    for (const auto &[model, answer] : parts)
        model->setResult(result.metric, result.percentile, answer->rows);
    const QString metric = QString::fromLatin1(metricInfo(result.metric).shortName);
    const QString percentile = percentileLabel(result.percentile);
    m_views[0]->setTitle(result.browserDimension == Dimension::BrowserVersion
                             ? tr("Browser versions — %1 %2").arg(percentile, metric)
                             : tr("Browsers — %1 %2").arg(percentile, metric));
    m_views[1]->setTitle(tr("Operating systems — %1 %2").arg(percentile, metric));
    m_views[2]->setTitle(tr("Device types — %1 %2").arg(percentile, metric));
    m_views[3]->setTitle(tr("Connection types — %1 %2").arg(percentile, metric));
    QString text =
        tr("%1 of %2 page views, by the technology they ran on")
            .arg(metricLongName(result.metric), formatCount(result.browsers.total.pageViews));
    if (result.filter.hasTimeRange())
        text = tr("%1 · %2").arg(text, formatTimeSpan(result.filter.from, result.filter.to - 1));
    m_summary->setText(text);
}

void TechnologyPage::clear()
{
    for (BreakdownModel *model : {m_browsers, m_systems, m_devices, m_connections})
        model->clear();
    m_views[0]->setTitle(tr("Browsers"));
    m_views[1]->setTitle(tr("Operating systems"));
    m_views[2]->setTitle(tr("Device types"));
    m_views[3]->setTitle(tr("Connection types"));
    m_summary->setText(tr("No store open."));
}

} // namespace rumscope
