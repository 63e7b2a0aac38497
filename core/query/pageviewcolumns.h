#pragma once
// How the engine reads page views from the store: the columns it selects and how a row of
// them becomes a FactRow. Dimension columns hold labels ids (store/schema.cpp).

#include "errortable.h"
#include "factchunk.h"
#include "store/sqlite.h"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace rumscope {

/// The labels table, text by id; id 0 (never used) is empty.
std::vector<std::string> readLabels(sqlite3 *db);

struct PageViewColumns
{
    // id, ts, session, the metrics in Metric order, the label dimensions in Dimension order,
    // view id, URL.
    static constexpr const char *kSelect =
        "SELECT id, ts, session, lcp, inp, cls, fcp, ttfb, fid, country, browser, "
        "browser_version, os, device_type, effective_type, route, app, env, release, "
        "navigation_type, source, region, city, view_id, url FROM pageviews";
    static constexpr int kFirstMetric = 3;
    static constexpr int kFirstDimension = kFirstMetric + int(kMetricCount);
    static constexpr int kViewId = kFirstDimension + kLabelDimensionCount;
    static constexpr int kUrl = kViewId + 1;

    /// Fills row (all but hasError) from the statement's current row; codeOfLabel(dimension
    /// index, labels id) gives a label dimension's code, codeOfUrl(std::string_view) the URL's.
    template<class CodeOfLabel, class CodeOfUrl>
    static void read(sqlite3_stmt *s, FactRow &row, CodeOfLabel &&codeOfLabel,
                     CodeOfUrl &&codeOfUrl)
    {
        row.id = sqlite3_column_int64(s, 0);
        row.time = sqlite3_column_int64(s, 1);
        row.session = std::uint32_t(sqlite3_column_int64(s, 2));
        for (size_t m = 0; m < kMetricCount; ++m) {
            const int column = kFirstMetric + int(m);
            row.metrics[m] = sqlite3_column_type(s, column) == SQLITE_NULL
                                 ? std::numeric_limits<float>::quiet_NaN()
                                 : float(sqlite3_column_double(s, column));
        }
        for (int dim = 0; dim < kLabelDimensionCount; ++dim) {
            const auto label = sqlite3_column_int64(s, kFirstDimension + dim);
            row.codes[size_t(dim)] = label > 0 ? codeOfLabel(dim, size_t(label)) : 0;
        }
        const auto *url = reinterpret_cast<const char *>(sqlite3_column_text(s, kUrl));
        row.codes[size_t(Dimension::Url)] =
            url ? codeOfUrl(std::string_view(url, size_t(sqlite3_column_bytes(s, kUrl)))) : 0;
    }

    /// The row's view key (ErrorTable::viewKey); 0 without a view id.
    static quint64 viewKey(sqlite3_stmt *s, std::uint32_t session)
    {
        const auto *viewId = reinterpret_cast<const char *>(sqlite3_column_text(s, kViewId));
        return viewId
                   ? ErrorTable::viewKey(session, viewId, size_t(sqlite3_column_bytes(s, kViewId)))
                   : 0;
    }
};

} // namespace rumscope
