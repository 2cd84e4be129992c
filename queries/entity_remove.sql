-- name: ListSpeakerMentionsOfEntity :many
-- The claim mentions that name an entity as their speaker, with their claim's statement:
-- deleting the entity is refused while there are any (app/entity_remove.go).
SELECT cm.span_id, c.statement
FROM claim_mentions cm
JOIN claims c ON c.id = cm.claim_id
WHERE cm.speaker_entity_id = sqlc.arg(entity_id)
ORDER BY cm.span_id;

-- name: ListEntitiesMergedInto :many
-- The entities merged into an entity (their rows keep old ids resolving to it).
SELECT id, name FROM entities WHERE merged_into_id = sqlc.arg(entity_id) ORDER BY id;

-- name: EntityHandWork :one
-- What the audit log says the analyst did to an entity that its row and links no longer
-- show (app/article_remove_keep.go). retyped: its type is not the one it was created
-- with (a change of type alone; an undone one reads as never made). made_by_hand: it was
-- created in an action that linked no span to it (EntityService.Create), not by a mark
-- or an accepted suggestion, whose action logs the span that names it. That span is
-- logged after the entity (made first, then linked), so the search starts there: in an
-- accept-all of thousands it is the next entry, not a scan of the whole batch. The
-- search stays in the batch (audit_log_batch): "+s2.table_name" keeps the planner off
-- audit_log_table (v17), which would walk every later span entry of the whole log when
-- no span names the entity.
SELECT
  CAST(EXISTS (SELECT 1 FROM audit_log c1 JOIN entities e ON e.id = c1.row_id
               WHERE c1.table_name = 'entities' AND c1.row_id = sqlc.arg(entity_id) AND c1.action = 'create'
                 AND json_extract(c1.after, '$.type') IS NOT e.type) AS INTEGER) AS retyped,
  CAST(EXISTS (SELECT 1 FROM audit_log c2
               WHERE c2.table_name = 'entities' AND c2.row_id = sqlc.arg(entity_id) AND c2.action = 'create'
                 AND NOT EXISTS (SELECT 1 FROM audit_log s2
                                 WHERE s2.batch = c2.batch AND s2.id > c2.id AND +s2.table_name = 'spans'
                                   AND json_extract(s2.after, '$.entity_id') = c2.row_id)) AS INTEGER) AS made_by_hand;

-- name: SourceHandWork :one
-- What the audit log says the analyst did to a source that its row no longer shows
-- (app/article_remove_keep.go). graded: the grade it holds was set by an edit (or the
-- redo of one), not left by an undo, so an F chosen by hand counts as a grade; every
-- source the app makes starts at F without an edit. made_by_hand: it was created in an
-- action that logged nothing else (SourceService.Create); the app makes a source only as
-- part of another change (an article's outlet, a mention's channel or origin).
SELECT
  CAST(coalesce((SELECT g.action <> 'undo' FROM audit_log g
                 WHERE g.table_name = 'sources' AND g.row_id = sqlc.arg(source_id)
                   AND g.before IS NOT NULL AND g.after IS NOT NULL
                   AND json_extract(g.before, '$.reliability') IS NOT json_extract(g.after, '$.reliability')
                 ORDER BY g.id DESC LIMIT 1), 0) AS INTEGER) AS graded,
  CAST(EXISTS (SELECT 1 FROM audit_log c3
               WHERE c3.table_name = 'sources' AND c3.row_id = sqlc.arg(source_id) AND c3.action = 'create'
                 AND NOT EXISTS (SELECT 1 FROM audit_log o3
                                 WHERE o3.batch = c3.batch AND o3.table_name <> 'sources')) AS INTEGER) AS made_by_hand;
