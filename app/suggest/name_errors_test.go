package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// conllDate is the date that closes a CoNLL-2003 dateline ("LONDON 1996-08-30").
var conllDate = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)

// conllLayout says in which layout a line of a CoNLL-2003 document stands
// (one sentence a line, as ReadCoNLL writes it; first is the document's
// first line). Not layoutOf (own_set2_test.go), which reads the own sets'
// conventions ("NAIROBI, May 3 (Reuters) - " opening the first sentence):
// here the dateline is a line of its own that ends in the date, the first
// line is the headline, and results and tables are lines of figures.
func conllLayout(line string, first bool) string {
	words := strings.Fields(line)
	var lower, upper, caps, nums int
	for _, w := range words {
		switch r := w[0]; {
		case r >= '0' && r <= '9':
			nums++
		case r >= 'a' && r <= 'z':
			lower++
		case r >= 'A' && r <= 'Z':
			caps++
			if len(w) > 1 && strings.ToUpper(w) == w {
				upper++
			}
		}
	}
	switch {
	case len(words) > 0 && len(words) <= 12 && conllDate.MatchString(words[len(words)-1]):
		return "dateline"
	case first || (upper >= 2 && upper*2 >= caps+lower):
		return "headline"
	case len(words) > 0 && (words[0] == "By" || words[0] == "--"):
		return "byline"
	case lower >= 4 && lower*10 >= len(words)*4:
		return "prose"
	case nums > 0 && nums*4 >= len(words):
		return "table/results"
	}
	return "short line"
}

// boundaryHow says how a predicted span of the right type but other bounds
// differs from the gold span it overlaps: longer, shorter or shifted.
func boundaryHow(g GoldSpan, other []GoldSpan) string {
	for _, p := range other {
		if p.Type != g.Type || min(g.End, p.End) <= max(g.Start, p.Start) {
			continue
		}
		switch {
		case p.Start <= g.Start && p.End >= g.End:
			return "prediction longer"
		case p.Start >= g.Start && p.End <= g.End:
			return "prediction shorter"
		}
		return "crossing"
	}
	return "?"
}

// TestNameErrors counts the whole suggester's person, organisation and
// place errors on the development split (CLAIMDESK_CONLL names the
// CoNLL-2003 folder; eng.testa only, never the test split) by kind (missed,
// type, boundary, false), by the layout of the line and by type, to choose
// what a general change could reach. CLAIMDESK_ERR_WORDS=1 lists the most
// frequent texts behind each kind and layout; CLAIMDESK_ERR_LINES=KIND
// prints the lines of one kind ("missed", "false", "boundary", ...).
func TestNameErrors(t *testing.T) {
	dir := os.Getenv("CLAIMDESK_CONLL")
	if dir == "" {
		t.Skip("set CLAIMDESK_CONLL to the folder with eng.testa (docs/suggestions.md)")
	}
	docs := readCoNLLFile(t, filepath.Join(dir, "eng.testa"))
	layoutAt := func(runes []rune, off int) string {
		first := !strings.ContainsRune(string(runes[:off]), '\n')
		return conllLayout(lineAround(runes, off), first)
	}
	tallyNameErrors(t, "eng.testa", docs, layoutAt, true)
}

// TestOwnSetsNameErrors counts the same kinds on the own development sets
// (1, 3, 4 and 5a; never set 2 nor half B of set 5), with their layouts
// read by layoutOf (captions, lists and tables, headlines in capitals).
// Always runs: the own sets are in the repository.
func TestOwnSetsNameErrors(t *testing.T) {
	var docs []TrainDoc
	for _, p := range []string{ownSetPath, ownSet3Path, ownSet4Path, ownSet5aPath} {
		docs = append(docs, loadOwnSetFile(t, p)...)
	}
	tallyNameErrors(t, "own sets 1, 3, 4, 5a", docs, layoutOf, false)
}

// tallyNameErrors prints the error tables of TestNameErrors for docs, each
// name under the layout layoutAt gives its start; causes adds the
// CoNLL-shaped likely causes of name_causes_test.go.
func tallyNameErrors(t *testing.T, set string, docs []TrainDoc, layoutAt func([]rune, int) string, causes bool) {
	eng := Default()
	// tallies[layout or type][kind]: a gold name's outcome ("right",
	// "missed", "type", "boundary", "boundary+type"), a prediction that
	// overlaps no gold name ("false") and every prediction that is not
	// exactly right ("wrong": the false ones and the other side of type and
	// boundary errors, one each, so exact F1 can be computed per row).
	byLayout := map[string]map[string]int{}
	byType := map[string]map[string]int{}
	confusion := map[string]int{} // "gold -> predicted" for same bounds, other type
	bounds := map[string]int{}
	words := map[string]map[string]int{}
	note := func(m map[string]map[string]int, row, kind string) {
		if m[row] == nil {
			m[row] = map[string]int{}
		}
		m[row][kind]++
	}
	showLines := os.Getenv("CLAIMDESK_ERR_LINES")
	var errs []nameError
	for _, d := range docs {
		sugg := eng.Suggest(Document{Text: d.Text})
		pred := namesOf(sugg)
		rule := map[[2]int]string{}
		for _, s := range sugg {
			rule[[2]int{s.Start, s.End}] = s.Rule
		}
		runes := []rune(d.Text)
		record := func(s GoldSpan, kind string) {
			lay := layoutAt(runes, s.Start)
			note(byLayout, lay, kind)
			note(byType, s.Type, kind)
			if kind != "right" {
				errs = append(errs, nameError{kind: kind, typ: s.Type, text: string(runes[s.Start:s.End]), line: lineAround(runes, s.Start)})
				note(words, kind+" / "+lay, s.Type+":"+string(runes[s.Start:s.End]))
			}
			if showLines != "" && strings.HasPrefix(kind, showLines) {
				// what was read there instead: the predictions overlapping it
				var read []string
				for _, p := range pred {
					if p != s && min(p.End, s.End) > max(p.Start, s.Start) {
						read = append(read, p.Type[:3]+":"+string(runes[p.Start:p.End]))
					}
				}
				fmt.Printf("%-12s %-14s %s [%s] | %s\n", s.Type, rule[[2]int{s.Start, s.End}], string(runes[s.Start:s.End]), strings.Join(read, " "), lineAround(runes, s.Start))
			}
		}
		for _, g := range d.Spans {
			k := errorKind(g, pred)
			switch {
			case strings.HasPrefix(k, "type:"):
				confusion[g.Type+" -> "+k[len("type:"):]]++
				k = "type"
			case strings.HasPrefix(k, "boundary+type:"):
				k = "boundary+type"
			case k == "boundary":
				bounds[g.Type+": "+boundaryHow(g, pred)]++
			}
			record(g, k)
		}
		for _, p := range pred {
			switch errorKind(p, d.Spans) {
			case "right":
			case "missed":
				record(p, "false")
				note(byLayout, layoutAt(runes, p.Start), "wrong")
				note(byType, p.Type, "wrong")
			default:
				note(byLayout, layoutAt(runes, p.Start), "wrong")
				note(byType, p.Type, "wrong")
			}
		}
	}
	kinds := []string{"right", "missed", "type", "boundary", "boundary+type", "false"}
	table := func(title string, m map[string]map[string]int) {
		rows := make([]string, 0, len(m))
		for r := range m {
			rows = append(rows, r)
		}
		sort.Strings(rows)
		fmt.Printf("%s\n%-14s %6s", title, "", "gold")
		for _, k := range kinds {
			fmt.Printf(" %13s", k)
		}
		fmt.Printf(" %6s %6s %6s\n", "wrong", "errors", "ex.F")
		total := map[string]int{}
		for _, r := range append(rows, "all") {
			c := m[r]
			if r == "all" {
				c = total
			}
			gold := c["right"] + c["missed"] + c["type"] + c["boundary"] + c["boundary+type"]
			// exact-match errors: each gold name not right (FN) and each
			// prediction not right (FP)
			fmt.Printf("%-14s %6d", r, gold)
			for _, k := range kinds {
				fmt.Printf(" %13d", c[k])
			}
			if r != "all" {
				for k, n := range c {
					total[k] += n
				}
			}
			tl := tally{tp: c["right"], fp: c["wrong"], fn: gold - c["right"]}
			_, _, f := tl.prf()
			fmt.Printf(" %6d %6d %6.3f\n", c["wrong"], tl.fp+tl.fn, f)
		}
	}
	table(set+": gold names by outcome, and false names, by layout of the line", byLayout)
	table(set+": by type (a false name under its predicted type)", byType)
	printCounts("same bounds, other type (gold -> predicted)", confusion)
	printCounts("boundary errors, same type", bounds)
	if causes {
		printCounts("gold names not read right and false names, by likely cause (name_causes_test.go)", errorCauses(errs))
	}
	if byType[TypePerson]["right"] == 0 || len(byLayout) < 3 {
		t.Errorf("no person read right or fewer than three layouts (%v): the analysis read nothing", byLayout)
	}
	if os.Getenv("CLAIMDESK_ERR_WORDS") == "" {
		return
	}
	printTopWords(words, 30)
}
