-- name: CreateSpan :execlastid
-- :execlastid, not RETURNING id: SQLite collects RETURNING rows in an ephemeral table,
-- which cost about a quarter of a bulk span insert.
INSERT INTO spans (
    article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix,
    anchor_status, state, origin, confidence, note, annotator, created_at, updated_at
) VALUES (
    sqlc.arg(article_id), sqlc.arg(kind), sqlc.narg(entity_type), sqlc.narg(entity_id),
    sqlc.arg(start_cp), sqlc.arg(end_cp), sqlc.arg(quote), sqlc.arg(prefix), sqlc.arg(suffix),
    sqlc.arg(anchor_status), sqlc.arg(state), sqlc.arg(origin), sqlc.arg(confidence), sqlc.arg(note),
    sqlc.arg(annotator), sqlc.arg(created_at), sqlc.arg(created_at)
);

-- name: GetSpan :one
SELECT sp.id, sp.article_id, sp.kind, sp.entity_type, sp.entity_id, coalesce(e.name, '') AS entity_name,
       cm.claim_id, coalesce(c.statement, '') AS claim_statement,
       sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.anchor_status, sp.state, sp.origin,
       sp.confidence, sp.note, sp.annotator, sp.created_at, sp.updated_at
FROM spans sp
LEFT JOIN entities e ON e.id = sp.entity_id
LEFT JOIN claim_mentions cm ON cm.span_id = sp.id
LEFT JOIN claims c ON c.id = cm.claim_id
WHERE sp.id = sqlc.arg(id);

-- name: ListSpansForArticle :many
-- GetSpan for every span of an article. Only claim spans have a claim_mentions row
-- (docs/schema.md, "claim_mentions"): the CASE gives other spans a NULL key, so their
-- lookup in claim_mentions is skipped, not made and missed (2,000 B-tree searches for an
-- article with 2,000 spans and 5 claim mentions).
SELECT sp.id, sp.article_id, sp.kind, sp.entity_type, sp.entity_id, coalesce(e.name, '') AS entity_name,
       cm.claim_id, coalesce(c.statement, '') AS claim_statement,
       sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.anchor_status, sp.state, sp.origin,
       sp.confidence, sp.note, sp.annotator, sp.created_at, sp.updated_at
FROM spans sp
LEFT JOIN entities e ON e.id = sp.entity_id
LEFT JOIN claim_mentions cm ON cm.span_id = CASE WHEN sp.kind = 'claim' THEN sp.id END
LEFT JOIN claims c ON c.id = cm.claim_id
WHERE sp.article_id = sqlc.arg(article_id) AND (sqlc.arg(include_rejected) = 1 OR sp.state <> 'rejected')
ORDER BY sp.start_cp, sp.end_cp DESC, sp.id;

-- name: ListReaderSpansForArticle :many
-- ListSpansForArticle without what the reader never shows (prefix, suffix, annotator,
-- timestamps) and without rejected spans: SpanService.ListForReader.
SELECT sp.id, sp.article_id, sp.kind, sp.entity_type, sp.entity_id, coalesce(e.name, '') AS entity_name,
       cm.claim_id, coalesce(c.statement, '') AS claim_statement,
       sp.start_cp, sp.end_cp, sp.quote, sp.anchor_status, sp.state, sp.origin, sp.confidence, sp.note,
       sp.proposed_name
FROM spans sp
LEFT JOIN entities e ON e.id = sp.entity_id
LEFT JOIN claim_mentions cm ON cm.span_id = CASE WHEN sp.kind = 'claim' THEN sp.id END
LEFT JOIN claims c ON c.id = cm.claim_id
WHERE sp.article_id = sqlc.arg(article_id) AND sp.state <> 'rejected'
ORDER BY sp.start_cp, sp.end_cp DESC, sp.id;

-- name: UpdateSpan :exec
UPDATE spans
SET entity_type = sqlc.narg(entity_type), entity_id = sqlc.narg(entity_id),
    start_cp = sqlc.arg(start_cp), end_cp = sqlc.arg(end_cp), quote = sqlc.arg(quote),
    prefix = sqlc.arg(prefix), suffix = sqlc.arg(suffix), anchor_status = sqlc.arg(anchor_status),
    note = sqlc.arg(note), updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: SetSpanNote :exec
UPDATE spans SET note = sqlc.arg(note), updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: SetSpanState :exec
UPDATE spans SET state = sqlc.arg(state), updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: ListSpanTagsForArticle :many
SELECT st.span_id, t.id, t.name, t.color
FROM span_tags st
JOIN spans sp ON sp.id = st.span_id
JOIN tags t ON t.id = st.tag_id
WHERE sp.article_id = sqlc.arg(article_id)
ORDER BY st.span_id, t.name;

-- name: ListSpanTags :many
SELECT t.id, t.name, t.color
FROM span_tags st JOIN tags t ON t.id = st.tag_id
WHERE st.span_id = sqlc.arg(span_id)
ORDER BY t.name;

-- name: GetArticleBody :one
SELECT body FROM articles WHERE id = sqlc.arg(id);

-- name: ArticleExists :one
-- Whether an article exists, without reading its body (GetArticleBody reads the whole text).
SELECT CAST(EXISTS (SELECT 1 FROM articles WHERE id = sqlc.arg(id)) AS INTEGER) AS found;
