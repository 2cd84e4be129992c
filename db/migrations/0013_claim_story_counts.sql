-- Schema v13: v_claims.articles counts stories, not article rows.
-- A changed text is imported as a new article row pointing at the one it replaces
-- (previous_version_id), and the claim's mentions are carried over to it, so a story and
-- its revisions all hold the claim. The app counts them once (app/article_versions.go
-- walks previous_version_id back to the first version); the view counted each row. Same
-- columns; articles is now the number of distinct first versions behind the claim's
-- accepted mentions. earlier walks every later version back through its predecessors
-- (UNION drops repeated pairs, so links that loop in a damaged file end the walk);
-- first_versions keeps the predecessor that has none of its own. An article not in it
-- (a first version, or one whose links loop) is its own story.
-- The CTEs sit at the top of the view (sqlc's catalog does not see a CTE inside a
-- subquery); SQLite materialises the walk once per statement, from the partial index
-- articles_previous_version, so it costs in proportion to the versioned articles only.
DROP VIEW v_claims;
CREATE VIEW v_claims AS
WITH RECURSIVE earlier AS (
  SELECT id, previous_version_id AS prev FROM articles WHERE previous_version_id IS NOT NULL
  UNION
  SELECT earlier.id, a.previous_version_id AS prev FROM earlier JOIN articles a ON a.id = earlier.prev
   WHERE a.previous_version_id IS NOT NULL),
first_versions AS (
  SELECT e.id, e.prev AS first_id FROM earlier e JOIN articles a ON a.id = e.prev WHERE a.previous_version_id IS NULL)
SELECT c.id, c.statement, c.note, c.created_by, c.created_at, c.updated_at,
       la.credibility, la.rationale AS latest_rationale, la.analyst AS latest_analyst, la.assessed_at AS latest_assessed_at,
       (SELECT count(*) FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT coalesce((SELECT f.first_id FROM first_versions f WHERE f.id = sp.article_id), sp.article_id))
          FROM claim_mentions cm CROSS JOIN spans sp ON sp.id = cm.span_id
         WHERE cm.claim_id = c.id AND sp.state = 'accepted') AS articles,
       (SELECT group_concat(t.name, ';') FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = c.id) AS tags
FROM claims c LEFT JOIN v_latest_assessments la ON la.claim_id = c.id;
