-- The suggester's adaptation to a workspace (app/adaptation.go): the analyst's decisions
-- on names teach the tagger. Read again only when the decisions change.

-- name: AdaptationFingerprint :one
-- Changes whenever a name is accepted, rejected, marked, undone or suggested: the number
-- and id sum of decided name spans, their latest change, and the newest span id.
SELECT count(*) AS decided,
       CAST(coalesce(sum(id), 0) AS INTEGER) AS id_sum,
       CAST(coalesce(max(updated_at), '') AS TEXT) AS last_change,
       CAST(coalesce((SELECT max(id) FROM spans), 0) AS INTEGER) AS max_span_id
FROM spans
WHERE state IN ('accepted', 'rejected') AND kind = 'entity'
  AND entity_type IN ('person', 'organisation', 'place');

-- name: ListAdaptationArticles :many
-- Articles with at least one decision on a name, newest first, at most max_articles.
-- reviewed is 1 when the analyst has been through its suggestions: some were decided and
-- none is left undecided (then text they did not mark is not a name either).
SELECT a.id, a.body,
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
