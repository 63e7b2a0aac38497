#include "schema.h"

#include "sqlite.h"

#include <QByteArray>

#include <iterator>

namespace rumscope::schema {
namespace {

// Event tables refer to their session by the sessions row id (`session`), which keeps the
// session indexes small; the text id lives once, in sessions.session_id.
#define LABEL " INTEGER REFERENCES labels(id)"
#define COMMON_EVENT_COLUMNS                                                                       \
    "id INTEGER PRIMARY KEY, session INTEGER REFERENCES sessions(id), view_id TEXT, "              \
    "ts INTEGER NOT NULL, app" LABEL ", env" LABEL ", release" LABEL ", source" LABEL ", "

const char *const kMigrations[] = {
    // 1: the record tables, the imports journal and the quarantine. Text from a small,
    // repeating set (browser, country, route, app…) is stored once, in labels; rows hold its id.
    "CREATE TABLE labels (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE);"
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL UNIQUE, "
    "ts INTEGER NOT NULL, last_seen INTEGER, user_id TEXT, entry_url TEXT, exit_url TEXT, "
    "page_views REAL, error_count REAL, app" LABEL ", env" LABEL ", release" LABEL ", source" LABEL
    ");"
    // The columns the query engine loads come first: SQLite decodes a row's header up to the
    // last column read, so the engine's scan stays cheap however wide the rest is.
    "CREATE TABLE pageviews (id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, "
    "session INTEGER REFERENCES sessions(id), lcp REAL, inp REAL, cls REAL, fcp REAL, "
    "ttfb REAL, fid REAL, country" LABEL ", browser" LABEL ", browser_version" LABEL ", os" LABEL
    ", device_type" LABEL ", effective_type" LABEL ", route" LABEL ", app" LABEL ", env" LABEL
    ", release" LABEL ", navigation_type" LABEL ", source" LABEL
    ", view_id TEXT, url TEXT, referrer TEXT, tbt REAL, "
    "dns REAL, connect REAL, tls REAL, dom_interactive REAL, dom_content_loaded REAL, "
    "load REAL, visible_time REAL, lcp_ttfb REAL, lcp_resource_load_delay REAL, "
    "lcp_resource_load_duration REAL, lcp_element_render_delay REAL, lcp_element" LABEL ", "
    "lcp_resource_url TEXT, inp_input_delay REAL, inp_processing_duration REAL, "
    "inp_presentation_delay REAL, inp_event_type" LABEL ", inp_target" LABEL ", cls_target" LABEL
    ", rtt REAL, downlink REAL, save_data INTEGER, user_agent" LABEL ", os_version" LABEL
    ", device_model" LABEL ", screen_width REAL, screen_height REAL, "
    "device_pixel_ratio REAL, device_memory REAL, hardware_concurrency REAL, region" LABEL
    ", city" LABEL ", latitude REAL, longitude REAL, parts INTEGER);"
    "CREATE TABLE errors (" COMMON_EVENT_COLUMNS "kind" LABEL ", error_type" LABEL
    ", message TEXT, stack TEXT, frames TEXT, fingerprint TEXT, resource_url TEXT, "
    "http_status REAL);"
    "CREATE TABLE interactions (" COMMON_EVENT_COLUMNS "interaction_type" LABEL ", target" LABEL
    ", duration REAL, input_delay REAL, processing_duration REAL, "
    "presentation_delay REAL);"
    "CREATE TABLE resources (" COMMON_EVENT_COLUMNS "url TEXT NOT NULL, initiator_type" LABEL
    ", start_time REAL, duration REAL, "
    "transfer_size REAL, encoded_size REAL, http_status REAL, protocol" LABEL
    ", render_blocking INTEGER);"
    "CREATE TABLE longtasks (" COMMON_EVENT_COLUMNS "name" LABEL ", duration REAL);"
    "CREATE TABLE measurements (" COMMON_EVENT_COLUMNS "name" LABEL
    " NOT NULL, value REAL, attributes TEXT);"
    "CREATE TABLE imports (id INTEGER PRIMARY KEY, path TEXT NOT NULL, bytes INTEGER, "
    "content_hash TEXT, started INTEGER NOT NULL, finished INTEGER, accepted INTEGER, "
    "quarantined INTEGER, cancelled INTEGER);"
    "CREATE TABLE quarantine (id INTEGER PRIMARY KEY, origin TEXT, line INTEGER, "
    "received INTEGER NOT NULL, reason TEXT NOT NULL, raw BLOB);"
    "CREATE INDEX pageviews_ts ON pageviews(ts);"
    "CREATE INDEX pageviews_session ON pageviews(session);"
    // A page view that beacons report in parts (parts = 1) merges on its view id; whole views
    // from canonical files stay out of this index, which keeps their import fast.
    "CREATE UNIQUE INDEX pageviews_parts ON pageviews(view_id) WHERE parts = 1;"
    "CREATE INDEX errors_ts ON errors(ts);"
    "CREATE INDEX errors_session ON errors(session);"
    "CREATE INDEX interactions_session ON interactions(session);"
    "CREATE INDEX resources_session ON resources(session);"
    "CREATE INDEX longtasks_session ON longtasks(session);"
    "CREATE INDEX measurements_session ON measurements(session);",

    // 2: which build wrote the store, and a quick route from a quarantined line to its import.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
    "ALTER TABLE quarantine ADD COLUMN import_id INTEGER REFERENCES imports(id);"
    "CREATE INDEX quarantine_import ON quarantine(import_id);",

    // 3: what changed in place, for readers that keep a copy of the facts (the query engine):
    // new rows they find by id, but an update (a later beacon completing a page view) only
    // here. pageview 0 stands for a change they cannot follow (a deletion, an edited error)
    // and have to read everything again for. The writer prunes old entries; a reader that
    // finds a gap reads everything again too. store_id tells one store from another.
    "CREATE TABLE fact_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "pageview INTEGER NOT NULL);"
    "CREATE TRIGGER pageviews_updated AFTER UPDATE ON pageviews BEGIN "
    "INSERT INTO fact_changes (pageview) VALUES (new.id); END;"
    "CREATE TRIGGER pageviews_deleted AFTER DELETE ON pageviews BEGIN "
    "INSERT INTO fact_changes (pageview) VALUES (0); END;"
    "CREATE TRIGGER errors_updated AFTER UPDATE ON errors BEGIN "
    "INSERT INTO fact_changes (pageview) VALUES (0); END;"
    "CREATE TRIGGER errors_deleted AFTER DELETE ON errors BEGIN "
    "INSERT INTO fact_changes (pageview) VALUES (0); END;"
    "INSERT OR REPLACE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));",

    // 4: the collector's feed for remote readers (GET /api/v1/feed): each row the canonical
    // NDJSON of one batch of parsed beacons (qCompress), committed with the records it
    // describes; id is the readers' cursor, and AUTOINCREMENT keeps it growing after pruning.
    "CREATE TABLE feed (id INTEGER PRIMARY KEY AUTOINCREMENT, received INTEGER NOT NULL, "
    "records INTEGER NOT NULL, lines BLOB NOT NULL);"
    "CREATE INDEX feed_received ON feed(received);",
};

#undef COMMON_EVENT_COLUMNS
#undef LABEL

int userVersion(sqlite3 *db)
{
    sql::Statement stmt(db, "PRAGMA user_version");
    return stmt.step() == SQLITE_ROW ? int(stmt.integer(0)) : -1;
}

} // namespace

int latestVersion()
{
    return int(std::size(kMigrations));
}

QString migrate(sqlite3 *db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int current = userVersion(db);
    if (current < 0)
        return sql::lastError(db);
    for (int version = current; version < targetVersion; ++version) {
        sql::Transaction transaction(db);
        if (QString error = sql::exec(db, kMigrations[version]); !error.isEmpty())
            return error;
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (QString error = sql::exec(db, setVersion.constData()); !error.isEmpty())
            return error;
        if (QString error = transaction.commit(); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace rumscope::schema
