-- name: GetTagByName :one
SELECT id, name, color, created_at FROM tags WHERE name = sqlc.arg(name);

-- name: GetTag :one
SELECT id, name, color, created_at FROM tags WHERE id = sqlc.arg(id);

-- name: CreateTag :one
INSERT INTO tags (name, color, created_at) VALUES (sqlc.arg(name), sqlc.arg(color), sqlc.arg(created_at))
RETURNING id;

-- name: UpdateTag :exec
UPDATE tags SET name = sqlc.arg(name), color = sqlc.arg(color) WHERE id = sqlc.arg(id);

-- name: ListTags :many
SELECT t.id, t.name, t.color, t.created_at,
       (SELECT count(*) FROM span_tags st WHERE st.tag_id = t.id) AS span_count,
       (SELECT count(*) FROM claim_tags ct WHERE ct.tag_id = t.id) AS claim_count
FROM tags t ORDER BY t.name;

-- name: SpanHasTag :one
SELECT count(*) FROM span_tags WHERE span_id = sqlc.arg(span_id) AND tag_id = sqlc.arg(tag_id);

-- name: ClaimHasTag :one
SELECT count(*) FROM claim_tags WHERE claim_id = sqlc.arg(claim_id) AND tag_id = sqlc.arg(tag_id);

-- name: ListSpanIDsWithTag :many
SELECT span_id FROM span_tags WHERE tag_id = sqlc.arg(tag_id) ORDER BY span_id;

-- name: ListClaimIDsWithTag :many
SELECT claim_id FROM claim_tags WHERE tag_id = sqlc.arg(tag_id) ORDER BY claim_id;

-- name: ListClaimTags :many
SELECT t.id, t.name, t.color
FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.claim_id = sqlc.arg(claim_id)
ORDER BY t.name;
