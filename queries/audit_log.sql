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

-- name: ListAuditHeadsBefore :many
-- The audit rows before before_id, newest first, without their row images: the undo and
-- redo stacks are replayed from the latest batches only, read backwards page by page
-- (replaying every batch of a year's log took seconds after every action).
SELECT id, batch, action, summary, at, actor
FROM audit_log
WHERE id < sqlc.arg(before_id)
ORDER BY id DESC
LIMIT sqlc.arg(max_rows);

-- name: ListAuditBatch :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log WHERE batch = sqlc.arg(batch)
ORDER BY id;

-- name: ListRecentAudit :many
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log ORDER BY id DESC LIMIT sqlc.arg(max_rows);

-- name: ListAuditSince :many
-- The audit rows after after_id: what was changed since it was last looked at (the
-- batch names the session that made it, see app/sessions.go).
SELECT id, table_name, batch
FROM audit_log
WHERE id > sqlc.arg(after_id)
ORDER BY id
LIMIT 10000;

-- name: MaxAuditID :one
SELECT CAST(coalesce(max(id), 0) AS INTEGER) AS id FROM audit_log;

-- name: AppendAuditMany :exec
-- One "create" entry per image of a JSON array, in array order (a merge's added rows):
-- the row id is the image's id (NULL for link tables, as AppendAudit logs them).
INSERT INTO audit_log (at, actor, action, table_name, row_id, batch, summary, before, after)
SELECT sqlc.arg(at), sqlc.arg(actor), 'create', sqlc.arg(table_name), json_extract(value, '$.id'),
       sqlc.arg(batch), sqlc.arg(summary), NULL, value
FROM json_each(sqlc.arg(images)) ORDER BY key;

-- name: ListAuditEntries :many
-- The whole log in order, for a merge that appends it to another workspace's history.
SELECT id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id
FROM audit_log ORDER BY id;

-- name: ListAuditBatches :many
SELECT DISTINCT batch FROM audit_log WHERE batch <> '';

-- name: ListMergedHistoryKeys :many
SELECT entry_key FROM merged_history;

-- name: ListMergedHistoryForRow :many
-- Another workspace's entries on a row, those a merge stored at or after this log's entry
-- since_id (0: all): the row's creation here, as entries stored before it are of an
-- earlier row that had its id (app/history.go). An entry whose storing this log does not
-- hold says nothing either way and is kept.
SELECT m.id, m.entry_key, m.at, m.actor, m.action, m.table_name, m.row_id, m.summary, m.before, m.after, m.merged_from
FROM merged_history m
WHERE m.table_name = sqlc.arg(table_name) AND m.row_id = sqlc.arg(row_id) AND (
    EXISTS (SELECT 1 FROM audit_log a
            WHERE a.table_name = 'merged_history' AND a.row_id = m.id AND a.before IS NULL AND a.id >= sqlc.arg(since_id))
    OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'merged_history' AND a.row_id = m.id))
ORDER BY m.at, m.id;

-- name: ListRecentMergedHistory :many
SELECT id, entry_key, at, actor, action, table_name, row_id, summary, before, after, merged_from
FROM merged_history ORDER BY at DESC, id DESC LIMIT sqlc.arg(max_rows);

-- name: InsertAuditMany :exec
-- A bundle's audit log into the scratch workspace it is read into (ids kept, so its
-- entries name the rows by the bundle's ids, as they did where they were made).
INSERT INTO audit_log (id, at, actor, action, table_name, row_id, batch, summary, before, after, undoes_id)
SELECT value ->> '$.id', value ->> '$.at', value ->> '$.actor', value ->> '$.action', value ->> '$.table_name',
       value ->> '$.row_id', value ->> '$.batch', value ->> '$.summary', value ->> '$.before', value ->> '$.after',
       value ->> '$.undoes_id'
FROM json_each(sqlc.arg(entries)) ORDER BY key;

-- name: ListMergedHistory :many
SELECT id, entry_key, at, actor, action, table_name, row_id, summary, before, after, merged_from
FROM merged_history ORDER BY id;

-- name: CountSourceUses :one
-- The rows that name a source (an undo about to remove it: app/history_steps.go).
SELECT CAST((SELECT count(*) FROM articles x1 WHERE x1.source_id = sqlc.arg(id))
     + (SELECT count(*) FROM article_origins x2 WHERE x2.origin_source_id = sqlc.arg(id) OR x2.via_source_id = sqlc.arg(id))
     + (SELECT count(*) FROM claim_mentions x3 WHERE x3.channel_source_id = sqlc.arg(id) OR x3.origin_source_id = sqlc.arg(id))
     + (SELECT count(*) FROM entity_speaks_for x4 WHERE x4.source_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: ArticleImportedSinceNamingSource :one
-- The newest article imported after after_id that names a source as its outlet or as a
-- cited origin: what stands in the way of an undo that would remove the source, said by
-- name (an import is never undone; app/history_steps.go). Read only for a refused undo.
SELECT a.id, a.title
FROM articles a
WHERE (a.source_id = sqlc.arg(source_id)
       OR a.id IN (SELECT o.article_id FROM article_origins o WHERE o.origin_source_id = sqlc.arg(source_id)))
  AND EXISTS (SELECT 1 FROM audit_log l
              WHERE l.table_name = 'articles' AND l.row_id = a.id AND l.action = 'import' AND l.id > sqlc.arg(after_id))
ORDER BY a.id DESC
LIMIT 1;

-- name: CountEntityUses :one
-- The rows that name an entity (an undo about to remove it: app/history_steps.go).
SELECT CAST((SELECT count(*) FROM spans y1 WHERE y1.entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM claim_mentions y2 WHERE y2.speaker_entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM entity_aliases y3 WHERE y3.entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM entity_judgements y4 WHERE y4.entity_a_id = sqlc.arg(id) OR y4.entity_b_id = sqlc.arg(id))
     + (SELECT count(*) FROM entity_speaks_for y5 WHERE y5.entity_id = sqlc.arg(id))
     + (SELECT count(*) FROM entities y6 WHERE y6.merged_into_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: CountTagUses :one
-- The rows that carry a tag (an undo about to remove it: app/history_steps.go).
SELECT CAST((SELECT count(*) FROM span_tags z1 WHERE z1.tag_id = sqlc.arg(id))
     + (SELECT count(*) FROM claim_tags z2 WHERE z2.tag_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: ListAuditForRowAfter :many
-- A row's changes after after_id, oldest first: a save carrying the audit id its record
-- was read at is refused when one of these changed a field it would overwrite
-- (app/read_at.go). The index audit_log_row keeps this to the row's own entries.
SELECT id, at, actor, batch, before, after
FROM audit_log
WHERE table_name = sqlc.arg(table_name) AND row_id = sqlc.arg(row_id) AND id > sqlc.arg(after_id)
ORDER BY id;

-- name: CountArticleUses :one
-- The rows that hang on an article (an undo or redo about to remove it: app/history_steps.go):
-- its spans, origins, page copies, later versions, and the feed items and evidence that
-- name it. The database would delete or unlink them unlogged.
SELECT CAST((SELECT count(*) FROM spans w1 WHERE w1.article_id = sqlc.arg(id))
     + (SELECT count(*) FROM article_origins w2 WHERE w2.article_id = sqlc.arg(id))
     + (SELECT count(*) FROM page_snapshots w3 WHERE w3.article_id = sqlc.arg(id))
     + (SELECT count(*) FROM articles w4 WHERE w4.previous_version_id = sqlc.arg(id))
     + (SELECT count(*) FROM feed_items w5 WHERE w5.article_id = sqlc.arg(id))
     + (SELECT count(*) FROM evidence w6 WHERE w6.article_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: CountSpanUses :one
-- The rows that hang on a span (an undo or redo about to remove it): its claim mention,
-- its tags, the evidence citing it.
SELECT CAST((SELECT count(*) FROM claim_mentions v1 WHERE v1.span_id = sqlc.arg(id))
     + (SELECT count(*) FROM span_tags v2 WHERE v2.span_id = sqlc.arg(id))
     + (SELECT count(*) FROM evidence v3 WHERE v3.span_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: CountClaimUses :one
-- The rows that hang on a claim (an undo or redo about to remove it): its mentions,
-- assessments and tags.
SELECT CAST((SELECT count(*) FROM claim_mentions u1 WHERE u1.claim_id = sqlc.arg(id))
     + (SELECT count(*) FROM assessments u2 WHERE u2.claim_id = sqlc.arg(id))
     + (SELECT count(*) FROM claim_tags u3 WHERE u3.claim_id = sqlc.arg(id)) AS INTEGER) AS n;

-- name: CountAssessmentUses :one
-- The evidence of an assessment (an undo or redo about to remove it).
SELECT CAST(count(*) AS INTEGER) AS n FROM evidence WHERE assessment_id = sqlc.arg(id);

-- name: CountMentionUses :one
-- The further values of a claim mention (an undo or redo about to remove it).
SELECT CAST(count(*) AS INTEGER) AS n FROM claim_mention_values WHERE span_id = sqlc.arg(id);

-- name: CountSnapshotUses :one
-- The redirect hops of a page snapshot (an undo or redo about to remove it).
SELECT CAST(count(*) AS INTEGER) AS n FROM page_redirects WHERE snapshot_id = sqlc.arg(id);

-- name: ListLinkAuditAfter :many
-- A link table's entries after after_id (rows with no id of their own: a tag on a span,
-- a same/different decision), oldest first: a removal confirmed at after_id is refused
-- when another action since linked or unlinked a row it takes (app/entity_remove.go).
SELECT id, batch, before, after
FROM audit_log
WHERE table_name = sqlc.arg(table_name) AND row_id IS NULL AND id > sqlc.arg(after_id)
ORDER BY id;
