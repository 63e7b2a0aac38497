#include "trendspage.h"

#include "chartaxis.h"
#include "displayformat.h"
#include "filterstate.h"
#include "histogramchart.h"
#include "timeserieschart.h"
#include "trendsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rumscope {

TrendsPage::TrendsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrendsModel(this))
    , m_chart(new TimeSeriesChart)
    , m_histogram(new HistogramChart)
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_resetZoom(
          new QPushButton(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("Reset Zoom")))
{
    setObjectName(QStringLiteral("trendsPage"));
    m_model->setObjectName(QStringLiteral("trendsModel"));
    m_summary->setObjectName(QStringLiteral("trendsSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resetZoom->setObjectName(QStringLiteral("trendsResetZoom"));
    m_resetZoom->setToolTip(
        tr("Show the whole time range again (Escape or a double-click in the chart)"));
    m_resetZoom->setVisible(false);
    connect(m_resetZoom, &QPushButton::clicked, this, &TrendsPage::resetZoomRequested);

    m_chart->setModel(m_model);
    m_chart->setWhatsThis(tr("Drag across the chart to zoom into that span; every page follows. "
                             "Left and Right move between buckets, Shift extends a selection, "
                             "Enter zooms to it, Escape resets the zoom."));
    connect(m_chart, &TimeSeriesChart::brushRequested, this, &TrendsPage::brushRequested);
    connect(m_chart, &TimeSeriesChart::resetZoomRequested, this, &TrendsPage::resetZoomRequested);

    m_table->setObjectName(QStringLiteral("trendsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Trend by time bucket"));
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->resizeColumnsToContents(); });
    // The chart and the table follow each other's current bucket.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_chart,
            [this](const QModelIndex &current) { m_chart->setHighlightedRow(current.row()); });
    connect(m_chart, &TimeSeriesChart::currentRowChanged, m_table, [this](int row) {
        m_table->setCurrentIndex(m_model->index(row, TrendsModel::TimeColumn));
        m_table->scrollTo(m_model->index(row, TrendsModel::TimeColumn));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { brushRow(index.row()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_table->indexAt(position);
        if (!index.isValid())
            return;
        QMenu menu(m_table);
        menu.addAction(tr("Zoom to This Bucket"), this, [this, index] { brushRow(index.row()); });
        menu.addAction(tr("Copy Row"), this, [this, index] {
            QStringList cells;
            for (int column = 0; column < TrendsModel::ColumnCount; ++column)
                cells.append(m_model->index(index.row(), column).data().toString());
            QApplication::clipboard()->setText(cells.join(u'\t'));
        });
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("trendsBottomSplitter"));
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(m_histogram);
    bottom->addWidget(m_table);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({600, 400}); // the table's four columns need their room
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("trendsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_resetZoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    clear();
}

void TrendsPage::showResult(const TrendsResult &result)
{
    m_model->setResult(result);
    m_histogram->setResult(result.metric, result.percentile, FilterState::percentiles(),
                           result.histogram);
    const QString metric = QString::fromLatin1(metricInfo(result.metric).shortName);
    m_chart->setEmptyText(tr("No page view in this span matches the filter."));
    QString text = tr("%1 at %2, %3 buckets")
                       .arg(metricLongName(result.metric), percentileLabel(result.percentile),
                            bucketName(result.bucketMs));
    if (result.span.second > result.span.first)
        text = tr("%1 · %2").arg(text, formatTimeSpan(result.span.first, result.span.second - 1));
    text = tr("%1 · %2 page views, %3 with %4")
               .arg(text, formatCount(result.current.total.pageViews),
                    formatCount(result.current.total.samples), metric);
    m_summary->setText(text);
    ++m_resultsShown;
}

void TrendsPage::clear()
{
    m_model->clear();
    m_chart->setEmptyText(tr("No store open."));
    m_histogram->clear(tr("No store open."));
    m_summary->setText(tr("No store open."));
}

void TrendsPage::setZoomed(bool zoomed)
{
    m_resetZoom->setVisible(zoomed);
    m_chart->setZoomed(zoomed);
}

QString TrendsPage::summaryText() const
{
    return m_summary->text();
}

void TrendsPage::brushRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto [from, to] = m_model->bucketSpan(row);
    Q_EMIT brushRequested(from, to);
}

} // namespace rumscope
