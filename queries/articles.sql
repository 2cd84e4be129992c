-- name: CreateArticle :one
INSERT INTO articles (
    source_id, title, body, body_sha256, char_count, url, byline, language,
    published_at, encoding, original_name, previous_version_id, version, imported_at, imported_by
) VALUES (
    sqlc.narg(source_id), sqlc.arg(title), sqlc.arg(body), sqlc.arg(body_sha256), sqlc.arg(char_count),
    sqlc.arg(url), sqlc.arg(byline), sqlc.arg(language), sqlc.arg(published_at), sqlc.arg(encoding),
    sqlc.arg(original_name), sqlc.narg(previous_version_id), sqlc.arg(version), sqlc.arg(imported_at),
    sqlc.arg(imported_by)
)
RETURNING id;

-- name: GetArticle :one
SELECT a.id, a.source_id, coalesce(s.name, '') AS source_name, a.title, a.body, a.body_sha256,
       a.char_count, a.url, a.byline, a.language, a.published_at, a.encoding, a.original_name,
       a.previous_version_id, a.version, a.imported_at, a.imported_by
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE a.id = sqlc.arg(id);

-- name: ArticleIDBySHA256 :one
SELECT id FROM articles WHERE body_sha256 = sqlc.arg(body_sha256);

-- name: CountArticles :one
SELECT count(*) FROM articles;

-- name: ListArticlesPage :many
-- The article list, newest publication first (unknown dates last), a page at a time
-- (page_limit -1: all of it), with each article's counts: accepted entity mentions,
-- accepted claim mentions, and suggestions still waiting for the analyst. The page's
-- ids are chosen first, so the count subqueries run for the page's rows only.
-- suggestion_count is what the Suggestions list offers for the article (its
-- CountSuggestionsByType): none on a version that has a newer one, whose waiting
-- suggestions were copied onto the newer version and are decided there (a decision on an
-- old copy is refused); v_articles counts the same (v17), by the same view of the newest
-- versions. Every suggested span the app makes is of kind entity, so the count needs no
-- kind test and stays on the covering index spans_state.
-- outlet narrows it to one outlet's articles (the outlet filter): 0 every article, a
-- source id, -1 the articles with no outlet (nullif(-1, -1) is NULL; IS matches it).
SELECT a.id, a.source_id, coalesce(s.name, '') AS source_name, a.title, a.char_count,
       a.published_at, a.imported_at, a.version,
       CAST((SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'entity' AND sp.state = 'accepted') AS INTEGER) AS entity_count,
       CAST((SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.kind = 'claim' AND sp.state = 'accepted') AS INTEGER) AS claim_count,
       CAST(CASE WHEN EXISTS (SELECT 1 FROM v_newest_versions v WHERE v.id = a.id)
            THEN (SELECT count(*) FROM spans sp WHERE sp.article_id = a.id AND sp.state = 'suggested') ELSE 0 END AS INTEGER) AS suggestion_count
FROM (
    SELECT p.id FROM articles p
    WHERE sqlc.arg(outlet) = 0 OR p.source_id IS nullif(sqlc.arg(outlet), -1)
    ORDER BY p.published_at DESC, p.id
    LIMIT sqlc.arg(page_limit) OFFSET sqlc.arg(page_offset)
) pg
JOIN articles a ON a.id = pg.id
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.published_at DESC, a.id;

-- name: CountArticlesOfSource :one
-- How many articles one outlet has (source_id NULL: the articles with no outlet), for the
-- article list's outlet filter.
SELECT count(*) FROM articles WHERE source_id IS sqlc.narg(source_id);

-- name: ListArticleChoices :many
-- The newest articles (List's order) for an article picker before anything is typed:
-- id, title, outlet and date only, no counts.
SELECT a.id, a.title, coalesce(s.name, '') AS source_name, a.published_at
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.published_at DESC, a.id
LIMIT sqlc.arg(max_rows);

-- name: FindArticlesByTitle :many
-- An article picker's type-ahead: articles whose title matches an FTS5 query (a column
-- filter on title, built by ArticleService.Find), newest first.
SELECT a.id, a.title, coalesce(s.name, '') AS source_name, a.published_at
FROM articles_fts(CAST(sqlc.arg(query) AS TEXT)) f
JOIN articles a ON a.id = f.rowid
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.published_at DESC, a.id
LIMIT sqlc.arg(max_rows);

-- name: FindArticlesByTitleHolding :many
-- FindArticlesByTitle when words of a script written without spaces were typed (see
-- queries/search.sql): titles holding each of words (a JSON array) as typed, and matching
-- query (the other words' FTS5 column filter; empty for none), newest first.
SELECT a.id, a.title, coalesce(s.name, '') AS source_name, a.published_at
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
WHERE NOT EXISTS (SELECT 1 FROM json_each(CAST(sqlc.arg(words) AS TEXT)) w WHERE instr(a.title, w.value) = 0)
  AND CASE WHEN CAST(sqlc.arg(query) AS TEXT) = '' THEN 1
           ELSE a.id IN (SELECT f.rowid FROM articles_fts(CAST(sqlc.arg(query) AS TEXT)) f) END
ORDER BY a.published_at DESC, a.id
LIMIT sqlc.arg(max_rows);

-- name: UpdateArticleMetadata :exec
-- The analyst's edit of an article's own facts (ArticleService.Update); the text stays.
UPDATE articles
SET source_id = sqlc.narg(source_id), url = sqlc.arg(url), byline = sqlc.arg(byline),
    language = sqlc.arg(language), published_at = sqlc.arg(published_at)
WHERE id = sqlc.arg(id);

-- name: ListMentionSpanIDsForArticle :many
-- The claim mentions in an article, whose dates resolve against its publication date.
SELECT cm.span_id FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
WHERE sp.article_id = sqlc.arg(article_id)
ORDER BY sp.start_cp, cm.span_id;

-- name: ListArticleStories :many
-- Every article that is a later version of another, with the first version of its story:
-- v_article_stories, the one reading of a story's versions (v_claims, v_entities and the
-- sources list read it too). app/article_versions.go keeps it as a map.
SELECT CAST(id AS INTEGER) AS id, CAST(first_id AS INTEGER) AS first_id
FROM v_article_stories;

-- name: StoryFirstVersionID :one
-- The first version of the story article id belongs to (id itself when it is no later
-- version), as v_article_stories reads it.
SELECT CAST(coalesce((SELECT v.first_id FROM v_article_stories v WHERE v.id = sqlc.arg(id)), sqlc.arg(id)) AS INTEGER) AS first_id;

-- name: ListLaterVersionIDs :many
-- The later versions of a story (first_id its first version), latest first: removing an
-- article removes its story, and a later version goes before the one it points at, so the
-- foreign key never clears a previous_version_id unlogged (app/article_remove.go).
SELECT CAST(v.id AS INTEGER) AS id FROM v_article_stories v WHERE v.first_id = sqlc.arg(first_id) ORDER BY v.id DESC;

-- name: ListSpanIDsOfArticle :many
-- Every span of an article, whatever its kind or state (marks, claim mentions, notes,
-- suggestions waiting or rejected).
SELECT id FROM spans WHERE article_id = sqlc.arg(article_id) ORDER BY id;

-- name: ListEvidenceIDsCitingArticle :many
-- Evidence that cites an article or a span of it.
SELECT e.id FROM evidence e
WHERE e.article_id = sqlc.arg(article_id)
   OR e.span_id IN (SELECT s.id FROM spans s WHERE s.article_id = sqlc.arg(article_id))
ORDER BY e.id;

-- name: ListOriginIDsOfArticle :many
SELECT id FROM article_origins WHERE article_id = sqlc.arg(article_id) ORDER BY id;

-- name: ListSourcesNamedByArticle :many
-- The sources an article names: its outlet, its origins (and their "via"), and its claim
-- mentions' channels and origins; those no other row names once it is removed go too.
SELECT source_id AS id FROM articles WHERE articles.id = sqlc.arg(article_id) AND source_id IS NOT NULL
UNION SELECT origin_source_id FROM article_origins WHERE article_origins.article_id = sqlc.arg(article_id)
UNION SELECT via_source_id FROM article_origins WHERE article_origins.article_id = sqlc.arg(article_id) AND via_source_id IS NOT NULL
UNION SELECT m.channel_source_id FROM claim_mentions m JOIN spans s ON s.id = m.span_id WHERE s.article_id = sqlc.arg(article_id) AND m.channel_source_id IS NOT NULL
UNION SELECT m.origin_source_id FROM claim_mentions m JOIN spans s ON s.id = m.span_id WHERE s.article_id = sqlc.arg(article_id) AND m.origin_source_id IS NOT NULL;

-- name: ListEntitiesNamedByArticle :many
-- The entities an article's spans name or its claim mentions quote as speaker.
SELECT entity_id AS id FROM spans WHERE spans.article_id = sqlc.arg(article_id) AND entity_id IS NOT NULL
UNION SELECT m.speaker_entity_id FROM claim_mentions m JOIN spans s ON s.id = m.span_id WHERE s.article_id = sqlc.arg(article_id) AND m.speaker_entity_id IS NOT NULL;

-- name: CountEntityNamers :one
-- The rows that still name an entity as the thing they are about: spans, mentions'
-- speakers and entities merged into it (its own aliases, judgements and speaks-for links
-- do not keep it).
SELECT CAST((SELECT count(*) FROM spans y1 WHERE y1.entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM claim_mentions y2 WHERE y2.speaker_entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM entities y3 WHERE y3.merged_into_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: ListAliasIDsOfEntity :many
SELECT id FROM entity_aliases WHERE entity_id = sqlc.arg(entity_id) ORDER BY id;

-- name: ListJudgementsOfEntity :many
SELECT entity_a_id, entity_b_id, judgement, analyst, decided_at FROM entity_judgements
WHERE entity_a_id = sqlc.arg(entity_id) OR entity_b_id = sqlc.arg(entity_id)
ORDER BY entity_a_id, entity_b_id;
