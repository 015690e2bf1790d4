#pragma once

#include "diplograph/graph.h"
#include "diplograph/result.h"
#include "diplograph/types.h"
#include "store/sqlite_util.h"

namespace diplograph::core {

// Writes `result`'s actors, relations and evidence for article `article` and updates the article's counts and
// sentences. The caller holds the transaction.
[[nodiscard]] Result<void> insertResultRows(sqlite3* db, StatementCache& cache, ArticleId article,
                                            const ArticleResult& result);
// Deletes what insertResultRows wrote for `article` (the article row stays).
[[nodiscard]] Result<void> deleteResultRows(sqlite3* db, StatementCache& cache, ArticleId article);

// Prepares `sql` from the cache into a Statement named `name`, or returns the error from the enclosing function.
#define DIPLOGRAPH_STATEMENT(name, cache, sql)                                                                         \
    ::diplograph::core::Error name##Error;                                                                             \
    sqlite3_stmt* name##Raw = (cache).get((sql), name##Error);                                                         \
    if (!name##Raw) {                                                                                                  \
        return name##Error;                                                                                            \
    }                                                                                                                  \
    ::diplograph::core::Statement name(name##Raw)

} // namespace diplograph::core
