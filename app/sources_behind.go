package app

import (
	"context"

	"claimdesk/db/store"
)

// claimsBehind counts, per source, the claims whose accepted mentions name it in their
// origin chain beyond the outlet (app/origin_chain.go's parts): as the origin named, as
// the body a speaker speaks for, or as the channel ("according to KSNA"). The Sources
// view shows it beside the articles a source published: a state agency or a ministry
// publishes none of the articles yet stands behind their claims (uxwalk3's finding 15,
// where both read "Articles 0"). One query driven by the indexes on those columns
// (CountClaimsBehindSources), not the walk of every accepted mention the claim list
// makes for its origin counts.
func claimsBehind(ctx context.Context, q *store.Queries) (map[int64]int64, error) {
	rows, err := q.CountClaimsBehindSources(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]int64, len(rows))
	for _, r := range rows {
		out[r.SourceID] = r.Claims
	}
	return out, nil
}
