package app

import "testing"

// uxwalk4: the import read "Marsh Courier, May 3, 2026" under the title as the
// article's outlet, and the suggester then proposed "Marsh Courier" as a person.
// The suggester is given the outlet the import read and proposes it as an
// organisation (the text is written for this test) in the story; the
// outlet-and-date line, which the import consumed, gives no suggestion
// (uxwalk5 finding 8, r17walk6).
func TestSuggesterAgreesWithTheOutletTheImportRead(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "fares.txt", "Ferry fares to rise\n\nBy Ana Pell\n\nMarsh Courier, May 3, 2026\n\n"+
		"The harbour board raised fares on Monday, Marsh Courier has learned.\n")
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == "May 3, 2026" {
			t.Errorf("the outlet-and-date line's date suggested at %d", s.Start)
		}
		if s.Quote == "Marsh Courier" {
			n++
			if s.Type != "organisation" {
				t.Errorf("%q at %d: %s, want organisation", s.Quote, s.Start, s.Type)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d suggestions of the outlet, want 1 (the story's, not the outlet-and-date line's)", n)
	}
}

// A company the analyst filed in full ("Ostmark Quarrying Company") is the
// organisation of a later article that names it by its first word alone,
// where the model reads a person (the Drevna walk's "Pelgran"): the
// suggestion is that organisation, linked to the entity.
func TestSuggesterAgreesWithAnOrganisationTheWorkspaceKnows(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	ent, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Ostmark Quarrying Company"})
	if err != nil {
		t.Fatal(err)
	}
	id := importText(t, svc, "blast.txt", "Quarry blast cracks school windows\n\n"+
		"Windows cracked at a primary school on Monday after a blast at the quarry above the village. Parents said they had warned the council twice.\n\n"+
		"Ostmark, the quarry's owner, rejected claims that it had ignored complaints. \"We followed every rule,\" a company spokeswoman, Hanne Rask, told the Gazette.\n")
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == "Ostmark" {
			n++
			if s.Type != "organisation" || s.EntityID == nil || *s.EntityID != ent.ID {
				t.Errorf("%q: %s, entity %v, want organisation %d", s.Quote, s.Type, s.EntityID, ent.ID)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d suggestions of %q, want 1", n, "Ostmark")
	}
}
