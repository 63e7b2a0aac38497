#include "ratechart.h"

#include "displayformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rumscope {

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RateChart::addSample(double perSecond)
{
    m_samples.push_back(std::max(0.0, perSecond));
    while (m_samples.size() > size_t(kSeconds))
        m_samples.pop_front();
    update();
}

void RateChart::clear()
{
    m_samples.clear();
    update();
}

QSize RateChart::sizeHint() const
{
    return {480, fontMetrics().height() * 6};
}

QSize RateChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

void RateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &palette = this->palette();
    const QFontMetrics metrics = fontMetrics();
    const double peak =
        m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
    // A round top for the scale: 1, 2, 5 × 10^n.
    double top = 1;
    if (peak > 1) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(peak)));
        for (const double step : {1.0, 2.0, 5.0, 10.0}) {
            top = step * magnitude;
            if (top >= peak)
                break;
        }
    }
    const QString topLabel = formatCount(qint64(std::ceil(top)));
    const int labelWidth = metrics.horizontalAdvance(topLabel) + 8;
    const QRect plot = rect().adjusted(labelWidth, metrics.height() / 2, -2, -metrics.height() - 4);

    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(40);
    painter.setPen(grid);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.topRight());
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(QRect(0, plot.top() - metrics.height() / 2, labelWidth - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(
        QRect(0, plot.bottom() - metrics.height() / 2, labelWidth - 6, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), metrics.height() + 2),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("%1 s ago").arg(kSeconds));
    painter.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), metrics.height() + 2),
                     Qt::AlignRight | Qt::AlignVCenter, tr("now"));

    const double slot = double(plot.width()) / kSeconds;
    const QColor bar = palette.color(QPalette::Highlight);
    const size_t first = size_t(kSeconds) - m_samples.size();
    for (size_t i = 0; i < m_samples.size(); ++i) {
        const double value = m_samples[i];
        if (value <= 0)
            continue;
        const int height = std::max(1, int(std::lround(plot.height() * value / top)));
        const int left = plot.left() + int(std::lround((first + i) * slot));
        const int right = plot.left() + int(std::lround((first + i + 1) * slot)) - 1;
        painter.fillRect(QRect(QPoint(left, plot.bottom() - height + 1),
                               QPoint(std::max(left, right - 1), plot.bottom())),
                         bar);
    }
}

} // namespace rumscope
