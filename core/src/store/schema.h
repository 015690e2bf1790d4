#pragma once

#include "diplograph/result.h"

#include <sqlite3.h>

namespace diplograph::core {

// Creates the current schema in an empty database (inside the caller's transaction).
[[nodiscard]] Result<void> createSchema(sqlite3* db);

// Upgrades from `fromVersion` (1 .. current-1) to the current schema (inside the caller's transaction).
[[nodiscard]] Result<void> migrateSchema(sqlite3* db, int fromVersion);

} // namespace diplograph::core
