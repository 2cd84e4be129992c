-- Schema v9: a global identity on every row another workspace may refer to (documented
-- in docs/schema.md, "Global identity"). Rowids are local: article 12 in one analyst
-- workspace is another article in a colleague, so exports and merges name rows by a
-- UUID (RFC 9562 version 7: 48 bits of Unix milliseconds, then random bits), kept
-- forever and never reused. The column is the same on PostgreSQL (uuid, default
-- uuidv7()); here SQLite cannot give an added column a non-constant default, so an
-- AFTER INSERT trigger fills it when the insert did not name one (merge and undo name
-- it; the app's other inserts leave it to the trigger). Existing rows get a UUID whose
-- time part is the row's own creation time, so UUID order follows creation order.
-- Reload this connection's parsed schema first: migration 0005 rewrote table definitions
-- through writable_schema, and a connection that ran it keeps each table's old text
-- offsets, so ADD COLUMN would splice the new column into the wrong place.
PRAGMA writable_schema = RESET;
ALTER TABLE sources ADD COLUMN uuid TEXT;
ALTER TABLE articles ADD COLUMN uuid TEXT;
ALTER TABLE entities ADD COLUMN uuid TEXT;
ALTER TABLE claims ADD COLUMN uuid TEXT;
ALTER TABLE spans ADD COLUMN uuid TEXT;
ALTER TABLE assessments ADD COLUMN uuid TEXT;
ALTER TABLE evidence ADD COLUMN uuid TEXT;
ALTER TABLE tags ADD COLUMN uuid TEXT;


UPDATE sources SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX sources_uuid ON sources (uuid);
CREATE TRIGGER sources_uuid_fill AFTER INSERT ON sources WHEN NEW.uuid IS NULL BEGIN
    UPDATE sources SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE articles SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(imported_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(imported_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX articles_uuid ON articles (uuid);
CREATE TRIGGER articles_uuid_fill AFTER INSERT ON articles WHEN NEW.uuid IS NULL BEGIN
    UPDATE articles SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE entities SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX entities_uuid ON entities (uuid);
CREATE TRIGGER entities_uuid_fill AFTER INSERT ON entities WHEN NEW.uuid IS NULL BEGIN
    UPDATE entities SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE claims SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX claims_uuid ON claims (uuid);
CREATE TRIGGER claims_uuid_fill AFTER INSERT ON claims WHEN NEW.uuid IS NULL BEGIN
    UPDATE claims SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE spans SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX spans_uuid ON spans (uuid);
CREATE TRIGGER spans_uuid_fill AFTER INSERT ON spans WHEN NEW.uuid IS NULL BEGIN
    UPDATE spans SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE assessments SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(assessed_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(assessed_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX assessments_uuid ON assessments (uuid);
CREATE TRIGGER assessments_uuid_fill AFTER INSERT ON assessments WHEN NEW.uuid IS NULL BEGIN
    UPDATE assessments SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE evidence SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX evidence_uuid ON evidence (uuid);
CREATE TRIGGER evidence_uuid_fill AFTER INSERT ON evidence WHEN NEW.uuid IS NULL BEGIN
    UPDATE evidence SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

UPDATE tags SET uuid = lower(substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 1, 8) || '-' || substr(printf('%012x', coalesce(CAST((julianday(created_at) - 2440587.5) * 86400000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER))), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX tags_uuid ON tags (uuid);
CREATE TRIGGER tags_uuid_fill AFTER INSERT ON tags WHEN NEW.uuid IS NULL BEGIN
    UPDATE tags SET uuid = lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

-- uuid never changes once set: refuse an UPDATE that would change or clear it.

CREATE TRIGGER sources_uuid_immutable BEFORE UPDATE OF uuid ON sources WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER articles_uuid_immutable BEFORE UPDATE OF uuid ON articles WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER entities_uuid_immutable BEFORE UPDATE OF uuid ON entities WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER claims_uuid_immutable BEFORE UPDATE OF uuid ON claims WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER spans_uuid_immutable BEFORE UPDATE OF uuid ON spans WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER assessments_uuid_immutable BEFORE UPDATE OF uuid ON assessments WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER evidence_uuid_immutable BEFORE UPDATE OF uuid ON evidence WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
CREATE TRIGGER tags_uuid_immutable BEFORE UPDATE OF uuid ON tags WHEN OLD.uuid IS NOT NULL AND NEW.uuid IS NOT OLD.uuid BEGIN
    SELECT RAISE(ABORT, 'a row''s uuid never changes');
END;
