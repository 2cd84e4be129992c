package app

import (
	"context"

	"claimdesk/db/store"
)

// firstVersions maps each later version of an article to the one it replaces. A changed
// text is imported as a new row (article text is immutable) and the claim mentions are
// carried over to it, so a story and its revision both hold the claim; they are one
// article all the same. Counting a claim's articles, an outlet-less article's own
// reporting as an origin, and whether two mentions can contradict each other as two
// sources all go through story(), the one reading of "the same article".
type firstVersions map[int64]int64

// loadFirstVersions reads the version links (only the rows that have one).
func loadFirstVersions(ctx context.Context, q *store.Queries) (firstVersions, error) {
	rows, err := q.ListVersionPredecessors(ctx)
	if err != nil {
		return nil, storeErr(err, "the articles' versions")
	}
	out := make(firstVersions, len(rows))
	for _, r := range rows {
		out[r.ID] = r.PreviousVersionID
	}
	return out, nil
}

// story is the first version of article id's chain of versions (id itself for an
// article with no earlier version). The walk stops after as many steps as there are
// links, so a damaged file whose links loop cannot hang it.
func (f firstVersions) story(id int64) int64 {
	for range len(f) {
		prev, ok := f[id]
		if !ok {
			break
		}
		id = prev
	}
	return id
}
