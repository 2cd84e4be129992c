package suggest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The known names' automaton is kept between documents and the document's own names get
// an automaton of their own (KnownNames, findNames). One automaton over all the patterns
// was the reading before; for every document this test runs, the two automata must give
// the same hits (span and pattern) in the same order. The known names come from the
// documents themselves (what the suggester proposes, as an analyst accepting it would
// make them known), plus names written to meet the merge's hard cases: a name written
// with a curly and a straight apostrophe, one known as a place and found as a person, a
// surname shared by two people, a known alias that is also a document's acronym.
func TestKnownNamesMatchLikeOneAutomaton(t *testing.T) {
	var docs []string
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths {
		if filepath.Ext(p) == ".txt" && !isGold(p) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, string(raw))
		}
	}
	for _, d := range loadOwnSet(t) {
		docs = append(docs, d.Text)
	}
	for _, d := range loadOwnSetFile(t, ownSet2Path) {
		docs = append(docs, d.Text)
	}
	docs = append(docs, "Talks resume in Corvale\n\n"+
		"Maren O’Hara met Ilse Brandt in Corvale on Monday. O'Hara said the Harbour Board would meet again "+
		"on Friday. Brandt, of the Dock Workers Union (DWU), said the DWU agreed. Kim Dahl and Kim Sorensen "+
		"of the Corvale Ferry Company (CFC) spoke after them; Kim said the CFC would add a boat. "+
		"Corvale told reporters the Harbour Board had met. Dahl and Sorensen left for Dunmore.")

	engine := NewRules(nil)
	var known []KnownEntity
	id := int64(1)
	for _, text := range docs {
		for _, s := range engine.Suggest(Document{Text: text}) {
			if s.Type == TypePerson || s.Type == TypeOrganisation || s.Type == TypePlace {
				// written with a curly apostrophe, as a word processor types it: the
				// document's own patterns are written straight ("O'Hara"), so the two
				// automata meet on one span
				known = append(known, KnownEntity{ID: id, Type: s.Type, Name: strings.ReplaceAll(s.Quote, "'", "’")})
				id++
			}
		}
	}
	known = append(known,
		KnownEntity{ID: id, Type: TypePerson, Name: "Maren O’Hara", Aliases: []string{"O’Hara", "O'Hara"}},
		KnownEntity{ID: id + 1, Type: TypePlace, Name: "Kim"},
		KnownEntity{ID: id + 2, Type: TypeOrganisation, Name: "Dock Workers Union", Aliases: []string{"DWU", "Dock  Workers   Union"}},
		KnownEntity{ID: id + 3, Type: TypePerson, Name: "Corvale"},
		KnownEntity{ID: id + 4, Type: TypeOrganisation, Name: "Harbour Board", Aliases: []string{"Board"}},
	)
	if len(known) < 200 {
		t.Fatalf("only %d known names: the test would check little", len(known))
	}

	compared, hits, fromBoth := 0, 0, 0
	checkNameHits = func(pats []string, text []rune, got []acHit) {
		want := newACMatcher(pats).findAll(text, nil)
		compared++
		hits += len(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("document %d (%.40q…): %d hits from the kept automaton and the document's, %d from one automaton\n got %v\nwant %v",
				compared, string(text), len(got), len(want), got, want)
		}
	}
	defer func() { checkNameHits = nil }()
	kept := NewKnownNames(known)
	for _, text := range docs {
		// built for the document (Known), and kept across documents (KnownNames)
		a := engine.Suggest(Document{Text: text, Known: known})
		b := engine.Suggest(Document{Text: text, KnownNames: kept})
		if !reflect.DeepEqual(a, b) {
			t.Errorf("suggestions differ with a kept KnownNames on %.40q…", text)
		}
		for _, s := range b {
			if s.Rule == RuleKnown {
				fromBoth++
			}
		}
	}
	if compared != 2*len(docs) || hits < 1000 || fromBoth == 0 {
		t.Errorf("compared %d documents (want %d), %d hits, %d known-name suggestions: too little to show anything", compared, 2*len(docs), hits, fromBoth)
	}
	t.Logf("%d documents, %d known names, %d hits compared, %d known-name suggestions", len(docs), len(known), hits, fromBoth)
}

func isGold(p string) bool { return filepath.Ext(p[:len(p)-len(".txt")]) == ".gold" }
