-- Not a migration: SQLite's own sqlite_sequence table, which SQLite creates with the first
-- AUTOINCREMENT table (schema v16, 0016_ids_never_reused.sql), declared here for sqlc's
-- catalog only (sqlc.yaml), so queries may read the highest id a table ever handed out.
CREATE TABLE sqlite_sequence (name TEXT, seq INTEGER);
