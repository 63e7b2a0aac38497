#pragma once
// Fields every canonical record shares: when it happened, whose it is, where it came from.

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <limits>

namespace rumscope {

/// A number the SDK did not report. Canonical numeric fields are doubles; NaN means "absent".
inline constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();
inline bool isSet(double value)
{
    return !std::isnan(value);
}

struct EventBase
{
    qint64 time = 0; ///< UTC milliseconds since the epoch
    QString sessionId;
    QString viewId;
    QString app;
    QString env;
    QString release;
    QString source; ///< the wire format the record was parsed from ("canonical", "faro", …)

    bool operator==(const EventBase &) const = default;
};

} // namespace rumscope
