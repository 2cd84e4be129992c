-- Schema v16: a row's id is never given to another row (documented in docs/schema.md,
-- "Ids are never reused").
--
-- Without AUTOINCREMENT SQLite gives a new row the highest id plus one, so an import after
-- a removal of the newest articles took the removed ids, and Undo of the removal was then
-- refused ("its id was given since to a new article"). With AUTOINCREMENT the next id is
-- one past the highest ever handed out, kept in sqlite_sequence.
--
-- Every table whose changes Undo reverses under the row's own id gets AUTOINCREMENT
-- (app/audit.go, auditedTables; a test holds the two lists together). The keyword
-- changes nothing stored in the table (a rowid table's b-tree is the same with and
-- without it; it only makes INSERT read and write the table's row in sqlite_sequence),
-- so the definitions are edited in place, as 0005 did, rather than rebuilt by copying
-- every row (SQLite's 12-step rebuild): on the 20,000-article bench workspace (563 MB)
-- the rebuild of spans alone took 44.6 s in the sqlite3 shell and grew the file to
-- 830 MB; this migration takes 6-10 ms there.
-- claim_mentions and entity_speaks_for are keyed by their span and entity, so they follow
-- spans and entities; audit_log is append-only (no id falls free); feeds are not audited.
--
-- 1. sqlite_sequence exists once any table is created with AUTOINCREMENT.
CREATE TABLE migration_0016_sequence (id INTEGER PRIMARY KEY AUTOINCREMENT) STRICT;
DROP TABLE migration_0016_sequence;
-- 2. The keyword, on the id column (the one INTEGER PRIMARY KEY of each of these tables).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'INTEGER PRIMARY KEY,', 'INTEGER PRIMARY KEY AUTOINCREMENT,')
WHERE type = 'table' AND name IN ('sources', 'articles', 'article_origins', 'entities', 'entity_aliases',
    'claims', 'spans', 'assessments', 'evidence', 'tags', 'page_snapshots', 'claim_mention_values',
    'merged_history', 'feed_items');
PRAGMA writable_schema = OFF;
-- Fails the migration (rolled back whole) unless all fourteen got it, once each.
CREATE TEMP TABLE migration_0016_guard (rewritten INTEGER CHECK (rewritten = 14));
INSERT INTO migration_0016_guard
SELECT count(*) FROM sqlite_schema
WHERE type = 'table' AND sql LIKE '%INTEGER PRIMARY KEY AUTOINCREMENT,%'
  AND sql NOT LIKE '%AUTOINCREMENT%AUTOINCREMENT%'
  AND name IN ('sources', 'articles', 'article_origins', 'entities', 'entity_aliases', 'claims',
    'spans', 'assessments', 'evidence', 'tags', 'page_snapshots', 'claim_mention_values',
    'merged_history', 'feed_items');
DROP TABLE migration_0016_guard;
-- 3. Each table's sequence starts at the highest id ever handed out: the highest now in
-- the table, or named by the audit log (a row a removal deleted, which Undo may bring
-- back; a claim mention and a speaks-for link carry their span's and entity's id).
DELETE FROM sqlite_sequence WHERE name IN ('sources', 'articles', 'article_origins', 'entities',
    'entity_aliases', 'claims', 'spans', 'assessments', 'evidence', 'tags', 'page_snapshots',
    'claim_mention_values', 'merged_history', 'feed_items');
INSERT INTO sqlite_sequence (name, seq)
SELECT t.name, max(coalesce(t.now, 0), coalesce(t.logged, 0), coalesce(t.linked, 0)) FROM (
    SELECT 'sources' AS name, (SELECT max(id) FROM sources) AS now,
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'sources') AS logged, NULL AS linked
    UNION ALL SELECT 'articles', (SELECT max(id) FROM articles),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'articles'), NULL
    UNION ALL SELECT 'article_origins', (SELECT max(id) FROM article_origins),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'article_origins'), NULL
    UNION ALL SELECT 'entities', (SELECT max(id) FROM entities),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'entities'),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'entity_speaks_for')
    UNION ALL SELECT 'entity_aliases', (SELECT max(id) FROM entity_aliases),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'entity_aliases'), NULL
    UNION ALL SELECT 'claims', (SELECT max(id) FROM claims),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'claims'), NULL
    UNION ALL SELECT 'spans', (SELECT max(id) FROM spans),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'spans'),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'claim_mentions')
    UNION ALL SELECT 'assessments', (SELECT max(id) FROM assessments),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'assessments'), NULL
    UNION ALL SELECT 'evidence', (SELECT max(id) FROM evidence),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'evidence'), NULL
    UNION ALL SELECT 'tags', (SELECT max(id) FROM tags),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'tags'), NULL
    UNION ALL SELECT 'page_snapshots', (SELECT max(id) FROM page_snapshots),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'page_snapshots'), NULL
    UNION ALL SELECT 'claim_mention_values', (SELECT max(id) FROM claim_mention_values),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'claim_mention_values'), NULL
    UNION ALL SELECT 'merged_history', (SELECT max(id) FROM merged_history),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'merged_history'), NULL
    UNION ALL SELECT 'feed_items', (SELECT max(id) FROM feed_items),
           (SELECT max(row_id) FROM audit_log WHERE table_name = 'feed_items'), NULL
) t;
-- Bumps the schema cookie, so every other connection reads the new definitions.
CREATE TABLE migration_0016_cookie (x INTEGER) STRICT;
DROP TABLE migration_0016_cookie;
