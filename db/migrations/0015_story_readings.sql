-- Schema v15: one reading of a story's versions, one count of a source's stories, one
-- reading of a story's newest version.
--
-- v_article_stories becomes the one reading of "the same story": the app reads it too
-- (ListArticleStories, app/article_versions.go), where it had walked previous_version_id
-- in Go and parted from the view on damaged links. One change to the walk: an article
-- whose previous_version_id names a row that is gone (deleted by a tool that runs with
-- foreign keys off, the sqlite3 shell's default) is a first version, so its later
-- versions stay one story with it; v14 left each of them a story of its own. Links that
-- loop, or lead into a loop, still hold no first version: each article there is its own
-- story (no member of a loop can stand for it, whatever order the links are read in).
-- Same columns and otherwise the same rows as v14.
DROP VIEW v_article_stories;
CREATE VIEW v_article_stories AS
WITH RECURSIVE later AS (
  SELECT a.id, a.previous_version_id AS first_id
    FROM articles a JOIN articles p ON p.id = a.previous_version_id
   WHERE a.previous_version_id IS NOT NULL
     AND (p.previous_version_id IS NULL
          OR NOT EXISTS (SELECT 1 FROM articles gone WHERE gone.id = p.previous_version_id))
  UNION ALL
  SELECT a.id, later.first_id FROM later JOIN articles a ON a.previous_version_id = later.id)
SELECT id, first_id FROM later;

-- The sources list and the sources export counted a source's stories with the same
-- subquery, written twice (queries/sources.sql, queries/export.sql). One row per source
-- with an article: its distinct stories, a story and its later versions once.
CREATE VIEW v_source_articles AS
SELECT a.source_id, count(DISTINCT coalesce(f.first_id, a.id)) AS articles
FROM articles a LEFT JOIN v_article_stories f ON f.id = a.id
WHERE a.source_id IS NOT NULL
GROUP BY a.source_id;

-- The newest version of each story (an article no other article names as its previous
-- version: what claim matching reads and "suggest everywhere" runs on) was the same
-- NOT EXISTS written in three queries. One row per such article; a story with two newest
-- versions (two analysts' revisions merged) has both. Articles whose links loop all have
-- a later version, so none of them is listed.
CREATE VIEW v_newest_versions AS
SELECT a.id FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_version_id = a.id);
