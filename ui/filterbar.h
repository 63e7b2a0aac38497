#pragma once
// The row of filter controls above the pages, bound both ways to the window's FilterState:
// Back and Forward through the filter history, the time range, the metric, the percentile, and
// a removable chip for every condition the views added.

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QToolButton;

namespace rumscope {

class FilterState;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterState *state, QWidget *parent = nullptr);

    /// The chips on show, as their text reads (for tests and accessibility checks).
    QStringList chipTexts() const;

private:
    void syncFromState();
    void rebuildChips();
    QToolButton *addChip(const QString &text, const QString &toolTip);

    FilterState *m_state;
    QToolButton *m_back;
    QToolButton *m_forward;
    QComboBox *m_timeRange;
    QComboBox *m_metric;
    QComboBox *m_percentile;
    QHBoxLayout *m_chips;
    QList<QToolButton *> m_chipButtons;
};

} // namespace rumscope
