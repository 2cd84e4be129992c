package app

import "testing"

// The Undo button names the action it would undo: accepting one suggestion read
// "accept 1 suggestion(s)", the only "(s)" an analyst met in the walk of the guide.
func TestSetStateNamesItsCountInWords(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		state string
		want  string
	}{{"suggested", "reset 1 suggestion"}, {"accepted", "accept 1 suggestion"}, {"rejected", "reject 1 suggestion"}} {
		if err := svc.Spans.SetState([]int64{sp.ID}, c.state); err != nil {
			t.Fatal(err)
		}
		if st, _ := svc.History.State(); st.UndoLabel != c.want {
			t.Errorf("after %s the Undo button reads %q, want %q", c.state, st.UndoLabel, c.want)
		}
	}
}
