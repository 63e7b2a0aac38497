#pragma once
// The row of filter controls above the pages, bound both ways to the window's FilterState.

#include <QWidget>

class QComboBox;

namespace rumscope {

class FilterState;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterState *state, QWidget *parent = nullptr);

private:
    void syncFromState();

    FilterState *m_state;
    QComboBox *m_timeRange;
    QComboBox *m_percentile;
};

} // namespace rumscope
