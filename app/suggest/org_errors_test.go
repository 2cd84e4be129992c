package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// errorKind names how gold span g was read by the other side's spans
// (or, called with a predicted span and the gold spans, how a prediction
// was wrong): "right", the same bounds read as another type ("type:X"),
// a span of g's type with other bounds ("boundary"), another type with
// other bounds ("boundary+type:X"), or nothing overlapping ("missed").
func errorKind(g GoldSpan, other []GoldSpan) string {
	kind := "missed"
	for _, p := range other {
		if min(g.End, p.End) <= max(g.Start, p.Start) {
			continue
		}
		switch {
		case p.Start == g.Start && p.End == g.End && p.Type == g.Type:
			return "right"
		case p.Start == g.Start && p.End == g.End:
			return "type:" + p.Type
		case p.Type == g.Type:
			kind = "boundary"
		case kind == "missed":
			kind = "boundary+type:" + p.Type
		}
	}
	return kind
}

// TestOrgErrors counts the development split's organisation errors by kind
// (CLAIMDESK_CONLL names the CoNLL-2003 folder; eng.testa only) and prints
// the most frequent words behind each kind, to choose what to work on.
func TestOrgErrors(t *testing.T) {
	dir := os.Getenv("CLAIMDESK_CONLL")
	if dir == "" {
		t.Skip("set CLAIMDESK_CONLL to the folder with eng.testa (docs/suggestions.md)")
	}
	docs := readCoNLLFile(t, filepath.Join(dir, "eng.testa"))
	eng := Default()
	missed, wrong := map[string]int{}, map[string]int{}
	words := map[string]map[string]int{}
	note := func(kind, text string) {
		if words[kind] == nil {
			words[kind] = map[string]int{}
		}
		words[kind][text]++
	}
	for _, d := range docs {
		pred := namesOf(eng.Suggest(Document{Text: d.Text}))
		runes := []rune(d.Text)
		for _, g := range d.Spans {
			if g.Type != TypeOrganisation {
				continue
			}
			k := errorKind(g, pred)
			missed[k]++
			if want := os.Getenv("CLAIMDESK_ORG_LINES"); want != "" && want == k {
				fmt.Printf("%s | %s\n", string(runes[g.Start:g.End]), lineAround(runes, g.Start))
			}
			note("gold org: "+k, string(runes[g.Start:g.End]))
		}
		for _, p := range pred {
			if p.Type != TypeOrganisation {
				continue
			}
			k := errorKind(p, d.Spans)
			if k == "right" {
				continue
			}
			k = strings.Replace(k, "type:", "gold is ", 1)
			wrong[k]++
			note("predicted org: "+k, string(runes[p.Start:p.End]))
		}
	}
	printCounts("gold organisations by outcome (eng.testa)", missed)
	printCounts("predicted organisations that are wrong, by kind", wrong)
	if os.Getenv("CLAIMDESK_ORG_WORDS") == "" {
		return
	}
	delete(words, "gold org: right")
	printTopWords(words, 40)
}

// printCounts prints a tally under a title, its keys in order.
func printCounts(title string, m map[string]int) {
	fmt.Println(title)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-40s %5d\n", k, m[k])
	}
}

// printTopWords prints, for each kind in order, its most frequent texts
// (at most limit, most frequent first) with their counts.
func printTopWords(words map[string]map[string]int, limit int) {
	kinds := make([]string, 0, len(words))
	for k := range words {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		type wc struct {
			w string
			n int
		}
		var list []wc
		for w, n := range words[k] {
			list = append(list, wc{w, n})
		}
		sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].w < list[j].w })
		var b strings.Builder
		for i, x := range list {
			if i == limit {
				break
			}
			fmt.Fprintf(&b, "%s(%d) ", x.w, x.n)
		}
		fmt.Printf("%s: %s\n", k, b.String())
	}
}

// lineAround returns the line of text around offset at.
func lineAround(runes []rune, at int) string {
	from, to := at, at
	for from > 0 && runes[from-1] != '\n' {
		from--
	}
	for to < len(runes) && runes[to] != '\n' {
		to++
	}
	return string(runes[from:to])
}
