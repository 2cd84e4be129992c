package app

// The claims export's counted columns for one page of claims: articles and independent
// origins (countRoots, as the Claims view counts them), the letter of the grade (the most
// reliable source among the reporting articles) and the contradictions
// (contradictionCount, as the claim page counts them). All are read from one read of the
// page's accepted mentions, the rows the contradictions' snapshot is built from. Before,
// each had its own query over the same mentions, and the snapshot read the articles'
// versions again on every page: on the 50,000-claim benchmark workspace the export took
// 10.2 s CPU, 5.0 s of it the contradictions (docs/performance.md, "The claims export").

// claimColumns are the counted columns of a page's claims, by claim id (a claim with no
// accepted mention is absent: zero, and no grade letter).
type claimColumns struct {
	counts map[int64]claimCount
	best   map[int64]string // the best reliability among the sources of the reporting articles
	contra map[int64]int
}

// claimColumns reads the counted columns of the claims ids (one page, in any order).
func (x *exporter) claimColumns(ids []int64) (claimColumns, error) {
	src, err := readSnapRows(x.ctx, x.q, &snapScope{claimIDs: ids, articleIDs: []int64{}})
	if err != nil {
		return claimColumns{}, err
	}
	if x.versions == nil { // read once: the export reads one snapshot of the workspace
		if x.versions, err = loadFirstVersions(x.ctx, x.q); err != nil {
			return claimColumns{}, err
		}
	}
	snap, err := src.snapshot(x.ctx, x.q, "", x.versions)
	if err != nil {
		return claimColumns{}, storeErr(err, "the claims' contradictions")
	}
	out := claimColumns{best: map[int64]string{}, contra: make(map[int64]int, len(ids))}
	for _, id := range ids {
		if c := snap.byID[id]; c != nil {
			out.contra[id] = c.comparison.contradictionCount()
		}
	}
	reliability := make(map[int64]string, len(src.sources))
	for _, s := range src.sources {
		reliability[s.ID] = s.Reliability
	}
	origins := src.claimOrigins()
	for _, o := range origins {
		if !o.SourceID.Valid {
			continue
		}
		if r, ok := reliability[o.SourceID.Int64]; ok && (out.best[o.ClaimID] == "" || r < out.best[o.ClaimID]) {
			out.best[o.ClaimID] = r
		}
	}
	out.counts = countRoots(origins, x.versions)
	return out, nil
}
