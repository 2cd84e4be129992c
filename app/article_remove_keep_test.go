package app

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The analyst's own work outlives a removed article: an entity they curated (a note,
// aliases typed by hand, a speaks-for link) and a source they graded stay, without the
// removed marks; what only marks or the import made goes as before.
func TestRemoveArticleKeepsCuratedEntitiesAndGradedSources(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	// a third article of an outlet nobody graded, removed with A
	c := importOne(t, svc, writeFile(t, filepath.Join(t.TempDir(), "tides.txt"),
		"Tides chart redrawn\nTide Weekly\n\nThe harbour master of Corvale redrew the tide chart on Friday.\n"), ImportOptions{})
	note := "Mayor since 2019; spells her name with one l in council minutes."
	if _, err := svc.Entities.Update(f.brandt, EntityPatch{Note: &note}); err != nil {
		t.Fatal(err)
	}
	for _, alias := range []string{"Mayor Brandt", "I. Brandt"} {
		if _, err := svc.Entities.AddAlias(f.brandt, alias); err != nil {
			t.Fatal(err)
		}
	}
	office := markEntity(t, svc, f.a, "port office", "organisation")
	council, err := svc.Sources.Create(SourceInput{Name: "Corvale Council", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(office, council.ID); err != nil {
		t.Fatal(err)
	}
	quay := markEntity(t, svc, f.a, "quayside", "place")
	other, err := svc.Entities.Create(EntityInput{Type: "place", Name: "Quayside Mall"})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Entities.Judge(quay, other.ID, "different"); err != nil {
		t.Fatal(err)
	}
	ferries := markEntity(t, svc, f.a, "ferry", "event") // marked, never touched again
	master := markEntity(t, svc, article(t, svc, c.ArticleID), "harbour master", "person")
	gazette := sourceNamed(t, svc, "Harbour Gazette")
	grade := "B"
	if _, err := svc.Sources.Update(gazette.ID, SourcePatch{Reliability: &grade}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)

	preview, err := svc.Articles.PreviewRemove([]int64{f.a.ID, c.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	got, err := svc.Articles.Remove([]int64{f.a.ID, c.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, preview) {
		t.Errorf("Remove did\n %+v\nthe preview said\n %+v", got, preview)
	}
	if !reflect.DeepEqual(sorted(got.Entities), []string{"ferry", "harbour master"}) {
		t.Errorf("entities removed %v, want only the two nobody curated", got.Entities)
	}
	// the suggestions' origins ("Government (country not named)") go as before
	if !containsString(got.Sources, "Tide Weekly") || containsString(got.Sources, "Harbour Gazette") {
		t.Errorf("sources removed %v, want the ungraded Tide Weekly and not the graded Harbour Gazette", got.Sources)
	}
	if !reflect.DeepEqual(sorted(got.KeptEntities), []string{"Ilsa Brandt", "port office", "quayside"}) || !reflect.DeepEqual(got.KeptSources, []string{"Harbour Gazette"}) {
		t.Errorf("kept entities %v sources %v", got.KeptEntities, got.KeptSources)
	}
	text := strings.Join(got.Summary, " ")
	for _, want := range []string{"the entity “Ilsa Brandt” (your note and 2 aliases)", "the entity “port office” (what it speaks for)",
		"the entity “quayside” (1 same/different decision)",
		"the source “Harbour Gazette” (your grade B)", "go too: ferry, harbour master.", "Tide Weekly"} {
		if !strings.Contains(text, want) {
			t.Errorf("confirmation %q does not say %q", text, want)
		}
	}
	for _, gone := range []int64{ferries, master} {
		if _, err := svc.Entities.Get(gone); err == nil {
			t.Errorf("entity %d nobody curated is still there", gone)
		}
	}
	b, err := svc.Entities.Get(f.brandt)
	if err != nil {
		t.Fatalf("the curated entity went: %v", err)
	}
	if b.Note != note || !reflect.DeepEqual(sorted(b.Aliases), []string{"I. Brandt", "Mayor Brandt"}) || b.MentionTotal != 0 {
		t.Errorf("kept entity %+v, want its note, both aliases and no mention", b)
	}
	if sf, err := svc.Entities.GetSpeaksFor(office); err != nil || sf.SourceID == nil || *sf.SourceID != council.ID {
		t.Errorf("port office speaks for %+v %v, want Corvale Council", sf, err)
	}
	if g := sourceNamed(t, svc, "Harbour Gazette"); g.Reliability != "B" {
		t.Errorf("kept source %+v, want grade B", g)
	}
	removed := fullDump(t, ws)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, ws), before)
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Redo", fullDump(t, ws), removed)
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

// markEntity marks the first occurrence of quote in a as an entity of typ and returns the entity.
func markEntity(t *testing.T, svc *Services, a Article, quote, typ string) int64 {
	t.Helper()
	i := strings.Index(a.Body, quote)
	if i < 0 {
		t.Fatalf("%q is not in %q", quote, a.Title)
	}
	start := int64(len([]rune(a.Body[:i])))
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: typ, Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	return *sp.EntityID
}
