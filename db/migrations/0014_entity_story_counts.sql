-- Schema v14: v_entities.articles counts stories, not article rows (as v13 did for
-- v_claims). A changed text is imported as a new article row pointing at the one it
-- replaces (previous_version_id) and its entity mentions are carried over, so a name in
-- a story and its revision counted two articles. Same columns; articles is now the number
-- of distinct first versions behind the entity's accepted mentions, walked back exactly
-- as v_claims walks them (see 0013 for the walk, its loop guard and why the CTEs sit at
-- the top of the view; its walk is named w here, as e is the entity). mentions reads
-- spans_entity_state on (entity_id, state), as the app's own count did. The other
-- public views hold one row per article, span or mention and count nothing across
-- articles, so they are unchanged.
DROP VIEW v_entities;
CREATE VIEW v_entities AS
WITH RECURSIVE earlier AS (
  SELECT id, previous_version_id AS prev FROM articles WHERE previous_version_id IS NOT NULL
  UNION
  SELECT earlier.id, a.previous_version_id AS prev FROM earlier JOIN articles a ON a.id = earlier.prev
   WHERE a.previous_version_id IS NOT NULL),
first_versions AS (
  SELECT w.id, w.prev AS first_id FROM earlier w JOIN articles a ON a.id = w.prev WHERE a.previous_version_id IS NULL)
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       (SELECT group_concat(al.alias, ';') FROM entity_aliases al WHERE al.entity_id = e.id) AS aliases,
       (SELECT count(*) FROM spans sp WHERE sp.entity_id = e.id AND sp.state = 'accepted') AS mentions,
       (SELECT count(DISTINCT coalesce((SELECT f.first_id FROM first_versions f WHERE f.id = sp.article_id), sp.article_id))
          FROM spans sp WHERE sp.entity_id = e.id AND +sp.state = 'accepted') AS articles
FROM entities e;
