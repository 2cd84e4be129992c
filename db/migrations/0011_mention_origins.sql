-- Schema v11: origins per mention, stance, and the entity -> source link (issue 14).
--
-- A claim's independent origins are the distinct roots of its accepted mentions' origin
-- chains, not the origins of the articles they sit in: one article can carry a claim from
-- KCNA and another from a ministry spokesman. A mention's chain is read from its own
-- columns (app/origin_chain.go): the root named in the text or set by the analyst
-- (origin_source_id: "Yonhap, citing KCNA" -> KCNA), else the body its speaker speaks for
-- (entity_speaks_for: a spokesman -> his government), else the speaker, else
-- the channel ("according to TASS"), else, only when the analyst says the outlet reported
-- it itself (own_reporting), the article's outlet. An unattributed mention adds no origin.
-- article_origins stay: they are now only a source of suggestions for mentions.

-- Reload the schema first: a connection that applied 0005's in-place rewrite of the table
-- definitions still holds the old parse, and ALTER TABLE ADD COLUMN edits the stored text
-- at the old offsets ("error in table claim_mentions after add column").
PRAGMA writable_schema = RESET;

-- The organisation or government a person (or an office) speaks for: a spokesman -> his
-- government. A table of its own rather than a column of entities: ALTER TABLE ADD COLUMN
-- on entities fails on connections that applied 0005's schema rewrite (a stale parse).
CREATE TABLE entity_speaks_for (
    entity_id  INTEGER PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    origin     TEXT NOT NULL DEFAULT 'analyst',
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX entity_speaks_for_source ON entity_speaks_for (source_id);

ALTER TABLE claim_mentions ADD COLUMN origin_source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL;
ALTER TABLE claim_mentions ADD COLUMN own_reporting INTEGER NOT NULL DEFAULT 0
    CHECK (own_reporting = 0 OR own_reporting = 1);
-- Who set the attribution (speaker, channel, origin): 'analyst', or the rule that
-- suggested it ('rule:attribution'); a suggested chain counts until the analyst changes it.
ALTER TABLE claim_mentions ADD COLUMN attribution_by TEXT NOT NULL DEFAULT 'analyst';
-- The mention's stance toward its claim; opposing stances (asserts / denies) contradict.
ALTER TABLE claim_mentions ADD COLUMN stance TEXT NOT NULL DEFAULT 'asserts'
    CHECK (stance = 'asserts' OR stance = 'denies' OR stance = 'doubts' OR stance = 'unconfirmed');
ALTER TABLE claim_mentions ADD COLUMN stance_by TEXT NOT NULL DEFAULT 'analyst';
CREATE INDEX claim_mentions_origin ON claim_mentions (origin_source_id) WHERE origin_source_id IS NOT NULL;

-- Existing workspaces: a mention with no speaker and no channel, in an article with exactly
-- one accepted origin, takes that origin as its suggested root (the count it had before);
-- other article origins stay as suggestions only.
UPDATE claim_mentions
SET origin_source_id = (SELECT o.origin_source_id FROM article_origins o JOIN spans sp ON sp.article_id = o.article_id
                        WHERE sp.id = claim_mentions.span_id AND o.state = 'accepted'),
    attribution_by = 'migrated'
WHERE speaker_entity_id IS NULL AND channel_source_id IS NULL
  AND (SELECT count(*) FROM article_origins o JOIN spans sp ON sp.article_id = o.article_id
       WHERE sp.id = claim_mentions.span_id AND o.state = 'accepted') = 1;

DROP VIEW v_mentions;
CREATE VIEW v_mentions AS
SELECT cm.span_id, cm.claim_id, c.statement AS claim, sp.article_id, a.title AS article_title,
       s.name AS source, s.reliability AS source_reliability, a.published_at,
       sp.start_cp, sp.end_cp, sp.quote, sp.state, sp.origin,
       cm.raw_value, cm.value_kind, cm.value_low, cm.value_high, cm.value_unit,
       cm.date_start, cm.date_end, cm.date_precision, cm.hedge,
       cm.speaker_entity_id, sp_e.name AS speaker, sf.name AS speaker_speaks_for,
       cm.channel_source_id, ch.name AS channel, cm.channel_text,
       cm.origin_source_id, os.name AS origin_source, cm.own_reporting, cm.attribution_by,
       cm.is_direct_quote, cm.stance, cm.stance_by
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
JOIN claims c ON c.id = cm.claim_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities sp_e ON sp_e.id = cm.speaker_entity_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
LEFT JOIN sources sf ON sf.id = esf.source_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id
LEFT JOIN sources os ON os.id = cm.origin_source_id;
