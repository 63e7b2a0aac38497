#include "filterbar.h"

#include "displayformat.h"
#include "filterstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace rumscope {

FilterBar::FilterBar(FilterState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_timeRange(new QComboBox(this))
    , m_percentile(new QComboBox(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_timeRange->setObjectName(QStringLiteral("timeRangeCombo"));
    m_percentile->setObjectName(QStringLiteral("percentileCombo"));

    for (FilterState::TimeRange range : FilterState::timeRanges())
        m_timeRange->addItem(FilterState::timeRangeName(range), QVariant::fromValue(range));
    for (double percentile : FilterState::percentiles())
        m_percentile->addItem(percentileLabel(percentile), percentile);

    m_timeRange->setToolTip(tr("Which page views every view shows, counted back from the last "
                               "page view in the store"));
    m_timeRange->setAccessibleName(tr("Time range"));
    m_percentile->setToolTip(tr("Which percentile of each metric the cards and the trend show"));
    m_percentile->setAccessibleName(tr("Percentile"));

    auto *timeLabel = new QLabel(tr("&Time range:"), this);
    timeLabel->setBuddy(m_timeRange);
    auto *percentileLabelWidget = new QLabel(tr("&Percentile:"), this);
    percentileLabelWidget->setBuddy(m_percentile);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(timeLabel);
    layout->addWidget(m_timeRange);
    layout->addSpacing(16);
    layout->addWidget(percentileLabelWidget);
    layout->addWidget(m_percentile);
    layout->addStretch(1);

    syncFromState();
    // currentIndexChanged, not activated: programmatic changes (accessibility tools, tests)
    // must reach the state too; echoes from syncFromState() are no-ops there.
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_state->setTimeRange(m_timeRange->itemData(index).value<FilterState::TimeRange>());
    });
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_state->setPercentile(m_percentile->itemData(index).toDouble());
    });
    // Other editors of the state (future views, tests) move the combo boxes too.
    connect(m_state, &FilterState::changed, this, &FilterBar::syncFromState);
}

void FilterBar::syncFromState()
{
    m_timeRange->setCurrentIndex(m_timeRange->findData(QVariant::fromValue(m_state->timeRange())));
    for (int i = 0; i < m_percentile->count(); ++i) {
        if (qFuzzyCompare(m_percentile->itemData(i).toDouble(), m_state->percentile()))
            m_percentile->setCurrentIndex(i);
    }
}

} // namespace rumscope
