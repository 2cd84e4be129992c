package suggest

import "strings"

// outletNamed: the outlet the import read (Document.Outlet: "Valley Courier"
// from the line "Valley Courier, April 17, 2026" under the title, or a
// dateline's agency) is an organisation wherever the article names it, word
// for word; the suggester does not contradict the import, where the model
// may read a medium's name it never saw as a person's.
func (a *analysis) outletNamed() {
	want := tokenize([]rune(strings.TrimSpace(a.doc.Outlet)))
	if len(want) == 0 || want[0].kind != tWord || !want[0].cap {
		return
	}
	var spans [][2]int
	for k := 0; k+len(want) <= len(a.toks); k++ {
		j := 0
		for j < len(want) && strings.EqualFold(a.toks[k+j].text, want[j].text) && a.toks[k+j].line == a.toks[k].line {
			j++
		}
		if j < len(want) || !a.toks[k].cap {
			continue
		}
		spans = append(spans, [2]int{a.toks[k].start, a.toks[k+j-1].end})
		k += j - 1
	}
	a.setNames(spans, TypeOrganisation)
}
