package app

import (
	"reflect"
	"strings"
	"testing"
)

// Deleting an entity takes its marks (with their tags), aliases, same/different decisions,
// speaks-for link and the entities merged into it, as the confirmation says; evidence that
// cited one of its marks cites the article instead; claims, articles, sources and tags
// stay. One Undo puts every row back as it was, one Redo takes them again.
func TestEntityRemoveTakesItsWorkAndUndoBringsItBack(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	for _, alias := range []string{"Mayor Brandt", "I. Brandt"} {
		if _, err := svc.Entities.AddAlias(f.brandt, alias); err != nil {
			t.Fatal(err)
		}
	}
	council, err := svc.Sources.Create(SourceInput{Name: "Corvale Council", Kind: "government"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.SetSpeaksFor(f.brandt, council.ID); err != nil {
		t.Fatal(err)
	}
	twin, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brandt"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Merge(twin.ID, f.brandt); err != nil {
		t.Fatal(err)
	}
	stranger, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilsa Brand"})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Entities.Judge(f.brandt, stranger.ID, "different"); err != nil {
		t.Fatal(err)
	}
	markEntity(t, svc, f.b, "Councillors", "organisation") // another entity: untouched
	before := fullDump(t, ws)

	preview, err := svc.Entities.PreviewRemove(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after the preview", fullDump(t, ws), before)
	got, err := svc.Entities.Remove(f.brandt, &preview.ReadAt)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, preview) {
		t.Errorf("Remove did\n %+v\nthe preview said\n %+v", got, preview)
	}
	if got.Marks != 1 || got.Articles != 1 || got.SpanTags != 1 || got.Evidence != 1 || got.Judgements != 2 ||
		got.SpeaksFor != "Corvale Council" || !reflect.DeepEqual(got.Merged, []string{"Ilse Brandt"}) ||
		!reflect.DeepEqual(sorted(got.Aliases), []string{"I. Brandt", "Ilse Brandt", "Mayor Brandt"}) {
		t.Errorf("removal %+v", got)
	}
	text := strings.Join(got.Summary, " ")
	for _, want := range []string{"Delete the person “Ilsa Brandt”.", "its 1 mark in 1 article", "1 tag on them (the tag itself stays)",
		"its 3 aliases", "2 same/different decisions", "its link to “Corvale Council”, which it speaks for (the source stays)",
		"1 entity merged into it goes too: Ilse Brandt.", "1 piece of evidence citing these marks will cite their article instead.",
		"Claims, articles and sources stay. Undo brings all of it back."} {
		if !strings.Contains(text, want) {
			t.Errorf("confirmation %q does not say %q", text, want)
		}
	}
	for _, gone := range []int64{f.brandt, twin.ID} {
		if _, err := svc.Entities.Get(gone); errCode(err) != CodeNotFound {
			t.Errorf("entity %d: %v, want not_found", gone, err)
		}
	}
	if list, err := svc.Entities.List("ilsa", "", 20); err != nil || len(list) != 1 || list[0].ID != stranger.ID {
		t.Errorf("type-ahead finds %+v %v, want only Ilsa Brand", list, err)
	}
	sourceNamed(t, svc, "Corvale Council") // the source it spoke for stays
	removed := fullDump(t, ws)
	if n := len(removed["tags"]); n != len(before["tags"]) {
		t.Errorf("tags %d, want %d: the tag itself stays", n, len(before["tags"]))
	}
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

// Each refusal says why and changes nothing.
func TestEntityRemoveRefusals(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	twin, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Ilse Brandt"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Merge(twin.ID, f.brandt); err != nil {
		t.Fatal(err)
	}
	speaker, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "port office"})
	if err != nil {
		t.Fatal(err)
	}
	span := f.onlyA.Mentions[0].SpanID
	if _, err := svc.Claims.UpdateMention(span, MentionPatch{SpeakerEntityID: &speaker.ID}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws)
	refuse := func(what string, err error, code Code, says string) {
		t.Helper()
		wantCode(t, err, code, says)
		sameFullDump(t, what, fullDump(t, ws), before)
	}
	_, err = svc.Entities.PreviewRemove(99999)
	refuse("unknown id, preview", err, CodeNotFound, "entity 99999")
	_, err = svc.Entities.Remove(99999, nil)
	refuse("unknown id", err, CodeNotFound, "entity 99999")
	_, err = svc.Entities.Remove(twin.ID, nil)
	refuse("merged away", err, CodeConflict, "was merged into entity")
	_, err = svc.Entities.PreviewRemove(speaker.ID)
	refuse("a speaker, preview", err, CodeConflict, "port office is the speaker of 1 claim mention (“Corvale ferry fares rise 12 percent”)")
	_, err = svc.Entities.Remove(speaker.ID, nil)
	refuse("a speaker", err, CodeConflict, "change or clear its speaker")

	preview, err := svc.Entities.PreviewRemove(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	past := preview.ReadAt + 1000
	_, err = svc.Entities.Remove(f.brandt, &past)
	refuse("readAt past the log", err, CodeConflict, "read elsewhere")
	negative := int64(-1)
	_, err = svc.Entities.Remove(f.brandt, &negative)
	refuse("negative readAt", err, CodeInvalid, "readAt")

	// another window adds an alias after the confirmation was read: refused
	if _, err := svc.Entities.AddAlias(f.brandt, "the mayor"); err != nil {
		t.Fatal(err)
	}
	before = fullDump(t, ws)
	_, err = svc.Entities.Remove(f.brandt, &preview.ReadAt)
	refuse("alias added since", err, CodeConflict, "changed in another window")
	// and a mark of it made in another article since
	preview, err = svc.Entities.PreviewRemove(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	markEntity(t, svc, f.b, "Councillors", "person")
	i := strings.Index(f.b.Body, "quayside")
	start := int64(len([]rune(f.b.Body[:i])))
	if _, err := svc.Spans.Create(SpanInput{ArticleID: f.b.ID, Kind: "entity", EntityType: "person", EntityID: &f.brandt,
		Start: start, End: start + 8, Quote: "quayside"}); err != nil {
		t.Fatal(err)
	}
	before = fullDump(t, ws)
	_, err = svc.Entities.Remove(f.brandt, &preview.ReadAt)
	refuse("mark made since", err, CodeConflict, "changed in another window")
	// read again, it goes
	preview, err = svc.Entities.PreviewRemove(f.brandt)
	if err != nil {
		t.Fatal(err)
	}
	if preview.Marks != 2 || preview.Articles != 2 {
		t.Errorf("preview %+v, want 2 marks in 2 articles", preview)
	}
	if _, err := svc.Entities.Remove(f.brandt, &preview.ReadAt); err != nil {
		t.Fatal(err)
	}
}
