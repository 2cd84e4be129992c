package app

import (
	"cmp"
	"context"
	"slices"

	"claimdesk/db/store"
)

// The claim list's orders (ClaimFilter.Sort). The list is paged in Go, so it is sorted
// here, over every claim that passes the filter, before the page is cut: a sort in the
// UI would order one page only. Each order has the one direction an analyst asks for
// ("most mentioned first", "best grade first", "first seen first"); ties keep the order
// of ids, so a row does not jump among its equals when it is edited.
const (
	SortChanged        = "changed"        // most recently changed first (the default, also "")
	SortMentions       = "mentions"       // most mentions first
	SortOrigins        = "origins"        // most independent origins first
	SortContradictions = "contradictions" // most contradicting pairs first
	SortGrade          = "grade"          // credibility 1 (confirmed) to 6, ungraded last
	SortFirstSeen      = "first-seen"     // earliest publication among its mentions first, undated last
)

// claimSorts are the orders ClaimFilter.Sort accepts ("" is SortChanged).
var claimSorts = map[string]bool{"": true, SortChanged: true, SortMentions: true, SortOrigins: true,
	SortContradictions: true, SortGrade: true, SortFirstSeen: true}

// sortedByChange reports whether the order is the list's own (the query's).
func sortedByChange(sortBy string) bool { return sortBy == "" || sortBy == SortChanged }

// sortClaimSummaries orders the rows by sortBy, ties by id. For the contradictions and
// first-seen orders it reads a snapshot of those claims and fills the rows' Contradictions
// and FirstSeen, so the list can show what it is sorted by.
func sortClaimSummaries(ctx context.Context, q *store.Queries, rows []ClaimSummary, sortBy string) error {
	if sortedByChange(sortBy) || len(rows) == 0 {
		return nil
	}
	if snapshotOrder(sortBy) {
		if err := fillSnapshotKeys(ctx, q, rows); err != nil {
			return err
		}
	}
	orderClaimSummaries(rows, sortBy)
	return nil
}

// snapshotOrder reports whether the order is read from a snapshot of the claims.
func snapshotOrder(sortBy string) bool {
	return sortBy == SortContradictions || sortBy == SortFirstSeen
}

// orderClaimSummaries sorts rows whose keys are filled by sortBy, ties by id.
func orderClaimSummaries(rows []ClaimSummary, sortBy string) {
	order := claimOrder(sortBy)
	slices.SortStableFunc(rows, func(a, b ClaimSummary) int {
		return cmp.Or(order(&a, &b), cmp.Compare(a.ID, b.ID))
	})
}

// snapshotSummaries builds the list's rows of the claims ids (in the order of ids) with
// the keys of the orders read from a snapshot, from one read of their mentions: the
// articles and origins from the rows the snapshot is built of (snapRows.claimOrigins),
// where claimSummariesByID reads every claim's origins again (ListAllClaimOrigins).
func snapshotSummaries(ctx context.Context, q *store.Queries, ids []int64) ([]ClaimSummary, error) {
	rows, err := claimRowsByID(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	src, err := readSnapRows(ctx, q, &snapScope{claimIDs: ids, articleIDs: []int64{}})
	if err != nil {
		return nil, err
	}
	versions, err := loadFirstVersions(ctx, q)
	if err != nil {
		return nil, err
	}
	out := claimSummaries(rows, countRoots(src.claimOrigins(), versions), tagsByClaim(src.tags))
	snap, err := src.snapshot(ctx, q, "", versions)
	if err != nil {
		return nil, storeErr(err, "the claims' contradictions")
	}
	setSnapshotKeys(snap, out)
	return out, nil
}

// claimOrder compares two rows by one order: negative when a comes first, 0 for a tie.
func claimOrder(sortBy string) func(a, b *ClaimSummary) int {
	switch sortBy {
	case SortMentions:
		return func(a, b *ClaimSummary) int { return cmp.Compare(b.Mentions, a.Mentions) }
	case SortOrigins:
		return func(a, b *ClaimSummary) int { return cmp.Compare(b.Origins, a.Origins) }
	case SortContradictions:
		return func(a, b *ClaimSummary) int { return cmp.Compare(b.Contradictions, a.Contradictions) }
	case SortGrade:
		return func(a, b *ClaimSummary) int { return cmp.Compare(gradeRank(a.Credibility), gradeRank(b.Credibility)) }
	default: // SortFirstSeen: the undated last
		return func(a, b *ClaimSummary) int {
			return cmp.Or(cmp.Compare(undatedRank(a.FirstSeen), undatedRank(b.FirstSeen)), cmp.Compare(a.FirstSeen, b.FirstSeen))
		}
	}
}

// undatedRank puts a claim with no dated mention after the dated ones.
func undatedRank(firstSeen string) int {
	if firstSeen == "" {
		return 1
	}
	return 0
}

// gradeRank puts the ungraded after credibility 6.
func gradeRank(c *int64) int64 {
	if c == nil {
		return 7
	}
	return *c
}

// fillSnapshotKeys sets each row's Contradictions (the conflicting pairs ConflictService
// lists for it) and FirstSeen (the earliest publication date of the articles of its
// accepted mentions), from one snapshot of those claims.
func fillSnapshotKeys(ctx context.Context, q *store.Queries, rows []ClaimSummary) error {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	snap, err := loadSnapshot(ctx, q, "", &snapScope{claimIDs: ids, articleIDs: []int64{}})
	if err != nil {
		return storeErr(err, "the claims' contradictions")
	}
	setSnapshotKeys(snap, rows)
	return nil
}

// setSnapshotKeys sets the rows' Contradictions and FirstSeen from the snapshot.
func setSnapshotKeys(snap *snapshot, rows []ClaimSummary) {
	for i := range rows {
		c := snap.byID[rows[i].ID]
		if c == nil {
			continue
		}
		rows[i].Contradictions = int64(c.comparison.contradictionCount())
		for _, m := range c.mentions {
			a := snap.articles[m.articleID]
			if a != nil && a.publishedAt != "" && (rows[i].FirstSeen == "" || a.publishedAt < rows[i].FirstSeen) {
				rows[i].FirstSeen = a.publishedAt
			}
		}
	}
}
