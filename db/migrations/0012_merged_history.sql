-- Schema v12 (issue 18): the other analysts' history, appended by a merge.
-- Verification is a history: when a colleague's workspace (or export bundle) is merged,
-- the changes they made (their audit log, and what they had merged from others) are
-- kept here, attributed to them, beside our own audit_log. They are kept apart so they
-- never join our undo and redo stacks: undo takes back what this analyst did, and the
-- merge itself is one such action (undoing it removes the entries it appended, as it
-- removes the rows it added). entry_key names an entry in every workspace it travels
-- to (the batch of the workspace that made it and its place in that batch), so merging
-- the same file twice, or the same work by two routes (A to B to C and A to C), appends
-- each entry once. row_id is our id of the changed row (NULL for link tables and rows
-- that were not merged); before and after are the images as logged where the change
-- was made (their ids).
CREATE TABLE merged_history (
    id         INTEGER PRIMARY KEY,
    entry_key  TEXT NOT NULL UNIQUE,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id     INTEGER,
    summary    TEXT NOT NULL DEFAULT '',
    before     TEXT CHECK (before IS NULL OR json_valid(before)),
    after      TEXT CHECK (after IS NULL OR json_valid(after)),
    merged_from TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX merged_history_row ON merged_history (table_name, row_id);
CREATE INDEX merged_history_at ON merged_history (at);

-- One naming of columns (issue 18, docs/export.md "Columns"): who made a row is
-- `analyst` in every export and view (the spans table keeps its column `annotator`;
-- renaming a table column would break every logged row image). v_annotations said
-- `annotator`; its other columns are unchanged.
DROP VIEW v_annotations;
CREATE VIEW v_annotations AS
SELECT sp.id, sp.article_id, a.title AS article_title, s.name AS source, a.published_at,
       sp.kind, sp.entity_type, sp.entity_id, e.name AS entity, cm.claim_id, c.statement AS claim,
       sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.anchor_status,
       sp.state, sp.origin, sp.confidence, sp.note, sp.annotator AS analyst, sp.created_at, sp.updated_at,
       (SELECT group_concat(t.name, ';') FROM span_tags st JOIN tags t ON t.id = st.tag_id WHERE st.span_id = sp.id) AS tags
FROM spans sp
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = sp.entity_id
LEFT JOIN claim_mentions cm ON cm.span_id = sp.id
LEFT JOIN claims c ON c.id = cm.claim_id;
