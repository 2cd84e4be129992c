package app

import (
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// The suggested grade's reasons say each fact once. Compared pair by pair, one denial
// against three statements of a claim is three "one asserts what the other denies: "…"
// vs "…"" lines, each with two clipped quotes; the analyst reads the same thing three
// times and still has to work out who said what. Grouped, it is one line per stance
// with the outlets that take it ("3 mentions deny it: Riverside Radio, …"), and a
// figure conflict or a hedge that several pairs or mentions repeat is listed once.

// stanceGroups is the stance disagreement among the mentions of stance conflicts, one
// group per stance, the group with most mentions first ("3 mentions deny it: A, B, C").
// Empty when no pair conflicts by stance.
// A pair stands for every mention of its two reading groups (cc.groups), so every one of
// them is counted, not only the two the pair names.
func (snap *snapshot) stanceGroups(c *snapClaim, cc claimComparison, pairs []mentionPair) string {
	by := map[string][]*snapMention{}
	seen := map[*snapMention]bool{}
	doneGroup := map[int]bool{}
	for _, p := range pairs {
		if p.cmp.Kind != "stance" {
			continue
		}
		var ms []*snapMention
		for _, g := range []int{p.g, p.h} {
			if doneGroup[g] {
				continue
			}
			doneGroup[g] = true
			for _, i := range cc.groups[g].members {
				ms = append(ms, c.mentions[i])
			}
		}
		for _, m := range ms {
			if !seen[m] {
				seen[m] = true
				st := m.stance
				if st == "" {
					st = match.StanceAsserts
				}
				by[st] = append(by[st], m)
			}
		}
	}
	if len(by) == 0 {
		return ""
	}
	stances := make([]string, 0, len(by))
	for st := range by {
		stances = append(stances, st)
	}
	sort.Slice(stances, func(i, j int) bool {
		if len(by[stances[i]]) != len(by[stances[j]]) {
			return len(by[stances[i]]) > len(by[stances[j]])
		}
		return stances[i] < stances[j]
	})
	groups := make([]string, 0, len(stances))
	for _, st := range stances {
		ms := by[st]
		groups = append(groups, fmt.Sprintf("%s %s: %s", mentionsCount(len(ms)), stancePhrase(st, len(ms)), snap.outletList(ms)))
	}
	return "the mentions disagree: " + strings.Join(groups, "; ")
}

// valueGroups is a figure or date disagreement among several pairs of mentions, each
// value once with the outlets that give it, in the order first met ("the figures
// disagree: "about 6,000" (5,400–6,600 people): Meridian Press; "around 4,200" (…):
// Valley Courier"). Four tallies of one evacuation are six pairs at most; said pair by
// pair, each figure came up to three times, each time with the same advice. A pair
// stands for every mention of its two reading groups, so each group is named whole.
func (snap *snapshot) valueGroups(c *snapClaim, cc claimComparison, pairs []mentionPair) string {
	seen := map[int]bool{}
	var groups []string
	more := 0
	for _, p := range pairs {
		for _, side := range []struct {
			g int
			v reading.Value
		}{{p.g, p.va}, {p.h, p.vb}} {
			if seen[side.g] {
				continue
			}
			seen[side.g] = true
			if len(groups) == maxOutletsNamed {
				more++
				continue
			}
			ms := make([]*snapMention, 0, len(cc.groups[side.g].members))
			for _, i := range cc.groups[side.g].members {
				ms = append(ms, c.mentions[i])
			}
			groups = append(groups, fmt.Sprintf("%q (%s): %s", side.v.Raw, side.v.Text(), snap.outletList(ms)))
		}
	}
	if more > 0 {
		groups = append(groups, fmt.Sprintf("and %d more", more))
	}
	noun := "figures"
	if pairs[0].cmp.Kind == "date" {
		noun = "dates"
	}
	return fmt.Sprintf("the %s disagree: %s", noun, strings.Join(groups, "; "))
}

// maxOutletsNamed caps the outlets one reason names.
const maxOutletsNamed = 8

// outletList names where mentions come from, each outlet once with how many of the
// mentions it holds ("Riverside Radio (2), Lantern Wire"), in the order first met.
func (snap *snapshot) outletList(ms []*snapMention) string {
	var order []string
	n := map[string]int{}
	for _, m := range ms {
		name := snap.outletOf(m.articleID)
		if n[name] == 0 {
			order = append(order, name)
		}
		n[name]++
	}
	shown := order
	if len(shown) > maxOutletsNamed { // a claim over thousands of articles: not thousands of names
		shown = shown[:maxOutletsNamed]
	}
	out := make([]string, len(shown), len(shown)+1)
	for i, name := range shown {
		out[i] = name
		if n[name] > 1 {
			out[i] = fmt.Sprintf("%s (%d)", name, n[name])
		}
	}
	if more := len(order) - len(shown); more > 0 {
		out = append(out, fmt.Sprintf("and %d more", more))
	}
	return strings.Join(out, ", ")
}

// outletOf is the outlet an article came from, else its title (an article without a
// source is still told apart from the others), else "an article".
func (snap *snapshot) outletOf(articleID int64) string {
	a := snap.articles[articleID]
	switch {
	case a == nil:
		return "an article"
	case a.sourceName != "":
		return a.sourceName
	case a.title != "":
		return fmt.Sprintf("%q", clipLabel(a.title))
	}
	return "an article"
}

func mentionsCount(n int) string {
	if n == 1 {
		return "1 mention"
	}
	return fmt.Sprintf("%d mentions", n)
}

// stancePhrase is a stance as a verb phrase agreeing with n ("denies it" / "deny it"):
// the one wording of the grade's reasons and the contradictions' "and N more mentions ...".
func stancePhrase(stance string, n int) string {
	one := n == 1
	pick := func(single, many string) string {
		if one {
			return single
		}
		return many
	}
	switch stance {
	case match.StanceDenies:
		return pick("denies it", "deny it")
	case match.StanceDoubts:
		return pick("doubts it", "doubt it")
	case match.StanceUnconfirmed:
		return pick("reports it as unconfirmed", "report it as unconfirmed")
	}
	return pick("states it", "state it")
}

// countedOnce lists each distinct text once, in the order first met, with how many
// times it came up when more than once ("9 vs 12 people (3 pairs)").
func countedOnce(texts []string, unit string) []string {
	var order []string
	n := map[string]int{}
	for _, t := range texts {
		if n[t] == 0 {
			order = append(order, t)
		}
		n[t]++
	}
	out := make([]string, len(order))
	for i, t := range order {
		out[i] = t
		if n[t] > 1 {
			out[i] = fmt.Sprintf("%s (%d %s)", t, n[t], unit)
		}
	}
	return out
}

// capped keeps the first maxReasons items and says how many more there are.
func capped(items []string) []string {
	if len(items) <= maxReasons {
		return items
	}
	return append(items[:maxReasons:maxReasons], fmt.Sprintf("… and %d more", len(items)-maxReasons))
}

// hedgeGroups is one reason per hedge word with the outlets whose mentions use it
// ("hedged as "reportedly" by 2 mentions: A, B").
func (snap *snapshot) hedgeGroups(ms []*snapMention) []string {
	var order []string
	by := map[string][]*snapMention{}
	for _, m := range ms {
		h := m.value.Hedge
		if h == "" {
			h = m.hedge
		}
		if by[h] == nil {
			order = append(order, h)
		}
		by[h] = append(by[h], m)
	}
	out := make([]string, len(order))
	for i, h := range order {
		out[i] = fmt.Sprintf("hedged as %q by %s: %s", h, mentionsCount(len(by[h])), snap.outletList(by[h]))
	}
	return out
}
