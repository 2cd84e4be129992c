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

-- name: CountClaimsBehindSources :many
-- Per source, the claims whose accepted mentions name it beyond their article's outlet: as
-- the origin, as the channel, or as the body their speaker speaks for (app/origin_chain.go's
-- parts; the Sources view's Behind). Driven by the partial indexes on origin and channel
-- and by entity_speaks_for, so only mentions that name a source are read (CROSS JOIN keeps
-- them first: left to itself SQLite walked every accepted span).
SELECT CAST(x.src AS INTEGER) AS source_id, CAST(count(DISTINCT x.claim_id) AS INTEGER) AS claims
FROM (
  SELECT o.origin_source_id AS src, o.claim_id, o.span_id FROM claim_mentions o WHERE o.origin_source_id IS NOT NULL
  UNION ALL
  SELECT c.channel_source_id AS src, c.claim_id, c.span_id FROM claim_mentions c WHERE c.channel_source_id IS NOT NULL
  UNION ALL
  SELECT esf.source_id AS src, m.claim_id, m.span_id FROM entity_speaks_for esf CROSS JOIN claim_mentions m ON m.speaker_entity_id = esf.entity_id
) x
CROSS JOIN spans sp ON sp.id = x.span_id
WHERE sp.state = 'accepted'
GROUP BY x.src;
