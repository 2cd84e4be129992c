-- name: CreateClaim :one
INSERT INTO claims (statement, note, created_by, created_at, updated_at)
VALUES (sqlc.arg(statement), sqlc.arg(note), sqlc.arg(created_by), sqlc.arg(created_at), sqlc.arg(created_at))
RETURNING id;

-- name: GetClaim :one
SELECT id, statement, note, created_by, created_at, updated_at FROM claims WHERE id = sqlc.arg(id);

-- name: UpdateClaim :exec
UPDATE claims SET statement = sqlc.arg(statement), note = sqlc.arg(note), updated_at = sqlc.arg(updated_at)
WHERE id = sqlc.arg(id);

-- name: TouchClaim :exec
UPDATE claims SET updated_at = sqlc.arg(updated_at) WHERE id = sqlc.arg(id);

-- name: ListClaimIDs :many
-- The claim list's filter and order (most recently changed first), ids only: ClaimService
-- reads the counts of the claims it returns (ListClaimsByID), so a page of the list costs
-- one page's counts, not every claim's.
-- Zero/empty filter arguments mean "any". credibility 7 = ungraded (no latest
-- assessment); the latest assessment is looked up only when the grade is filtered (a
-- join to v_latest_assessments cost ~170 ms of 250 on 50,000 claims). pattern is a LIKE
-- pattern (like(X, Y, '!') is Y LIKE X ESCAPE '!'; the ESCAPE form does not parse in sqlc) with %, _ and ! escaped by a !.
-- word_prefix is an FTS5 prefix query on claims_fts ('"evac"*'), which folds case and
-- drops accents as LIKE does not: a word typed "Evacuated" keeps "evacuation" written with an accent. entity_id matches claims that have a
-- (non-rejected) mention overlapping an accepted span of that entity in the same article,
-- or whose mention names that entity as its speaker.
-- The entity and source filters are sets read once from that entity's spans (spans_entity)
-- or that source's articles, through their claim spans (spans_article_claims): as
-- per-claim EXISTS they were tried for each of the 50,000 claims (4.5 s and 1.5 s).
-- UNION ALL and the + as in ListEntityClaims (queries/entities.sql).
SELECT c.id
FROM claims c
WHERE (sqlc.arg(pattern) = '' OR like(sqlc.arg(pattern), c.statement, '!') OR like(sqlc.arg(pattern), c.note, '!'))
  AND (CAST(sqlc.arg(word_prefix) AS TEXT) = '' OR c.id IN (SELECT rowid FROM claims_fts(CAST(sqlc.arg(word_prefix) AS TEXT))))
  AND (sqlc.arg(credibility) = 0
       OR (sqlc.arg(credibility) = 7 AND NOT EXISTS (
             SELECT 1 FROM v_latest_assessments la WHERE la.claim_id = c.id))
       OR EXISTS (
             SELECT 1 FROM v_latest_assessments la
             WHERE la.claim_id = c.id AND la.credibility = sqlc.arg(credibility)))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ct.claim_id = c.id AND t.name = sqlc.arg(tag)))
  AND (sqlc.arg(entity_id) = 0 OR c.id IN (
        SELECT m3.claim_id FROM spans es
        CROSS JOIN spans s3 ON s3.article_id = es.article_id AND s3.kind = 'claim'
        CROSS JOIN claim_mentions m3 ON m3.span_id = s3.id
        WHERE es.entity_id = sqlc.arg(entity_id) AND +es.state = 'accepted' AND s3.state <> 'rejected'
          AND es.start_cp < s3.end_cp AND +s3.start_cp < es.end_cp
        UNION ALL
        SELECT m6.claim_id FROM claim_mentions m6 CROSS JOIN spans s6 ON s6.id = m6.span_id
        WHERE m6.speaker_entity_id = sqlc.arg(entity_id) AND s6.state <> 'rejected'))
  AND (sqlc.arg(source_id) = 0 OR c.id IN (
        SELECT m4.claim_id FROM articles a4
        CROSS JOIN spans s4 ON s4.article_id = a4.id AND s4.kind = 'claim'
        CROSS JOIN claim_mentions m4 ON m4.span_id = s4.id
        WHERE a4.source_id = sqlc.arg(source_id) AND s4.state <> 'rejected'))
  AND (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions m5 JOIN spans s5 ON s5.id = m5.span_id
        WHERE m5.claim_id = c.id AND s5.state <> 'rejected' AND s5.article_id = sqlc.arg(article_id)))
ORDER BY c.updated_at DESC, c.id DESC;

-- name: ListClaimsByID :many
-- Claim summaries with the latest (non-retracted) credibility and accepted mention counts,
-- for the given claims (a JSON array of ids), in any order (articles and origins are
-- counted by app/claims.go's claimCounts: a story's versions are one article). The counts drive from
-- claim_mentions (CROSS JOIN fixes the join order): left to itself, SQLite walks every
-- accepted span through spans_state for each claim (seconds on 1M spans).
SELECT c.id, c.statement, c.note, c.updated_at,
       la.credibility,
       CAST((SELECT count(*) FROM claim_mentions m1 CROSS JOIN spans s1 ON s1.id = m1.span_id
             WHERE m1.claim_id = c.id AND s1.state = 'accepted') AS INTEGER) AS mention_count
FROM claims c
LEFT JOIN v_latest_assessments la ON la.claim_id = c.id
WHERE c.id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)));

-- name: ListClaimsForArticle :many
-- ListClaims for the claims mentioned (non-rejected) in one article, driven from that
-- article's claim spans (kind = 'claim': the partial index spans_article_claims) so that
-- it reads a few rows, not every claim nor every span of the article (the reader asks
-- for this each time an article opens). Same columns and other filters as ListClaims.
SELECT c.id, c.statement, c.note, c.updated_at,
       la.credibility,
       CAST((SELECT count(*) FROM claim_mentions m1 CROSS JOIN spans s1 ON s1.id = m1.span_id
             WHERE m1.claim_id = c.id AND s1.state = 'accepted') AS INTEGER) AS mention_count
FROM claims c
LEFT JOIN v_latest_assessments la ON la.claim_id = c.id
WHERE c.id IN (
        SELECT m5.claim_id FROM spans s5 CROSS JOIN claim_mentions m5 ON m5.span_id = s5.id
        WHERE s5.article_id = sqlc.arg(article_id) AND s5.kind = 'claim' AND s5.state <> 'rejected')
  AND (sqlc.arg(pattern) = '' OR like(sqlc.arg(pattern), c.statement, '!') OR like(sqlc.arg(pattern), c.note, '!'))
  AND (CAST(sqlc.arg(word_prefix) AS TEXT) = '' OR c.id IN (SELECT rowid FROM claims_fts(CAST(sqlc.arg(word_prefix) AS TEXT))))
  AND (sqlc.arg(credibility) = 0
       OR (sqlc.arg(credibility) = 7 AND la.credibility IS NULL)
       OR la.credibility = sqlc.arg(credibility))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
        WHERE ct.claim_id = c.id AND t.name = sqlc.arg(tag)))
  AND (sqlc.arg(entity_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions m3 JOIN spans s3 ON s3.id = m3.span_id
        WHERE m3.claim_id = c.id AND s3.state <> 'rejected'
          AND (m3.speaker_entity_id = sqlc.arg(entity_id) OR EXISTS (
                SELECT 1 FROM spans es
                WHERE es.article_id = s3.article_id AND es.entity_id = sqlc.arg(entity_id)
                  AND es.state = 'accepted' AND es.start_cp < s3.end_cp AND s3.start_cp < es.end_cp))))
  AND (sqlc.arg(source_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions m4 JOIN spans s4 ON s4.id = m4.span_id JOIN articles a4 ON a4.id = s4.article_id
        WHERE m4.claim_id = c.id AND s4.state <> 'rejected' AND a4.source_id = sqlc.arg(source_id)))
ORDER BY c.updated_at DESC, c.id DESC;

-- name: ListClaimOriginsForArticle :many
-- ListClaimOrigins for the claims mentioned in one article, driven from those claims'
-- mentions (CROSS JOIN fixes the order).
SELECT DISTINCT cm.claim_id, cm.origin_source_id, esf.source_id AS speaks_for_source_id, cm.speaker_entity_id,
       cm.channel_source_id, cm.own_reporting, a.source_id, a.id AS article_id
FROM claim_mentions cm
CROSS JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
WHERE sp.state = 'accepted' AND cm.claim_id IN (
        SELECT m.claim_id FROM spans s CROSS JOIN claim_mentions m ON m.span_id = s.id
        WHERE s.article_id = sqlc.arg(article_id) AND s.kind = 'claim' AND s.state <> 'rejected')
ORDER BY cm.claim_id;

-- name: ListClaimTagsForArticle :many
SELECT ct.claim_id, t.id, t.name, t.color
FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.claim_id IN (
        SELECT m.claim_id FROM spans s CROSS JOIN claim_mentions m ON m.span_id = s.id
        WHERE s.article_id = sqlc.arg(article_id) AND s.kind = 'claim' AND s.state <> 'rejected')
ORDER BY ct.claim_id, t.name;

-- name: ListClaimOrigins :many
-- What the independent origins behind each given claim's accepted mentions are read from
-- (claim_ids: a JSON array of ids): each mention's origin chain parts, which
-- app/origin_chain.go turns into a root (distinct rows; count distinct roots per claim).
-- Only the claims asked for are read (the claim detail: one; the list: those it shows).
-- The earlier "claim_id = 0 OR claim_id = ?" form could not use claim_mentions_claim:
-- SQLite drove it from spans_state, walking every accepted span (850,000 on the benchmark
-- workspace, ~300 ms for one claim's detail). CROSS JOIN keeps claim_mentions first.
SELECT DISTINCT cm.claim_id, cm.origin_source_id, esf.source_id AS speaks_for_source_id, cm.speaker_entity_id,
       cm.channel_source_id, cm.own_reporting, a.source_id, a.id AS article_id
FROM claim_mentions cm
CROSS JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
WHERE cm.claim_id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT))) AND sp.state = 'accepted'
ORDER BY cm.claim_id;

-- name: ListAllClaimOrigins :many
-- ListClaimOrigins for every claim, for long lists (the whole claim list): walking the
-- accepted spans once is cheaper than looking up tens of thousands of claims by id.
SELECT DISTINCT cm.claim_id, cm.origin_source_id, esf.source_id AS speaks_for_source_id, cm.speaker_entity_id,
       cm.channel_source_id, cm.own_reporting, a.source_id, a.id AS article_id
FROM claim_mentions cm
JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN entity_speaks_for esf ON esf.entity_id = cm.speaker_entity_id
WHERE sp.state = 'accepted'
ORDER BY cm.claim_id;


-- name: ListAllClaimTags :many
SELECT ct.claim_id, t.id, t.name, t.color
FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
ORDER BY ct.claim_id, t.name;

-- name: ListClaimTextsByID :many
-- The statement and note of the given claims (a JSON array of ids): the text filter reads
-- the claims its LIKE prefilter kept and matches their words by stem (app/wordforms.go).
SELECT c.id, c.statement, c.note
FROM claims c
WHERE c.id IN (SELECT value FROM json_each(CAST(sqlc.arg(claim_ids) AS TEXT)));
