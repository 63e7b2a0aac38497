#include "facttable.h"

#include "errortable.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <deque>
#include <future>
#include <mutex>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

// Column order of the load query: ts, session, the metrics in Metric order, the dimensions in
// Dimension order. Every dimension column holds a labels id (model/fields.h).
constexpr const char *kLoadSql =
    "SELECT ts, session, lcp, inp, cls, fcp, ttfb, fid, country, browser, browser_version, os, "
    "device_type, effective_type, route, app, env, release, navigation_type, source, region, "
    "view_id FROM pageviews WHERE id >= ?1 AND id < ?2";
constexpr int kFirstMetricColumn = 2;
constexpr int kFirstDimensionColumn = kFirstMetricColumn + int(kAllMetrics.size());
constexpr int kViewIdColumn = kFirstDimensionColumn + kDimensionCount;

/// One dimension's dictionary while loading: text → code, strings owned here.
class Dictionary
{
public:
    Dictionary() { m_values.emplace_back(); }

    FactTable::Code code(std::string_view text)
    {
        if (text.empty())
            return 0;
        if (text == m_lastText)
            return m_lastCode;
        FactTable::Code code;
        if (auto found = m_index.find(text); found != m_index.end()) {
            code = found->second;
        } else if (m_values.size() >= FactTable::kOverflowCode) {
            code = FactTable::kOverflowCode;
        } else {
            code = FactTable::Code(m_values.size());
            m_values.emplace_back(text);
            m_index.emplace(m_values.back(), code);
        }
        m_lastText = m_values[code == FactTable::kOverflowCode ? 0 : code];
        m_lastCode = code;
        return code;
    }
    const std::deque<std::string> &values() const { return m_values; }

    /// The code of a labels id: its text is looked up once, the id after that.
    FactTable::Code codeOfLabel(size_t id, const std::vector<std::string> &labels)
    {
        if (id >= labels.size())
            return 0; // NULL (id 0) or text where an id belongs: no value
        if (id >= m_codeOfLabel.size())
            m_codeOfLabel.resize(labels.size(), kUnmapped);
        std::int32_t &code = m_codeOfLabel[id];
        if (code == kUnmapped)
            code = this->code(labels[id]);
        return FactTable::Code(code);
    }

private:
    std::deque<std::string> m_values; // deque: views into it stay valid as it grows
    std::unordered_map<std::string_view, FactTable::Code> m_index;
    std::string_view m_lastText;
    FactTable::Code m_lastCode = 0;
    static constexpr std::int32_t kUnmapped = -1;
    std::vector<std::int32_t> m_codeOfLabel;
};

/// The labels table, text by id; id 0 (never used) is empty.
std::vector<std::string> readLabels(sqlite3 *db)
{
    std::vector<std::string> labels;
    sql::Statement rows(db, "SELECT id, value FROM labels");
    while (rows.step() == SQLITE_ROW) {
        const auto id = size_t(rows.integer(0));
        if (id >= labels.size())
            labels.resize(id + 1);
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(rows.get(), 1));
        labels[id].assign(text ? text : "", size_t(sqlite3_column_bytes(rows.get(), 1)));
    }
    return labels;
}

struct Part
{
    std::vector<qint64> time;
    std::vector<std::uint32_t> session;
    std::array<std::vector<float>, kAllMetrics.size()> metrics;
    std::array<std::vector<FactTable::Code>, kDimensionCount> codes;
    std::array<Dictionary, kDimensionCount> dictionaries;
    // The rows errors happened on (errorViews), with their view keys.
    std::vector<bool> hasError;
    std::unordered_map<std::uint32_t, quint64> keyOfRow;
    QString error;
};

void loadPart(const QString &path, qint64 firstId, qint64 endId,
              const std::unordered_set<quint64> &errorViews, Part &part, const Progress &progress,
              std::atomic<qint64> &loaded, qint64 total, size_t expectedRows,
              std::mutex &reportMutex)
{
    // Growing the columns row by row would copy them and fault in fresh pages again and again.
    part.time.reserve(expectedRows);
    part.session.reserve(expectedRows);
    for (auto &column : part.metrics)
        column.reserve(expectedRows);
    for (auto &column : part.codes)
        column.reserve(expectedRows);
    Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        part.error = store.error().message;
        return;
    }
    // Reading through a memory map spares a copy of every page into SQLite's cache.
    sql::exec(store->handle(), "PRAGMA mmap_size = 17179869184");
    // One snapshot for the labels and the rows, so every id a row holds has its text.
    sql::Transaction snapshot(store->handle());
    const std::vector<std::string> labels = readLabels(store->handle());
    sql::Statement stmt(store->handle(), kLoadSql);
    if (!stmt.valid()) {
        part.error = sql::lastError(store->handle());
        return;
    }
    stmt.bind(1, firstId);
    stmt.bind(2, endId);
    sqlite3_stmt *s = stmt.get();
    qint64 rows = 0;
    int rc;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        part.time.push_back(sqlite3_column_int64(s, 0));
        part.session.push_back(std::uint32_t(sqlite3_column_int64(s, 1)));
        for (size_t m = 0; m < kAllMetrics.size(); ++m) {
            const int column = kFirstMetricColumn + int(m);
            // A value beyond float's range (only a damaged or hostile store has one) would
            // stretch every bin: it counts as no value, like NULL.
            const float value = sqlite3_column_type(s, column) == SQLITE_NULL
                                    ? std::numeric_limits<float>::quiet_NaN()
                                    : float(sqlite3_column_double(s, column));
            part.metrics[m].push_back(
                std::isfinite(value) ? value : std::numeric_limits<float>::quiet_NaN());
        }
        for (int dim = 0; dim < kDimensionCount; ++dim) {
            const auto id = size_t(sqlite3_column_int64(s, kFirstDimensionColumn + dim));
            part.codes[size_t(dim)].push_back(
                part.dictionaries[size_t(dim)].codeOfLabel(id, labels));
        }
        bool hasError = false;
        if (!errorViews.empty()) {
            const auto *viewId =
                reinterpret_cast<const char *>(sqlite3_column_text(s, kViewIdColumn));
            const quint64 key = ErrorTable::viewKey(part.session.back(), viewId,
                                                    size_t(sqlite3_column_bytes(s, kViewIdColumn)));
            if (key != 0 && errorViews.count(key)) {
                hasError = true;
                part.keyOfRow.emplace(std::uint32_t(part.time.size() - 1), key);
            }
        }
        part.hasError.push_back(hasError);
        if (++rows % 65536 == 0) {
            const qint64 done = loaded.fetch_add(65536) + 65536;
            std::lock_guard lock(reportMutex); // progress callbacks need not be thread-safe
            progress.report(done, total);
            if (progress.cancelled())
                return;
        }
    }
    loaded.fetch_add(rows % 65536);
    if (rc != SQLITE_DONE)
        part.error = sql::lastError(store->handle());
}

} // namespace

class FactTableBuilder
{
public:
    static Result<FactTable> build(const QString &path, const Progress &progress,
                                   const std::unordered_set<quint64> &errorViews,
                                   std::unordered_map<quint64, std::uint32_t> *rowOfView)
    {
        qint64 maxId = 0;
        qint64 total = 0;
        {
            Result<Store> store = Store::open(path, Store::Mode::ReadOnly);
            if (!store)
                return store.error();
            sql::Statement range(store->handle(), "SELECT max(id), count(*) FROM pageviews");
            if (!range.valid() || range.step() != SQLITE_ROW)
                return Error{Tr::tr("Cannot read the page views of %1: %2")
                                 .arg(path, sql::lastError(store->handle())),
                             1};
            maxId = range.integer(0);
            total = range.integer(1);
        }

        // Row-id ranges read in parallel, each on its own read connection.
        const int partCount = std::clamp(QThread::idealThreadCount(), 1, 8);
        std::vector<Part> parts(static_cast<size_t>(partCount));
        std::atomic<qint64> loaded = 0;
        std::mutex reportMutex;
        std::vector<std::future<void>> running;
        const qint64 step = maxId / partCount + 1;
        for (int i = 0; i < partCount; ++i) {
            running.push_back(std::async(std::launch::async, [&, i] {
                loadPart(path, i * step, (i + 1) * step, errorViews, parts[size_t(i)], progress,
                         loaded, total, size_t(total / partCount + total / 50 + 16), reportMutex);
            }));
        }
        for (auto &future : running)
            future.get(); // rethrows what a loader thread threw
        if (progress.cancelled())
            return Error{Tr::tr("Loading was cancelled."), 1};
        for (const Part &part : parts) {
            if (!part.error.isEmpty())
                return Error{Tr::tr("Cannot read the page views of %1: %2").arg(path, part.error),
                             1};
        }
        return merge(parts, rowOfView);
    }

private:
    static FactTable merge(std::vector<Part> &parts,
                           std::unordered_map<quint64, std::uint32_t> *rowOfView)
    {
        FactTable table;
        // One dictionary per dimension across parts; codes of later parts are remapped.
        std::array<Dictionary, kDimensionCount> merged;
        std::array<std::vector<std::vector<FactTable::Code>>, kDimensionCount> remap;
        for (int dim = 0; dim < kDimensionCount; ++dim) {
            for (Part &part : parts) {
                const auto &values = part.dictionaries[size_t(dim)].values();
                std::vector<FactTable::Code> map(values.size() + 1);
                for (size_t code = 0; code < values.size(); ++code)
                    map[code] = merged[size_t(dim)].code(values[code]);
                remap[size_t(dim)].push_back(std::move(map));
            }
        }

        size_t rows = 0;
        for (const Part &part : parts)
            rows += part.time.size();
        // Sort rows by time (rows arrive nearly sorted); every column follows the permutation.
        std::vector<std::pair<qint64, std::uint32_t>> order;
        order.reserve(rows);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> origin; // (part, row)
        origin.reserve(rows);
        for (std::uint32_t p = 0; p < parts.size(); ++p) {
            for (std::uint32_t r = 0; r < parts[p].time.size(); ++r) {
                order.emplace_back(parts[p].time[r], std::uint32_t(origin.size()));
                origin.emplace_back(p, r);
            }
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });

        table.m_time.resize(rows);
        table.m_session.resize(rows);
        for (auto &column : table.m_metrics)
            column.resize(rows);
        for (auto &column : table.m_codes)
            column.resize(rows);
        table.m_hasError.resize(rows);
        for (size_t i = 0; i < rows; ++i) {
            const auto [p, r] = origin[order[i].second];
            const Part &part = parts[p];
            if (part.hasError[r]) {
                table.m_hasError[i] = 1;
                if (rowOfView)
                    rowOfView->emplace(part.keyOfRow.at(r), std::uint32_t(i));
            }
            table.m_time[i] = part.time[r];
            table.m_session[i] = part.session[r];
            table.m_maxSession = std::max(table.m_maxSession, part.session[r]);
            for (size_t m = 0; m < kAllMetrics.size(); ++m)
                table.m_metrics[m][i] = part.metrics[m][r];
            for (size_t dim = 0; dim < size_t(kDimensionCount); ++dim) {
                const FactTable::Code code = part.codes[dim][r];
                table.m_codes[dim][i] =
                    code == FactTable::kOverflowCode ? code : remap[dim][p][code];
            }
        }
        for (size_t m = 0; m < kAllMetrics.size(); ++m) {
            float smallest = std::numeric_limits<float>::infinity();
            float largest = 0;
            for (const float value : table.m_metrics[m]) {
                if (value > 0) { // NaN compares false
                    smallest = std::min(smallest, value);
                    largest = std::max(largest, value);
                }
            }
            table.m_bins[m] = ValueBins::forRange(smallest, largest);
            const ValueBins &bins = table.m_bins[m];
            const float goodUpTo = float(metricInfo(kAllMetrics[m]).goodUpTo);
            const float poorAbove = float(metricInfo(kAllMetrics[m]).poorAbove);
            std::vector<std::uint16_t> &binned = table.m_binned[m];
            binned.resize(rows);
            const std::vector<float> &values = table.m_metrics[m];
            for (size_t i = 0; i < rows; ++i) {
                const float value = values[i];
                binned[i] = std::isnan(value)
                                ? FactTable::kNoSample
                                : std::uint16_t(bins.bin(value) |
                                                ((int(value > goodUpTo) + int(value > poorAbove))
                                                 << FactTable::kRatingShift));
            }
        }
        for (size_t dim = 0; dim < size_t(kDimensionCount); ++dim) {
            for (const std::string &value : merged[dim].values())
                table.m_dictionaries[dim].append(
                    QString::fromUtf8(value.data(), qsizetype(value.size())));
        }
        return table;
    }
};

Result<FactTable> FactTable::load(const QString &storePath, const Progress &progress,
                                  const std::unordered_set<quint64> &errorViews,
                                  std::unordered_map<quint64, std::uint32_t> *rowOfView)
{
    return FactTableBuilder::build(storePath, progress, errorViews, rowOfView);
}

} // namespace rumscope
