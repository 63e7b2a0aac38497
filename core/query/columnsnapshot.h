#pragma once
// The engine's facts saved beside the store (STORE-columns), so that the next open reads them
// in one go instead of gathering every page view from SQLite. A cache only: it names the store
// and the change it includes, and whatever came later is read from the store on top of it.
// A snapshot that is missing, of another store, damaged or not a regular file is ignored; its
// values are checked, so a hostile one gives wrong answers at worst, never out-of-range reads.
// It is mapped and used in place while the engine lives: rumscope only ever replaces it by
// rename, and a file truncated in place under a running rumscope would crash it.

#include "enginedata.h"

#include <QString>

#include <optional>

namespace rumscope {

class ColumnSnapshot
{
public:
    /// Where the snapshot of the store at storePath lives.
    static QString pathFor(const QString &storePath);
    /// Writes data atomically (a reader never sees half a file); the error message on failure.
    static QString write(const QString &path, const EngineData &data);
    /// The snapshot at path if it is of the store with storeId and reads back whole.
    static std::optional<EngineData> read(const QString &path, const QString &storeId);
};

} // namespace rumscope
