package app

import (
	"context"
	"database/sql"

	"claimdesk/db/store"
)

// claimsBehind counts, per source, the claims whose accepted mentions name it in their
// origin chain beyond the outlet (app/origin_chain.go's parts): as the origin named, as
// the body a speaker speaks for, or as the channel ("according to KSNA"). The Sources
// view shows it beside the articles a source published: a state agency or a ministry
// publishes none of the articles yet stands behind their claims (uxwalk3's finding 15,
// where both read "Articles 0").
func claimsBehind(ctx context.Context, q *store.Queries) (map[int64]int64, error) {
	rows, err := q.ListAllClaimOrigins(ctx)
	if err != nil {
		return nil, err
	}
	seen := map[[2]int64]bool{}
	out := map[int64]int64{}
	for _, r := range rows {
		for _, s := range []sql.NullInt64{r.OriginSourceID, r.SpeaksForSourceID, r.ChannelSourceID} {
			if k := [2]int64{s.Int64, r.ClaimID}; s.Valid && !seen[k] {
				seen[k] = true
				out[s.Int64]++
			}
		}
	}
	return out, nil
}
