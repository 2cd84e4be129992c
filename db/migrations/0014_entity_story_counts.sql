-- Schema v14: v_entities.articles counts stories, not article rows (as v13 did for
-- v_claims), and both count from one walk, v_article_stories, that costs in proportion
-- to the versioned articles.
--
-- A changed text is imported as a new article row pointing at the one it replaces
-- (previous_version_id) and its mentions are carried over, so a name in a story and its
-- revision counted two articles. v13's walk went back from every later version through
-- all its predecessors and kept every (version, ancestor) pair: a chain of n versions
-- made n²/2 rows, and SELECT * FROM v_claims took 3.9 s instead of 0.43 s on the
-- benchmark workspace with one chain of 1,000 versions. v_article_stories walks forward
-- instead, from each first version (an article with no predecessor) down the
-- articles_previous_version index, one row per later version. Links that loop hold no
-- first version, so the walk never enters them (UNION ALL cannot run forever: each
-- article has one predecessor, so a row reached from a first version is reached once);
-- an article whose links loop, or lead into a loop, is its own story, as in v13.
CREATE VIEW v_article_stories AS
WITH RECURSIVE later AS (
  SELECT a.id, a.previous_version_id AS first_id
    FROM articles a JOIN articles p ON p.id = a.previous_version_id
   WHERE a.previous_version_id IS NOT NULL AND p.previous_version_id IS NULL
  UNION ALL
  SELECT a.id, later.first_id FROM later JOIN articles a ON a.previous_version_id = later.id)
SELECT id, first_id FROM later;

-- Same columns and values as v13.
DROP VIEW v_claims;
CREATE VIEW v_claims AS
SELECT c.id, c.statement, c.note, c.created_by, c.created_at, c.updated_at,
       la.credibility, la.rationale AS latest_rationale, la.analyst AS latest_analyst, la.assessed_at AS latest_assessed_at,
       (SELECT count(*) FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT coalesce((SELECT f.first_id FROM v_article_stories f WHERE f.id = sp.article_id), sp.article_id))
          FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS articles,
       (SELECT group_concat(t.name, ';') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags
FROM claims c LEFT JOIN v_latest_assessments la ON la.claim_id = c.id;

-- Same columns; articles counts stories. mentions reads spans_entity_state on
-- (entity_id, state), as the app's own count did. The other public views hold one row
-- per article, span, mention or value and count nothing across articles: unchanged.
DROP VIEW v_entities;
CREATE VIEW v_entities AS
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       (SELECT group_concat(al.alias, ';') FROM entity_aliases al WHERE al.entity_id = e.id) AS aliases,
       (SELECT count(*) FROM spans sp WHERE sp.entity_id = e.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT coalesce((SELECT f.first_id FROM v_article_stories f WHERE f.id = sp.article_id), sp.article_id))
          FROM spans sp WHERE sp.entity_id = e.id AND +sp.state = 'accepted') AS articles
FROM entities e;
