#pragma once
// Arrivals per second over the last two minutes, as bars, newest at the right: the Live page's
// pulse.

#include <QWidget>

#include <deque>

namespace rumscope {

class RateChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSeconds = 120;

    explicit RateChart(QWidget *parent = nullptr);

    /// Adds the count of the second just over.
    void addSample(double perSecond);
    void clear();
    const std::deque<double> &samples() const { return m_samples; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::deque<double> m_samples;
};

} // namespace rumscope
