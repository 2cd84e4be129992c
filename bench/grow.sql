-- A grown copy of the benchmark workspace, for the reads that grow with the workspace
-- (docs/performance.md, "Reads that grew with the workspace"): every claim mention of an
-- even span id gets a further figure (40,975 claim_mention_values rows) and every person
-- of an id divisible by six speaks for one of the 40 sources (10,000 entity_speaks_for
-- links). The generator writes neither. Apply to a copy, never to the cached file:
--   cp build/bench/workspace-....db /tmp/grown.db && sqlite3 /tmp/grown.db < bench/grow.sql
BEGIN;
INSERT INTO claim_mention_values (span_id, position, raw, kind, low, high, unit, hedge)
SELECT span_id, 1, 'some ' || CAST(CAST(value_high * 2 + 10 AS INTEGER) AS TEXT) || ' ' || value_unit, 'figure',
       value_high * 2 + 10, value_high * 2 + 10, value_unit, ''
FROM claim_mentions WHERE span_id % 2 = 0 AND value_kind = 'figure' AND value_high IS NOT NULL;
INSERT INTO entity_speaks_for (entity_id, source_id, origin, created_at)
SELECT e.id, s.id, 'analyst', '2026-01-01T00:00:00.000Z'
FROM entities e
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM sources) s
  ON s.n = e.id % (SELECT count(*) FROM sources)
WHERE e.type = 'person' AND e.id % 6 = 0;
COMMIT;
SELECT 'further values', count(*) FROM claim_mention_values;
SELECT 'speaks-for links', count(*) FROM entity_speaks_for;
