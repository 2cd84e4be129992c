package app

import (
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/stories"
)

// evalWhyMissed says, for each gold mention the analyst's claim for its gold claim did not
// take in (STORIES_DETAILS=1, dev stories only), why the matcher missed it: the sentence
// is held by another claim (it was proposed there, or marked there), it scores under the
// threshold (with its score), or it is never a candidate (and
// which gate put it out: evalNeverCandidate). It reads proposals at a low bar after the protocol has run and changes
// nothing; the counts go in docs/verification-eval.md's classification of errors.
func evalWhyMissed(svc *Services, st stories.Story, claimOf map[string]int64, articleID map[string]int64, toBody func(stories.Mention) (int, int), inClaim map[string]string) (counts map[string]int, lines []string) {
	counts = map[string]int{}
	all, err := svc.Matching.ProposeAll(0.01)
	if err != nil {
		return counts, []string{"why missed: " + err.Error()}
	}
	byClaim := map[int64][]MatchCandidate{}
	for _, p := range all {
		byClaim[p.ClaimID] = p.Candidates
	}
	for _, c := range st.Claims {
		first, _ := st.FirstMention(c.ID)
		for _, m := range st.Mentions {
			if m.Claim != c.ID || m.ID == first.ID || inClaim[m.ID] == c.ID {
				continue
			}
			why := "never a candidate"
			if other := inClaim[m.ID]; other != "" {
				why = "held by another claim (" + other + ")"
			} else {
				s, e := toBody(m)
				best, explained := -1.0, ""
				for _, cand := range byClaim[claimOf[c.ID]] {
					if cand.ArticleID == articleID[m.Article] && int(cand.Start) < e && s < int(cand.End) && cand.Score > best {
						best, explained = cand.Score, cand.Explanation
					}
				}
				switch {
				case best < 0:
					why = "never a candidate: " + evalNeverCandidate(svc, claimOf[c.ID], articleID[m.Article], s, e) + evalGoldRelation(st, first, m)
					if st.Split == stories.Dev { // the sentences, to read the cause (never a closed story's)
						lines = append(lines, fmt.Sprintf("never-candidate text %s: %q ~ %q", m.ID, first.Quote, m.Quote))
					}
				case best >= DefaultMatchThreshold:
					why = "scores over the threshold now, not when proposed"
				case best > 0:
					why = fmt.Sprintf("under the threshold (%.2f)", best)
					if st.Split == stories.Dev { // the sentences, to read the cause (never a closed story's)
						why += fmt.Sprintf(" %q ~ %q: %s", first.Quote, m.Quote, explained)
					}
				}
			}
			key := why
			if len(key) > 14 && key[:14] == "under the thre" {
				key = "under the threshold"
			}
			if strings.HasPrefix(key, "never a candidate") {
				counts["never a candidate"]++
			}
			if len(key) > 10 && key[:10] == "held by an" {
				key = "held by another claim"
			}
			counts[key]++
			lines = append(lines, fmt.Sprintf("why missed %s in %s: %s", m.ID, c.ID, why))
		}
	}
	sort.Strings(lines)
	return counts, lines
}

// evalGoldRelation says how the gold has a missed mention stand to its claim's first one:
// it denies or doubts it (another stance), it gives a value in a gold contradiction, or it
// says the same thing (a paraphrase): which reading would have had to find it.
func evalGoldRelation(st stories.Story, first, m stories.Mention) string {
	if m.Stance != first.Stance {
		return " [another stance]"
	}
	for _, c := range st.Contradictions {
		if c.A == m.ID || c.B == m.ID {
			return " [in a contradiction]"
		}
	}
	return " [same statement]"
}
