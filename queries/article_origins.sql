-- name: AddArticleOrigin :exec
INSERT INTO article_origins (article_id, origin_source_id, via_source_id, cue, state, origin, confidence, created_at)
VALUES (sqlc.arg(article_id), sqlc.arg(origin_source_id), sqlc.narg(via_source_id), sqlc.arg(cue),
        sqlc.arg(state), sqlc.arg(origin), sqlc.arg(confidence), sqlc.arg(created_at))
ON CONFLICT (article_id, origin_source_id) DO NOTHING;

-- name: ListArticleOrigins :many
SELECT o.id, o.article_id, o.origin_source_id, s.name AS origin_name, o.via_source_id,
       coalesce(v.name, '') AS via_name, o.cue, o.state, o.origin, o.confidence, o.created_at
FROM article_origins o
JOIN sources s ON s.id = o.origin_source_id
LEFT JOIN sources v ON v.id = o.via_source_id
WHERE o.article_id = sqlc.arg(article_id)
ORDER BY o.id;
