-- name: CreateClaimMention :exec
INSERT INTO claim_mentions (span_id, claim_id, raw_value, hedge, speaker_entity_id, channel_source_id,
                            channel_text, is_direct_quote, origin_source_id, own_reporting, attribution_by,
                            stance, stance_by)
VALUES (sqlc.arg(span_id), sqlc.arg(claim_id), sqlc.arg(raw_value), sqlc.arg(hedge), sqlc.narg(speaker_entity_id),
        sqlc.narg(channel_source_id), sqlc.arg(channel_text), sqlc.arg(is_direct_quote), sqlc.narg(origin_source_id),
        sqlc.arg(own_reporting), sqlc.arg(attribution_by), sqlc.arg(stance), sqlc.arg(stance_by));

-- name: GetClaimMention :one
SELECT span_id, claim_id, raw_value, hedge, speaker_entity_id, channel_source_id, channel_text, is_direct_quote,
       origin_source_id, own_reporting, attribution_by, stance, stance_by
FROM claim_mentions WHERE span_id = sqlc.arg(span_id);

-- name: UpdateClaimMention :exec
UPDATE claim_mentions
SET raw_value = sqlc.arg(raw_value), hedge = sqlc.arg(hedge), speaker_entity_id = sqlc.narg(speaker_entity_id),
    channel_source_id = sqlc.narg(channel_source_id), channel_text = sqlc.arg(channel_text),
    is_direct_quote = sqlc.arg(is_direct_quote), origin_source_id = sqlc.narg(origin_source_id),
    own_reporting = sqlc.arg(own_reporting), attribution_by = sqlc.arg(attribution_by),
    stance = sqlc.arg(stance), stance_by = sqlc.arg(stance_by)
WHERE span_id = sqlc.arg(span_id);

-- name: ListMentionSpanIDsForClaim :many
SELECT span_id FROM claim_mentions WHERE claim_id = sqlc.arg(claim_id) ORDER BY span_id;

-- name: ListMentionsForClaim :many
SELECT sp.id AS span_id, sp.article_id, a.title AS article_title,
       CAST(coalesce(s.name, '') AS TEXT) AS source_name,
       CAST(coalesce(s.reliability, 'F') AS TEXT) AS source_reliability,
       a.published_at, sp.start_cp, sp.end_cp, sp.quote, sp.state,
       cm.raw_value, cm.hedge, cm.speaker_entity_id, CAST(coalesce(e.name, '') AS TEXT) AS speaker_name,
       cm.channel_source_id, CAST(coalesce(ch.name, '') AS TEXT) AS channel_name, cm.channel_text, cm.is_direct_quote,
       a.source_id, esf.source_id AS speaks_for_source_id, CAST(coalesce(sf.name, '') AS TEXT) AS speaks_for_name,
       cm.origin_source_id, CAST(coalesce(os.name, '') AS TEXT) AS origin_name,
       cm.own_reporting, cm.attribution_by, cm.stance, cm.stance_by
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN entities e ON e.id = cm.speaker_entity_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
LEFT JOIN sources sf ON sf.id = esf.source_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id
LEFT JOIN sources os ON os.id = cm.origin_source_id
WHERE cm.claim_id = sqlc.arg(claim_id)
ORDER BY a.published_at, sp.article_id, sp.start_cp, sp.id;

-- name: ListMentionSpanIDsWithChannel :many
SELECT span_id FROM claim_mentions WHERE channel_source_id = sqlc.arg(source_id) ORDER BY span_id;

-- name: ClearMentionChannel :exec
UPDATE claim_mentions SET channel_source_id = NULL WHERE span_id = sqlc.arg(span_id);

-- name: ListMentionValues :many
-- A mention's further values (claim_mention_values), to compare and replace them.
SELECT id, span_id, position, raw, kind, low, high, unit, date_start, date_end, precision, hedge
FROM claim_mention_values WHERE span_id = sqlc.arg(span_id) ORDER BY position;

-- name: CreateMentionValue :one
INSERT INTO claim_mention_values (span_id, position, raw, kind, low, high, unit, date_start, date_end, precision, hedge)
VALUES (sqlc.arg(span_id), sqlc.arg(position), sqlc.arg(raw), sqlc.arg(kind), sqlc.narg(low), sqlc.narg(high),
        sqlc.arg(unit), sqlc.arg(date_start), sqlc.arg(date_end), sqlc.arg(precision), sqlc.arg(hedge))
RETURNING id;

-- name: UpdateMentionValue :exec
-- A further value rewritten in place: the row keeps its id, so its history (which Undo and
-- a merge read by id) stays the history of this mention's value at this position.
UPDATE claim_mention_values
SET raw = sqlc.arg(raw), kind = sqlc.arg(kind), low = sqlc.narg(low), high = sqlc.narg(high), unit = sqlc.arg(unit),
    date_start = sqlc.arg(date_start), date_end = sqlc.arg(date_end), precision = sqlc.arg(precision), hedge = sqlc.arg(hedge)
WHERE id = sqlc.arg(id);

-- name: ListFurtherMentionValues :many
-- Every mention's further values, in mention and position order (the conflict check and
-- the claim page compare them with the first values).
SELECT span_id, position, raw, kind, low, high, unit, date_start, date_end, precision, hedge
FROM claim_mention_values ORDER BY span_id, position;

-- name: ListFurtherMentionValuesOfClaims :many
-- ListFurtherMentionValues of the mentions of the given claims (a JSON array of ids): a
-- snapshot of some claims (a claims export page of 1,000, the claim page) read every
-- mention's (the claim_mentions_claim index, then each mention's values by key).
SELECT v.span_id, v.position, v.raw, v.kind, v.low, v.high, v.unit, v.date_start, v.date_end, v.precision, v.hedge
FROM claim_mentions cm
CROSS JOIN claim_mention_values v ON v.span_id = cm.span_id
WHERE cm.claim_id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)))
ORDER BY v.span_id, v.position;
