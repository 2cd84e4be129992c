-- Schema v2: full-text search over claims and span notes (documented in docs/schema.md,
-- "Full-text search"). Same tokenizer as articles_fts, so one query string means the
-- same thing in all three indexes.

-- Claim statements and notes (external content: the text lives once, in claims).
CREATE VIRTUAL TABLE claims_fts USING fts5 (
    statement, note,
    content = 'claims', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, statement, note) VALUES (NEW.id, NEW.statement, NEW.note);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, statement, note) VALUES ('delete', OLD.id, OLD.statement, OLD.note);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF statement, note ON claims
WHEN NEW.statement IS NOT OLD.statement OR NEW.note IS NOT OLD.note
BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, statement, note) VALUES ('delete', OLD.id, OLD.statement, OLD.note);
    INSERT INTO claims_fts (rowid, statement, note) VALUES (NEW.id, NEW.statement, NEW.note);
END;

-- The analyst's notes on spans (external content on spans). Every span is indexed, so
-- that 'rebuild' and 'integrity-check' work as for any external-content table; a span
-- with an empty note adds no terms and is never found.
CREATE VIRTUAL TABLE span_notes_fts USING fts5 (
    note,
    content = 'spans', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO span_notes_fts (span_notes_fts) VALUES ('rebuild');
CREATE TRIGGER span_notes_fts_insert AFTER INSERT ON spans BEGIN
    INSERT INTO span_notes_fts (rowid, note) VALUES (NEW.id, NEW.note);
END;
CREATE TRIGGER span_notes_fts_delete AFTER DELETE ON spans BEGIN
    INSERT INTO span_notes_fts (span_notes_fts, rowid, note) VALUES ('delete', OLD.id, OLD.note);
END;
CREATE TRIGGER span_notes_fts_update AFTER UPDATE OF note ON spans
WHEN NEW.note IS NOT OLD.note
BEGIN
    INSERT INTO span_notes_fts (span_notes_fts, rowid, note) VALUES ('delete', OLD.id, OLD.note);
    INSERT INTO span_notes_fts (rowid, note) VALUES (NEW.id, NEW.note);
END;
