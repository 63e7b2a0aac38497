// FactTable::load: every page view of a store, read in parallel id ranges into chunks.

#include "errortable.h"
#include "facttable.h"
#include "pageviewcolumns.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <deque>
#include <future>
#include <mutex>
#include <string>
#include <string_view>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

/// One dimension's dictionary while loading: text → code, strings owned here.
class Dictionary
{
public:
    explicit Dictionary(Dimension dimension = Dimension::Country)
        : m_limit(dictionaryLimit(dimension))
        , m_overflow(overflowCode(dimension))
    {
        m_values.emplace_back();
    }

    DimensionCode code(std::string_view text)
    {
        if (text.empty())
            return 0;
        if (text == m_lastText)
            return m_lastCode;
        DimensionCode code;
        if (auto found = m_index.find(text); found != m_index.end()) {
            code = found->second;
        } else if (m_values.size() >= m_limit) {
            code = m_overflow;
        } else {
            code = DimensionCode(m_values.size());
            m_values.emplace_back(text);
            m_index.emplace(m_values.back(), code);
        }
        m_lastText = m_values[code == m_overflow ? 0 : code];
        m_lastCode = code;
        return code;
    }
    const std::deque<std::string> &values() const { return m_values; }

    /// The code of a labels id: its text is looked up once, the id after that.
    DimensionCode codeOfLabel(size_t id, const std::vector<std::string> &labels)
    {
        if (id >= labels.size())
            return 0; // NULL (id 0) or text where an id belongs: no value
        if (id >= m_codeOfLabel.size())
            m_codeOfLabel.resize(labels.size(), kUnmapped);
        std::int32_t &code = m_codeOfLabel[id];
        if (code == kUnmapped)
            code = this->code(labels[id]);
        return DimensionCode(code);
    }

private:
    size_t m_limit;
    DimensionCode m_overflow;
    std::deque<std::string> m_values; // deque: views into it stay valid as it grows
    std::unordered_map<std::string_view, DimensionCode> m_index;
    std::string_view m_lastText;
    DimensionCode m_lastCode = 0;
    static constexpr std::int32_t kUnmapped = -1;
    std::vector<std::int32_t> m_codeOfLabel;
};

/// One dictionary per dimension.
std::array<Dictionary, kColumnDimensionCount> dictionaries()
{
    std::array<Dictionary, kColumnDimensionCount> result;
    for (int dim = 0; dim < kColumnDimensionCount; ++dim)
        result[size_t(dim)] = Dictionary(Dimension(dim));
    return result;
}

struct Part
{
    std::vector<std::shared_ptr<FactChunk>> chunks;
    std::array<Dictionary, kColumnDimensionCount> dictionaries = rumscope::dictionaries();
    /// The rows errors happened on (errorViews), with their view keys.
    std::vector<std::pair<RowRef, quint64>> errorRows; ///< RowRef within the part's chunks
    QString error;
};

struct Shared
{
    QString path;
    const std::unordered_set<quint64> &errorViews;
    const Progress &progress;
    std::atomic<qint64> loaded = 0;
    qint64 total = 0;
    std::mutex reportMutex;
};

void loadPart(Shared &shared, qint64 firstId, qint64 endId, Part &part)
{
    Result<Store> store = Store::open(shared.path, Store::Mode::ReadOnly);
    if (!store) {
        part.error = store.error().message;
        return;
    }
    // No memory map: on a 10M store it made the read slower (a page fault per page, 43 s
    // against 28 s) and every page of the file resident (2.2 GB against 0.9 GB at the peak).
    // One snapshot for the labels and the rows, so every id a row holds has its text.
    sql::Transaction snapshot(store->handle());
    const std::vector<std::string> labels = readLabels(store->handle());
    const QByteArray sqlText =
        QByteArray(PageViewColumns::kSelect) + " WHERE id >= ?1 AND id < ?2 ORDER BY id";
    sql::Statement stmt(store->handle(), sqlText.constData());
    if (!stmt.valid()) {
        part.error = sql::lastError(store->handle());
        return;
    }
    stmt.bind(1, firstId);
    stmt.bind(2, endId);
    sqlite3_stmt *s = stmt.get();
    qint64 rows = 0;
    int rc;
    FactRow row;
    FactChunk *chunk = nullptr;
    while ((rc = stmt.step()) == SQLITE_ROW) {
        PageViewColumns::read(
            s, row,
            [&](int dim, size_t label) {
                return part.dictionaries[size_t(dim)].codeOfLabel(label, labels);
            },
            [&](std::string_view url) {
                return part.dictionaries[size_t(Dimension::Url)].code(url);
            });
        if (!chunk || chunk->size() >= kChunkRows) {
            part.chunks.push_back(std::make_shared<FactChunk>());
            chunk = part.chunks.back().get();
            chunk->reserve(kChunkRows);
        }
        row.hasError = false;
        if (!shared.errorViews.empty()) {
            const quint64 key = PageViewColumns::viewKey(s, row.session);
            if (key != 0 && shared.errorViews.count(key)) {
                row.hasError = true;
                part.errorRows.emplace_back(rowRef(part.chunks.size() - 1, chunk->size()), key);
            }
        }
        chunk->append(row);
        if (++rows % 65536 == 0) {
            const qint64 done = shared.loaded.fetch_add(65536) + 65536;
            std::lock_guard lock(shared.reportMutex); // progress callbacks need not be thread-safe
            shared.progress.report(done, shared.total);
            if (shared.progress.cancelled())
                return;
        }
    }
    shared.loaded.fetch_add(rows % 65536);
    if (rc != SQLITE_DONE)
        part.error = sql::lastError(store->handle());
}

} // namespace

Result<FactTable> FactTable::load(const QString &storePath, qint64 maxId, const Progress &progress,
                                  const std::unordered_set<quint64> &errorViews,
                                  std::unordered_map<quint64, RowRef> *rowOfView)
{
    qint64 total = 0;
    {
        Result<Store> store = Store::open(storePath, Store::Mode::ReadOnly);
        if (!store)
            return store.error();
        sql::Statement count(store->handle(), "SELECT count(*) FROM pageviews WHERE id <= ?1");
        count.bind(1, maxId);
        if (!count.valid() || count.step() != SQLITE_ROW)
            return Error{Tr::tr("Cannot read the page views of %1: %2")
                             .arg(storePath, sql::lastError(store->handle())),
                         1};
        total = count.integer(0);
    }

    // Id ranges read in parallel, each on its own read connection.
    const int partCount = std::clamp(QThread::idealThreadCount(), 1, 8);
    std::vector<Part> parts(static_cast<size_t>(partCount));
    Shared shared{storePath, errorViews, progress, {}, total, {}};
    std::vector<std::future<void>> running;
    const qint64 step = maxId / partCount + 1;
    for (int i = 0; i < partCount; ++i) {
        running.push_back(std::async(std::launch::async, [&, i] {
            loadPart(shared, i * step, std::min(maxId + 1, (i + 1) * step), parts[size_t(i)]);
        }));
    }
    for (auto &future : running)
        future.get(); // rethrows what a loader thread threw
    if (progress.cancelled())
        return Error{Tr::tr("Loading was cancelled."), 1};
    for (const Part &part : parts) {
        if (!part.error.isEmpty())
            return Error{Tr::tr("Cannot read the page views of %1: %2").arg(storePath, part.error),
                         1};
    }

    // One dictionary per dimension across parts: codes of later parts are mapped to it.
    FactTableEditor editor;
    std::array<Dictionary, kColumnDimensionCount> merged = dictionaries();
    // Part code → merged code; the last entry for the part's overflow code.
    std::array<std::vector<std::vector<DimensionCode>>, kColumnDimensionCount> remap;
    for (size_t dim = 0; dim < size_t(kColumnDimensionCount); ++dim) {
        for (Part &part : parts) {
            const auto &values = part.dictionaries[dim].values();
            std::vector<DimensionCode> map(values.size() + 1, overflowCode(Dimension(dim)));
            for (size_t code = 0; code < values.size(); ++code)
                map[code] = merged[dim].code(values[code]);
            remap[dim].push_back(std::move(map));
        }
        QStringList dictionary;
        for (const std::string &value : merged[dim].values())
            dictionary.append(QString::fromUtf8(value.data(), qsizetype(value.size())));
        editor.setDictionary(Dimension(dim), std::move(dictionary));
    }
    for (size_t p = 0; p < parts.size(); ++p) {
        const size_t firstChunk = editor.table().chunkCount();
        for (auto &chunk : parts[p].chunks) {
            for (size_t dim = 0; dim < size_t(kLabelDimensionCount); ++dim) {
                const std::vector<DimensionCode> &map = remap[dim][p];
                LabelCode *codes = chunk->codes[dim].mutableData();
                for (size_t row = 0; row < chunk->size(); ++row)
                    codes[row] = LabelCode(map[std::min<size_t>(codes[row], map.size() - 1)]);
            }
            const std::vector<DimensionCode> &urlMap = remap[size_t(Dimension::Url)][p];
            UrlCode *urls = chunk->urls.mutableData();
            for (size_t row = 0; row < chunk->size(); ++row)
                urls[row] = urlMap[std::min<size_t>(urls[row], urlMap.size() - 1)];
            editor.appendChunk(std::move(chunk));
        }
        if (rowOfView) {
            for (const auto &[ref, key] : parts[p].errorRows)
                rowOfView->emplace(key, ref + RowRef(firstChunk << kChunkShift));
        }
        parts[p].chunks.clear();
    }
    return editor.finish();
}

} // namespace rumscope
