-- name: CreateAssessment :one
INSERT INTO assessments (claim_id, credibility, rationale, analyst, origin, assessed_at)
VALUES (sqlc.arg(claim_id), sqlc.arg(credibility), sqlc.arg(rationale), sqlc.arg(analyst), sqlc.arg(origin),
        sqlc.arg(assessed_at))
RETURNING id;

-- name: GetAssessment :one
SELECT id, claim_id, credibility, rationale, analyst, origin, assessed_at
FROM assessments WHERE id = sqlc.arg(id);

-- name: ListAssessmentsForClaim :many
-- Newest first; the first is the claim's current grade. Retracted ones are left out.
SELECT id, claim_id, credibility, rationale, analyst, origin, assessed_at
FROM assessments
WHERE claim_id = sqlc.arg(claim_id) AND retracted_at IS NULL
ORDER BY assessed_at DESC, id DESC;

-- name: ListAssessmentIDsForClaim :many
-- Every assessment of a claim, retracted or not (for deleting the claim).
SELECT id FROM assessments WHERE claim_id = sqlc.arg(claim_id) ORDER BY id;
