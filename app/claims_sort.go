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
	if sortBy == SortContradictions || sortBy == SortFirstSeen {
		if err := fillSnapshotKeys(ctx, q, rows); err != nil {
			return err
		}
	}
	order := claimOrder(sortBy)
	slices.SortStableFunc(rows, func(a, b ClaimSummary) int {
		return cmp.Or(order(&a, &b), cmp.Compare(a.ID, b.ID))
	})
	return nil
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
	return nil
}
