-- name: AppendAudit :execlastid
-- :execlastid, not RETURNING id: SQLite collects RETURNING rows in an ephemeral table,
-- which cost about a quarter of the CPU of a span insert (100,000 spans, measured).
INSERT INTO audit_log (at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id)
VALUES (sqlc.arg(at), sqlc.arg(actor), sqlc.arg(action), sqlc.arg(table_name), sqlc.narg(row_id),
        sqlc.arg(batch), sqlc.arg(summary), sqlc.narg(before), sqlc.narg(after), sqlc.narg(undoes_id));

-- name: ListAuditForRow :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log WHERE table_name = sqlc.arg(table_name) AND row_id = sqlc.arg(row_id)
ORDER BY id;

-- name: ListHistoryBatches :many
-- One row per batch of changes (one user action, or one undo or redo), oldest first;
-- imports are not undoable and stay out. The undo/redo stacks are derived from this.
SELECT l.batch, CAST(min(l.id) AS INTEGER) AS first_id, CAST(min(l.action) AS TEXT) AS kind,
       CAST(max(l.summary) AS TEXT) AS summary, CAST(min(l.at) AS TEXT) AS at,
       CAST(max(l.actor) AS TEXT) AS actor
FROM audit_log l
WHERE l.batch <> '' AND l.action <> 'import'
GROUP BY l.batch
ORDER BY first_id;

-- name: ListAuditBatch :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log WHERE batch = sqlc.arg(batch)
ORDER BY id;

-- name: ListRecentAudit :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log ORDER BY id DESC LIMIT sqlc.arg(max_rows);
