-- Schema v17: the newest audit entry on a table is one seek; v_articles counts the
-- waiting suggestions of a story's newest version only (documented in docs/schema.md).
--
-- 1. Which table an entry changed, in id order. The caches of what the suggester and the
-- claim matcher derive from the workspace ask, before each run and each proposal, for the
-- newest entry on the tables they read (SuggestInputsVersion, KnownParticipantsVersion:
-- max(id) WHERE table_name IN (...)). audit_log_row (table_name, row_id) holds those
-- entries in row order, so the answer walked every entry on those tables (on a log of
-- 1,000,000 entries with 200,000 on entities, tens of ms each time). An index's entries
-- end with the rowid (= audit_log.id), so in this one they are in id order within a
-- table name, and SQLite's min/max optimisation takes max(id) of each name from the last
-- entry: one seek per table name, whatever the log's length. docs/performance.md has the
-- figures, and what it costs an audited write (one more index entry, appended at the end
-- of its table name's run).
CREATE INDEX audit_log_table ON audit_log (table_name);

-- 2. v_articles.suggestions counted the waiting suggestions of every version. An article's
-- waiting suggestions are copied onto its new version when it is updated, and decided
-- there (a decision on the old copy is refused), so the old version's row counted
-- suggestions nobody can act on, and disagreed with the app's article list and review
-- list (ListArticlesPage, CountSuggestionsByType: none on a version with a newer one).
-- Now the same: counted on the newest versions (v_newest_versions, v15) only, 0 on the
-- others. Same columns, and the same values on every article that has no newer version.
DROP VIEW v_articles;
CREATE VIEW v_articles AS
SELECT a.id, a.title, s.name AS source, s.reliability AS source_reliability,
       a.published_at, a.url, a.byline, a.char_count, a.version, a.body_sha256,
       a.imported_at,
       (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'entity' AND sp.state = 'accepted') AS entity_mentions,
       (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'claim' AND sp.state = 'accepted') AS claim_mentions,
       CASE WHEN EXISTS (SELECT 1 FROM v_newest_versions v WHERE v.id = a.id)
            THEN (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.state = 'suggested')
            ELSE 0 END AS suggestions
FROM articles a LEFT JOIN sources s ON s.id = a.source_id;
