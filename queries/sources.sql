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
