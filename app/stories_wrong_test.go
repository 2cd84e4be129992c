package app

import (
	"fmt"
	"os"
	"testing"

	"claimdesk/app/stories"
)

// evalProposal is one proposal the analyst accepted, for the claim it was made for.
type evalProposal struct {
	claimID int64
	c       MatchCandidate
}

// evalRecordProposals records, under STORIES_DETAILS on a dev story only (never a closed
// one), every proposal the analyst accepts; nil otherwise.
func evalRecordProposals(t *testing.T, st stories.Story) *[]evalProposal {
	if st.Split != stories.Dev || os.Getenv("STORIES_DETAILS") == "" {
		return nil
	}
	var got []evalProposal
	evalOnProposal = func(claimID int64, c MatchCandidate) { got = append(got, evalProposal{claimID, c}) }
	t.Cleanup(func() { evalOnProposal = nil })
	return &got
}

// evalWrongProposals lists the accepted proposals whose text is another gold claim's
// mention (or none), with the claim they were proposed for, the score and the
// explanation: what the wrong pairs come from, one line per wrong sentence.
func evalWrongProposals(st stories.Story, claimOf map[string]int64, ps *[]evalProposal, itemOf func(MatchCandidate) string) []string {
	if ps == nil {
		return nil
	}
	goldOf := map[int64]string{}
	for g, id := range claimOf {
		goldOf[id] = g
	}
	var out []string
	for _, p := range *ps {
		claim := goldOf[p.claimID]
		it := itemOf(p.c)
		mark := "wrong"
		if m, ok := st.Mention(it); ok && m.Claim == claim {
			if os.Getenv("STORIES_DETAILS") != "all" {
				continue // STORIES_DETAILS=all lists the right ones too
			}
			mark = "right"
		}
		first := ""
		for _, m := range st.Mentions {
			if m.Claim == claim {
				first = m.Quote
				break
			}
		}
		out = append(out, fmt.Sprintf("%s proposal for %s %q\n        item %s %q\n        %.3f %s", mark, claim, first, it, p.c.Quote, p.c.Score, p.c.Explanation))
	}
	return out
}
