-- name: SetSpanEntity :exec
UPDATE spans SET entity_id = sqlc.arg(entity_id), updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: ListSpeakerMentionIDs :many
SELECT span_id FROM claim_mentions WHERE speaker_entity_id = sqlc.arg(entity_id) ORDER BY span_id;

-- name: SetMentionSpeaker :exec
UPDATE claim_mentions SET speaker_entity_id = sqlc.arg(entity_id) WHERE span_id = sqlc.arg(span_id);

-- name: SetEntityMergedInto :exec
UPDATE entities SET merged_into_id = sqlc.narg(merged_into_id), updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: ListEntityJudgements :many
-- Same/different decisions touching an entity.
SELECT entity_a_id, entity_b_id, judgement, analyst, decided_at
FROM entity_judgements
WHERE entity_a_id = sqlc.arg(entity_id) OR entity_b_id = sqlc.arg(entity_id)
ORDER BY entity_a_id, entity_b_id;

-- name: GetEntityJudgement :one
SELECT entity_a_id, entity_b_id, judgement, analyst, decided_at
FROM entity_judgements WHERE entity_a_id = sqlc.arg(entity_a_id) AND entity_b_id = sqlc.arg(entity_b_id);

-- name: ListJudgedPairs :many
SELECT entity_a_id, entity_b_id, judgement FROM entity_judgements ORDER BY entity_a_id, entity_b_id;

-- name: ListLiveEntityKeys :many
-- Every live entity with each of its alias keys (name included), for near-duplicate search.
SELECT e.id, e.type, e.name, al.alias_key
FROM entities e JOIN entity_aliases al ON al.entity_id = e.id
WHERE e.merged_into_id IS NULL
ORDER BY e.type, e.id, al.id;

-- name: ListSpanIDsWithQuoteKeyForEntity :many
-- The spans of an entity, with their quotes, to find those that spell a given alias.
SELECT id, quote FROM spans WHERE entity_id = sqlc.arg(entity_id) ORDER BY id;

-- name: ListCoOccurringEntities :many
-- Entities mentioned (accepted) in the same articles as this one, with how many articles:
-- stories, a story and its later versions (which carry the mentions over) once, read
-- through v_article_stories as v_entities counts them (joined: as a scalar subquery per
-- span SQLite scanned the whole walk for each, over 2 minutes for an entity of 1,523
-- mentions on the benchmark copy with 12,000 versions; joined, 0.20 s against 0.15 s for
-- the count of rows, and 0.51 s against 0.42 s for an entity of 6,058 mentions).
-- CROSS JOIN keeps the order: this entity's mentions (spans_entity_state), then the spans of
-- their articles (spans_article); the unary + keeps spans_state out. Left to itself,
-- SQLite started from every accepted span of the workspace (spans_state, state = ?).
SELECT e.id, e.type, e.name,
       CAST(count(DISTINCT coalesce(f.first_id, o.article_id)) AS INTEGER) AS articles
FROM spans me
CROSS JOIN spans o ON o.article_id = me.article_id AND o.entity_id IS NOT NULL AND o.entity_id <> me.entity_id AND +o.state = 'accepted'
CROSS JOIN entities e ON e.id = o.entity_id AND e.merged_into_id IS NULL
LEFT JOIN v_article_stories f ON f.id = o.article_id
WHERE me.entity_id = sqlc.arg(entity_id) AND +me.state = 'accepted'
GROUP BY e.id, e.type, e.name
ORDER BY articles DESC, e.name
LIMIT 50;
