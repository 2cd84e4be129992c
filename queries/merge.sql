-- Workspace merge (app/merge.go). The rows themselves are read and written through the
-- row-image queries (row_images.sql); these name rows for the analyst.

-- name: SpanUUID :one
SELECT uuid FROM spans WHERE id = sqlc.arg(id);
