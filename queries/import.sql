-- Import: versions of re-imported articles, and copying annotations onto a new version.

-- name: ListArticleKeys :many
-- Every article's version keys (file name, URL), read once per import batch.
SELECT id, original_name, url, title, version FROM articles ORDER BY id;

-- name: GetArticleForVersion :one
SELECT id, title, char_count, version, previous_version_id, original_name, url, imported_at
FROM articles WHERE id = sqlc.arg(id);

-- name: NextVersionOf :one
SELECT id FROM articles WHERE previous_version_id = sqlc.arg(id) ORDER BY id DESC LIMIT 1;

-- name: ListSpansToCopy :many
SELECT id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix, anchor_status,
       state, origin, confidence, note, annotator, created_at, proposed_name, normalized, hedge, speaker_name
FROM spans WHERE article_id = sqlc.arg(article_id) ORDER BY id;

-- name: ListSpanTagLinksForArticle :many
SELECT st.span_id, st.tag_id
FROM span_tags st JOIN spans sp ON sp.id = st.span_id
WHERE sp.article_id = sqlc.arg(article_id)
ORDER BY st.span_id, st.tag_id;

-- name: CopySpan :execlastid
-- :execlastid, not RETURNING id: SQLite collects RETURNING rows in an ephemeral table,
-- which cost about a quarter of the CPU of a span insert (100,000 spans, measured).
INSERT INTO spans (
    article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix,
    anchor_status, state, origin, confidence, note, annotator, created_at, updated_at,
    proposed_name, normalized, hedge, speaker_name
) VALUES (
    sqlc.arg(article_id), sqlc.arg(kind), sqlc.narg(entity_type), sqlc.narg(entity_id),
    sqlc.arg(start_cp), sqlc.arg(end_cp), sqlc.arg(quote), sqlc.arg(prefix), sqlc.arg(suffix),
    sqlc.arg(anchor_status), sqlc.arg(state), sqlc.arg(origin), sqlc.arg(confidence), sqlc.arg(note),
    sqlc.arg(annotator), sqlc.arg(created_at), sqlc.arg(updated_at),
    sqlc.arg(proposed_name), sqlc.arg(normalized), sqlc.arg(hedge), sqlc.arg(speaker_name)
);

-- name: ListOrphanSpans :many
SELECT sp.id, sp.article_id, a.title AS article_title, a.version AS article_version, sp.kind,
       sp.quote, sp.start_cp, sp.end_cp, sp.state
FROM spans sp JOIN articles a ON a.id = sp.article_id
WHERE sp.anchor_status = 'orphan'
ORDER BY sp.article_id, sp.start_cp, sp.id;

-- name: InsertArticleBatch :exec
-- A batch of new articles (not versions) in one statement, from a JSON array of
-- objects with the articles columns, ids given by the importer. One statement, so the
-- articles_fts trigger adds every text to FTS5's pending terms and FTS5 writes one
-- segment for the batch: one INSERT per article made it flush a segment per article
-- (at each next statement's savepoint) and merge them, about 40 % of an import.
INSERT INTO articles (
    id, source_id, title, body, body_sha256, char_count, url, byline, language,
    published_at, encoding, original_name, previous_version_id, version, imported_at, imported_by
)
SELECT json_extract(j.value, '$.id'), json_extract(j.value, '$.source_id'),
       json_extract(j.value, '$.title'), json_extract(j.value, '$.body'),
       json_extract(j.value, '$.sha'), json_extract(j.value, '$.chars'),
       json_extract(j.value, '$.url'), json_extract(j.value, '$.byline'),
       json_extract(j.value, '$.language'), json_extract(j.value, '$.published_at'),
       json_extract(j.value, '$.encoding'), json_extract(j.value, '$.original_name'),
       NULL, 1, json_extract(j.value, '$.imported_at'), json_extract(j.value, '$.imported_by')
FROM json_each(CAST(sqlc.arg(articles) AS TEXT)) AS j
ORDER BY j.key;

-- name: MaxArticleID :one
SELECT CAST(coalesce(max(id), 0) AS INTEGER) AS id FROM articles;
