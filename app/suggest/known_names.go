package suggest

import "sort"

// KnownNames is the analyst's known entities prepared for matching: their names and
// aliases as patterns, and the Aho-Corasick automaton over them. Building the automaton
// of 100,000 entities' names took most of a run on a large workspace (0.9 s of 1.2 s per
// article), so the app builds it once with the known names it caches and hands it to
// every document while those names are unchanged. Safe for concurrent use: nothing
// changes it after NewKnownNames.
//
// A document's own names (found by cues, surnames, acronyms) go into a small automaton of
// their own, built per document; findNames merges the two automata's hits into exactly
// the hits, in exactly the order, one automaton over all the patterns gave.
type KnownNames struct {
	list []KnownEntity
	// the patterns, one per folded form (foldRune): groups[i] are the names as written
	// that fold to the automaton's pattern i, in the order they were added
	groups [][]string
	has    map[string]bool // every name as written
	m      *acMatcher
}

// NewKnownNames prepares known entities for matching (see KnownNames).
func NewKnownNames(list []KnownEntity) *KnownNames {
	k := &KnownNames{list: list, has: map[string]bool{}}
	byFold := map[string]int{}
	var folded []string
	add := func(p string) {
		if p == "" || k.has[p] {
			return
		}
		k.has[p] = true
		f := foldString(p)
		i, ok := byFold[f]
		if !ok {
			i = len(folded)
			byFold[f] = i
			folded = append(folded, f)
			k.groups = append(k.groups, nil)
		}
		k.groups[i] = append(k.groups[i], p)
	}
	for _, e := range list {
		if e.Type == "" || e.Name == "" {
			continue
		}
		add(clean(e.Name))
		for _, al := range e.Aliases {
			add(clean(al))
		}
	}
	k.m = newACMatcher(folded)
	return k
}

func foldString(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = foldRune(r)
	}
	return string(rs)
}

// findNames finds every registered pattern in text: the hits (pat: the pattern's index in
// r.pats) one automaton over r.pats reports, in its order — by end, longer first at one
// end — from the known names' kept automaton and one built for the document's other
// patterns. The known automaton may hold names this document did not register (a known
// name whose key the document gave another type): their hits are dropped. Two names that
// fold alike ("O'Hara", "O’Hara") meet at one node of one automaton, which reports the
// one registered first; so does the merge.
func (r *registry) findNames(text []rune, known *KnownNames) []acHit {
	var hits []acHit
	for _, h := range known.m.findAll(text, nil) {
		best := -1
		for _, p := range known.groups[h.pat] {
			if i, ok := r.seenPat[p]; ok && (best < 0 || i < best) {
				best = i
			}
		}
		if best >= 0 {
			hits = append(hits, acHit{h.start, h.end, best})
		}
	}
	var own []string
	var ownIndex []int
	for i, p := range r.pats {
		if !known.has[p] {
			own, ownIndex = append(own, p), append(ownIndex, i)
		}
	}
	if len(own) > 0 {
		for _, h := range newACMatcher(own).findAll(text, nil) {
			hits = append(hits, acHit{h.start, h.end, ownIndex[h.pat]})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].end != hits[j].end {
			return hits[i].end < hits[j].end
		}
		return hits[i].start < hits[j].start
	})
	out := hits[:0]
	for _, h := range hits {
		if n := len(out); n > 0 && out[n-1].start == h.start && out[n-1].end == h.end {
			out[n-1].pat = min(out[n-1].pat, h.pat)
			continue
		}
		out = append(out, h)
	}
	return out
}
