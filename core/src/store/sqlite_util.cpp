#include "store/sqlite_util.h"

namespace diplograph::core {

Error sqliteError(sqlite3* db, int rc, const std::string& what)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(ErrorCode::Busy, what + ": the workspace is busy in another program (" + detail +
                                         "); try again when it has finished");
    case SQLITE_CORRUPT:
        return fail(ErrorCode::Corrupt,
                    what + ": the workspace file is damaged (" + detail + "); restore it from a backup");
    case SQLITE_NOTADB: return fail(ErrorCode::NotAWorkspace, what + ": not a Diplograph workspace (" + detail + ")");
    case SQLITE_READONLY: return fail(ErrorCode::ReadOnly, what + ": the workspace cannot be written (" + detail + ")");
    case SQLITE_CANTOPEN: return fail(ErrorCode::Unreadable, what + ": cannot open the workspace (" + detail + ")");
    case SQLITE_FULL:
    case SQLITE_IOERR: return fail(ErrorCode::Io, what + ": disk error (" + detail + ")");
    default: return fail(ErrorCode::Database, what + ": " + detail);
    }
}

StatementCache::~StatementCache()
{
    for (auto& [sql, statement] : m_statements) {
        sqlite3_finalize(statement);
    }
}

sqlite3_stmt* StatementCache::get(const char* sql, Error& error)
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        return it->second;
    }
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        error = sqliteError(m_db, rc, "preparing a query");
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.emplace(sql, statement);
    return statement;
}

Transaction::~Transaction()
{
    if (m_open) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

Result<void> Transaction::begin()
{
    // IMMEDIATE takes the write lock now, so busy_timeout waits here rather than failing at the first write.
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, "starting a transaction");
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, "saving to the workspace");
    }
    m_open = false;
    return {};
}

ReadTransaction::~ReadTransaction()
{
    if (m_open) {
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
}

Result<void> ReadTransaction::begin()
{
    if (sqlite3_get_autocommit(m_db) == 0) {
        return {}; // the caller's transaction already gives one snapshot
    }
    const int rc = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, "starting a read");
    }
    m_open = true;
    return {};
}

Result<void> execute(sqlite3* db, const char* sql, const std::string& what)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc, what);
    }
    return {};
}

} // namespace diplograph::core
