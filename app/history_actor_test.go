package app

import (
	"strings"
	"testing"
)

// A span's history names who did each step: the suggester made the suggestion (run by
// the analyst), the analyst accepted it. Before, both read as the analyst.
func TestHistoryNamesTheSuggesterAsActorOfARun(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.Run(reuters); err != nil {
		t.Fatal(err)
	}
	olga := findSuggestion(t, mustList(t, svc, SuggestionFilter{ArticleID: reuters}), reuters, "person", "Olga Lyubimova")
	if _, err := svc.Suggestions.Accept([]int64{olga.SpanID}); err != nil {
		t.Fatal(err)
	}
	h, err := svc.History.ForRow("spans", olga.SpanID)
	if err != nil || len(h) != 2 {
		t.Fatalf("history: %+v %v", h, err)
	}
	if want := "suggester (run by " + ws.Analyst + ")"; !strings.HasPrefix(h[0].Summary, "suggest ") || h[0].Actor != want {
		t.Errorf("the run's entry: %q by %q, want by %q", h[0].Summary, h[0].Actor, want)
	}
	if h[1].Actor != ws.Analyst {
		t.Errorf("the acceptance reads as done by %q, want %q", h[1].Actor, ws.Analyst)
	}
	recent, err := svc.History.Recent(1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range recent {
		if e.Table == "spans" && e.RowID != nil && *e.RowID == olga.SpanID && e.Action == "create" && e.Actor != h[0].Actor {
			t.Errorf("the whole log names %q for the run", e.Actor)
		}
	}
	// What is stored is unchanged: who ran it.
	if n := count(t, ws, "SELECT count(*) FROM audit_log WHERE table_name = 'spans' AND row_id = ? AND actor = ?", olga.SpanID, ws.Analyst); n != 2 {
		t.Errorf("%d stored entries name the analyst, want 2", n)
	}
}
