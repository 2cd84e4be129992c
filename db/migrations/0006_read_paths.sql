-- Schema v6: an index for the reader's read paths (docs/schema.md, "spans"; measured in
-- docs/performance.md). The claims of an article (ClaimService.List with an article,
-- asked each time the reader opens one) went through every span of the article and
-- looked each up in claim_mentions: 2,000 lookups three times over for an article with
-- 2,000 spans and 5 claim mentions. Only spans of kind 'claim' have a claim_mentions
-- row (ClaimService and matching create them together), so a partial index on those
-- finds an article's claim mentions directly; it holds one entry per claim mention.
CREATE INDEX IF NOT EXISTS spans_article_claims ON spans (article_id) WHERE kind = 'claim';
