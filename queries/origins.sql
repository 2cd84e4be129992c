-- Article origins (app/origins.go): where an article got its material, and the chains
-- behind a claim's mentions.

-- name: CreateArticleOrigin :one
INSERT INTO article_origins (article_id, origin_source_id, via_source_id, cue, state, origin, confidence, created_at)
VALUES (sqlc.arg(article_id), sqlc.arg(origin_source_id), sqlc.narg(via_source_id), sqlc.arg(cue),
        sqlc.arg(state), sqlc.arg(origin), sqlc.arg(confidence), sqlc.arg(created_at))
RETURNING id;

-- name: GetArticleOrigin :one
SELECT o.id, o.article_id, o.origin_source_id, s.name AS origin_name, o.via_source_id,
       CAST(coalesce(v.name, '') AS TEXT) AS via_name, o.cue, o.state, o.origin, o.confidence, o.created_at
FROM article_origins o
JOIN sources s ON s.id = o.origin_source_id
LEFT JOIN sources v ON v.id = o.via_source_id
WHERE o.id = sqlc.arg(id);

-- name: FindArticleOrigin :one
SELECT id, state, origin FROM article_origins
WHERE article_id = sqlc.arg(article_id) AND origin_source_id = sqlc.arg(origin_source_id);

-- name: UpdateArticleOrigin :exec
UPDATE article_origins
SET via_source_id = sqlc.narg(via_source_id), cue = sqlc.arg(cue), state = sqlc.arg(state),
    origin = sqlc.arg(origin), confidence = sqlc.arg(confidence)
WHERE id = sqlc.arg(id);

-- name: SetArticleOriginState :exec
UPDATE article_origins SET state = sqlc.arg(state) WHERE id = sqlc.arg(id);
