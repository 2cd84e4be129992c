-- name: AppendAudit :one
INSERT INTO audit_log (at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id)
VALUES (sqlc.arg(at), sqlc.arg(actor), sqlc.arg(action), sqlc.arg(table_name), sqlc.narg(row_id),
        sqlc.arg(batch), sqlc.arg(summary), sqlc.narg(before), sqlc.narg(after), sqlc.narg(undoes_id))
RETURNING id;

-- name: ListAuditForRow :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log WHERE table_name = sqlc.arg(table_name) AND row_id = sqlc.arg(row_id)
ORDER BY id;
