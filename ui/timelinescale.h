#pragma once
// The journey timeline's mapping between time (milliseconds since the session started) and
// pixels (from the left edge of the plot): which part of the session is visible, zoomed around
// a point and panned, always inside the session; and the tick marks its axis shows.

#include <QString>

#include <vector>

namespace rumscope {

class TimelineScale
{
public:
    /// Zooming in stops at this many milliseconds across the plot (or the full span if less).
    static constexpr double kMinimumSpanMs = 5.0;

    TimelineScale() = default;
    /// Shows all of [start, end] on width pixels.
    TimelineScale(double start, double end, double width);

    /// Replaces the full range and shows all of it. An empty or reversed range becomes one
    /// second from start, so a session of one instant still has an axis.
    void setRange(double start, double end);
    /// The plot's new width; the visible time range stays.
    void setWidth(double width);

    double fullStart() const { return m_fullStart; }
    double fullEnd() const { return m_fullEnd; }
    double visibleStart() const { return m_start; }
    double visibleEnd() const { return m_end; }
    double visibleSpan() const { return m_end - m_start; }
    double width() const { return m_width; }
    /// Whether everything is visible (nothing to pan, nothing to zoom out to).
    bool isFit() const;
    bool canZoomIn() const;

    double toPixel(double ms) const;
    double toTime(double pixel) const;
    /// Pixels one millisecond takes (0 without a width).
    double pixelsPerMs() const;

    /// Magnifies by factor (> 1 in, < 1 out), keeping the time under pixel where it is.
    void zoom(double factor, double pixel);
    /// Moves the view by pixels (positive: later), stopping at either end.
    void pan(double pixels);
    /// Shows everything.
    void fit();
    /// Shows [start, end] (clamped to the full range), padded by a twentieth on each side.
    void show(double start, double end);
    /// Pans just enough for [start, end] to be visible, as far as it fits.
    void ensureVisible(double start, double end);

    /// The smallest step from niceSteps() that puts ticks at least minPixels apart.
    double tickStep(double minPixels) const;
    /// The tick times within the visible range, multiples of tickStep(minPixels).
    std::vector<double> ticks(double minPixels) const;

    /// Steps in milliseconds that read well as time: 1, 2, 5 ms … 500 ms, 1, 2, 5, 10, 15,
    /// 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, then whole days.
    static double niceStep(double atLeastMs);
    /// How a tick reads for ticks step apart: "1.25 s" or "45 s" within the first minute,
    /// "1:30" or "2:22.5" (minutes:seconds) after it, "12 min" or "1 h 30 min" for steps of
    /// minutes.
    static QString formatTick(double ms, double step);

private:
    void clamp();

    double m_fullStart = 0;
    double m_fullEnd = 1000;
    double m_start = 0;
    double m_end = 1000;
    double m_width = 0;
};

} // namespace rumscope
