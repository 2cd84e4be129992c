package suggest

import (
	"sort"
	"strings"
)

// mergeTagged combines the tagger's spans with the rules' name candidates.
// The rules say what they are sure of (the analyst's known names, names
// with a head word or a title before them, aliases of names already found):
// there the tagger only adds what overlaps nothing. Where the rules only
// guessed (a capitalised phrase, an acronym, a gazetteer place) the more
// confident reading wins: the tagger's confidence is calibrated, the rules'
// is a fixed guess per rule. Like the rules, the tagger does not tag
// nationality adjectives ("Russian", "North Koreans") or bare titles.
func (a *analysis) mergeTagged() {
	if len(a.tagged) == 0 {
		return
	}
	tagged := a.tagged[:0]
	for _, t := range a.tagged {
		if !notAName(string(a.runes[t.start:t.end])) {
			tagged = append(tagged, t)
		}
	}
	a.tagged = tagged
	isName := func(t string) bool { return t == TypePerson || t == TypeOrganisation || t == TypePlace }
	a.alone = map[[2]int]bool{}
	dropTagged := make([]bool, len(a.tagged))
	// a tagger span that runs into a name the rules are sure of is in
	// doubt: it does not outrank a listed place inside it
	// (prefix counts of code points under a sure name: linear in the text,
	// where a loop over pairs was quadratic in the number of names)
	sure := make([]int32, len(a.runes)+1)
	for _, c := range a.cands {
		if isName(c.typ) && strongRule(c) {
			for k := c.start; k < c.end; k++ {
				sure[k+1] = 1
			}
		}
	}
	for k := 1; k < len(sure); k++ {
		sure[k] += sure[k-1]
	}
	doubtful := make([]bool, len(a.tagged))
	for ti, t := range a.tagged {
		doubtful[ti] = sure[t.end] > sure[t.start]
	}
	// the tagger's spans by start, to visit only those that can overlap a
	// candidate (a page of thousands of names made the pairwise loop slow)
	byStart := make([]int, len(a.tagged))
	longest := 0
	for ti, t := range a.tagged {
		byStart[ti] = ti
		longest = max(longest, t.end-t.start)
	}
	sort.SliceStable(byStart, func(i, j int) bool { return a.tagged[byStart[i]].start < a.tagged[byStart[j]].start })
	family := a.taggedFamilyNames()
	kept := a.cands[:0:0]
	for _, c := range a.cands {
		if !isName(c.typ) {
			kept = append(kept, c)
			continue
		}
		keep := !(weakRule(c) && a.taggerSaysNo(c))
		alone := true // no tagger span overlaps it
		first := sort.Search(len(byStart), func(i int) bool { return a.tagged[byStart[i]].start > c.start-longest })
		for _, ti := range byStart[first:] {
			t := a.tagged[ti]
			if t.start >= c.end {
				break
			}
			if t.end <= c.start {
				continue
			}
			alone = false
			if c.rule == RuleGazetteer && t.typ == TypePerson && t.start == c.start && t.end == c.end && family[c.name] {
				keep = false // a person's family name, not the listed place
			} else if c.rule == RuleGazetteer && t.typ == TypeOrganisation && c.typ == TypePlace && t.start == c.start && t.end == c.end && a.scoredTown(c) {
				keep = false // the club named after its town
			} else if strongRule(c) || (t.typ == c.typ && t.start == c.start && t.end == c.end) || (c.conf > t.conf+taggerMargin && (doubtful[ti] || !partOfLongerName(c, t))) {
				dropTagged[ti] = true
			} else {
				keep = false
			}
		}
		if keep {
			if alone {
				a.alone[[2]int{c.start, c.end}] = true
			}
			kept = append(kept, c)
		}
	}
	for ti, t := range a.tagged {
		if !dropTagged[ti] {
			kept = append(kept, t)
		}
	}
	kept = oneRulePerName(kept)
	// The rules' names carry their calibrated confidence too, so that
	// "accept all above 0.9" means the same whichever rule found a name.
	for i := range kept {
		if c := &kept[i]; isName(c.typ) && c.rule != RuleTagger {
			c.conf = a.ruleConf.calibrated(calibKey(c.rule, a.alone[[2]int{c.start, c.end}]), c.conf)
		}
	}
	a.cands = kept
}

// oneRulePerName keeps one of the rules' names found more than once at the
// same place with the same type (a title cue's person, then the alias rule
// finding that name again where the title cue introduced it): the one whose
// rule stated the higher confidence, the first found on a tie. This is the
// rule that made the suggestion, the one the rules' table measured it under
// (rule_confidence.go fits the table on the stated confidences), so it is
// settled before the table applies: else a refit table that rates the alias
// rule higher would rename the title cue's person (TestRejectedAndKnown).
func oneRulePerName(cs []candidate) []candidate {
	at := make(map[[2]int]int, len(cs)) // [start, end) -> index in out
	out := cs[:0]
	for _, c := range cs {
		if c.rule == RuleTagger || (c.typ != TypePerson && c.typ != TypeOrganisation && c.typ != TypePlace) {
			out = append(out, c)
			continue
		}
		if i, ok := at[[2]int{c.start, c.end}]; ok && out[i].typ == c.typ {
			if c.conf > out[i].conf {
				out[i] = c
			}
			continue
		}
		at[[2]int{c.start, c.end}] = len(out)
		out = append(out, c)
	}
	return out
}

// taggedFamilyNames: the last words of the people the tagger named in full
// in this document ("Jordan" of "Fiona Jordan"); consistent() has typed
// their lone mentions as those people.
func (a *analysis) taggedFamilyNames() map[string]bool {
	family := map[string]bool{}
	for _, t := range a.tagged {
		if t.typ != TypePerson {
			continue
		}
		if i := strings.LastIndexByte(t.name, ' '); i > 0 {
			family[t.name[i+1:]] = true
		}
	}
	return family
}

// calibKey is the rules' confidence table's key: a rule's names that the
// tagger did not see at all ("World Cup" as a capitalised phrase) are right
// less often than those it also found, so they are calibrated apart.
func calibKey(rule string, alone bool) string {
	if alone {
		return rule + "/alone"
	}
	return rule
}

// partOfLongerName: the rule matched a listed place inside a longer name the
// tagger read as one ("France" in "Air France", "Madrid" in "Real Madrid"):
// the longer reading wins, as it does for a reader.
func partOfLongerName(c, t candidate) bool {
	return c.rule == RuleGazetteer && t.start <= c.start && t.end >= c.end && t.end-t.start > c.end-c.start
}

// strongRule: a rule candidate the tagger does not overrule.
func strongRule(c candidate) bool {
	switch c.rule {
	case RuleKnown, RuleHeadWord, RuleTitleCue, RuleAlias:
		return true
	}
	return false
}

// weakRule: a rule candidate that is only a guess from capitals.
func weakRule(c candidate) bool { return c.rule == RuleCapitalised || c.rule == RuleAcronym }

// taggerSaysNo: the tagger is sure there is no name where c is.
func (a *analysis) taggerSaysNo(c candidate) bool {
	var sum float32
	n := 0
	for k := a.tokenAt(c.start); k < len(a.toks) && a.toks[k].start < c.end; k++ {
		sum += a.outside[k]
		n++
	}
	return n > 0 && sum/float32(n) >= noNameMargin
}

// noNameMargin: the mean "no name" margin above which a guess from capitals
// is dropped (tuned on the development split).
var noNameMargin float32 = 20

// notAName: a span of nationality adjectives, titles or sentence words.
func notAName(s string) bool {
	words := strings.Fields(s)
	last := strings.TrimSuffix(words[len(words)-1], "s")
	if demonyms[last] || demonyms[words[len(words)-1]] {
		return true
	}
	for _, w := range words {
		if !(titleWords[w] || titleModifiers[w] || stopCaps[w] || compassWords[w]) {
			return false
		}
	}
	return true
}

// taggerMargin: how much more confident a weak rule must be to beat the tagger.
var taggerMargin = 0.0
