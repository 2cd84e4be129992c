-- Schema v5: the CHECK constraints that list a column's allowed values are written as
-- equalities joined by OR instead of IN (...), with the same values (documented in
-- docs/schema.md, "Constraints on listed values"). SQLite evaluates "x IN (three or more
-- constants)" in a CHECK by building a temporary b-tree of the constants for every row
-- written: on spans (four such lists) that was about 40 % of the CPU of an insert, and
-- every change writes an audit_log row (one list). The rows on disk do not change, so
-- the table definitions are edited in place, as SQLite documents for changes that leave
-- the stored format alone (https://sqlite.org/lang_altertable.html#otheralter): the
-- schema text is rewritten and the schema cookie bumped by a throw-away table, so every
-- connection reloads it.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(sql,
    'CHECK (action IN (''create'', ''update'', ''delete'', ''merge'', ''split'', ''import'', ''undo'', ''redo''))',
    'CHECK (action = ''create'' OR action = ''update'' OR action = ''delete'' OR action = ''merge'' OR action = ''split'' OR action = ''import'' OR action = ''undo'' OR action = ''redo'')'),
    'CHECK (anchor_status IN (''exact'', ''fuzzy'', ''orphan''))',
    'CHECK (anchor_status = ''exact'' OR anchor_status = ''fuzzy'' OR anchor_status = ''orphan'')'),
    'CHECK (date_precision IN ('''', ''day'', ''month'', ''season'', ''year'', ''decade''))',
    'CHECK (date_precision = '''' OR date_precision = ''day'' OR date_precision = ''month'' OR date_precision = ''season'' OR date_precision = ''year'' OR date_precision = ''decade'')'),
    'CHECK (entity_type IN (''person'', ''organisation'', ''place'', ''date'', ''number'', ''quote'', ''event''))',
    'CHECK (entity_type = ''person'' OR entity_type = ''organisation'' OR entity_type = ''place'' OR entity_type = ''date'' OR entity_type = ''number'' OR entity_type = ''quote'' OR entity_type = ''event'')'),
    'CHECK (is_direct_quote IN (0, 1))',
    'CHECK (is_direct_quote = 0 OR is_direct_quote = 1)'),
    'CHECK (judgement IN (''same'', ''different''))',
    'CHECK (judgement = ''same'' OR judgement = ''different'')'),
    'CHECK (kind IN (''entity'', ''claim'', ''note''))',
    'CHECK (kind = ''entity'' OR kind = ''claim'' OR kind = ''note'')'),
    'CHECK (kind IN (''outlet'', ''agency'', ''state_media'', ''government'', ''official'', ''organisation'', ''social_media'', ''other''))',
    'CHECK (kind = ''outlet'' OR kind = ''agency'' OR kind = ''state_media'' OR kind = ''government'' OR kind = ''official'' OR kind = ''organisation'' OR kind = ''social_media'' OR kind = ''other'')'),
    'CHECK (reliability IN (''A'', ''B'', ''C'', ''D'', ''E'', ''F''))',
    'CHECK (reliability = ''A'' OR reliability = ''B'' OR reliability = ''C'' OR reliability = ''D'' OR reliability = ''E'' OR reliability = ''F'')'),
    'CHECK (stance IN (''supports'', ''refutes'', ''context''))',
    'CHECK (stance = ''supports'' OR stance = ''refutes'' OR stance = ''context'')'),
    'CHECK (state IN (''suggested'', ''accepted'', ''rejected''))',
    'CHECK (state = ''suggested'' OR state = ''accepted'' OR state = ''rejected'')'),
    'CHECK (type IN (''person'', ''organisation'', ''place'', ''date'', ''number'', ''quote'', ''event''))',
    'CHECK (type = ''person'' OR type = ''organisation'' OR type = ''place'' OR type = ''date'' OR type = ''number'' OR type = ''quote'' OR type = ''event'')'),
    'CHECK (value_kind IN (''none'', ''figure'', ''date''))',
    'CHECK (value_kind = ''none'' OR value_kind = ''figure'' OR value_kind = ''date'')')
WHERE type = 'table' AND name IN ('sources', 'article_origins', 'entities', 'entity_judgements', 'spans', 'claim_mentions', 'evidence', 'audit_log');
PRAGMA writable_schema = OFF;
-- Fails the migration (rolled back whole) if a listed-values CHECK was not rewritten.
CREATE TEMP TABLE migration_0005_guard (rewritten INTEGER CHECK (rewritten = 1));
INSERT INTO migration_0005_guard
SELECT count(*) = 0 FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK (% IN (''%';
DROP TABLE migration_0005_guard;
CREATE TABLE migration_0005_cookie (x INTEGER) STRICT;
DROP TABLE migration_0005_cookie;
