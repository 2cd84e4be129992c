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
-- The highest article id ever handed out (the sequence keeps the ids of removed articles,
-- which Undo may bring back), so staged articles never take one.
SELECT CAST(max(coalesce((SELECT max(id) FROM articles), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'articles'), 0)) AS INTEGER) AS id;

-- name: ListVersionLinks :many
-- Every article that is a version of another, with its previous version and whether
-- the analyst declared the link at import (the import entry's "declared"), for
-- finding versions chained by a shared file name alone (SuspectVersions).
SELECT a.id, a.title, a.original_name, a.url, a.version,
       p.id AS previous_id, p.title AS previous_title, p.original_name AS previous_name, p.url AS previous_url,
       CAST(coalesce((SELECT max(json_extract(l.after, '$.declared')) FROM audit_log l
                      WHERE l.table_name = 'articles' AND l.row_id = a.id AND l.action = 'import'), 0) AS INTEGER) AS declared
FROM articles a JOIN articles p ON p.id = a.previous_version_id
WHERE a.previous_version_id IS NOT NULL
ORDER BY a.previous_version_id;

-- name: ListCarriedOverSpans :many
-- The spans of an article with the image an import created them with when it copied
-- them from the previous version (carried_image; '' for the analyst's own spans).
SELECT sp.id,
       CAST(coalesce((SELECT l.after FROM audit_log l
                      WHERE l.table_name = 'spans' AND l.row_id = sp.id AND l.action = 'create'
                        AND l.summary LIKE 'carry annotations over to version %'
                      ORDER BY l.id LIMIT 1), '') AS TEXT) AS carried_image
FROM spans sp
WHERE sp.article_id = sqlc.arg(article_id)
ORDER BY sp.id;

-- name: ImageArticleVersion :one
-- Only an article's place in its chain of versions changes after import (SplitVersion):
-- the audit log's image of an article holds that, none of its immutable text.
SELECT CAST(json_object('id', id, 'previous_version_id', previous_version_id, 'version', version) AS TEXT) AS image
FROM articles WHERE id = sqlc.arg(key);

-- name: RevertArticleVersion :exec
UPDATE articles
SET previous_version_id = json_extract(sqlc.arg(image), '$.previous_version_id'),
    version = json_extract(sqlc.arg(image), '$.version')
WHERE id = json_extract(sqlc.arg(image), '$.id');
