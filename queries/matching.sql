-- Claim matching across articles (app/matching.go) and attribution (app/attribution.go).

-- name: ListArticlesForMatching :many
-- The newest version of every article, with its text, outlet and byline.
SELECT a.id, a.title, a.body, a.published_at, a.source_id, a.byline,
       CAST(coalesce(s.name, '') AS TEXT) AS source_name
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE EXISTS (SELECT 1 FROM v_newest_versions v WHERE v.id = a.id)
ORDER BY a.id;

-- name: ListAcceptedEntitySpans :many
-- Accepted entity mentions with their entity's name, of one article (article_id 0: of
-- every article), for comparing sentences by the entities they name and for naming
-- speakers. The article filter is a range so that one article's are found by seeking
-- spans_state (state, article_id): attributing one claim mention read every accepted
-- entity mention of the workspace before.
SELECT sp.article_id, sp.start_cp, sp.end_cp, CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type,
       sp.entity_id, CAST(coalesce(e.name, sp.quote) AS TEXT) AS entity_name
FROM spans sp LEFT JOIN entities e ON e.id = sp.entity_id
WHERE sp.kind = 'entity' AND sp.state = 'accepted'
  AND sp.article_id >= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN -9223372036854775807 ELSE sqlc.arg(article_id) END
  AND sp.article_id <= CASE WHEN CAST(sqlc.arg(article_id) AS INTEGER) = 0 THEN 9223372036854775807 ELSE sqlc.arg(article_id) END
ORDER BY sp.article_id, sp.start_cp;

-- name: ListAcceptedEntitySpansOf :many
-- ListAcceptedEntitySpans of the given articles (article_ids: a JSON array of ids), in one
-- statement: a large workspace's proposals read some twenty articles' (app/matching.go).
SELECT sp.article_id, sp.start_cp, sp.end_cp, CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type,
       sp.entity_id, CAST(coalesce(e.name, sp.quote) AS TEXT) AS entity_name
FROM spans sp LEFT JOIN entities e ON e.id = sp.entity_id
WHERE sp.kind = 'entity' AND sp.state = 'accepted'
  AND sp.article_id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)))
ORDER BY sp.article_id, sp.start_cp;

-- name: ListClaimStatements :many
SELECT id, statement FROM claims ORDER BY id;

-- name: ListClaimMentionSpansInArticle :many
-- A claim's mention spans (every state) in one article that overlap [start_cp, end_cp).
SELECT sp.id, sp.state, sp.start_cp, sp.end_cp, sp.quote
FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
WHERE cm.claim_id = sqlc.arg(claim_id) AND sp.article_id = sqlc.arg(article_id)
  AND sp.start_cp < sqlc.arg(end_cp) AND sqlc.arg(start_cp) < sp.end_cp
ORDER BY sp.id;

-- name: SetMentionSpanDecision :exec
-- Accepting or rejecting a proposed mention: its state, and who decided (the annotator).
UPDATE spans SET state = sqlc.arg(state), annotator = sqlc.arg(annotator), updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: ListEntityAliasKeys :many
-- Every (unmerged) entity's names and aliases by key, for resolving a speaker's name.
SELECT e.id, e.type, e.name, al.alias_key
FROM entity_aliases al JOIN entities e ON e.id = al.entity_id
WHERE e.merged_into_id IS NULL
ORDER BY e.id, al.id;

-- name: KnownParticipantsVersion :one
-- The audit log's newest entry on what the matcher knows of who takes part (names,
-- aliases, the links to the bodies people speak for, and those bodies' names): every
-- change to these tables writes one (undo, redo and a merge too) and the log is
-- append-only, so a number that has not moved means the kept reading still holds
-- (app/matching_known.go). row_counts is how many rows those tables hold and their highest ids,
-- which a program other than claimdesk (the sqlite3 shell) moves when it adds or deletes
-- one without writing the log. Each is a count of a b-tree's cells or one seek.
SELECT CAST(coalesce((SELECT max(id) FROM audit_log
                      WHERE table_name IN ('entities', 'entity_aliases', 'entity_speaks_for', 'sources')), 0) AS INTEGER) AS changed,
       CAST(printf('%d %d %d %d %d %d %d %d',
                   (SELECT count(*) FROM entities), (SELECT coalesce(max(id), 0) FROM entities),
                   (SELECT count(*) FROM entity_aliases), (SELECT coalesce(max(id), 0) FROM entity_aliases),
                   (SELECT count(*) FROM entity_speaks_for), (SELECT coalesce(max(entity_id), 0) FROM entity_speaks_for),
                   (SELECT count(*) FROM sources), (SELECT coalesce(max(id), 0) FROM sources)) AS TEXT) AS row_counts;

-- name: GetMentionForAttribution :one
-- A claim mention with its article's text and publication date.
SELECT sp.id, sp.article_id, sp.start_cp, sp.end_cp, sp.quote, a.body, a.published_at
FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id JOIN articles a ON a.id = sp.article_id
WHERE cm.span_id = sqlc.arg(span_id);

-- name: CountArticlesForMatching :one
-- At least how many articles there are, cheaply: the highest id (the rowid b-tree's last
-- entry; counting would scan the table). Deleted articles leave gaps: an upper bound.
SELECT CAST(coalesce(max(id), 0) AS INTEGER) AS n FROM articles;

-- name: CountArticlesWithWords :many
-- For each word of words (a JSON array of words made of letters and digits), in their
-- order, in how many articles it occurs, counted up to max_articles: Propose queries a claim's rarest words
-- (app/matching.go), and counting stops at the cap, so a word in every article costs no
-- more to count than one in max_articles.
SELECT CAST(w.value AS TEXT) AS word,
       (SELECT count(*) FROM (SELECT 1 FROM articles_fts f
                              WHERE f.articles_fts MATCH '"' || replace(w.value, '"', '""') || '"'
                              LIMIT sqlc.arg(max_articles))) AS articles
FROM json_each(CAST(sqlc.arg(words) AS TEXT)) w
ORDER BY w.key;

-- name: ListMatchCandidateArticles :many
-- The articles whose text best matches an FTS5 query of a claim's words (bm25 rank):
-- on a large workspace, Propose reads only these (app/matching.go).
SELECT a.id
FROM articles_fts(CAST(sqlc.arg(query) AS TEXT))
JOIN articles a ON a.id = articles_fts.rowid
ORDER BY articles_fts.rank
LIMIT sqlc.arg(max_hits);

-- name: ListArticlesForMatchingByID :many
-- ListArticlesForMatching for the given articles (article_ids: a JSON array of ids).
SELECT a.id, a.title, a.body, a.published_at, a.source_id, a.byline,
       CAST(coalesce(s.name, '') AS TEXT) AS source_name
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE a.id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)))
  AND EXISTS (SELECT 1 FROM v_newest_versions v WHERE v.id = a.id)
ORDER BY a.id;

-- name: ListOtherClaimMentionsOf :many
-- Where the accepted mentions of every claim but claim_id are in the given articles
-- (article_ids: a JSON array of ids): a sentence the analyst has put in another claim is
-- not proposed for this one (app/matching_held.go).
SELECT cm.claim_id, sp.article_id, sp.start_cp, sp.end_cp
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
WHERE cm.claim_id <> sqlc.arg(claim_id) AND sp.state = 'accepted'
  AND sp.article_id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)))
ORDER BY sp.article_id, sp.start_cp;
