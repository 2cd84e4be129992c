-- name: CreateEntity :one
INSERT INTO entities (type, name, note, created_at, updated_at)
VALUES (sqlc.arg(type), sqlc.arg(name), sqlc.arg(note), sqlc.arg(created_at), sqlc.arg(created_at))
RETURNING id;

-- name: GetEntity :one
SELECT id, type, name, note, merged_into_id, created_at, updated_at, uuid FROM entities WHERE id = sqlc.arg(id);

-- name: CreateEntityAlias :one
INSERT INTO entity_aliases (entity_id, alias, alias_key, origin, created_at)
VALUES (sqlc.arg(entity_id), sqlc.arg(alias), sqlc.arg(alias_key), sqlc.arg(origin), sqlc.arg(created_at))
ON CONFLICT (entity_id, alias_key) DO NOTHING
RETURNING id;

-- name: FindEntityByKey :many
-- Entities of a type with a name or alias whose normalised key matches exactly.
-- The unary + keeps SQLite off the (type, name) index: without statistics it would walk
-- every entity of the type (60,000 people: 550 ms) instead of the few with this key.
SELECT DISTINCT e.id, e.type, e.name
FROM entities e JOIN entity_aliases al ON al.entity_id = e.id
WHERE al.alias_key = sqlc.arg(alias_key) AND +e.type = sqlc.arg(type) AND e.merged_into_id IS NULL
ORDER BY e.id;

-- name: ListEntitySummaries :many
-- Type-ahead for EntityService.List: live entities of a type (empty: any) with a name or
-- alias key in which a word starts with prefix (empty: all) and, of the words after
-- it, with word2 and word3 too, in any order (each empty: no condition; "water ministry"
-- finds "Ministry of Water Resources"), most mentioned first.
-- Aliases come joined with char(31) in creation order; counts are accepted mentions.
-- The counts are v_entities' (one reading for the app and other tools: articles counts a
-- story and its later versions once, migration 0014). The aliases matching
-- the prefix are one set, found in one pass over the alias index (an EXISTS per entity
-- cost ~150 ms); keys are lower case letters, digits and single spaces (names.Key), so
-- instr finds what LIKE '% prefix%' found, without LIKE's per-row pattern work.
SELECT e.id, e.type, e.name,
       CAST(coalesce((SELECT group_concat(x.alias, char(31))
                      FROM (SELECT al2.alias FROM entity_aliases al2 WHERE al2.entity_id = e.id ORDER BY al2.id) x), '') AS TEXT) AS aliases,
       CAST(e.mentions AS INTEGER) AS mentions,
       CAST(e.articles AS INTEGER) AS articles
FROM v_entities e
WHERE e.merged_into_id IS NULL
  AND (CAST(sqlc.arg(type) AS TEXT) = '' OR e.type = sqlc.arg(type))
  AND (CAST(sqlc.arg(prefix) AS TEXT) = '' OR e.id IN (
        SELECT al.entity_id FROM entity_aliases al
        WHERE instr(' ' || al.alias_key, ' ' || sqlc.arg(prefix)) > 0
          AND (CAST(sqlc.arg(word2) AS TEXT) = '' OR instr(' ' || al.alias_key, ' ' || sqlc.arg(word2)) > 0)
          AND (CAST(sqlc.arg(word3) AS TEXT) = '' OR instr(' ' || al.alias_key, ' ' || sqlc.arg(word3)) > 0)))
ORDER BY mentions DESC, e.name COLLATE NOCASE, e.id
LIMIT sqlc.arg(max_rows);

-- name: GetEntitySummary :one
-- The counts are v_entities' (articles: a story and its later versions once, migration
-- 0014); the view counts through spans_entity_state.
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       CAST(e.mentions AS INTEGER) AS mentions,
       CAST(e.articles AS INTEGER) AS articles
FROM v_entities e
WHERE e.id = sqlc.arg(id);

-- name: ListEntityAliases :many
SELECT id, alias, alias_key FROM entity_aliases WHERE entity_id = sqlc.arg(entity_id) ORDER BY id;

-- name: ListEntityMentions :many
-- A page of an entity's accepted and suggested mentions, by article (publication date)
-- and offset. The entity's mentions are read through spans_entity_state and sorted; only
-- the page's rows are returned (Pyongyang's 6,765 mentions were 1.2 MB of JSON).
SELECT sp.id, sp.article_id, a.title AS article_title, sp.start_cp, sp.end_cp, sp.quote, sp.state
FROM spans sp JOIN articles a ON a.id = sp.article_id
WHERE sp.entity_id = sqlc.arg(entity_id) AND sp.state IN ('accepted', 'suggested')
ORDER BY a.published_at, a.id, sp.start_cp, sp.id
LIMIT sqlc.arg(max_rows) OFFSET sqlc.arg(skip_rows);

-- name: CountEntityMentions :one
-- How many accepted and suggested mentions an entity has (ListEntityMentions' rows).
SELECT count(*) FROM spans WHERE entity_id = sqlc.arg(entity_id) AND state IN ('accepted', 'suggested');

-- name: ListEntityClaims :many
-- Claims with a (not rejected) mention span overlapping one of the entity's (not rejected)
-- mentions, or whose mention names the entity as speaker.
-- UNION ALL (IN needs no distinct rows): a UNION merges sorted halves, and SQLite walked
-- claim_mentions by claim_id for it, one row lookup per mention (100,000: 0.6-0.9 s for
-- any entity); now it is one scan in table order. The article's claim spans are read from
-- spans_article_claims (kind = 'claim'; the + keeps the planner off spans_article's
-- start_cp range, which reads every span before the entity's).
SELECT c.id, c.statement
FROM claims c
WHERE c.id IN (
    SELECT cm.claim_id
    FROM spans es
    CROSS JOIN spans cs ON cs.article_id = es.article_id AND cs.kind = 'claim' AND +cs.start_cp < es.end_cp AND es.start_cp < cs.end_cp
    CROSS JOIN claim_mentions cm ON cm.span_id = cs.id
    WHERE es.entity_id = sqlc.arg(entity_id) AND es.state <> 'rejected' AND cs.state <> 'rejected'
    UNION ALL
    SELECT cm2.claim_id FROM claim_mentions cm2
    JOIN spans s2 ON s2.id = cm2.span_id AND s2.state <> 'rejected'
    WHERE cm2.speaker_entity_id = sqlc.arg(entity_id))
ORDER BY c.id;

-- name: UpdateEntity :exec
UPDATE entities
SET type = sqlc.arg(type), name = sqlc.arg(name), note = sqlc.arg(note), updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: TouchEntity :exec
UPDATE entities SET updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: ListEntitySpanIDs :many
-- Every span linked to an entity, whatever its state (to follow a change of type).
SELECT id FROM spans WHERE entity_id = sqlc.arg(entity_id) ORDER BY id;

-- name: SetSpanEntityType :exec
UPDATE spans SET entity_type = sqlc.arg(entity_type), updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: FindOtherEntityByKey :one
-- A live entity of a type, other than id, with a name or alias of that key (or no row).
-- The unary + keeps SQLite off the (type, name) index, as in FindEntityByKey: it walked
-- every entity of the type (60,000 people) instead of the few with this key.
SELECT e.id, e.name
FROM entities e JOIN entity_aliases al ON al.entity_id = e.id
WHERE al.alias_key = sqlc.arg(alias_key) AND +e.type = sqlc.arg(type) AND e.merged_into_id IS NULL
  AND e.id <> sqlc.arg(id)
ORDER BY e.id
LIMIT 1;

-- name: GetEntitySpeaksFor :one
SELECT f.entity_id, f.source_id, s.name AS source_name, f.origin
FROM entity_speaks_for f JOIN sources s ON s.id = f.source_id
WHERE f.entity_id = sqlc.arg(entity_id);

-- name: CreateEntitySpeaksFor :exec
INSERT INTO entity_speaks_for (entity_id, source_id, origin, created_at)
VALUES (sqlc.arg(entity_id), sqlc.arg(source_id), sqlc.arg(origin), sqlc.arg(created_at));

-- name: UpdateEntitySpeaksFor :exec
UPDATE entity_speaks_for SET source_id = sqlc.arg(source_id), origin = sqlc.arg(origin)
WHERE entity_id = sqlc.arg(entity_id);
