package app

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Hand work the rows alone do not show is kept too: an entity whose type the analyst
// changed (nothing else), an entity the analyst created by hand with no note, and a source
// the analyst graded F by hand. The audit log tells them from what a mark, a suggestion or
// an import made; an edit the analyst undid is no work, and what nobody touched goes.
func TestRemoveArticleKeepsHandWorkOnlyTheLogShows(t *testing.T) {
	f := newRemoveFixture(t)
	svc := f.svc
	c := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "tides.txt"),
		"Tides chart redrawn\nTide Weekly\n\nThe harbour master of Corvale redrew the tide chart on Friday for the pilots.\n"), ImportOptions{})
	d := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "pilots.txt"),
		"Pilots meet\nPilot Weekly\n\nThe pilots of Corvale met on Saturday.\n"), ImportOptions{})
	ca, da := article(t, svc, c.ArticleID), article(t, svc, d.ArticleID)

	ferry := markEntity(t, svc, f.a, "ferry", "event") // then its type changed, nothing else
	place := "place"
	if _, err := svc.Entities.Update(ferry, EntityPatch{Type: &place}); err != nil {
		t.Fatal(err)
	}
	made, err := svc.Entities.Create(EntityInput{Type: "person", Name: "harbour master"}) // by hand, no note
	if err != nil {
		t.Fatal(err)
	}
	if got := markEntity(t, svc, ca, "harbour master", "person"); got != made.ID {
		t.Fatalf("the mark made entity %d, want the analyst's %d", got, made.ID)
	}
	chart := markEntity(t, svc, ca, "tide chart", "event") // retyped and the change undone
	org := "organisation"
	if _, err := svc.Entities.Update(chart, EntityPatch{Type: &org}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	markEntity(t, svc, da, "pilots", "organisation") // marked, never touched again
	// a suggestion accepted in a batch with every other one of the article: the entity
	// that made is the suggester's, not the analyst's hand work
	if _, err := svc.Suggestions.Run(d.ArticleID); err != nil {
		t.Fatal(err)
	}
	waiting := mustList(t, svc, SuggestionFilter{ArticleID: d.ArticleID})
	if len(waiting) == 0 {
		t.Fatal("no suggestion on the pilots' article")
	}
	ids := make([]int64, len(waiting))
	for i, w := range waiting {
		ids[i] = w.SpanID
	}
	if _, err := svc.Suggestions.Accept(ids); err != nil {
		t.Fatal(err)
	}
	var suggested []string
	for _, w := range waiting {
		suggested = append(suggested, w.Quote)
	}
	// Tide Weekly graded C and then F by hand; Pilot Weekly graded C and the grade undone
	for _, g := range []string{"C", "F"} {
		grade := g
		if _, err := svc.Sources.Update(sourceNamed(t, svc, "Tide Weekly").ID, SourcePatch{Reliability: &grade}); err != nil {
			t.Fatal(err)
		}
	}
	grade := "C"
	if _, err := svc.Sources.Update(sourceNamed(t, svc, "Pilot Weekly").ID, SourcePatch{Reliability: &grade}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}

	got, err := svc.Articles.Remove([]int64{f.a.ID, c.ArticleID, d.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ferry", "harbour master"} {
		if !containsString(got.KeptEntities, name) || containsString(got.Entities, name) {
			t.Errorf("%s: kept %v removed %v, want it kept", name, got.KeptEntities, got.Entities)
		}
	}
	for _, name := range append([]string{"tide chart", "pilots"}, suggested...) {
		if !containsString(got.Entities, name) {
			t.Errorf("%s: removed %v, want it removed (nobody's work, or work undone)", name, got.Entities)
		}
	}
	if !reflect.DeepEqual(got.KeptSources, []string{"Tide Weekly"}) || !containsString(got.Sources, "Pilot Weekly") {
		t.Errorf("kept sources %v removed %v, want Tide Weekly kept and Pilot Weekly removed", got.KeptSources, got.Sources)
	}
	text := strings.Join(got.Summary, " ")
	for _, want := range []string{"the entity “ferry” (your change of type to place)", "the entity “harbour master” (made by you)",
		"the source “Tide Weekly” (your grade F)"} {
		if !strings.Contains(text, want) {
			t.Errorf("confirmation %q does not say %q", text, want)
		}
	}
	if _, err := svc.Entities.Get(ferry); err != nil {
		t.Errorf("the retyped entity went: %v", err)
	}
}

// A source the analyst created by hand is theirs even at the default grade F.
func TestRemoveArticleKeepsASourceMadeByHand(t *testing.T) {
	f := newRemoveFixture(t)
	svc := f.svc
	src, err := svc.Sources.Create(SourceInput{Name: "Tide Weekly"})
	if err != nil {
		t.Fatal(err)
	}
	c := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "tides.txt"),
		"Tides chart redrawn\nTide Weekly\n\nThe harbour master redrew the tide chart on Friday.\n"), ImportOptions{})
	if a := article(t, svc, c.ArticleID); a.SourceID == nil || *a.SourceID != src.ID {
		t.Fatalf("the import did not take the analyst's source: %+v", a)
	}
	got, err := svc.Articles.Remove([]int64{c.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.KeptSources, []string{"Tide Weekly"}) || !strings.Contains(strings.Join(got.Summary, " "), "the source “Tide Weekly” (made by you)") {
		t.Errorf("kept sources %v, summary %q", got.KeptSources, got.Summary)
	}
}
