#pragma once

#include "diplograph/result.h"

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace diplograph::core {

// Maps an SQLite result code to the most specific ErrorCode and a message naming what failed.
[[nodiscard]] Error sqliteError(sqlite3* db, int rc, const std::string& what);

// A prepared statement borrowed from the cache; reset and unbound when it goes out of scope.
class Statement {
  public:
    explicit Statement(sqlite3_stmt* statement) : m_statement(statement) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    void bind(int index, std::string_view text)
    {
        sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    void bindBlob(int index, std::string_view bytes)
    {
        sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    }
    void bind(int index, std::int64_t value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, int value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }

    [[nodiscard]] std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    [[nodiscard]] double real(int column) const { return sqlite3_column_double(m_statement, column); }
    [[nodiscard]] bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    [[nodiscard]] std::string text(int column) const
    {
        const void* data = sqlite3_column_blob(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
    }

  private:
    sqlite3_stmt* m_statement;
};

// Prepared statements keyed by their SQL text; finalised with the cache.
class StatementCache {
  public:
    explicit StatementCache(sqlite3* db) : m_db(db) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache();

    // nullptr with `error` set when the SQL does not prepare (a schema problem).
    sqlite3_stmt* get(const char* sql, Error& error);

  private:
    sqlite3* m_db;
    std::unordered_map<std::string_view, sqlite3_stmt*> m_statements;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted.
class Transaction {
  public:
    explicit Transaction(sqlite3* db) : m_db(db) {}
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

  private:
    sqlite3* m_db;
    bool m_open = false;
};

// BEGIN (deferred) ... COMMIT around several SELECTs, so that they read one snapshot and a writer committing
// between them cannot tear the result; does nothing inside a transaction already open.
class ReadTransaction {
  public:
    explicit ReadTransaction(sqlite3* db) : m_db(db) {}
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction(); // ends the read; nothing was written, so COMMIT and ROLLBACK are alike

    [[nodiscard]] Result<void> begin();

  private:
    sqlite3* m_db;
    bool m_open = false;
};

// Runs SQL without parameters (schema, pragmas); never built from user strings.
[[nodiscard]] Result<void> execute(sqlite3* db, const char* sql, const std::string& what);

} // namespace diplograph::core
