-- Schema v8 (issue 13): one reading of figures and dates for the whole app (app/reading),
-- and claim mentions that carry several values.
--
-- 1. A date may now have the precision 'week' ("last week", "a week ago": Monday-Sunday).
--    The CHECK on claim_mentions.date_precision is widened in place, as 0005 edited its
--    CHECKs: the rows on disk do not change, so SQLite's documented schema edit applies.
-- 2. claim_mention_values holds a mention's further values: a mention keeps its first
--    figure or date on claim_mentions (value_kind .. date_precision, as before, so existing
--    workspaces keep every value they had), and its second, third ... here, in position
--    order (a figure and a date, or two figures: "around 11,000 troops ... in fall 2024").
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (date_precision = '''' OR date_precision = ''day'' OR date_precision = ''month'' OR date_precision = ''season'' OR date_precision = ''year'' OR date_precision = ''decade'')',
    'CHECK (date_precision = '''' OR date_precision = ''day'' OR date_precision = ''week'' OR date_precision = ''month'' OR date_precision = ''season'' OR date_precision = ''year'' OR date_precision = ''decade'')')
WHERE type = 'table' AND name = 'claim_mentions';
PRAGMA writable_schema = OFF;
-- Fails the migration (rolled back whole) if the CHECK was not widened.
CREATE TEMP TABLE migration_0008_guard (widened INTEGER CHECK (widened = 1));
INSERT INTO migration_0008_guard
SELECT count(*) = 1 FROM sqlite_schema WHERE type = 'table' AND name = 'claim_mentions' AND sql LIKE '%date_precision = ''week''%';
DROP TABLE migration_0008_guard;
CREATE TABLE migration_0008_cookie (x INTEGER) STRICT;
DROP TABLE migration_0008_cookie;

CREATE TABLE claim_mention_values (
    id         INTEGER PRIMARY KEY,
    span_id    INTEGER NOT NULL REFERENCES claim_mentions (span_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    raw        TEXT NOT NULL CHECK (length(trim(raw)) > 0),
    kind       TEXT NOT NULL CHECK (kind = 'figure' OR kind = 'date'),
    low        REAL,
    high       REAL,
    unit       TEXT NOT NULL DEFAULT '',
    date_start TEXT NOT NULL DEFAULT '',
    date_end   TEXT NOT NULL DEFAULT '',
    precision  TEXT NOT NULL DEFAULT ''
               CHECK (precision = '' OR precision = 'exact' OR precision = 'approx' OR precision = 'bound'
                      OR precision = 'range' OR precision = 'vague' OR precision = 'day' OR precision = 'week'
                      OR precision = 'month' OR precision = 'season' OR precision = 'year' OR precision = 'decade'),
    hedge      TEXT NOT NULL DEFAULT '',
    UNIQUE (span_id, position),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
) STRICT;

-- Every value of every mention, first and further, for other tools.
CREATE VIEW v_mention_values AS
SELECT cm.span_id, cm.claim_id, 0 AS position, cm.raw_value AS raw, cm.value_kind AS kind,
       cm.value_low AS low, cm.value_high AS high, cm.value_unit AS unit,
       cm.date_start, cm.date_end, cm.date_precision AS precision, cm.hedge
FROM claim_mentions cm WHERE cm.value_kind <> 'none'
UNION ALL
SELECT v.span_id, cm.claim_id, v.position, v.raw, v.kind, v.low, v.high, v.unit,
       v.date_start, v.date_end, v.precision, v.hedge
FROM claim_mention_values v JOIN claim_mentions cm ON cm.span_id = v.span_id;
