#include "errorgroupscan.h"

#include "codemask.h"
#include "errortable.h"
#include "errorviewmask.h"
#include "facttable.h"
#include "timebuckets.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace rumscope {
namespace {

constexpr int kTopBrowsers = 3;

struct Tally
{
    qint64 count = 0;
    qint64 sessions = 0;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    std::uint32_t lastSession = 0xFFFFFFFF;
};

/// Buckets of `width` over [from, to), or of the smallest multiple of it that makes at most
/// kMaxErrorTrendBuckets; none when the span cannot be cut at all.
std::optional<BucketLayout> trendLayout(qint64 from, qint64 to, qint64 width)
{
    std::optional<BucketLayout> layout = bucketLayout(from, to, width);
    if (!layout || layout->count <= kMaxErrorTrendBuckets)
        return layout;
    // Aligned to a wider width, the span may take one bucket more than its share: then the
    // next multiple does.
    qint64 factor = (layout->count + kMaxErrorTrendBuckets - 1) / kMaxErrorTrendBuckets;
    for (int attempt = 0; attempt < 3; ++attempt, ++factor) {
        qint64 wider = 0;
        if (__builtin_mul_overflow(width, factor, &wider))
            return std::nullopt;
        layout = bucketLayout(from, to, wider);
        if (!layout || layout->count <= kMaxErrorTrendBuckets)
            return layout;
    }
    return std::nullopt;
}

} // namespace

ErrorGroupResult scanErrorGroups(const FactTable &facts, const ErrorTable &errors,
                                 const ErrorGroupQuery &query)
{
    const Filter &filter = query.filter;
    ErrorGroupResult result;
    // Errors happen on page views with an error: none is on a page view without one.
    if (filter.hasError == false)
        return result;
    const CodeMasks masks = codeMasks(facts, filter);
    const std::optional<ErrorViewMask> errorMask = ErrorViewMask::of(facts, errors, filter);
    const std::vector<RowRef> &viewRow = errors.viewRow();
    const std::vector<qint64> &time = errors.time();
    const auto passes = [&](std::uint32_t error) {
        if (time[error] < filter.from || time[error] >= filter.to)
            return false;
        const RowRef row = viewRow[error];
        for (const CodeMask &mask : masks) {
            const DimensionCode code =
                row == ErrorTable::kNoView ? DimensionCode(0) : facts.code(mask.dimension, row);
            if (!mask.test(code))
                return false;
        }
        return !errorMask || errorMask->errorPasses(errors, error);
    };

    std::vector<Tally> tallies(errors.groups().size());
    const std::vector<std::uint32_t> &group = errors.group();
    const auto rows = std::uint32_t(errors.rows());
    std::vector<std::uint8_t> passed(rows);
    qint64 firstTime = std::numeric_limits<qint64>::max();
    qint64 lastTime = std::numeric_limits<qint64>::min();
    for (std::uint32_t error = 0; error < rows; ++error) {
        if (!passes(error))
            continue;
        passed[error] = 1;
        Tally &tally = tallies[group[error]];
        ++tally.count;
        tally.first = std::min(tally.first, time[error]);
        tally.last = std::max(tally.last, time[error]);
        firstTime = std::min(firstTime, time[error]);
        lastTime = std::max(lastTime, time[error]);
        ++result.errors;
    }
    // Distinct sessions: in session order, a group counts a session when it changes.
    const std::vector<std::uint32_t> &session = errors.session();
    for (const std::uint32_t error : errors.bySession()) {
        if (!passed[error])
            continue;
        Tally &tally = tallies[group[error]];
        if (tally.lastSession != session[error]) {
            tally.lastSession = session[error];
            ++tally.sessions;
        }
    }
    const std::vector<ErrorTable::Group> &groups = errors.groups();
    std::vector<std::uint32_t> order;
    for (std::uint32_t g = 0; g < tallies.size(); ++g) {
        if (tallies[g].count > 0)
            order.push_back(g);
    }
    result.groupCount = qint64(order.size());
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (tallies[a].count != tallies[b].count)
            return tallies[a].count > tallies[b].count;
        if (groups[a].message != groups[b].message)
            return groups[a].message < groups[b].message;
        return groups[a].fingerprint < groups[b].fingerprint;
    });
    if (query.limit > 0 && order.size() > size_t(query.limit))
        order.resize(size_t(query.limit));
    std::vector<std::int32_t> slotOf(groups.size(), -1);
    for (const std::uint32_t g : order) {
        const ErrorTable::Group &info = groups[g];
        const Tally &tally = tallies[g];
        slotOf[g] = std::int32_t(result.groups.size());
        ErrorGroup out;
        out.fingerprint = info.fingerprint;
        out.message = info.message;
        out.type = info.type;
        out.kind = info.kind;
        out.count = tally.count;
        out.sessions = tally.sessions;
        out.firstSeen = tally.first;
        out.lastSeen = tally.last;
        result.groups.append(std::move(out));
    }
    if (result.groups.isEmpty())
        return result;

    // The listed groups' trends and browsers: one more pass over their errors.
    std::optional<BucketLayout> layout;
    if (query.bucketMs > 0) {
        // Over the filter's time range; where it leaves an end open, the errors' own.
        const Filter unbounded;
        layout = trendLayout(filter.from != unbounded.from ? filter.from : firstTime,
                             filter.to != unbounded.to ? filter.to : lastTime + 1, query.bucketMs);
    }
    if (layout) {
        result.bucketStart = layout->first;
        result.bucketMs = layout->width;
        for (ErrorGroup &out : result.groups)
            out.trend.fill(0, qsizetype(layout->count));
    }
    std::vector<std::unordered_map<DimensionCode, qint64>> browsers(size_t(result.groups.size()));
    for (std::uint32_t error = 0; error < rows; ++error) {
        if (!passed[error] || slotOf[group[error]] < 0)
            continue;
        const auto slot = size_t(slotOf[group[error]]);
        if (layout) {
            const qint64 bucket = (time[error] - layout->first) / layout->width;
            ++result.groups[qsizetype(slot)]
                  .trend[std::clamp<qint64>(bucket, 0, layout->count - 1)];
        }
        const RowRef row = viewRow[error];
        ++browsers[slot][row == ErrorTable::kNoView ? 0 : facts.code(Dimension::Browser, row)];
    }
    const QStringList &names = facts.dictionary(Dimension::Browser);
    const auto nameOf = [&](DimensionCode code) {
        return code < DimensionCode(names.size()) ? names[qsizetype(code)]
                                                  : QStringLiteral("(other)");
    };
    for (size_t slot = 0; slot < browsers.size(); ++slot) {
        std::vector<std::pair<QString, qint64>> counted;
        for (const auto &[code, count] : browsers[slot])
            counted.emplace_back(nameOf(code), count);
        const size_t top = std::min<size_t>(counted.size(), kTopBrowsers);
        std::partial_sort(counted.begin(), counted.begin() + qsizetype(top), counted.end(),
                          [](const auto &a, const auto &b) {
                              return a.second != b.second ? a.second > b.second : a.first < b.first;
                          });
        for (size_t i = 0; i < top; ++i)
            result.groups[qsizetype(slot)].browsers.append({counted[i].first, counted[i].second});
    }
    return result;
}

} // namespace rumscope
