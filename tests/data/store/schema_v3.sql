-- A Diplograph workspace as written by schema version 3 (input formats, added entities, pinned positions) (tests/core/migration_test.cpp opens it).
PRAGMA application_id = 1146113095;
PRAGMA user_version = 3;
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

ALTER TABLE articles ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE edits ADD COLUMN definition TEXT;
ALTER TABLE positions ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;

INSERT INTO articles(id, sha256, title, source, date, bytes, text, result_title, warnings, sentences, actor_count, relation_count, evidence_count)
VALUES (1, 'c0ffee01', 'Iran criticises US sanctions', 'https://example.org/a', '2024-06-18', 52, CAST('Iran criticised the United States over new sanctions.' AS BLOB), 'Iran criticises US sanctions', '', x'', 2, 1, 1);
INSERT INTO actors VALUES (1, 0, 'IRN', 'Iran', 1, 'IRN', NULL, x'00000000000000000400000000000000');
INSERT INTO actors VALUES (1, 1, 'USA', 'United States', 1, 'USA', NULL, x'12000000000000001f00000000000000');
INSERT INTO relations(id, article_id, relation, type, source, target, directed, evidence_count) VALUES (1, 1, 'r1', 2, 'IRN', 'USA', 1, 1);
INSERT INTO evidence VALUES (1, 0, 0, 0, 52, 'Iran criticised the United States over new sanctions.', 5, 15, 'criticised', 'svo.active', 0.9);
INSERT INTO edits(id, kind, actor, value, created_at) VALUES (1, 1, 'USA', 'United States of America', '2025-03-04T05:06:07Z');
INSERT INTO positions VALUES (2, 'IRN', -120.5, 40.0, 1);
INSERT INTO positions VALUES (2, 'USA', 130.0, -12.25, 0);
