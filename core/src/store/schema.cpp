#include "store/schema.h"

#include "diplograph/workspace.h"
#include "store/sqlite_util.h"

#include <string>

namespace diplograph::core {

namespace {

// Version 1: articles and their extraction results. Blobs hold little-endian int64 arrays (mentions: start,end
// pairs; sentences: id,start,end,textStart,textEnd,flags). tests/data/store/schema_v1.sql is this schema.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    bytes INTEGER NOT NULL,
    text BLOB NOT NULL,
    result_title TEXT,
    warnings TEXT NOT NULL DEFAULT '',
    sentences BLOB NOT NULL DEFAULT x'',
    actor_count INTEGER NOT NULL,
    relation_count INTEGER NOT NULL,
    evidence_count INTEGER NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE actors(
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL,
    name TEXT NOT NULL,
    kind INTEGER NOT NULL,
    entity TEXT NOT NULL,
    parent TEXT,
    mentions BLOB NOT NULL,
    PRIMARY KEY(article_id, position)) WITHOUT ROWID;
CREATE TABLE relations(
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    type INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    directed INTEGER NOT NULL,
    evidence_count INTEGER NOT NULL);
CREATE INDEX relations_by_article ON relations(article_id);
CREATE TABLE evidence(
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    quote TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY(relation_id, position)) WITHOUT ROWID;
)sql";

// Version 2: article dates, analyst edits, node positions.
constexpr const char* kMigrateV1ToV2 = R"sql(
ALTER TABLE articles ADD COLUMN date TEXT;
CREATE TABLE edits(
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    actor TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE positions(
    level INTEGER NOT NULL,
    node TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    PRIMARY KEY(level, node)) WITHOUT ROWID;
)sql";

// Version 3: the input format (for re-extraction), added entities, pinned positions.
constexpr const char* kMigrateV2ToV3 = R"sql(
ALTER TABLE articles ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE edits ADD COLUMN definition TEXT;
ALTER TABLE positions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 4: who made each edit (review edits keep their details as JSON in `definition`).
constexpr const char* kMigrateV3ToV4 = R"sql(
ALTER TABLE edits ADD COLUMN author TEXT NOT NULL DEFAULT '';
)sql";

Result<void> setVersion(sqlite3* db, int version)
{
    // user_version takes no bound parameter; the value is our own integer, never user text.
    const std::string sql = "PRAGMA user_version = " + std::to_string(version);
    return execute(db, sql.c_str(), "recording the workspace version");
}

} // namespace

Result<void> createSchema(sqlite3* db)
{
    const std::string applicationId = "PRAGMA application_id = " + std::to_string(Workspace::kApplicationId);
    if (auto done = execute(db, applicationId.c_str(), "creating the workspace"); !done) {
        return done;
    }
    if (auto done = execute(db, kSchemaV1, "creating the workspace"); !done) {
        return done;
    }
    return migrateSchema(db, 1);
}

Result<void> migrateSchema(sqlite3* db, int fromVersion)
{
    constexpr const char* kSteps[] = {kMigrateV1ToV2, kMigrateV2ToV3, kMigrateV3ToV4};
    static_assert(std::size(kSteps) + 1 == Workspace::kSchemaVersion, "one migration per version");
    for (int version = fromVersion; version < Workspace::kSchemaVersion; ++version) {
        if (version < 1) {
            return fail(ErrorCode::Corrupt, "unknown workspace version " + std::to_string(version));
        }
        if (auto done = execute(db, kSteps[version - 1], "upgrading the workspace"); !done) {
            return done;
        }
    }
    return setVersion(db, Workspace::kSchemaVersion);
}

} // namespace diplograph::core
