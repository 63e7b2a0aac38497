#pragma once
// The store's schema as an ordered list of migrations; PRAGMA user_version is the number of
// migrations applied.

#include <QString>

#include <sqlite3.h>

namespace rumscope::schema {

int latestVersion();

/// Applies the migrations after the store's current version, up to targetVersion (the latest
/// by default), each in its own transaction. Returns an empty string or SQLite's message.
QString migrate(sqlite3 *db, int targetVersion = -1);

} // namespace rumscope::schema
