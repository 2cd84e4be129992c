package app

import "testing"

// Undo names what an edit changed by the words, statement or title the analyst knows,
// never by an id ("edit span 12", "edit claim mention 7" before).
func TestActionLabelsNameThings(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	undo := func(t *testing.T, want string) {
		t.Helper()
		st, err := svc.History.State()
		if err != nil || st.UndoLabel != want {
			t.Fatalf("undo label %q (%v), want %q", st.UndoLabel, err, want)
		}
	}
	str := func(s string) *string { return &s }
	i64 := func(n int64) *int64 { return &n }

	if _, err := svc.Spans.Update(sp.ID, SpanPatch{Start: i64(s + 5), End: i64(e), Quote: str("Lyubimova")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "resize “Lyubimova”")
	if _, err := svc.Spans.Update(sp.ID, SpanPatch{Note: str("the minister")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "edit the note on “Lyubimova”")
	if _, err := svc.Spans.Update(sp.ID, SpanPatch{Note: str("")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "clear the note on “Lyubimova”")
	if _, err := svc.Spans.Update(sp.ID, SpanPatch{EntityType: str("organisation"), NewEntityName: str("Lyubimova")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "tag “Lyubimova” as organisation")
	if _, err := svc.Spans.Update(sp.ID, SpanPatch{NewEntityName: str("Olga Lyubimova")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "link “Lyubimova” to Olga Lyubimova")

	// A note span's creation and a later edit of its note read differently (another
	// window's edit of my note must not look like my own action in the Undo button).
	n, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Note: "first", Start: s, End: s + 4})
	if err != nil {
		t.Fatal(err)
	}
	undo(t, "note on “Olga”")
	if _, err := svc.Spans.Update(n.ID, SpanPatch{Note: str("second")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "edit the note on “Olga”")

	// A claim mention: its edit and its attribution name the words it covers.
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, NewStatement: "The culture minister went to Pyongyang"})
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mentions[0].SpanID
	if _, err := svc.Claims.UpdateMention(m, MentionPatch{Hedge: str("about")}); err != nil {
		t.Fatal(err)
	}
	undo(t, "edit claim mention “Olga Lyubimova”")
	if _, err := svc.Attribution.Apply(m, AttributionSuggestion{IsDirectQuote: true}); err != nil {
		t.Fatal(err)
	}
	undo(t, "attribute claim mention “Olga Lyubimova”")
}
