package app

import "testing"

// uxwalk4: the import read "Marsh Courier, May 3, 2026" under the title as the
// article's outlet, and the suggester then proposed "Marsh Courier" as a person.
// The suggester is given the outlet the import read and proposes it as an
// organisation (the text is written for this test).
func TestSuggesterAgreesWithTheOutletTheImportRead(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "fares.txt", "Ferry fares to rise\n\nBy Ana Pell\n\nMarsh Courier, May 3, 2026\n\n"+
		"The harbour board raised fares on Monday, Marsh Courier has learned.\n")
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == "Marsh Courier" {
			n++
			if s.Type != "organisation" {
				t.Errorf("%q at %d: %s, want organisation", s.Quote, s.Start, s.Type)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d suggestions of the outlet, want 2", n)
	}
}
