-- Schema v4: index only the spans that carry a note (documented in docs/schema.md,
-- "span_notes_fts"). Until v3 every span was indexed, even with an empty note, so each
-- span insert wrote a row into span_notes_fts_docsize and made FTS5 flush and save its
-- totals at every later statement of the transaction: about a third of the cost of
-- inserting a span, for rows that can never be found. The external content is now a
-- view of the spans with a note, so 'rebuild' and 'integrity-check' see exactly the rows
-- the triggers index. Existing workspaces are repaired here: the index is dropped and
-- rebuilt from the view.
DROP TRIGGER span_notes_fts_insert;
DROP TRIGGER span_notes_fts_delete;
DROP TRIGGER span_notes_fts_update;
DROP TABLE span_notes_fts;

-- The content of span_notes_fts: one row per span whose note is not empty.
CREATE VIEW span_notes AS SELECT id, note FROM spans WHERE note <> '';

CREATE VIRTUAL TABLE span_notes_fts USING fts5 (
    note,
    content = 'span_notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO span_notes_fts (span_notes_fts) VALUES ('rebuild');

CREATE TRIGGER span_notes_fts_insert AFTER INSERT ON spans WHEN NEW.note <> '' BEGIN
    INSERT INTO span_notes_fts (rowid, note) VALUES (NEW.id, NEW.note);
END;
CREATE TRIGGER span_notes_fts_delete AFTER DELETE ON spans WHEN OLD.note <> '' BEGIN
    INSERT INTO span_notes_fts (span_notes_fts, rowid, note) VALUES ('delete', OLD.id, OLD.note);
END;
-- A note set, changed or cleared: take the old text out if it was indexed, put the new
-- one in if there is one (in this order, in one trigger, as FTS5 needs).
CREATE TRIGGER span_notes_fts_update AFTER UPDATE OF note ON spans
WHEN NEW.note IS NOT OLD.note
BEGIN
    INSERT INTO span_notes_fts (span_notes_fts, rowid, note) SELECT 'delete', OLD.id, OLD.note WHERE OLD.note <> '';
    INSERT INTO span_notes_fts (rowid, note) SELECT NEW.id, NEW.note WHERE NEW.note <> '';
END;
