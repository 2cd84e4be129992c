package app

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestECBPlusEval scores the matcher on the ECB+ corpus under the analyst protocol of
// TestStoriesEval (mark each claim's first gold mention, then accept every proposal of
// each claim), one workspace per topic (ecbLoadTopic says how a topic becomes a story).
// The corpus is not in the repository; the test is skipped unless it is given:
//
//	ECBPLUS=/work/cache/ecbplus ECBPLUS_TOPICS=dev CGO_ENABLED=0 go test -count=1 ./app -run TestECBPlusEval -v
//
// ECBPLUS_TOPICS is dev (topics 1-22), choose (23-35) or sealed (36-45: scored once with
// the matcher before a change and once at the end, nothing else). It prints, per topic and
// for the split, pairwise P/R/F1 over the indexed sentences, the pairs joined across the
// topic's two sub-topics (two different events of one kind: the hard negatives), and why
// each missed gold mention was missed (evalWhyMissed's causes).
func TestECBPlusEval(t *testing.T) {
	root, topics := ecbSetup(t)
	var tot ecbScore
	for _, n := range topics {
		tp := ecbLoadTopic(t, root, n)
		sc := ecbScoreTopic(t, tp)
		t.Logf("ECBPLUS topic %-3d %s", n, sc)
		tot.add(sc)
	}
	t.Logf("ECBPLUS %s (%d topics) %s", os.Getenv("ECBPLUS_TOPICS"), len(topics), tot)
	t.Logf("ECBPLUS %s missed gold mentions by cause: %v", os.Getenv("ECBPLUS_TOPICS"), tot.causes)
	t.Logf("ECBPLUS %s %s", os.Getenv("ECBPLUS_TOPICS"), tot.weaker)
}

// ecbSetup reads the switches, or skips the test.
func ecbSetup(t *testing.T) (root string, topics []int) {
	root = os.Getenv("ECBPLUS")
	if root == "" {
		t.Skip("set ECBPLUS=<folder of the ECB+ corpus> and ECBPLUS_TOPICS=dev|choose|sealed (docs/verification-eval.md, ECB+)")
	}
	topics, err := ecbTopics(os.Getenv("ECBPLUS_TOPICS"))
	if err != nil {
		t.Fatal(err)
	}
	return root, topics
}

// ecbScore is one topic's (or split's) figures.
type ecbScore struct {
	topics, claims, mentions, events, shared int
	capped                                   int // claims whose proposals reached maxMatchCandidates
	pairs                                    evalCounts
	crossJoined                              int // joined pairs across the two sub-topics
	outside                                  int // accepted mentions outside the indexed sentences (not scored)
	found                                    int // gold mentions other than the marked ones that ended in their claim
	causes                                   map[string]int
	weaker                                   evalWeakerCounts
}

func (s *ecbScore) add(o ecbScore) {
	s.topics += o.topics
	s.claims += o.claims
	s.capped += o.capped
	s.mentions += o.mentions
	s.events += o.events
	s.shared += o.shared
	s.pairs.add(o.pairs)
	s.crossJoined += o.crossJoined
	s.outside += o.outside
	s.found += o.found
	s.weaker.add(o.weaker)
	for k, n := range o.causes {
		if s.causes == nil {
			s.causes = map[string]int{}
		}
		s.causes[k] += n
	}
}

func (s ecbScore) String() string {
	return fmt.Sprintf("claims %d (of %d events in two articles or more; %d shared sentences) gold mentions %d, of the unmarked found %d of %d (%.3f) | pairs P=%.3f R=%.3f F1=%.3f (%d right of %d joined, %d gold) | joined across sub-topics %d | accepted outside the index %d | claims with %d proposals (the cap) %d",
		s.claims, s.events, s.shared, s.mentions, s.found, s.mentions-s.claims, evalShare(s.found, s.mentions-s.claims), s.pairs.P(), s.pairs.R(), s.pairs.F1(), s.pairs.TP, s.pairs.Pred, s.pairs.Gold, s.crossJoined, s.outside, maxMatchCandidates, s.capped)
}

// ecbScoreTopic imports the topic, runs the protocol and scores it.
func ecbScoreTopic(t *testing.T, tp ecbTopic) ecbScore {
	t.Helper()
	st := tp.Story
	svc, articleID, toBody := evalImport(t, st)
	claimOf := evalMarkFirst(t, svc, st, articleID, toBody)
	capped := 0 // claims whose proposals reached maxMatchCandidates
	why := ecbRecordWhy(t)
	for _, c := range st.Claims {
		n, err := analystAcceptsAll(svc, claimOf[c.ID])
		if err != nil {
			t.Fatalf("%s: accepting the proposals of %s: %v", st.Name, c.ID, err)
		}
		if n >= maxMatchCandidates {
			capped++
		}
	}
	fileOf := map[int64]string{}
	for f, id := range articleID {
		fileOf[id] = f
	}
	// body offsets back to file offsets (evalImport found each body in its file the same way)
	bodyStart := map[string]int{}
	for file, id := range articleID {
		a, err := svc.Articles.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		bodyStart[file] = utf8.RuneCountInString(st.Texts[file][:strings.Index(st.Texts[file], a.Body)])
		if bodyStart[file] != tp.headers[file] { // TestECBPlusFit counts on it
			t.Fatalf("%s: the stored body starts at %d, not after the title line (%d)", file, bodyStart[file], tp.headers[file])
		}
	}
	sc := ecbScore{topics: 1, capped: capped, claims: len(st.Claims), mentions: len(st.Mentions), events: tp.events, shared: tp.shared}
	joined := map[evalPair]bool{}
	claimItems := map[string][]string{} // claim -> the items its app claim holds
	inClaim := map[string]string{}      // gold mention → the claim holding it (its own when it is there)
	for _, c := range st.Claims {
		d, err := svc.Claims.Get(claimOf[c.ID])
		if err != nil {
			t.Fatalf("%s: claim %s: %v", st.Name, c.ID, err)
		}
		var items []string
		for _, m := range d.Mentions {
			if m.State != "accepted" {
				continue
			}
			file := fileOf[m.ArticleID]
			s := tp.sentenceAt(file, int(m.Start)+bodyStart[file], int(m.End)+bodyStart[file])
			if s == nil || !s.indexed {
				sc.outside++
				continue
			}
			it := s.mention
			if it == "" {
				it = "other " + s.doc + "/" + strconv.Itoa(s.n)
			} else if inClaim[it] == "" || strings.HasPrefix(it, c.ID+":") {
				inClaim[it] = c.ID
			}
			if !evalContains(items, it) {
				items = append(items, it)
			}
		}
		evalJoin(joined, items)
		claimItems[c.ID] = items
		ecbLogWrongJoins(t, tp, c.ID, claimOf[c.ID], d.Mentions, fileOf, bodyStart, why)
	}
	sc.pairs = evalTally(joined, evalGoldPairs(st))
	for p := range joined {
		if tp.plusOf(p[0]) != tp.plusOf(p[1]) {
			sc.crossJoined++
		}
	}
	for _, m := range st.Mentions {
		if first, _ := st.FirstMention(m.Claim); m.ID != first.ID && inClaim[m.ID] == m.Claim {
			sc.found++
		}
	}
	sc.causes, _ = evalWhyMissed(svc, st, claimOf, articleID, toBody, inClaim)
	// the weaker matches, read as the stories' are; a sentence outside the index is not scored
	var err error
	sc.weaker, _, err = evalWeaker(svc, st, claimOf, claimItems, func(articleID, start, end int64) string {
		file := fileOf[articleID]
		switch s := tp.sentenceAt(file, int(start)+bodyStart[file], int(end)+bodyStart[file]); {
		case s == nil || !s.indexed:
			return ""
		case s.mention == "":
			return "other " + s.doc + "/" + strconv.Itoa(s.n) // indexed, of no claim: wrong
		default:
			return s.mention
		}
	})
	if err != nil {
		t.Fatalf("%s: %v", st.Name, err)
	}
	return sc
}
