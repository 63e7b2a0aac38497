#pragma once
// A figure against the same figure for the period of equal length before: how much it moved,
// how that reads ("▲ 12% vs previous 7 days") and whether the move is good news.

#include <QColor>
#include <QString>

#include <limits>
#include <optional>

class QPalette;

namespace rumscope {

/// Which way is better for a figure: for every web vital lower is better; for traffic
/// neither is, so its change is never coloured.
enum class ChangeSense
{
    LowerIsBetter,
    Neutral,
};

enum class ChangeDirection
{
    Up,
    Down,
    Flat,
};

struct PeriodChange
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    double current = kNone;
    double previous = kNone; ///< NaN: nothing to compare with (no data before)
    ChangeSense sense = ChangeSense::LowerIsBetter;

    /// previous is NaN when the earlier period had no samples; so is current now.
    static PeriodChange between(double current, double previous, ChangeSense sense);

    bool hasPrevious() const;
    /// (current − previous) / previous; nullopt without both figures or from a previous 0.
    std::optional<double> relative() const;
    /// Flat when the relative change rounds to 0.0%.
    ChangeDirection direction() const;
    /// Whether the move is for the better (true), worse (false) or neither (nullopt).
    std::optional<bool> improved() const;
};

/// "▲ 12%", "▼ 3.4%", "± 0%", "▲ from 0"; "no data before" without a previous figure.
QString formatChange(const PeriodChange &change);
/// formatChange and the period: "▲ 12% vs previous 7 days"; "no data before" alone.
QString formatChangeAgainst(const PeriodChange &change, const QString &periodName);
/// The colour of the change's text: the good or poor rating's text colour when it is better or
/// worse news, the muted text colour otherwise.
QColor changeColor(const PeriodChange &change, const QPalette &palette);

/// The period shown and the one of equal length just before it, each [from, to) epoch ms.
struct ComparedPeriods
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 previousFrom = 0;
    qint64 previousTo = 0;

    bool isValid() const { return to > from && from > 0; }
    QString previousName() const; ///< "previous 7 days"; empty when not valid
    QString currentText() const;  ///< "1 Feb 2025 – 28 Feb 2025"
    QString previousText() const; ///< the same for the period before
};

/// "previous 7 days", "previous 24 hours", "previous 90 minutes", "previous 3.5 days": the
/// period of lengthMs just before the one shown.
QString previousPeriodName(qint64 lengthMs);

} // namespace rumscope
