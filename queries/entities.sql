-- name: CreateEntity :one
INSERT INTO entities (type, name, note, created_at, updated_at)
VALUES (sqlc.arg(type), sqlc.arg(name), sqlc.arg(note), sqlc.arg(created_at), sqlc.arg(created_at))
RETURNING id;

-- name: GetEntity :one
SELECT id, type, name, note, merged_into_id, created_at, updated_at FROM entities WHERE id = sqlc.arg(id);

-- name: CreateEntityAlias :one
INSERT INTO entity_aliases (entity_id, alias, alias_key, origin, created_at)
VALUES (sqlc.arg(entity_id), sqlc.arg(alias), sqlc.arg(alias_key), sqlc.arg(origin), sqlc.arg(created_at))
ON CONFLICT (entity_id, alias_key) DO NOTHING
RETURNING id;

-- name: FindEntityByKey :many
-- Entities of a type with a name or alias whose normalised key matches exactly.
SELECT DISTINCT e.id, e.type, e.name
FROM entities e JOIN entity_aliases al ON al.entity_id = e.id
WHERE al.alias_key = sqlc.arg(alias_key) AND e.type = sqlc.arg(type) AND e.merged_into_id IS NULL
ORDER BY e.id;
