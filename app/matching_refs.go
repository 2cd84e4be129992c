package app

import (
	"fmt"
	"time"
	"unicode/utf8"

	"claimdesk/app/match"
)

// matchRef is one text a claim's candidates are compared with: its statement or the
// quote of an accepted mention.
type matchRef struct {
	basis   string
	article int64 // the article of a mention basis (0: the statement)
	feat    match.Features
	weight  float64
	days    []daySpan // the days its dates stand for
	dates   []mark    // its dates with their terms and days (datesRead)
}

// claimRefs is what propose reads from a claim before scoring: what to compare with and
// where the claim's mentions already are. The weight-fitting harness
// (match_weights_test.go) reads the same.
type claimRefs struct {
	refs        []matchRef
	done        map[int64]int64      // articles with an accepted mention -> where its first one ends
	taken       map[int64][][2]int64 // every mention's extent, per article
	mentionDays []time.Time          // when the articles of the claim's mentions were published
	claimDays   []daySpan            // the days the statement and mentions date the claim to
	asserted    map[int64][][2]int64 // the extents of accepted mentions that assert it, per article
}

func (ws *Workspace) claimRefs(c *matchCorpus, claimID int64) (claimRefs, error) {
	ctx := ws.Context()
	q := ws.DB().Q
	cl, err := q.GetClaim(ctx, claimID)
	if err != nil {
		return claimRefs{}, storeErr(err, fmt.Sprintf("claim %d", claimID))
	}
	mentions, err := q.ListMentionsForClaim(ctx, claimID)
	if err != nil {
		return claimRefs{}, storeErr(err, "the claim's mentions")
	}
	statementMarks := c.marks(cl.Statement, "")
	r := claimRefs{
		refs: []matchRef{{"statement", 0, featuresWith(cl.Statement, 0, statementMarks, "", c.known), 1,
			daysIn(statementMarks, 0, utf8.RuneCountInString(cl.Statement)), datedIn(statementMarks, 0, utf8.RuneCountInString(cl.Statement))}},
		done:  map[int64]int64{},
		taken: map[int64][][2]int64{},
	}
	for _, m := range mentions {
		r.taken[m.ArticleID] = append(r.taken[m.ArticleID], [2]int64{m.StartCp, m.EndCp})
		if m.State != "accepted" {
			continue
		}
		if m.Stance == match.StanceAsserts {
			if r.asserted == nil {
				r.asserted = map[int64][][2]int64{}
			}
			r.asserted[m.ArticleID] = append(r.asserted[m.ArticleID], [2]int64{m.StartCp, m.EndCp})
		}
		if e, ok := r.done[m.ArticleID]; !ok || m.EndCp < e {
			r.done[m.ArticleID] = m.EndCp
		}
		a := c.articles[m.ArticleID]
		if a == nil {
			continue
		}
		// the marks (entities, dates) of the mention's sentences
		var marks []mark
		for _, ms := range a.sents {
			if int64(ms.sent.Start) < m.EndCp && m.StartCp < int64(ms.sent.End) {
				marks = append(marks, ms.marks...)
			}
		}
		if len(marks) == 0 && !overlapsAny(a.sents, m.StartCp, m.EndCp) {
			continue
		}
		basis := fmt.Sprintf("mention %d", m.SpanID)
		// the quote as marked: its whole sentence often states another claim too ("crossed
		// the line, prompting the navy to fire warning shots"), and matching by it joined
		// the two claims' mentions (dropped on the dev stories: never better, often worse)
		r.refs = append(r.refs, matchRef{basis, m.ArticleID, featuresWith(m.Quote, int(m.StartCp), marks, a.body, c.known), 1,
			daysIn(marks, int(m.StartCp), int(m.EndCp)), datedIn(marks, int(m.StartCp), int(m.EndCp))})
	}
	for _, ref := range r.refs {
		if a := c.articles[ref.article]; a != nil && !a.published.IsZero() {
			r.mentionDays = append(r.mentionDays, a.published)
		}
		r.claimDays = append(r.claimDays, ref.days...)
	}
	return r, nil
}

// dateConflicts says whether a sentence of article a whose dates stand for days is dated
// more than nearDays from every date of the claim (otherDays: "a delegation arrived" in
// March 2024 vs June 2025; "30 November" against "1 December" is near), and whether a was
// published months away from every article of the claim with no date of its own near the
// claim's (apart: news reports an event within days).
func (r claimRefs) dateConflicts(a *matchArticle, days []daySpan) (otherDays, apart bool) {
	nearClaim := near(days, r.claimDays)
	otherDays = len(days) > 0 && len(r.claimDays) > 0 && !nearClaim
	return otherDays, publishedApart(a.published, r.mentionDays) && !nearClaim
}
