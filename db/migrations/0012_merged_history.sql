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
