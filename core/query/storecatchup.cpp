#include "storecatchup.h"

#include "pageviewcolumns.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_map>

namespace rumscope {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rumscope::Engine)
};

Error readError(sqlite3 *db)
{
    return Error{Tr::tr("Cannot read the store's changes: %1").arg(sql::lastError(db)), 1};
}

/// Dimension codes of labels ids, looked up as rows need them.
class LabelCodes
{
public:
    LabelCodes(sqlite3 *db, FactTableEditor &editor)
        : m_text(db, "SELECT value FROM labels WHERE id = ?1")
        , m_editor(editor)
    {}

    DimensionCode code(int dimension, size_t label)
    {
        const quint64 key = quint64(label) << 8 | quint64(dimension);
        if (const auto found = m_codes.find(key); found != m_codes.end())
            return found->second;
        m_text.bind(1, qint64(label));
        const QString text = m_text.step() == SQLITE_ROW ? m_text.text(0) : QString();
        m_text.reset();
        const DimensionCode code = m_editor.code(Dimension(dimension), text);
        m_codes.emplace(key, code);
        return code;
    }

private:
    sql::Statement m_text;
    FactTableEditor &m_editor;
    std::unordered_map<quint64, DimensionCode> m_codes;
};

} // namespace

Result<StorePosition> storePosition(sqlite3 *db)
{
    sql::Statement position(
        db, "SELECT (SELECT value FROM meta WHERE key = 'store_id'), "
            "(SELECT coalesce(max(id), 0) FROM pageviews), (SELECT coalesce(max(id), 0) FROM "
            "errors), (SELECT coalesce(min(seq), 0) FROM fact_changes), (SELECT "
            "coalesce(max(seq), 0) FROM fact_changes), (SELECT coalesce(max(id), 0) FROM "
            "sessions)");
    if (!position.valid() || position.step() != SQLITE_ROW)
        return readError(db);
    return StorePosition{position.text(0),    position.integer(1), position.integer(2),
                         position.integer(3), position.integer(4), position.integer(5)};
}

Result<CatchUp> catchUp(sqlite3 *db, const EngineData &from, const Progress &progress)
{
    Result<StorePosition> position = storePosition(db);
    if (!position)
        return position.error();
    CatchUp result;
    const FactTable &facts = *from.facts;
    // Another store, page views gone, the store put back to an older copy (its change log is
    // behind), changes pruned before this version saw them, or sessions this version cannot
    // have (a damaged or hostile snapshot).
    if (position->storeId != from.storeId || position->maxPageViewId < facts.maxId() ||
        position->maxErrorId < from.errors->maxId() || position->lastChangeSeq < from.changeSeq ||
        (position->lastChangeSeq > from.changeSeq &&
         position->firstChangeSeq > from.changeSeq + 1) ||
        qint64(facts.maxSession()) > position->maxSessionId) {
        result.reloadNeeded = true;
        return result;
    }
    std::vector<qint64> changed;
    if (position->lastChangeSeq > from.changeSeq) {
        sql::Statement changes(db, "SELECT DISTINCT pageview FROM fact_changes WHERE seq > ?1 "
                                   "AND seq <= ?2 ORDER BY pageview");
        changes.bind(1, from.changeSeq);
        changes.bind(2, position->lastChangeSeq);
        int rc;
        while ((rc = changes.step()) == SQLITE_ROW) {
            const qint64 id = changes.integer(0);
            if (id <= 0) {
                result.reloadNeeded = true;
                return result;
            }
            if (id <= facts.maxId()) // newer rows are read as new ones
                changed.push_back(id);
        }
        if (rc != SQLITE_DONE)
            return readError(db);
    }
    result.data = from;
    result.data.changeSeq = position->lastChangeSeq;
    if (changed.empty() && position->maxPageViewId == facts.maxId() &&
        position->maxErrorId == from.errors->maxId())
        return result;

    FactTableEditor editor(facts);
    LabelCodes labels(db, editor);
    const auto codeOf = [&](int dimension, size_t label) { return labels.code(dimension, label); };
    const auto codeOfUrl = [&](std::string_view url) {
        return editor.code(Dimension::Url, QString::fromUtf8(url.data(), qsizetype(url.size())));
    };
    // Errors that arrived before their page view find it now.
    const std::unordered_set<quint64> waiting = from.errors->unresolvedKeys();
    std::unordered_map<quint64, RowRef> rowOfView;
    FactRow row;
    const QByteArray appendedSql =
        QByteArray(PageViewColumns::kSelect) + " WHERE id > ?1 AND id <= ?2 ORDER BY id";
    sql::Statement appended(db, appendedSql.constData());
    appended.bind(1, facts.maxId());
    appended.bind(2, position->maxPageViewId);
    // Ids have gaps only where inserts were rolled back: the id range is a fair total.
    const qint64 expected = position->maxPageViewId - facts.maxId();
    int rc;
    while ((rc = appended.step()) == SQLITE_ROW) {
        if (result.changedRows % 65536 == 0) {
            progress.report(result.changedRows, expected);
            if (progress.cancelled())
                return Error{Tr::tr("Loading was cancelled."), 1};
        }
        PageViewColumns::read(appended.get(), row, codeOf, codeOfUrl);
        const quint64 key =
            waiting.empty() ? 0 : PageViewColumns::viewKey(appended.get(), row.session);
        row.hasError = key != 0 && waiting.count(key);
        const RowRef ref = editor.append(row);
        if (row.hasError)
            rowOfView.emplace(key, ref);
        ++result.changedRows;
    }
    if (rc != SQLITE_DONE)
        return readError(db);

    const QByteArray changedSql = QByteArray(PageViewColumns::kSelect) + " WHERE id = ?1";
    sql::Statement reread(db, changedSql.constData());
    for (const qint64 id : changed) {
        const std::optional<RowRef> ref = facts.find(id);
        reread.bind(1, id);
        if (ref && reread.step() == SQLITE_ROW) {
            PageViewColumns::read(reread.get(), row, codeOf, codeOfUrl);
            // A merge may give it the session or view id an earlier error named; replace
            // keeps a mark an error already set.
            const quint64 key =
                waiting.empty() ? 0 : PageViewColumns::viewKey(reread.get(), row.session);
            row.hasError = key != 0 && waiting.count(key);
            editor.replace(*ref, row);
            if (row.hasError)
                rowOfView.emplace(key, *ref);
            ++result.changedRows;
        }
        reread.reset();
    }

    Result<ErrorTable> errors = from.errors->appended(db, position->maxErrorId, editor.table());
    if (!errors)
        return errors.error();
    errors->resolveViews(rowOfView);
    for (size_t e = size_t(from.errors->rows()); e < size_t(errors->rows()); ++e) {
        if (errors->viewRow()[e] != ErrorTable::kNoView)
            editor.markError(errors->viewRow()[e]);
    }
    result.changedRows += errors->rows() - from.errors->rows();
    result.data.facts = std::make_shared<const FactTable>(editor.finish());
    result.data.errors = std::make_shared<const ErrorTable>(std::move(errors).value());
    return result;
}

} // namespace rumscope
