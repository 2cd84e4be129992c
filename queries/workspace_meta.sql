-- name: SetMeta :exec
INSERT INTO workspace_meta (key, value) VALUES (sqlc.arg(key), sqlc.arg(value))
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- name: GetMeta :one
SELECT value FROM workspace_meta WHERE key = sqlc.arg(key);
