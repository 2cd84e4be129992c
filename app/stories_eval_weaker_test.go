package app

import (
	"fmt"

	"claimdesk/app/stories"
)

// evalWeakerCounts measures the weaker matches (MatchService.Proposals) as an analyst who
// reads them would use them: after the all-accept protocol, each claim's first 10 and
// first 20 weaker matches are read (nothing is decided), and counted are the gold
// mentions of the claim the protocol missed that the list holds (found), and the
// sentences in it that are no mention of the claim (wrong: the reading cost).
type evalWeakerCounts struct {
	Missed             int // gold mentions of a claim not in its app claim (its first, marked, aside)
	Found10, Found20   int
	Wrong10, Wrong20   int
	Listed10, Listed20 int // sentences read, scored or not
	// sentences read that are not scored (ECB+'s outside its index): neither right nor wrong
	Unscored10, Unscored20 int
}

func (w *evalWeakerCounts) add(o evalWeakerCounts) {
	w.Missed += o.Missed
	w.Found10 += o.Found10
	w.Found20 += o.Found20
	w.Wrong10 += o.Wrong10
	w.Wrong20 += o.Wrong20
	w.Listed10 += o.Listed10
	w.Listed20 += o.Listed20
	w.Unscored10 += o.Unscored10
	w.Unscored20 += o.Unscored20
}

func (w evalWeakerCounts) String() string {
	return fmt.Sprintf("weaker matches: of %d gold mentions the protocol missed, the top 10 of each claim hold %d (%.3f; %d wrong of %d read, %d not scored), the top 20 %d (%.3f; %d wrong of %d read, %d not scored)",
		w.Missed, w.Found10, evalShare(w.Found10, w.Missed), w.Wrong10, w.Listed10, w.Unscored10, w.Found20, evalShare(w.Found20, w.Missed), w.Wrong20, w.Listed20, w.Unscored20)
}

// evalWeaker reads each claim's weaker matches once the protocol has run. claimItems are
// the items (gold mention ids, or "span N") each gold claim's app claim holds; item names
// a sentence of an article as the scorer does ("" for one that is not scored: neither
// right nor wrong, as ECB+'s sentences outside its index).
func evalWeaker(svc *Services, st stories.Story, claimOf map[string]int64, claimItems map[string][]string, item func(articleID, start, end int64) string) (evalWeakerCounts, []string, error) {
	var w evalWeakerCounts
	var lines []string
	for _, c := range st.Claims {
		first, _ := st.FirstMention(c.ID)
		missed := map[string]bool{}
		for _, m := range st.Mentions {
			if m.Claim == c.ID && m.ID != first.ID && !evalContains(claimItems[c.ID], m.ID) {
				missed[m.ID] = true
			}
		}
		w.Missed += len(missed)
		p, err := svc.Matching.Proposals(claimOf[c.ID], 20)
		if err != nil {
			return w, lines, fmt.Errorf("weaker matches of %s: %w", c.ID, err)
		}
		found := map[string]bool{}
		for i, cand := range p.Weaker {
			top10 := i < 10
			count := func(top10Count, top20Count *int) {
				if top10 {
					*top10Count++
				}
				*top20Count++
			}
			count(&w.Listed10, &w.Listed20)
			it := item(cand.ArticleID, cand.Start, cand.End)
			if it == "" {
				count(&w.Unscored10, &w.Unscored20)
				continue
			}
			g, gold := st.Mention(it)
			right := gold && g.Claim == c.ID
			if right && missed[it] && !found[it] {
				found[it] = true
				count(&w.Found10, &w.Found20)
				lines = append(lines, fmt.Sprintf("weaker match of %s found %s at rank %d (%.2f)", c.ID, it, i+1, cand.Score))
			}
			if !right {
				count(&w.Wrong10, &w.Wrong20)
			}
		}
	}
	return w, lines, nil
}
