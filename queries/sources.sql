-- name: GetSourceByName :one
SELECT id, name, kind, reliability, url, note, created_at, updated_at
FROM sources WHERE name = sqlc.arg(name);

-- name: GetSource :one
SELECT id, name, kind, reliability, url, note, created_at, updated_at
FROM sources WHERE id = sqlc.arg(id);

-- name: ListSources :many
SELECT id, name, kind, reliability, url, note, created_at, updated_at
FROM sources ORDER BY name;

-- name: CreateSource :one
INSERT INTO sources (name, kind, reliability, url, note, created_at, updated_at)
VALUES (sqlc.arg(name), sqlc.arg(kind), sqlc.arg(reliability), sqlc.arg(url), sqlc.arg(note),
        sqlc.arg(created_at), sqlc.arg(created_at))
RETURNING id;

-- name: ListSourcesWithArticles :many
-- article_count counts stories: a story and its later versions (previous_version_id) once
-- (v_source_articles, as the sources export counts them).
SELECT s.id, s.name, s.kind, s.reliability, s.url, s.note,
       CAST(coalesce(sa.articles, 0) AS INTEGER) AS article_count
FROM sources s LEFT JOIN v_source_articles sa ON sa.source_id = s.id
ORDER BY s.name, s.id;

-- name: CountArticlesForSource :one
SELECT CAST(count(*) AS INTEGER) FROM articles WHERE source_id = sqlc.arg(source_id);

-- name: UpdateSource :exec
UPDATE sources
SET name = sqlc.arg(name), kind = sqlc.arg(kind), reliability = sqlc.arg(reliability), url = sqlc.arg(url),
    note = sqlc.arg(note), updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: ListOriginIDsFromSource :many
SELECT id FROM article_origins WHERE origin_source_id = sqlc.arg(source_id) ORDER BY id;

-- name: ListOriginIDsViaSource :many
SELECT id FROM article_origins WHERE via_source_id = sqlc.arg(source_id) ORDER BY id;

-- name: ClearOriginVia :exec
UPDATE article_origins SET via_source_id = NULL WHERE id = sqlc.arg(id);

-- name: ListMentionSpanIDsWithOrigin :many
-- The claim mentions naming a source as their origin (a source being deleted).
SELECT span_id FROM claim_mentions WHERE origin_source_id = sqlc.arg(source_id) ORDER BY span_id;

-- name: ClearMentionOrigin :exec
UPDATE claim_mentions SET origin_source_id = NULL WHERE span_id = sqlc.arg(span_id);

-- name: ListEntityIDsSpeakingFor :many
-- The entities that speak for a source (entity_speaks_for; a source being deleted).
SELECT entity_id FROM entity_speaks_for WHERE source_id = sqlc.arg(source_id) ORDER BY entity_id;
