#include "filterbar.h"

#include "displayformat.h"
#include "filterstate.h"
#include "worldgeometry.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace rumscope {
namespace {
constexpr qsizetype kMaxLabelLength = 48;
} // namespace

FilterBar::FilterBar(FilterState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_timeRange(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_percentile(new QComboBox(this))
    , m_chips(new QHBoxLayout)
{
    setObjectName(QStringLiteral("filterBar"));
    m_timeRange->setObjectName(QStringLiteral("timeRangeCombo"));
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_percentile->setObjectName(QStringLiteral("percentileCombo"));
    m_back->setObjectName(QStringLiteral("filterBackButton"));
    m_forward->setObjectName(QStringLiteral("filterForwardButton"));

    auto *back = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the previous filter (%1)")
                         .arg(back->shortcut().toString(QKeySequence::NativeText)));
    connect(back, &QAction::triggered, m_state, &FilterState::goBack);
    m_back->setDefaultAction(back);
    auto *forward = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(tr("Forward to the next filter (%1)")
                            .arg(forward->shortcut().toString(QKeySequence::NativeText)));
    connect(forward, &QAction::triggered, m_state, &FilterState::goForward);
    m_forward->setDefaultAction(forward);
    for (QToolButton *button : {m_back, m_forward}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonFollowStyle);
        // Without an icon theme the text shows: "Back", "Forward".
        if (button->defaultAction()->icon().isNull())
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }

    for (FilterState::TimeRange range : FilterState::timeRanges())
        m_timeRange->addItem(FilterState::timeRangeName(range), QVariant::fromValue(range));
    for (const Metric metric : kAllMetrics)
        m_metric->addItem(QString::fromLatin1(metricInfo(metric).shortName), int(metric));
    for (double percentile : FilterState::percentiles())
        m_percentile->addItem(percentileLabel(percentile), percentile);

    m_timeRange->setToolTip(tr("Which page views every view shows, counted back from the last "
                               "page view in the store"));
    m_timeRange->setAccessibleName(tr("Time range"));
    m_metric->setToolTip(tr("Which metric the breakdowns, the map and the trends show"));
    m_metric->setAccessibleName(tr("Metric"));
    m_percentile->setToolTip(tr("Which percentile of each metric the views show"));
    m_percentile->setAccessibleName(tr("Percentile"));

    auto *timeLabel = new QLabel(tr("&Time range:"), this);
    timeLabel->setBuddy(m_timeRange);
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    auto *percentileLabelWidget = new QLabel(tr("&Percentile:"), this);
    percentileLabelWidget->setBuddy(m_percentile);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_back);
    controls->addWidget(m_forward);
    controls->addSpacing(8);
    controls->addWidget(timeLabel);
    controls->addWidget(m_timeRange);
    controls->addSpacing(16);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addSpacing(16);
    controls->addWidget(percentileLabelWidget);
    controls->addWidget(m_percentile);
    controls->addSpacing(16);
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(6);
    controls->addLayout(m_chips);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);

    syncFromState();
    // currentIndexChanged, not activated: programmatic changes (accessibility tools, tests)
    // must reach the state too; echoes from syncFromState() are no-ops there.
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto range = m_timeRange->itemData(index).value<FilterState::TimeRange>();
        if (range != m_state->timeRange() || m_state->brush())
            m_state->setTimeRange(range);
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_state->setMetric(Metric(m_metric->itemData(index).toInt())); });
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_state->setPercentile(m_percentile->itemData(index).toDouble());
    });
    connect(m_state, &FilterState::changed, this, &FilterBar::syncFromState);
    connect(m_state, &FilterState::historyChanged, this, [this] {
        m_back->setEnabled(m_state->canGoBack());
        m_forward->setEnabled(m_state->canGoForward());
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
}

void FilterBar::syncFromState()
{
    const QSignalBlocker blockTime(m_timeRange);
    const QSignalBlocker blockMetric(m_metric);
    const QSignalBlocker blockPercentile(m_percentile);
    m_timeRange->setCurrentIndex(m_timeRange->findData(QVariant::fromValue(m_state->timeRange())));
    m_metric->setCurrentIndex(m_metric->findData(int(m_state->metric())));
    for (int i = 0; i < m_percentile->count(); ++i) {
        if (qFuzzyCompare(m_percentile->itemData(i).toDouble(), m_state->percentile()))
            m_percentile->setCurrentIndex(i);
    }
    rebuildChips();
}

QToolButton *FilterBar::addChip(const QString &text, const QString &toolTip)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("filterChip"));
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setToolTip(toolTip);
    chip->setAccessibleName(toolTip);
    chip->setAutoRaise(false);
    m_chips->addWidget(chip);
    m_chipButtons.append(chip);
    return chip;
}

void FilterBar::rebuildChips()
{
    // Later: a chip's own click is what asked for new ones.
    for (QToolButton *chip : std::as_const(m_chipButtons)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chipButtons.clear();
    if (const auto &brush = m_state->brush()) {
        const QLocale locale;
        const auto time = [&](qint64 ms) {
            return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
        };
        QToolButton *chip = addChip(tr("%1 – %2").arg(time(brush->first), time(brush->second)),
                                    tr("Remove the selected time span"));
        connect(chip, &QToolButton::clicked, m_state, &FilterState::clearBrush);
    }
    for (const DimensionFilter &condition : m_state->conditions()) {
        for (const QString &value : condition.values) {
            // A label (an error group's message) reads better than the value (its
            // fingerprint); long ones are cut short, the tooltip has them whole.
            QString label = m_state->valueLabel(condition.dimension, value);
            if (label.isEmpty() && condition.dimension == Dimension::Country)
                label = countryName(value); // however the filter came, "Germany", not "DE"
            const QString shown = value.isEmpty()   ? tr("(not set)")
                                  : label.isEmpty() ? value
                                  : label.size() > kMaxLabelLength
                                      ? label.left(kMaxLabelLength - 1).trimmed() + u'…'
                                      : label;
            const QString text =
                condition.exclude
                    ? tr("%1 is not %2").arg(dimensionName(condition.dimension), shown)
                    : tr("%1: %2").arg(dimensionName(condition.dimension), shown);
            QString toolTip = tr("Remove the filter “%1”").arg(text);
            if (shown != label && !label.isEmpty())
                toolTip = tr("%1\n%2").arg(toolTip, label);
            QToolButton *chip = addChip(text, toolTip);
            connect(chip, &QToolButton::clicked, this,
                    [this, dimension = condition.dimension, value, excluded = condition.exclude] {
                        m_state->removeCondition(dimension, value, excluded);
                    });
        }
    }
    if (const std::optional<bool> hasError = m_state->values().hasError) {
        QToolButton *chip = addChip(*hasError ? tr("With errors") : tr("Without errors"),
                                    tr("Remove the error filter"));
        connect(chip, &QToolButton::clicked, this, [this] { m_state->setHasError(std::nullopt); });
    }
    if (m_chipButtons.size() > 1) {
        QToolButton *clear = addChip(tr("Clear all"), tr("Remove every filter"));
        clear->setText(tr("Clear all"));
        connect(clear, &QToolButton::clicked, m_state, &FilterState::clearFilters);
    }
}

QStringList FilterBar::chipTexts() const
{
    QStringList texts;
    for (const QToolButton *chip : m_chipButtons)
        texts.append(chip->text());
    return texts;
}

} // namespace rumscope
