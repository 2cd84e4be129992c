-- name: CreateEvidence :one
INSERT INTO evidence (assessment_id, stance, span_id, article_id, url, note, created_at)
VALUES (sqlc.arg(assessment_id), sqlc.arg(stance), sqlc.narg(span_id), sqlc.narg(article_id), sqlc.arg(url),
        sqlc.arg(note), sqlc.arg(created_at))
RETURNING id;

-- name: ListEvidenceForClaim :many
SELECT ev.id, ev.assessment_id, ev.stance, ev.span_id, ev.article_id,
       CAST(coalesce(a.title, '') AS TEXT) AS article_title, CAST(coalesce(sp.quote, '') AS TEXT) AS quote,
       ev.url, ev.note
FROM evidence ev
JOIN assessments x ON x.id = ev.assessment_id
LEFT JOIN spans sp ON sp.id = ev.span_id
LEFT JOIN articles a ON a.id = coalesce(ev.article_id, sp.article_id)
WHERE x.claim_id = sqlc.arg(claim_id)
ORDER BY ev.id;

-- name: ListEvidenceIDsForAssessment :many
SELECT id FROM evidence WHERE assessment_id = sqlc.arg(assessment_id) ORDER BY id;

-- name: ListEvidenceIDsForSpan :many
SELECT id FROM evidence WHERE span_id = sqlc.arg(span_id) ORDER BY id;

-- name: DetachEvidenceSpan :exec
-- Before a span is deleted: keep the evidence pointing at the span's article.
UPDATE evidence
SET article_id = coalesce(article_id, (SELECT sp.article_id FROM spans sp WHERE sp.id = evidence.span_id)),
    span_id = NULL
WHERE evidence.id = sqlc.arg(id);
