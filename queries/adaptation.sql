-- The suggester's adaptation to a workspace (app/adaptation.go): the analyst's decisions
-- on names teach the tagger. Read again only when the decisions change.

-- name: AdaptationFingerprint :one
-- Changes whenever what the adaptation learns from changes: the number of decided name
-- spans, a checksum of every entity span's article, offsets, type and state, and the
-- newest span id. The checksum adds one term per span (below 2^31, so the sum cannot
-- overflow), and any change of one span's state, type or offsets changes its term. A
-- count, id sum and newest updated_at missed changes that keep all three, such as an
-- undo in another window, which puts back the span's earlier updated_at while a later
-- decision holds the newest one.
SELECT count(*) FILTER (WHERE state IN ('accepted', 'rejected')
                          AND entity_type IN ('person', 'organisation', 'place')) AS decided,
       CAST(coalesce(sum((id * 1000003 + article_id * 7919 + start_cp * 131 + end_cp * 137
                          + CASE state WHEN 'accepted' THEN 1 WHEN 'rejected' THEN 2 ELSE 3 END * 65537
                          + CASE entity_type WHEN 'person' THEN 1 WHEN 'organisation' THEN 2
                                             WHEN 'place' THEN 3 ELSE 4 END * 257) % 2147483647), 0)
            AS INTEGER) AS checksum,
       CAST(coalesce((SELECT max(id) FROM spans), 0) AS INTEGER) AS max_span_id
FROM spans
WHERE kind = 'entity';

-- name: ListAdaptationArticles :many
-- Articles with at least one decision on a name, newest first, at most max_articles,
-- each body cut to its first max_chars characters (char_count says whether it was cut).
-- reviewed is 1 when the analyst has been through its suggestions: some were decided and
-- none is left undecided (then text they did not mark is not a name either).
SELECT a.id, CAST(substr(a.body, 1, sqlc.arg(max_chars)) AS TEXT) AS body, a.char_count,
       CAST(EXISTS (SELECT 1 FROM spans r WHERE r.article_id = a.id AND r.kind = 'entity'
                    AND r.origin <> 'analyst' AND r.state IN ('accepted', 'rejected'))
            AND NOT EXISTS (SELECT 1 FROM spans u WHERE u.article_id = a.id AND u.kind = 'entity'
                    AND u.state = 'suggested') AS INTEGER) AS reviewed
FROM articles a
WHERE a.id IN (SELECT d.article_id FROM spans d
               WHERE d.state IN ('accepted', 'rejected') AND d.kind = 'entity'
                 AND d.entity_type IN ('person', 'organisation', 'place'))
ORDER BY a.id DESC
LIMIT sqlc.arg(max_articles);
