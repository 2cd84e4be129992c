package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNameListsMatchLongestName: the lists mark the longest listed name at a
// capitalised word, first/inside/last or single, and a list the lists do not
// hold leaves the token unmarked.
func TestNameListsMatchLongestName(t *testing.T) {
	text := "Shares in General Motors rose in Visakhapatnam and in Sao Paulo, said Zqxw Brimble.\n"
	toks := tagTokens([]rune(text))
	lower := make([]string, len(toks))
	for i, tk := range toks {
		lower[i] = strings.ToLower(tk.text)
	}
	tags := nameListTags(toks, lower)
	got := map[string]string{}
	for k, list := range tags {
		if list == nil {
			t.Fatalf("list %s not read", nameListNames[k])
		}
		for i, b := range list {
			if b != 0 {
				got[toks[i].text] += nameListNames[k] + ":" + string(b) + " "
			}
		}
	}
	want := map[string]string{
		"General": "organisations:B ", "Motors": "organisations:E ",
		"Visakhapatnam": "places:S ", "Sao": "places:B ", "Paulo": "places:E ",
	}
	for w, tag := range want {
		if got[w] != tag {
			t.Errorf("%s: got %q, want %q", w, got[w], tag)
		}
	}
	for _, w := range []string{"Shares", "Zqxw", "Brimble", "rose"} {
		if got[w] != "" {
			t.Errorf("%s marked %q", w, got[w])
		}
	}
}

// TestNameListCoverage prints, for each list, how its matches on the
// CoNLL-2003 development split line up with the gold names (exactly one of
// a type, inside or overlapping one, none): how much of a list's evidence a
// model can trust (docs/suggestions.md, v9). Needs CLAIMDESK_CONLL.
func TestNameListCoverage(t *testing.T) {
	dir := os.Getenv("CLAIMDESK_CONLL")
	if dir == "" {
		t.Skip("set CLAIMDESK_CONLL to the folder with eng.testa (docs/suggestions.md)")
	}
	docs := readCoNLLFile(t, filepath.Join(dir, "eng.testa"))
	type tally struct{ matches, exact, overlap, none int }
	var res [nameListCount]map[string]*tally
	for k := range res {
		res[k] = map[string]*tally{}
	}
	for _, d := range docs {
		toks := tagTokens([]rune(d.Text))
		lower := make([]string, len(toks))
		for i, tk := range toks {
			lower[i] = strings.ToLower(tk.text)
		}
		for k, list := range usedNameLists() {
			if list == nil {
				continue
			}
			list.longestMatches(toks, lower, func(i, n int) {
				start, end := toks[i].start, toks[i+n-1].end
				typ, how := "none", "none"
				for _, g := range d.Spans {
					if g.Start == start && g.End == end {
						typ, how = g.Type, "exact"
						break
					}
					if g.Start < end && start < g.End {
						typ, how = g.Type, "overlap"
					}
				}
				tl := res[k][typ]
				if tl == nil {
					tl = &tally{}
					res[k][typ] = tl
				}
				tl.matches++
				switch how {
				case "exact":
					tl.exact++
				case "overlap":
					tl.overlap++
				default:
					tl.none++
				}
			})
		}
	}
	for k, byType := range res {
		for _, typ := range []string{TypePerson, TypeOrganisation, TypePlace, "none"} {
			if tl := byType[typ]; tl != nil {
				fmt.Printf("%-14s %-13s matches %5d  exact %5d  overlapping %5d\n", nameListNames[k], typ, tl.matches, tl.exact, tl.overlap)
			}
		}
	}
}
