-- Exports (app/export.go, docs/export.md). Every export reads pages in id order:
-- id > after_id ... LIMIT page_size (keyset paging), so memory does not grow with the
-- number of rows. Filter arguments: 0 or the empty string mean "any". since is a date (YYYY-MM-DD)
-- compared with the stored RFC 3339 times as text. Tags come as a JSON array of names
-- (ordered by name) so that names containing ';' survive.

-- name: ExportAnnotations :many
-- The columns of v_annotations, read from spans by primary key rather than through the
-- view: the view joins spans a second time here (for proposed_name), reads every span's
-- article row (for its title) and looks every span up in claim_mentions, though only
-- claim spans have a row there (docs/schema.md, "claim_mentions"); the CASE skips the
-- lookup for the others. Article facts (title, sha256, url, source, date) come from
-- ExportArticleFactsByID, entity names from ExportEntityNames and tags from ExportSpanTags,
-- once per article, per entity and per page: reading them per row costs more than the
-- rest of the row (a million spans name ~100,000 entities).
SELECT sp.id, sp.article_id, sp.start_cp, sp.end_cp, sp.quote, sp.prefix, sp.suffix, sp.kind,
       CAST(coalesce(sp.entity_type, '') AS TEXT) AS entity_type, sp.entity_id, sp.proposed_name,
       cm.claim_id, CAST(coalesce(c.statement, '') AS TEXT) AS claim,
       CAST(CASE WHEN cm.claim_id IS NULL THEN 0 ELSE coalesce((SELECT y.credibility FROM assessments y
         WHERE y.claim_id = cm.claim_id AND y.retracted_at IS NULL
         ORDER BY y.assessed_at DESC, y.id DESC LIMIT 1), 0) END AS INTEGER) AS credibility,
       sp.anchor_status, sp.state, sp.origin, sp.confidence, sp.note, sp.annotator, sp.created_at, sp.updated_at,
       CAST(coalesce(sp.uuid, '') AS TEXT) AS uuid, CAST(coalesce(c.uuid, '') AS TEXT) AS claim_uuid,
       -- What the mention says (issue 18): a claim mention's hedge, first value and
       -- speaker; a suggestion's proposed hedge, reading and speaker name.
       CAST(CASE WHEN cm.span_id IS NULL THEN sp.hedge ELSE cm.hedge END AS TEXT) AS hedge,
       sp.normalized, sp.speaker_name,
       CAST(coalesce(cm.raw_value, '') AS TEXT) AS raw_value, CAST(coalesce(cm.value_kind, '') AS TEXT) AS value_kind,
       cm.value_low, cm.value_high, CAST(coalesce(cm.value_unit, '') AS TEXT) AS value_unit,
       CAST(coalesce(cm.date_start, '') AS TEXT) AS date_start, CAST(coalesce(cm.date_end, '') AS TEXT) AS date_end,
       CAST(coalesce(cm.date_precision, '') AS TEXT) AS date_precision, cm.speaker_entity_id
FROM spans sp
LEFT JOIN claim_mentions cm ON cm.span_id = CASE WHEN sp.kind = 'claim' THEN sp.id END
LEFT JOIN claims c ON c.id = cm.claim_id
WHERE sp.id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0 OR sp.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(state) = '' OR sp.state = sqlc.arg(state))
  AND (sqlc.arg(since) = '' OR sp.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM span_tags st2 JOIN tags t2 ON t2.id = st2.tag_id
        WHERE st2.span_id = sp.id AND t2.name = sqlc.arg(tag)))
ORDER BY sp.id
LIMIT sqlc.arg(page_size);

-- name: ExportArticleFactsByID :many
-- The facts of the given articles (a JSON array of ids) that exports repeat on each row:
-- one statement per export page instead of one per article (20,000 point queries cost
-- ~2 s of a 1,000,000-span export, mostly preparing the statement each time).
SELECT a.id, a.title, a.body_sha256, a.url, a.published_at,
       CAST(coalesce(s.name, '') AS TEXT) AS source,
       CAST(coalesce(s.reliability, '') AS TEXT) AS source_reliability,
       CAST(coalesce(a.uuid, '') AS TEXT) AS uuid
FROM articles a LEFT JOIN sources s ON s.id = a.source_id
WHERE a.id IN (SELECT value FROM json_each(CAST(sqlc.arg(article_ids) AS TEXT)));

-- name: ExportEntityNames :many
-- The names of the given entities (a JSON array of ids).
SELECT id, name, CAST(coalesce(uuid, '') AS TEXT) AS uuid FROM entities
WHERE id IN (SELECT value FROM json_each(CAST(sqlc.arg(entity_ids) AS TEXT)));

-- name: ExportSpanTags :many
-- The tags of spans first_id..last_id (one page), by span then name.
SELECT st.span_id, t.name
FROM span_tags st JOIN tags t ON t.id = st.tag_id
WHERE st.span_id >= sqlc.arg(first_id) AND st.span_id <= sqlc.arg(last_id)
ORDER BY st.span_id, t.name;

-- name: CountExportAnnotations :one
-- As many rows as ExportAnnotations: one per span (every span has its article, a foreign
-- key; the other joins add at most one row). Counted on spans alone: through
-- v_annotations it looked up a million articles to count a million spans.
SELECT count(*) FROM spans sp
WHERE (sqlc.arg(article_id) = 0 OR sp.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(state) = '' OR sp.state = sqlc.arg(state))
  AND (sqlc.arg(since) = '' OR sp.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM span_tags st2 JOIN tags t2 ON t2.id = st2.tag_id
        WHERE st2.span_id = sp.id AND t2.name = sqlc.arg(tag)));

-- name: ExportMentions :many
-- Article facts and tags as for ExportAnnotations.
SELECT m.span_id, m.claim_id, m.claim, m.article_id, m.article_title,
       m.start_cp, m.end_cp, m.quote, sp.prefix, sp.suffix, m.state, m.origin, sp.confidence,
       CAST(coalesce((SELECT y.credibility FROM assessments y
         WHERE y.claim_id = m.claim_id AND y.retracted_at IS NULL
         ORDER BY y.assessed_at DESC, y.id DESC LIMIT 1), 0) AS INTEGER) AS credibility,
       m.raw_value, m.value_kind, m.value_low, m.value_high, m.value_unit,
       m.date_start, m.date_end, m.date_precision, m.hedge,
       m.speaker_entity_id, CAST(coalesce(m.speaker, '') AS TEXT) AS speaker,
       m.channel_source_id, CAST(coalesce(m.channel, '') AS TEXT) AS channel, m.channel_text,
       m.is_direct_quote, sp.annotator, sp.created_at, sp.updated_at
FROM v_mentions m
JOIN spans sp ON sp.id = m.span_id
WHERE m.span_id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0 OR m.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(state) = '' OR m.state = sqlc.arg(state))
  AND (sqlc.arg(since) = '' OR sp.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM span_tags st2 JOIN tags t2 ON t2.id = st2.tag_id
        WHERE st2.span_id = m.span_id AND t2.name = sqlc.arg(tag)))
ORDER BY m.span_id
LIMIT sqlc.arg(page_size);

-- name: CountExportMentions :one
SELECT count(*) FROM v_mentions m
JOIN spans sp ON sp.id = m.span_id
WHERE (sqlc.arg(article_id) = 0 OR m.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(state) = '' OR m.state = sqlc.arg(state))
  AND (sqlc.arg(since) = '' OR sp.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM span_tags st2 JOIN tags t2 ON t2.id = st2.tag_id
        WHERE st2.span_id = m.span_id AND t2.name = sqlc.arg(tag)));

-- name: ExportClaims :many
-- assessed_only = 1 keeps claims with a current (non-retracted) assessment (ClaimReview).
SELECT c.id, c.statement, c.note, c.credibility,
       CAST(coalesce(c.latest_rationale, '') AS TEXT) AS latest_rationale,
       CAST(coalesce(c.latest_analyst, '') AS TEXT) AS latest_analyst,
       CAST(coalesce(c.latest_assessed_at, '') AS TEXT) AS latest_assessed_at,
       CAST(coalesce((SELECT la.id FROM v_latest_assessments la WHERE la.claim_id = c.id), 0) AS INTEGER) AS latest_assessment_id,
       c.mentions, c.articles, c.created_by, c.created_at, c.updated_at,
       CAST((SELECT json_group_array(tn.name) FROM (
              SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
              WHERE ct.claim_id = c.id ORDER BY t.name) tn) AS TEXT) AS tags,
       CAST(coalesce((SELECT x.uuid FROM claims x WHERE x.id = c.id), '') AS TEXT) AS uuid,
       CAST(coalesce((SELECT la.uuid FROM v_latest_assessments la WHERE la.claim_id = c.id), '') AS TEXT) AS latest_assessment_uuid
FROM v_claims c
WHERE c.id > sqlc.arg(after_id)
  AND (sqlc.arg(assessed_only) = 0 OR c.credibility IS NOT NULL)
  AND (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
        WHERE cm.claim_id = c.id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR c.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = c.id AND t2.name = sqlc.arg(tag)))
ORDER BY c.id
LIMIT sqlc.arg(page_size);

-- name: CountExportClaims :one
SELECT count(*) FROM v_claims c
WHERE (sqlc.arg(assessed_only) = 0 OR c.credibility IS NOT NULL)
  AND (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
        WHERE cm.claim_id = c.id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR c.updated_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = c.id AND t2.name = sqlc.arg(tag)));

-- name: ExportClaimAppearances :many
-- The articles with an accepted mention of claims first_id..last_id (one page of claims).
SELECT DISTINCT cm.claim_id, a.id AS article_id, a.title, a.url, a.published_at,
       CAST(coalesce(s.name, '') AS TEXT) AS source, CAST(coalesce(a.uuid, '') AS TEXT) AS uuid
-- CROSS JOIN: from the page's claim mentions (claim_mentions_claim) to their spans; left to
-- itself SQLite walked every accepted span of the workspace (spans_state) for each page.
FROM claim_mentions cm
CROSS JOIN spans sp ON sp.id = cm.span_id
JOIN articles a ON a.id = sp.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE cm.claim_id >= sqlc.arg(first_id) AND cm.claim_id <= sqlc.arg(last_id) AND sp.state = 'accepted'
ORDER BY cm.claim_id, a.published_at, a.id;

-- name: ExportClaimAuthors :many
-- Who a page of claims comes from (ClaimReview's itemReviewed.author): per claim, the
-- speakers and channels of its accepted mentions, the most frequent first.
SELECT cm.claim_id, CAST(coalesce(e.name, ch.name, '') AS TEXT) AS author,
       CAST(CASE WHEN e.id IS NOT NULL THEN e.type ELSE 'organisation' END AS TEXT) AS author_type,
       count(*) AS mentions
FROM claim_mentions cm
CROSS JOIN spans sp ON sp.id = cm.span_id
LEFT JOIN entities e ON e.id = cm.speaker_entity_id
LEFT JOIN sources ch ON ch.id = cm.channel_source_id
WHERE cm.claim_id >= sqlc.arg(first_id) AND cm.claim_id <= sqlc.arg(last_id) AND sp.state = 'accepted'
  AND (e.id IS NOT NULL OR ch.id IS NOT NULL)
GROUP BY cm.claim_id, author, author_type
ORDER BY cm.claim_id, mentions DESC, author;

-- name: ExportEntities :many
SELECT e.id, e.type, e.name, e.note, e.merged_into_id,
       CAST((SELECT json_group_array(an.alias) FROM (
              SELECT al.alias FROM entity_aliases al
              WHERE al.entity_id = e.id AND al.alias <> e.name ORDER BY al.alias) an) AS TEXT) AS aliases,
       e.mentions, e.articles, en.created_at, en.updated_at
FROM v_entities e
JOIN entities en ON en.id = e.id
WHERE e.id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM spans sp WHERE sp.entity_id = e.id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR en.updated_at >= sqlc.arg(since))
ORDER BY e.id
LIMIT sqlc.arg(page_size);

-- name: CountExportEntities :one
SELECT count(*) FROM entities en
WHERE (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM spans sp WHERE sp.entity_id = en.id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR en.updated_at >= sqlc.arg(since));

-- name: ExportAssessments :many
SELECT x.id, x.claim_id, c.statement, x.credibility, x.rationale, x.analyst, x.origin, x.assessed_at,
       CAST(coalesce(x.retracted_at, '') AS TEXT) AS retracted_at,
       CAST(EXISTS (SELECT 1 FROM v_latest_assessments la WHERE la.id = x.id) AS INTEGER) AS is_latest,
       CAST((SELECT count(*) FROM evidence ev WHERE ev.assessment_id = x.id) AS INTEGER) AS evidence_count,
       CAST((SELECT json_group_array(tn.name) FROM (
              SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
              WHERE ct.claim_id = x.claim_id ORDER BY t.name) tn) AS TEXT) AS tags
FROM assessments x
JOIN claims c ON c.id = x.claim_id
WHERE x.id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
        WHERE cm.claim_id = x.claim_id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR x.assessed_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = x.claim_id AND t2.name = sqlc.arg(tag)))
ORDER BY x.id
LIMIT sqlc.arg(page_size);

-- name: CountExportAssessments :one
SELECT count(*) FROM assessments x
WHERE (sqlc.arg(article_id) = 0 OR EXISTS (
        SELECT 1 FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id
        WHERE cm.claim_id = x.claim_id AND sp.article_id = sqlc.arg(article_id)))
  AND (sqlc.arg(since) = '' OR x.assessed_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = x.claim_id AND t2.name = sqlc.arg(tag)));

-- name: ExportEvidence :many
SELECT ev.id, ev.assessment_id, x.claim_id, c.statement, x.credibility, x.assessed_at,
       CAST(coalesce(x.retracted_at, '') AS TEXT) AS retracted_at,
       ev.stance, ev.span_id, ev.article_id,
       CAST(coalesce(a.title, '') AS TEXT) AS article_title,
       CAST(coalesce(s.name, '') AS TEXT) AS source,
       CAST(coalesce(s.reliability, '') AS TEXT) AS source_reliability,
       sp.start_cp, sp.end_cp, CAST(coalesce(sp.quote, '') AS TEXT) AS quote,
       ev.url, ev.note, ev.created_at,
       CAST(coalesce((SELECT ps.final_url FROM page_snapshots ps WHERE ps.article_id = ev.article_id ORDER BY ps.id DESC LIMIT 1), '') AS TEXT) AS page_url,
       CAST(coalesce((SELECT ps.fetched_at FROM page_snapshots ps WHERE ps.article_id = ev.article_id ORDER BY ps.id DESC LIMIT 1), '') AS TEXT) AS page_fetched_at,
       CAST(coalesce((SELECT ps.raw_sha256 FROM page_snapshots ps WHERE ps.article_id = ev.article_id ORDER BY ps.id DESC LIMIT 1), '') AS TEXT) AS page_sha256
FROM evidence ev
JOIN assessments x ON x.id = ev.assessment_id
JOIN claims c ON c.id = x.claim_id
LEFT JOIN spans sp ON sp.id = ev.span_id
LEFT JOIN articles a ON a.id = ev.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE ev.id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0 OR ev.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(since) = '' OR ev.created_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = x.claim_id AND t2.name = sqlc.arg(tag)))
ORDER BY ev.id
LIMIT sqlc.arg(page_size);

-- name: CountExportEvidence :one
SELECT count(*) FROM evidence ev
JOIN assessments x ON x.id = ev.assessment_id
WHERE (sqlc.arg(article_id) = 0 OR ev.article_id = sqlc.arg(article_id))
  AND (sqlc.arg(since) = '' OR ev.created_at >= sqlc.arg(since))
  AND (sqlc.arg(tag) = '' OR EXISTS (
        SELECT 1 FROM claim_tags ct2 JOIN tags t2 ON t2.id = ct2.tag_id
        WHERE ct2.claim_id = x.claim_id AND t2.name = sqlc.arg(tag)));

-- name: ExportSources :many
-- article_id: the article's outlet and the origins recorded for it (article_origins).
-- article_count: the source's stories (v_source_articles), as the sources list counts them.
SELECT s.id, s.name, s.kind, s.reliability, s.url, s.note,
       CAST(coalesce(sa.articles, 0) AS INTEGER) AS article_count,
       s.created_at, s.updated_at
FROM sources s LEFT JOIN v_source_articles sa ON sa.source_id = s.id
WHERE s.id > sqlc.arg(after_id)
  AND (sqlc.arg(article_id) = 0
       OR EXISTS (SELECT 1 FROM articles a2 WHERE a2.id = sqlc.arg(article_id) AND a2.source_id = s.id)
       OR EXISTS (SELECT 1 FROM article_origins ao WHERE ao.article_id = sqlc.arg(article_id)
                  AND (ao.origin_source_id = s.id OR ao.via_source_id = s.id)))
  AND (sqlc.arg(since) = '' OR s.updated_at >= sqlc.arg(since))
ORDER BY s.id
LIMIT sqlc.arg(page_size);

-- name: CountExportSources :one
SELECT count(*) FROM sources s
WHERE (sqlc.arg(article_id) = 0
       OR EXISTS (SELECT 1 FROM articles a2 WHERE a2.id = sqlc.arg(article_id) AND a2.source_id = s.id)
       OR EXISTS (SELECT 1 FROM article_origins ao WHERE ao.article_id = sqlc.arg(article_id)
                  AND (ao.origin_source_id = s.id OR ao.via_source_id = s.id)))
  AND (sqlc.arg(since) = '' OR s.updated_at >= sqlc.arg(since));

-- name: ExportMentionValuesRange :many
-- The further values (v10) of the claim mentions among spans first..last (one export
-- page), in span and position order.
SELECT span_id, kind, low, high, unit, date_start, date_end, precision
FROM claim_mention_values
WHERE span_id BETWEEN sqlc.arg(first_id) AND sqlc.arg(last_id)
ORDER BY span_id, position;
