package app

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ecbDetails says whether ECBPLUS_DETAILS=1 asks for the wrong joins (dev and choose
// topics only: never sealed).
func ecbDetails() bool {
	return os.Getenv("ECBPLUS_DETAILS") != "" && os.Getenv("ECBPLUS_TOPICS") != "sealed"
}

// ecbRecordWhy records, under ECBPLUS_DETAILS, each accepted proposal's score and
// explanation by (claim, article, start); nil otherwise.
func ecbRecordWhy(t *testing.T) map[[3]int64]string {
	if !ecbDetails() {
		return nil
	}
	why := map[[3]int64]string{}
	evalOnProposal = func(claimID int64, c MatchCandidate) {
		why[[3]int64{claimID, c.ArticleID, c.Start}] = fmt.Sprintf("%.3f %s", c.Score, c.Explanation)
	}
	t.Cleanup(func() { evalOnProposal = nil })
	return why
}

// ecbLogWrongJoins lists, under ECBPLUS_DETAILS, the claim's accepted indexed sentences
// that are not its own: the claim's marked sentence, then each wrong sentence, marked
// "ACROSS" when it is of the other sub-topic (two events of one kind), with the score and
// explanation it was proposed with. The sentences go to the test log, never to a file.
func ecbLogWrongJoins(t *testing.T, tp ecbTopic, claim string, claimID int64, ms []Mention, fileOf map[int64]string, bodyStart map[string]int, why map[[3]int64]string) {
	if why == nil {
		return
	}
	first, _ := tp.FirstMention(claim)
	side := tp.plusOf(first.ID)
	for _, m := range ms {
		file := fileOf[m.ArticleID]
		s := tp.sentenceAt(file, int(m.Start)+bodyStart[file], int(m.End)+bodyStart[file])
		if s == nil || !s.indexed || strings.HasPrefix(s.mention, claim+":") && os.Getenv("ECBPLUS_DETAILS") != "all" {
			continue // ECBPLUS_DETAILS=all lists the right ones too ("right ")
		}
		it := s.mention
		if it == "" {
			it = "other " + s.doc + "/" + strconv.Itoa(s.n)
		}
		mark := "wrong "
		if strings.HasPrefix(it, claim+":") {
			mark = "right "
		} else if tp.plusOf(it) != side {
			mark = "ACROSS"
		}
		t.Logf("ECBWRONG topic %d %s %s\n    claim %s: %s\n    item  %s: %s\n    why   %s", tp.number, claim, mark, first.ID, first.Quote, it, m.Quote, why[[3]int64{claimID, m.ArticleID, m.Start}])
	}
}
