package suggest

import "strings"

// outletNamed: the outlet the import read (Document.Outlet: "Valley Courier"
// from the line "Valley Courier, April 17, 2026" under the title, or a
// dateline's agency) is an organisation wherever the article names it, word
// for word; the suggester does not contradict the import, where the model
// may read a medium's name it never saw as a person's.
func (a *analysis) outletNamed() {
	want := a.outletTokens()
	var spans [][2]int
	for k := 0; k < len(a.toks); k++ {
		n := a.outletAt(k, want)
		if n == 0 {
			continue
		}
		spans = append(spans, [2]int{a.toks[k].start, a.toks[k+n-1].end})
		k += n - 1
	}
	a.setNames(spans, TypeOrganisation)
}

// outletTokens is Document.Outlet tokenised, or nil when it does not open
// with a capitalised word.
func (a *analysis) outletTokens() []token {
	want := tokenize([]rune(strings.TrimSpace(a.doc.Outlet)))
	if len(want) == 0 || want[0].kind != tWord || !want[0].cap {
		return nil
	}
	return want
}

// outletAt is how many tokens from k name the outlet, word for word on one
// line and capitalised as a name, or 0.
func (a *analysis) outletAt(k int, want []token) int {
	if len(want) == 0 || k+len(want) > len(a.toks) || !a.toks[k].cap {
		return 0
	}
	for j := range want {
		if !strings.EqualFold(a.toks[k+j].text, want[j].text) || a.toks[k+j].line != a.toks[k].line {
			return 0
		}
	}
	return len(want)
}

// dropOutletLine: the line under the title that gives only the outlet and
// the publication date ("Ostra Daily, October 15, 2026"), both of which the
// import read into the article, is metadata the article already holds, not
// a mention to decide (uxwalk5 finding 8): no suggestion is made on it. It
// is read among the lines before the story's first sentence, and only when
// its date is the day the import read (or it has none).
func (a *analysis) dropOutletLine() {
	want := a.outletTokens()
	for k := 0; k < len(a.toks); k++ {
		if k > 0 && a.toks[k-1].line == a.toks[k].line {
			continue
		}
		end := k // the line is tokens [k, end)
		for end < len(a.toks) && a.toks[end].line == a.toks[k].line {
			end++
		}
		if a.toks[end-1].text == "." {
			return // the story has begun
		}
		if n := a.outletAt(k, want); n > 0 && a.restIsThePublicationDate(k+n, end) {
			lo, hi := a.toks[k].start, a.toks[end-1].end
			kept := a.cands[:0]
			for _, c := range a.cands {
				if c.end <= lo || c.start >= hi {
					kept = append(kept, c)
				}
			}
			a.cands = kept
			return
		}
		k = end - 1
	}
}

// restIsThePublicationDate: tokens [k, end) are separators and at most one
// date whose reading is the publication day.
func (a *analysis) restIsThePublicationDate(k, end int) bool {
	day := a.doc.PublishedAt[:min(10, len(a.doc.PublishedAt))]
	for k < end {
		if a.toks[k].kind == tPunct {
			k++
			continue
		}
		d := a.dateAt(a.toks[k].start)
		if d == nil || day == "" || d.norm != day {
			return false
		}
		for k < end && a.toks[k].start < d.end {
			k++
		}
	}
	return true
}

// dateAt is the date candidate starting at rune offset off, or nil.
func (a *analysis) dateAt(off int) *candidate {
	for i := range a.cands {
		if a.cands[i].typ == TypeDate && a.cands[i].start == off {
			return &a.cands[i]
		}
	}
	return nil
}
