#include "pageviewcolumns.h"

namespace rumscope {

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

} // namespace rumscope
