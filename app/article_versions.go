package app

import (
	"context"

	"claimdesk/db/store"
)

// firstVersions maps each later version of an article to the first version of its story.
// A changed text is imported as a new row (article text is immutable) and the claim
// mentions are carried over to it, so a story and its revision both hold the claim; they
// are one article all the same. Counting a claim's articles, an outlet-less article's own
// reporting as an origin, and whether two mentions can contradict each other as two
// sources all go through story(), the one reading of "the same article".
//
// The walk down the version links is v_article_stories (migration 0015), not Go: the
// view is what v_claims, v_entities and the sources list count by, and the app's own walk
// had parted from it on damaged links (a version leading into links that loop, a link to
// a deleted row; TestStoryCountsAgreeAcrossReadings). The view gives each version its first
// version at once, where the Go walk went down the chain on every lookup: on a copy of the
// benchmark workspace with 9,000 versions, reading the stories of its 100,000 claim
// mentions took 245-328 ms against 360-487 ms for the links and the walk (docs/performance.md).
type firstVersions map[int64]int64

// loadFirstVersions reads v_article_stories (only the articles that are later versions).
func loadFirstVersions(ctx context.Context, q *store.Queries) (firstVersions, error) {
	rows, err := q.ListArticleStories(ctx)
	if err != nil {
		return nil, storeErr(err, "the articles' versions")
	}
	out := make(firstVersions, len(rows))
	for _, r := range rows {
		out[r.ID] = r.FirstID
	}
	return out, nil
}

// story is the first version of article id's story (id itself for an article that is no
// later version: a first version, or one whose links loop).
func (f firstVersions) story(id int64) int64 {
	if first, ok := f[id]; ok {
		return first
	}
	return id
}
