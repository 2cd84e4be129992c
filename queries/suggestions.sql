-- SuggestionService: machine suggestions stored as spans in state 'suggested', with what
-- they propose (proposed_name, normalized, hedge, speaker_name; schema v3).

-- name: ListLatestArticleIDs :many
-- Every article that has no newer version, oldest first: what "suggest everywhere" runs on.
SELECT id FROM v_newest_versions ORDER BY id;

-- name: GetArticleForSuggest :one
-- outlet: the source the import read (or the analyst set), which the suggester types an
-- organisation wherever the text names it.
SELECT a.id, a.title, a.body, a.published_at, coalesce(s.name, '') AS outlet
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE a.id = sqlc.arg(id);

-- name: SuggestInputsVersion :one
-- Where the audit log stands, for the suggester's cache of what it derives from the
-- workspace (suggest_cache.go): the newest entry of all, and the newest that changed an
-- entity or alias. Every change to those tables writes an entry (undo and redo too) and
-- the log is append-only, so a number that has not moved means nothing was changed.
-- name_row_counts is how many rows entities and entity_aliases hold and their highest ids: a
-- program other than claimdesk (the sqlite3 shell) writes no audit entry, and an alias it
-- adds or deletes moves these. Each is a count of a b-tree's cells or one seek.
SELECT CAST(coalesce((SELECT max(id) FROM audit_log), 0) AS INTEGER) AS any_change,
       CAST(coalesce((SELECT max(n.id) FROM audit_log n
                      WHERE n.table_name IN ('entities', 'entity_aliases')), 0) AS INTEGER) AS name_change,
       CAST(printf('%d %d %d %d',
                   (SELECT count(*) FROM entities), (SELECT coalesce(max(id), 0) FROM entities),
                   (SELECT count(*) FROM entity_aliases), (SELECT coalesce(max(id), 0) FROM entity_aliases)) AS TEXT) AS name_row_counts;

-- name: ListChangesSince :many
-- The audit entries after since_id (at most max_rows), each with the state its row had
-- before and after ('' when it had none: a creation, a deletion, or not a span) and the
-- article of a span: enough to tell that only waiting suggestions were made or removed
-- since the suggester's last run (suggest_cache.go).
SELECT id, table_name,
       CAST(coalesce(json_extract(before, '$.state'), '') AS TEXT) AS before_state,
       CAST(coalesce(json_extract(after, '$.state'), '') AS TEXT) AS after_state,
       CAST(coalesce(json_extract(coalesce(after, before), '$.article_id'), 0) AS INTEGER) AS article_id
FROM audit_log
WHERE id > sqlc.arg(since_id)
ORDER BY id
LIMIT sqlc.arg(max_rows);

-- name: ListKnownEntityNames :many
-- Live people, organisations, places and events with each of their aliases (the name is
-- an alias too), for the suggester's gazetteer and to link proposals to existing entities.
SELECT e.id, e.type, e.name, coalesce(al.alias, '') AS alias
FROM entities e LEFT JOIN entity_aliases al ON al.entity_id = e.id
WHERE e.merged_into_id IS NULL AND e.type IN ('person', 'organisation', 'place', 'event')
ORDER BY e.id, al.id;

-- name: ListTakenBackEntities :many
-- Entities whose mentions the analyst all rejected (none accepted), such as one an
-- accepted suggestion made and the analyst then took back: they stay in the workspace,
-- but the suggester does not propose them as names the analyst accepted. Read from the
-- rejected spans (few) rather than checked entity by entity (on the 100,000-entity
-- benchmark workspace a check per entity doubled the known names' query).
SELECT r.entity_id
FROM spans r
WHERE r.state = 'rejected' AND r.entity_id IS NOT NULL
GROUP BY r.entity_id
HAVING NOT EXISTS (SELECT 1 FROM spans k WHERE k.entity_id = r.entity_id AND k.state = 'accepted');

-- name: ListRejectedNames :many
-- The texts the analyst rejected as a person, organisation, place or event, anywhere in
-- the workspace: the suggester does not propose them as that type again as a new name
-- (suggest_cache.go). Read from the rejected spans (few), like ListTakenBackEntities.
SELECT DISTINCT r.entity_type, r.quote
FROM spans r
WHERE r.state = 'rejected' AND r.entity_type IN ('person', 'organisation', 'place', 'event')
ORDER BY r.entity_type, r.quote;

-- name: ListWaitingNewNames :many
-- Waiting suggestions of a new person, organisation, place or event (no entity linked)
-- whose words are one of quotes (a JSON array): the same text's suggestions in other
-- articles, settled with a rejection (SuggestionService.Reject). Only on the newest
-- version of each article: an old version's are no longer shown or decided on.
SELECT s.id, s.entity_type, s.quote
FROM spans s
WHERE s.state = 'suggested' AND s.entity_id IS NULL
  AND s.entity_type IN ('person', 'organisation', 'place', 'event')
  AND s.quote IN (SELECT value FROM json_each(sqlc.arg(quotes)))
  AND EXISTS (SELECT 1 FROM v_newest_versions v WHERE v.id = s.article_id)
ORDER BY s.id;

-- name: ListEntitySpanKeys :many
-- Offsets, type and state of an article's entity spans, whatever their state: a
-- suggestion is never made twice, nor again after the analyst rejected it.
SELECT start_cp, end_cp, CAST(coalesce(entity_type, '') AS TEXT) AS entity_type, state
FROM spans
WHERE article_id = sqlc.arg(article_id) AND kind = 'entity';

-- name: FindEntitySpanAt :one
-- The oldest entity span of an article with exactly this extent, type and state, other
-- than not_id: a hand tag over a waiting suggestion settles it, and an accepted
-- suggestion merges into the span the analyst already made there (no twin mentions).
SELECT id FROM spans
WHERE article_id = sqlc.arg(article_id) AND start_cp = sqlc.arg(start_cp) AND end_cp = sqlc.arg(end_cp)
  AND kind = 'entity' AND entity_type = sqlc.arg(entity_type) AND state = sqlc.arg(state)
  AND id <> sqlc.arg(not_id)
ORDER BY id
LIMIT 1;

-- name: CreateSuggestedSpans :execrows
-- One article's new suggestions in one statement, from a JSON array of objects with the
-- ids to give (the next free ones, so the same ids as inserting them one by one would
-- give) and the suggestion's columns, inserted in array order. One statement per
-- suggestion spent as much on the statement (binding, savepoint, cursors) as on the row.
-- jsonb_each, not json_each: json_each hands each object over as text, which every
-- json_extract would parse again (three quarters of the statement's time, measured).
-- The uuid is the value the spans_uuid_fill trigger (migration 0009) would give, with the
-- same expression, made in the insert: the trigger then skips its UPDATE of every new row
-- (5-9 % of an import with suggestions, measured A/B).
INSERT INTO spans (
    id, article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix,
    anchor_status, state, origin, confidence, note, annotator, created_at, updated_at,
    proposed_name, normalized, hedge, speaker_name, uuid
)
SELECT json_extract(j.value, '$.id'), sqlc.arg(article_id), 'entity', json_extract(j.value, '$.entity_type'),
       json_extract(j.value, '$.entity_id'), json_extract(j.value, '$.start_cp'), json_extract(j.value, '$.end_cp'),
       json_extract(j.value, '$.quote'), json_extract(j.value, '$.prefix'), json_extract(j.value, '$.suffix'),
       'exact', 'suggested', json_extract(j.value, '$.origin'), json_extract(j.value, '$.confidence'), '', '',
       sqlc.arg(created_at), sqlc.arg(created_at),
       json_extract(j.value, '$.proposed_name'), json_extract(j.value, '$.normalized'),
       json_extract(j.value, '$.hedge'), json_extract(j.value, '$.speaker_name'),
       lower(substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8) || '-' || substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4) || '-7' || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6)))
FROM jsonb_each(CAST(sqlc.arg(spans) AS TEXT)) AS j
ORDER BY j.key;

-- name: ListSuggestions :many
-- The review list: suggested entity spans, filtered by article (0 = all), entity type
-- ('' = all), minimum confidence and rule ('' = all; the part of origin after the
-- engine, 'gazetteer' for 'rule:gazetteer'), in article and text order. max_rows -1 = all.
SELECT sp.id, sp.article_id, a.title AS article_title, CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type,
       sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.origin, sp.confidence,
       sp.entity_id, CAST(coalesce(e.name, '') AS TEXT) AS entity_name,
       sp.proposed_name, sp.normalized, sp.hedge, sp.speaker_name
FROM spans sp
JOIN articles a ON a.id = sp.article_id
LEFT JOIN entities e ON e.id = sp.entity_id
-- The article filter is a range (every id, or just this one) rather than "0 OR =": an OR
-- hides it from the planner, which then walked every suggested span of the workspace
-- through spans_state (state = ?) to list one article's; the range seeks (state, article_id).
WHERE sp.state = 'suggested' AND sp.kind = 'entity'
  AND sp.article_id >= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN -9223372036854775807 ELSE sqlc.arg(article_id) END
  AND sp.article_id <= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN 9223372036854775807 ELSE sqlc.arg(article_id) END
  AND (CAST(sqlc.arg(entity_type) AS TEXT) = '' OR sp.entity_type = sqlc.arg(entity_type))
  AND sp.confidence >= CAST(sqlc.arg(min_confidence) AS REAL)
  AND (CAST(sqlc.arg(rule) AS TEXT) = '' OR sp.origin = sqlc.arg(rule)
       OR substr(sp.origin, instr(sp.origin, ':') + 1) = sqlc.arg(rule))
  -- The newest version of each story only: an old version's copies are decided on the new
  -- one (a decision on them is refused, SuggestionService.Accept). v_newest_versions' test,
  -- on the span's article id: the view's EXISTS adds an article read per span (Counts over
  -- 100,000 suggestions 1.6x the CPU without the clause, this 1.2x).
  AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_version_id = sp.article_id)
ORDER BY sp.article_id, sp.start_cp, sp.end_cp DESC, sp.id
LIMIT sqlc.arg(max_rows);

-- name: CountSuggestionsByType :many
-- How many suggestions ListSuggestions' filters pass (article, minimum confidence, rule,
-- newest version), per entity type: the review list's type chips and total, without
-- reading the rows.
SELECT CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type, count(*) AS n
FROM spans sp
-- The article filter is a range, as in ListSuggestions, so one article's count seeks
-- (state, article_id); with no article it counts every suggestion (the review's total).
WHERE sp.state = 'suggested' AND sp.kind = 'entity'
  AND sp.article_id >= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN -9223372036854775807 ELSE sqlc.arg(article_id) END
  AND sp.article_id <= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN 9223372036854775807 ELSE sqlc.arg(article_id) END
  AND sp.confidence >= CAST(sqlc.arg(min_confidence) AS REAL)
  AND (CAST(sqlc.arg(rule) AS TEXT) = '' OR sp.origin = sqlc.arg(rule)
       OR substr(sp.origin, instr(sp.origin, ':') + 1) = sqlc.arg(rule))
  AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.previous_version_id = sp.article_id)
GROUP BY 1;

-- name: GetSuggestionForDecision :one
SELECT sp.id, sp.article_id, sp.kind, CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type, sp.entity_id,
       sp.quote, sp.state, sp.origin, sp.proposed_name, sp.start_cp, sp.end_cp
FROM spans sp WHERE sp.id = sqlc.arg(id);

-- name: DecideSuggestion :exec
-- Accept (with the entity it links to) or reject a suggestion; the analyst who decided
-- becomes its annotator.
UPDATE spans
SET state = sqlc.arg(state), entity_id = sqlc.narg(entity_id), annotator = sqlc.arg(annotator),
    updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: SuggestArticleID :one
-- The article's id when it exists (no row otherwise).
SELECT id FROM articles WHERE id = sqlc.arg(id);
