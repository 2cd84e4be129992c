package suggest

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// ownMark is one {PER ...}, {ORG ...} or {LOC ...} mark in the own sets.
var ownMark = regexp.MustCompile(`\{(PER|ORG|LOC) ([^{}]+)\}`)

// The own sets: documents written for Claimdesk (sports results, tables,
// business, politics, science, health, culture) with their names marked
// inline. The second was written later, blind to the tagger (own_set2_test.go).
const (
	ownSetPath  = "testdata/own-news.gold.txt"
	ownSet2Path = "testdata/own-news-2.gold.txt"
)

// loadOwnSet reads the first own set.
func loadOwnSet(t testing.TB) []TrainDoc { return loadOwnSetFile(t, ownSetPath) }

// loadOwnSetFile reads an own set: "#" lines are comments, "=== " starts a
// document, names are marked inline and their marks taken out of the text.
func loadOwnSetFile(t testing.TB, path string) []TrainDoc {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{"PER": TypePerson, "ORG": TypeOrganisation, "LOC": TypePlace}
	var docs []TrainDoc
	var cur *TrainDoc
	var text strings.Builder
	pos := 0
	flush := func() {
		if cur != nil {
			cur.Text = text.String()
			docs = append(docs, *cur)
		}
		text.Reset()
		pos = 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "=== ") {
			flush()
			cur = &TrainDoc{}
			continue
		}
		if cur == nil {
			continue
		}
		last := 0
		for _, m := range ownMark.FindAllStringSubmatchIndex(line, -1) {
			before := line[last:m[0]]
			text.WriteString(before)
			pos += len([]rune(before))
			name := line[m[4]:m[5]]
			n := len([]rune(name))
			cur.Spans = append(cur.Spans, GoldSpan{Start: pos, End: pos + n, Type: types[line[m[2]:m[3]]]})
			text.WriteString(name)
			pos += n
			last = m[1]
		}
		rest := line[last:]
		text.WriteString(rest + "\n")
		pos += len([]rune(rest)) + 1
	}
	flush()
	return docs
}

// countOwnSet counts an own set's names and fails on a mark left in the text
// (a brace inside a name or a mark the pattern did not read).
func countOwnSet(t testing.TB, docs []TrainDoc) (mentions int) {
	t.Helper()
	for _, d := range docs {
		rs := []rune(d.Text)
		for _, s := range d.Spans {
			if strings.ContainsAny(string(rs[s.Start:s.End]), "{}") {
				t.Fatalf("unparsed mark %q", string(rs[s.Start:s.End]))
			}
		}
		if i := strings.IndexAny(d.Text, "{}"); i >= 0 {
			t.Fatalf("unparsed mark near %q", d.Text[max(0, i-20):min(len(d.Text), i+30)])
		}
		mentions += len(d.Spans)
	}
	return mentions
}

// scoreOwnSet prints the rules-alone and rules + tagger tables for an own set
// and fails when the micro F1 falls under its floors.
func scoreOwnSet(t *testing.T, name string, docs []TrainDoc, floorExact, floorOverlap float64) {
	mentions := countOwnSet(t, docs)
	useTagger = false
	before := evalSuggester(docs, nil)
	useTagger = true
	after := evalSuggester(docs, nil)
	fmt.Print(before.table(fmt.Sprintf("%s (%d documents, %d mentions): rules alone (before)", name, len(docs), mentions)))
	fmt.Print(after.table(name + ": rules + learned tagger (after)"))
	_, _, ef := micro(after.exact).prf()
	_, _, of := micro(after.overlap).prf()
	if ef < floorExact || of < floorOverlap {
		t.Errorf("%s micro F1 exact %.3f / overlapping %.3f below the floors %.2f / %.2f", name, ef, of, floorExact, floorOverlap)
	}
}

// TestOwnNewsSet scores the suggester on Claimdesk's own annotated news and
// guards against regressions (docs/suggestions.md has the tables).
func TestOwnNewsSet(t *testing.T) {
	docs := loadOwnSet(t)
	if mentions := countOwnSet(t, docs); mentions < 150 || len(docs) < 12 {
		t.Fatalf("own set: %d documents, %d mentions; want at least 12 and 150", len(docs), mentions)
	}
	scoreOwnSet(t, "own news set", docs, ownFloorExact, ownFloorOverlap)
}

// Floors: a little under the measured figures (docs/suggestions.md), so a
// change that loses names fails.
const ownFloorExact, ownFloorOverlap = 0.90, 0.92 // v4 measured 0.886 / 0.915; v5 with the beam (r17v) 0.906 / 0.924; v7 (r17w) 0.910 / 0.927
