-- Schema v7: indexes and view fixes found by TestQueryPlans (db/queryplan_test.go), which
-- checks the plan of every query. Workspaces have no sqlite_stat1, so SQLite plans from
-- the schema alone; timings are on the 20,000-article benchmark workspace (the commit
-- messages and docs/performance.md have the figures).
--
-- Foreign key columns with no index: deleting the parent row (an entity, a source, a
-- span, an article) made SQLite scan the whole child table for the ON DELETE action,
-- and the app's own lookups by these columns (an entity's speaker mentions when merging,
-- a span's evidence before deleting it, a source's origins and channel mentions before
-- deleting it, an article's next version) scanned too. Partial where the column is
-- mostly NULL: the lookups are all "column = ?", which implies NOT NULL.
CREATE INDEX IF NOT EXISTS evidence_span ON evidence (span_id) WHERE span_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS claim_mentions_speaker ON claim_mentions (speaker_entity_id) WHERE speaker_entity_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS claim_mentions_channel ON claim_mentions (channel_source_id) WHERE channel_source_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS entities_merged_into ON entities (merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS entity_judgements_b ON entity_judgements (entity_b_id);
CREATE INDEX IF NOT EXISTS article_origins_origin ON article_origins (origin_source_id);
CREATE INDEX IF NOT EXISTS article_origins_via ON article_origins (via_source_id) WHERE via_source_id IS NOT NULL;
-- "Is there a newer version of this article?" (NOT EXISTS ... previous_version_id = a.id)
-- was a scan of every article for every article: quadratic in ListLatestArticleIDs.
CREATE INDEX IF NOT EXISTS articles_previous_version ON articles (previous_version_id) WHERE previous_version_id IS NOT NULL;
-- The orphaned annotations after a re-import (ListOrphanSpans) walked all spans; orphans
-- are few, so the partial index is small and costs nothing for other spans.
CREATE INDEX IF NOT EXISTS spans_orphan ON spans (article_id, start_cp) WHERE anchor_status = 'orphan';

-- An entity's accepted mentions and articles (the entity view, its type-ahead list, the
-- entities export, v_entities) were counted through spans_entity (entity_id), reading
-- every mention's span row to test its state: (entity_id, state, article_id) answers both
-- counts from the index alone. It serves every lookup spans_entity served, so it replaces
-- it (one index to write per entity span, as before).
CREATE INDEX IF NOT EXISTS spans_entity_state ON spans (entity_id, state, article_id) WHERE entity_id IS NOT NULL;
DROP INDEX IF EXISTS spans_entity;

-- v_claims and v_entities counted accepted mentions by walking every accepted span of the
-- workspace through spans_state (state = 'accepted') once per claim or entity row, which
-- SQLite prefers for count(DISTINCT article_id) without statistics. Same columns, same
-- values: the claim counts drive from claim_mentions (CROSS JOIN fixes the join order)
-- and the entity counts go through spans_entity_state (a unary + keeps spans_state out).
DROP VIEW v_claims;
CREATE VIEW v_claims AS
SELECT c.id, c.statement, c.note, c.created_by, c.created_at, c.updated_at,
       la.credibility, la.rationale AS latest_rationale, la.analyst AS latest_analyst, la.assessed_at AS latest_assessed_at,
       (SELECT count(*) FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT sp.article_id) FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS articles,
       (SELECT group_concat(t.name, ';') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags
FROM claims c LEFT JOIN v_latest_assessments la ON la.claim_id = c.id;

DROP VIEW v_entities;
CREATE VIEW v_entities AS
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       (SELECT group_concat(al.alias, ';') FROM entity_aliases al WHERE al.entity_id = e.id) AS aliases,
       (SELECT count(*) FROM spans sp WHERE sp.entity_id = e.id AND +sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT sp.article_id) FROM spans sp WHERE sp.entity_id = e.id AND +sp.state = 'accepted') AS articles
FROM entities e;
