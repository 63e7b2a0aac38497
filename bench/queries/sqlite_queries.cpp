// bench/queries, SQLite's side: the reference dashboard queries Q1–Q8 (shared/perf/QUERIES.md)
// as plain SQL on a rumscope store, and the store exported as CSV for engines that cannot read
// it. It deliberately links no rumscope code: it measures SQLite, not us.
//
// Usage: bench_queries_sqlite export STORE OUTDIR
//        bench_queries_sqlite pick STORE
//        bench_queries_sqlite run STORE --runs N --session SESSION_ID --country C --from MS --to MS
//                                       [--percentile lower|standard]
// `pick` prints the session id, country, from and to that run.sh asks the queries about.
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "bench_queries_sqlite: %s\n", message.c_str());
    std::exit(1);
}

struct CloseDb
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;

struct Finalize
{
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, Finalize>;

Stmt prepare(sqlite3 *db, std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        fail(std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    return Stmt(stmt);
}

bool step(sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(sqlite3_errmsg(sqlite3_db_handle(stmt)));
    return rc == SQLITE_ROW;
}

std::string_view textOf(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return {text ? text : "", size_t(sqlite3_column_bytes(stmt, column))};
}

std::int64_t integerOf(sqlite3 *db, std::string_view sql)
{
    Stmt stmt = prepare(db, sql);
    if (!step(stmt.get()))
        fail("no row from: " + std::string(sql));
    return sqlite3_column_int64(stmt.get(), 0);
}

Db open(const char *path)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nullptr);
    Db owned(db);
    if (rc != SQLITE_OK)
        fail(std::string(path) + ": " + sqlite3_errstr(rc));
    // As an analyst tuning SQLite would: group-bys sort in temporary b-trees, kept in memory,
    // and a page cache of 256 MB rather than 2 MB. (mmap, capped at 2 GB, gained ~20 % on scans
    // at 1M page views and less beyond; rumscope's own readers do not use it either.)
    sqlite3_exec(db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144", nullptr, nullptr,
                 nullptr);
    return owned;
}

// Shortest text that reads back to the same double, so CSV and JSON round-trip exactly.
void appendNumber(std::string &out, double value)
{
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value);
    out.append(text, written.ptr);
}

void appendInteger(std::string &out, std::int64_t value)
{
    char text[24];
    const auto written = std::to_chars(text, text + sizeof text, value);
    out.append(text, written.ptr);
}

// ---- CSV export ----------------------------------------------------------------------------

// Texts by integer id (labels, session ids), read once so that the export resolves them in
// memory instead of joining every row. Ids are rowids, hence dense: a direct index.
class TextById
{
public:
    TextById(sqlite3 *db, std::string_view sql)
    {
        Stmt stmt = prepare(db, sql);
        while (step(stmt.get())) {
            if (sqlite3_column_int64(stmt.get(), 0) < 0)
                continue; // never a rowid the store hands out
            const auto id = size_t(sqlite3_column_int64(stmt.get(), 0));
            if (id >= m_begin.size()) {
                m_begin.resize(std::max(id + 1, m_begin.size() * 2), kMissing);
                m_end.resize(m_begin.size(), kMissing);
            }
            m_begin[id] = m_blob.size();
            m_blob += textOf(stmt.get(), 1);
            m_end[id] = m_blob.size();
        }
    }

    std::optional<std::string_view> find(std::int64_t id) const
    {
        if (id < 0 || size_t(id) >= m_begin.size() || m_begin[size_t(id)] == kMissing)
            return std::nullopt;
        return std::string_view(m_blob).substr(m_begin[size_t(id)],
                                               m_end[size_t(id)] - m_begin[size_t(id)]);
    }

private:
    static constexpr std::uint64_t kMissing = std::numeric_limits<std::uint64_t>::max();
    std::string m_blob;
    std::vector<std::uint64_t> m_begin;
    std::vector<std::uint64_t> m_end;
};

// RFC 4180 CSV. NULL is an empty field and an empty text is "", so that a reader told not to
// take quoted fields as NULL (DuckDB: allow_quoted_nulls=false) tells them apart.
class CsvWriter
{
public:
    explicit CsvWriter(const std::filesystem::path &path)
        : m_path(path)
        , m_partial(path.string() + ".partial")
        , m_file(std::fopen(m_partial.c_str(), "wb"))
    {
        if (!m_file)
            fail(m_partial.string() + ": " + std::strerror(errno));
    }

    ~CsvWriter()
    {
        if (m_file)
            std::fclose(m_file);
    }

    void null() { separate(); }

    void text(std::string_view value)
    {
        separate();
        if (!value.empty() && value.find_first_of(",\"\r\n") == std::string_view::npos) {
            m_buffer += value;
            return;
        }
        m_buffer += '"';
        for (const char c : value) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }

    void integer(std::int64_t value)
    {
        separate();
        appendInteger(m_buffer, value);
    }

    void number(double value)
    {
        separate();
        appendNumber(m_buffer, value);
    }

    void endRow()
    {
        m_buffer += '\n';
        m_rowStarted = false;
        if (m_buffer.size() >= kFlushAt)
            flush();
    }

    // Renamed into place only when complete, so that run.sh never reuses a cut-off file.
    void finish()
    {
        flush();
        if (std::fclose(std::exchange(m_file, nullptr)) != 0)
            fail(m_partial.string() + ": " + std::strerror(errno));
        std::filesystem::rename(m_partial, m_path);
    }

private:
    static constexpr size_t kFlushAt = 1 << 20;

    void separate()
    {
        if (m_rowStarted)
            m_buffer += ',';
        m_rowStarted = true;
    }

    void flush()
    {
        if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
            fail(m_partial.string() + ": " + std::strerror(errno));
        m_buffer.clear();
    }

    std::filesystem::path m_path;
    std::filesystem::path m_partial;
    std::FILE *m_file;
    std::string m_buffer;
    bool m_rowStarted = false;
};

enum class Kind
{
    Integer,
    Real,
    Text,
    Label,
    Session
};

struct CsvColumn
{
    const char *header;
    const char *expression;
    Kind kind;
};

void exportTable(sqlite3 *db, const char *table, const std::vector<CsvColumn> &columns,
                 const TextById &labels, const TextById &sessions,
                 const std::filesystem::path &path)
{
    std::string sql;
    CsvWriter csv(path);
    for (const CsvColumn &column : columns) {
        sql += sql.empty() ? "SELECT " : ", ";
        sql += column.expression;
        csv.text(column.header);
    }
    csv.endRow();
    sql += " FROM ";
    sql += table;
    sql += " ORDER BY id";

    Stmt stmt = prepare(db, sql);
    std::int64_t rows = 0;
    while (step(stmt.get())) {
        for (int i = 0; i < int(columns.size()); ++i) {
            if (sqlite3_column_type(stmt.get(), i) == SQLITE_NULL) {
                csv.null();
                continue;
            }
            std::optional<std::string_view> text;
            switch (columns[size_t(i)].kind) {
            case Kind::Integer:
                csv.integer(sqlite3_column_int64(stmt.get(), i));
                continue;
            case Kind::Real:
                csv.number(sqlite3_column_double(stmt.get(), i));
                continue;
            case Kind::Text:
                text = textOf(stmt.get(), i);
                break;
            case Kind::Label:
                text = labels.find(sqlite3_column_int64(stmt.get(), i));
                break;
            case Kind::Session:
                text = sessions.find(sqlite3_column_int64(stmt.get(), i));
                break;
            }
            if (text)
                csv.text(*text);
            else
                csv.null();
        }
        csv.endRow();
        ++rows;
    }
    csv.finish();
    std::fprintf(stderr, "%s: %lld rows\n", path.c_str(), static_cast<long long>(rows));
}

int exportCsv(const char *store, const std::filesystem::path &outDir)
{
    Db db = open(store);
    std::filesystem::create_directories(outDir);
    const TextById labels(db.get(), "SELECT id, value FROM labels ORDER BY id");
    // Rows name their session by row id; other engines get the session id the user knows.
    const TextById sessions(db.get(), "SELECT id, session_id FROM sessions ORDER BY id");
    exportTable(db.get(), "pageviews",
                {{"ts", "ts", Kind::Integer},
                 {"session", "session", Kind::Session},
                 {"view_id", "view_id", Kind::Text},
                 {"url", "url", Kind::Text},
                 {"route", "route", Kind::Label},
                 {"country", "country", Kind::Label},
                 {"browser", "browser", Kind::Label},
                 {"os", "os", Kind::Label},
                 {"device_type", "device_type", Kind::Label},
                 {"connection_type", "effective_type", Kind::Label},
                 {"lcp", "lcp", Kind::Real},
                 {"inp", "inp", Kind::Real},
                 {"cls", "cls", Kind::Real},
                 {"fcp", "fcp", Kind::Real},
                 {"ttfb", "ttfb", Kind::Real}},
                labels, sessions, outDir / "pageviews.csv");
    exportTable(db.get(), "errors",
                {{"ts", "ts", Kind::Integer},
                 {"session", "session", Kind::Session},
                 {"view_id", "view_id", Kind::Text},
                 {"message", "message", Kind::Text},
                 {"fingerprint", "fingerprint", Kind::Text}},
                labels, sessions, outDir / "errors.csv");
    return 0;
}

// ---- the queries ---------------------------------------------------------------------------

// Which element of the sorted values a discrete percentile is. rumscope, DuckDB 1.5's
// quantile_disc and SQL's PERCENTILE_DISC use `standard`, the first value whose cumulative share
// reaches p: ceil(n·p)−1; `lower`, floor((n−1)·p), is what DESIGN.md first wrote down.
enum class Rank
{
    Lower,
    Standard
};

size_t rankOf(Rank rule, size_t n, double p)
{
    p = std::clamp(p, 0.0, 1.0);
    if (rule == Rank::Lower)
        return size_t(std::floor(double(n - 1) * p));
    return std::max<size_t>(size_t(std::ceil(double(n) * p)), 1) - 1;
}

struct Samples
{
    std::vector<double> values;
    double p = 0;
};

// quantile_disc(x, p): SQLite has no percentile aggregate, so this is the "C++ percentile
// aggregate" of QUERIES.md: collect the non-null values, select one with nth_element.
void quantileStep(sqlite3_context *context, int, sqlite3_value **args)
{
    auto **slot = static_cast<Samples **>(sqlite3_aggregate_context(context, sizeof(Samples *)));
    if (!slot) {
        sqlite3_result_error_nomem(context);
        return;
    }
    try {
        if (!*slot) {
            *slot = new Samples;
            (*slot)->p = sqlite3_value_double(args[1]);
        }
        if (sqlite3_value_type(args[0]) != SQLITE_NULL)
            (*slot)->values.push_back(sqlite3_value_double(args[0]));
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    }
}

void quantileFinal(sqlite3_context *context)
{
    auto **slot = static_cast<Samples **>(sqlite3_aggregate_context(context, 0));
    const std::unique_ptr<Samples> samples(slot ? *slot : nullptr);
    if (!samples || samples->values.empty()) {
        sqlite3_result_null(context);
        return;
    }
    const Rank rule = *static_cast<const Rank *>(sqlite3_user_data(context));
    std::vector<double> &values = samples->values;
    const auto nth = values.begin() + std::ptrdiff_t(rankOf(rule, values.size(), samples->p));
    std::nth_element(values.begin(), nth, values.end());
    sqlite3_result_double(context, *nth);
}

// Just enough JSON: results are written as they are read, numbers in their shortest form.
class Json
{
public:
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_first = true;
    }

    void close(char bracket)
    {
        m_out += bracket;
        m_first = false;
    }

    void key(std::string_view name)
    {
        text(name);
        m_out += ':';
        m_first = true;
    }

    void null()
    {
        separate();
        m_out += "null";
    }

    void integer(std::int64_t value)
    {
        separate();
        appendInteger(m_out, value);
    }

    void number(double value)
    {
        separate();
        appendNumber(m_out, value);
    }

    void text(std::string_view value)
    {
        separate();
        m_out += '"';
        for (const char c : value) {
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                m_out += escaped;
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }

    void raw(std::string_view json)
    {
        separate();
        m_out += json;
    }

    const std::string &str() const { return m_out; }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }

    std::string m_out;
    bool m_first = true;
};

struct Params
{
    std::string session;
    std::string country;
    std::int64_t from = 0;
    std::int64_t to = 0;
};

void bind(sqlite3_stmt *stmt, const Params &params)
{
    if (const int i = sqlite3_bind_parameter_index(stmt, ":session"))
        sqlite3_bind_text(stmt, i, params.session.data(), int(params.session.size()),
                          SQLITE_STATIC);
    if (const int i = sqlite3_bind_parameter_index(stmt, ":country"))
        sqlite3_bind_text(stmt, i, params.country.data(), int(params.country.size()),
                          SQLITE_STATIC);
    if (const int i = sqlite3_bind_parameter_index(stmt, ":from"))
        sqlite3_bind_int64(stmt, i, params.from);
    if (const int i = sqlite3_bind_parameter_index(stmt, ":to"))
        sqlite3_bind_int64(stmt, i, params.to);
}

void value(Json &json, sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        json.null();
        break;
    case SQLITE_INTEGER:
        json.integer(sqlite3_column_int64(stmt, column));
        break;
    case SQLITE_FLOAT:
        json.number(sqlite3_column_double(stmt, column));
        break;
    default:
        json.text(textOf(stmt, column));
    }
}

// Every row as an array of its columns.
void rows(Json &json, sqlite3 *db, const std::string &sql, const Params &params)
{
    Stmt stmt = prepare(db, sql);
    bind(stmt.get(), params);
    json.open('[');
    while (step(stmt.get())) {
        json.open('[');
        for (int i = 0; i < sqlite3_column_count(stmt.get()); ++i)
            value(json, stmt.get(), i);
        json.close(']');
    }
    json.close(']');
}

// The one row as an object keyed by column name.
void object(Json &json, sqlite3 *db, const std::string &sql, const Params &params)
{
    Stmt stmt = prepare(db, sql);
    bind(stmt.get(), params);
    if (!step(stmt.get()))
        fail("no row from: " + sql);
    json.open('{');
    for (int i = 0; i < sqlite3_column_count(stmt.get()); ++i) {
        json.key(sqlite3_column_name(stmt.get(), i));
        value(json, stmt.get(), i);
    }
    json.close('}');
}

const std::string kFilter = " WHERE country = (SELECT id FROM labels WHERE value = :country)"
                            " AND device_type = (SELECT id FROM labels WHERE value = 'mobile')"
                            " AND ts >= :from AND ts < :to";

void perDay(Json &json, sqlite3 *db, const Params &params, const std::string &where)
{
    rows(json, db,
         "SELECT ts / 86400000 * 86400000 AS day, count(*), quantile_disc(lcp, 0.75)"
         " FROM pageviews" +
             where + " GROUP BY day ORDER BY day",
         params);
}

// Grouped by label id and resolved afterwards: the store never keeps an empty label (empty is
// NULL), so this equals grouping by coalesce(text, '') without joining every row.
void perLabel(Json &json, sqlite3 *db, const Params &params, const std::string &column,
              const std::string &where)
{
    rows(json, db,
         "SELECT coalesce(l.value, '') AS v, g.views, g.p75 FROM (SELECT " + column +
             " AS k, count(*) AS views, quantile_disc(lcp, 0.75) AS p75 FROM pageviews" + where +
             " GROUP BY k) g LEFT JOIN labels l ON l.id = g.k ORDER BY v",
         params);
}

void technology(Json &json, sqlite3 *db, const Params &params, const std::string &where)
{
    json.open('{');
    for (const char *column : {"browser", "os", "device_type"}) {
        json.key(column);
        perLabel(json, db, params, column, where);
    }
    json.close('}');
}

void q1(Json &json, sqlite3 *db, const Params &params)
{
    object(json, db,
           "SELECT quantile_disc(lcp, 0.75) AS lcp, quantile_disc(inp, 0.75) AS inp,"
           " quantile_disc(cls, 0.75) AS cls, quantile_disc(fcp, 0.75) AS fcp,"
           " quantile_disc(ttfb, 0.75) AS ttfb FROM pageviews",
           params);
}

void q2(Json &json, sqlite3 *db, const Params &params)
{
    perDay(json, db, params, "");
}

void q3(Json &json, sqlite3 *db, const Params &params)
{
    perLabel(json, db, params, "country", "");
}

void q4(Json &json, sqlite3 *db, const Params &params)
{
    technology(json, db, params, "");
}

void q5(Json &json, sqlite3 *db, const Params &params)
{
    json.open('{');
    json.key("Q2");
    perDay(json, db, params, kFilter);
    json.key("Q3");
    perLabel(json, db, params, "country", kFilter);
    json.key("Q4");
    technology(json, db, params, kFilter);
    json.close('}');
}

void q6(Json &json, sqlite3 *db, const Params &params)
{
    rows(json, db,
         // Grouped as rumscope groups errors: by fingerprint, else by message.
         "SELECT coalesce(nullif(fingerprint, ''), message, '') AS k, count(*) AS n,"
         " count(DISTINCT session) FROM errors GROUP BY k ORDER BY n DESC, k LIMIT 50",
         params);
}

void q7(Json &json, sqlite3 *db, const Params &params)
{
    const std::string session = " WHERE session = (SELECT id FROM sessions"
                                " WHERE session_id = :session) ORDER BY 1, 2";
    json.open('{');
    json.key("pageViews");
    rows(json, db, "SELECT ts, coalesce(view_id, '') FROM pageviews" + session, params);
    json.key("errors");
    rows(json, db, "SELECT ts, coalesce(message, '') FROM errors" + session, params);
    json.close('}');
}

void q8(Json &json, sqlite3 *db, const Params &params)
{
    object(json, db,
           "SELECT count(*) FILTER (WHERE lcp <= 2500) AS good,"
           " count(*) FILTER (WHERE lcp > 2500 AND lcp <= 4000) AS ni,"
           " count(*) FILTER (WHERE lcp > 4000) AS poor FROM pageviews",
           params);
}

struct Query
{
    const char *id;
    void (*answer)(Json &, sqlite3 *, const Params &);
};

const Query kQueries[] = {{"Q1", q1}, {"Q2", q2}, {"Q3", q3}, {"Q4", q4},
                          {"Q5", q5}, {"Q6", q6}, {"Q7", q7}, {"Q8", q8}};

int run(const char *store, int runs, const Params &params, Rank rule)
{
    Db db = open(store);
    static Rank registeredRule;
    registeredRule = rule;
    if (sqlite3_create_function(db.get(), "quantile_disc", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                &registeredRule, nullptr, quantileStep, quantileFinal) != SQLITE_OK)
        fail(sqlite3_errmsg(db.get()));

    Json out;
    out.open('{');
    out.key("engine");
    out.text("sqlite");
    out.key("pageViews");
    out.integer(integerOf(db.get(), "SELECT count(*) FROM pageviews"));
    out.key("loadMs");
    out.null();
    out.key("queries");
    out.open('{');
    for (const Query &query : kQueries) {
        // Warm: the first answer (untimed) fills the page cache; each timed one must match it.
        Json first;
        query.answer(first, db.get(), params);
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            const auto start = std::chrono::steady_clock::now();
            Json again;
            query.answer(again, db.get(), params);
            const std::chrono::duration<double, std::milli> took =
                std::chrono::steady_clock::now() - start;
            if (again.str() != first.str())
                fail(std::string(query.id) + " answered differently on run " +
                     std::to_string(i + 1));
            ms.push_back(std::round(took.count() * 1000) / 1000);
        }
        std::fprintf(stderr, "sqlite %s:", query.id);
        for (const double each : ms)
            std::fprintf(stderr, " %.1f", each);
        std::fprintf(stderr, " ms\n");

        out.key(query.id);
        out.open('{');
        out.key("ms");
        out.open('[');
        for (const double each : ms)
            out.number(each);
        out.close(']');
        out.key("result");
        out.raw(first.str());
        out.close('}');
    }
    out.close('}');
    out.close('}');
    std::printf("%s\n", out.str().c_str());
    return 0;
}

int pick(const char *store)
{
    Db db = open(store);
    const auto first = [&](const char *sql) {
        Stmt stmt = prepare(db.get(), sql);
        if (!step(stmt.get()))
            fail(std::string("no row from: ") + sql);
        return std::string(textOf(stmt.get(), 0));
    };
    // Ties broken by row id and by name, so that the pick is the same on every run.
    std::printf("%s\n", first("SELECT s.session_id FROM (SELECT session, count(*) AS n"
                              " FROM pageviews WHERE session IS NOT NULL GROUP BY session"
                              " ORDER BY n DESC, session LIMIT 1) t"
                              " JOIN sessions s ON s.id = t.session")
                            .c_str());
    std::printf("%s\n", first("SELECT l.value FROM (SELECT country, count(*) AS n FROM pageviews"
                              " GROUP BY country) t JOIN labels l ON l.id = t.country"
                              " ORDER BY t.n DESC, l.value LIMIT 1")
                            .c_str());
    // The last 7 whole UTC days: [end of the last day with data − 7 days, end of that day).
    constexpr std::int64_t day = 86'400'000;
    const std::int64_t to = (integerOf(db.get(), "SELECT max(ts) FROM pageviews") / day + 1) * day;
    std::printf("%lld\n%lld\n", static_cast<long long>(to - 7 * day), static_cast<long long>(to));
    return 0;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: bench_queries_sqlite export STORE OUTDIR\n"
                 "       bench_queries_sqlite pick STORE\n"
                 "       bench_queries_sqlite run STORE --runs N --session SESSION_ID --country C"
                 " --from MS --to MS [--percentile lower|standard]\n");
    std::exit(2);
}

std::int64_t integerArgument(std::string_view text)
{
    std::int64_t value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size())
        usage();
    return value;
}

int dispatch(int argc, char *argv[])
{
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.size() == 3 && args[0] == "export")
        return exportCsv(argv[2], argv[3]);
    if (args.size() == 2 && args[0] == "pick")
        return pick(argv[2]);
    if (args.size() < 2 || args[0] != "run")
        usage();

    int runs = 5;
    Params params;
    Rank rule = Rank::Standard;
    bool haveSession = false, haveCountry = false, haveFrom = false, haveTo = false;
    for (size_t i = 2; i + 1 < args.size(); i += 2) {
        const std::string_view option = args[i], value = args[i + 1];
        if (option == "--runs") {
            runs = int(integerArgument(value));
        } else if (option == "--session") {
            params.session = value;
            haveSession = true;
        } else if (option == "--country") {
            params.country = value;
            haveCountry = true;
        } else if (option == "--from") {
            params.from = integerArgument(value);
            haveFrom = true;
        } else if (option == "--to") {
            params.to = integerArgument(value);
            haveTo = true;
        } else if (option == "--percentile" && (value == "lower" || value == "standard")) {
            rule = value == "lower" ? Rank::Lower : Rank::Standard;
        } else {
            usage();
        }
    }
    if (args.size() % 2 != 0 || runs < 1 || !haveSession || !haveCountry || !haveFrom || !haveTo)
        usage();
    return run(argv[2], runs, params, rule);
}

} // namespace

int main(int argc, char *argv[])
{
    try {
        return dispatch(argc, argv);
    } catch (const std::exception &error) { // file system and allocation failures
        fail(error.what());
    }
}
