package app

import "testing"

// A name the analyst rejected as a type is not proposed as that type again in the next
// articles of the workspace, until the rejection is undone; the same text as another
// type still is. Own words: an invented port strike.
func TestRejectedNameNotProposedInNextArticles(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	story := func(day string) string {
		return "Dock strike enters " + day + " day\n\nWorkers at the port of Velmar stayed out on " + day +
			", the Harbour Workers Union said. Talks with Velmar Port Authority broke down, union leader Ana Roskic told reporters.\n"
	}
	first := importText(t, svc, "first.txt", story("Monday"))
	if _, err := svc.Suggestions.Run(first); err != nil {
		t.Fatal(err)
	}
	all := mustList(t, svc, SuggestionFilter{ArticleID: first})
	var wrong Suggestion
	for _, s := range all {
		if s.Quote == "Velmar Port Authority" {
			wrong = s
		}
	}
	if wrong.SpanID == 0 {
		t.Fatalf("no suggestion for Velmar Port Authority to reject: %+v", all)
	}
	if _, err := svc.Suggestions.Reject([]int64{wrong.SpanID}); err != nil {
		t.Fatal(err)
	}
	proposedIn := func(id int64) bool {
		t.Helper()
		if _, err := svc.Suggestions.Run(id); err != nil {
			t.Fatal(err)
		}
		for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
			if s.Type == wrong.Type && s.Quote == wrong.Quote {
				return true
			}
		}
		return false
	}
	if proposedIn(importText(t, svc, "second.txt", story("Tuesday"))) {
		t.Errorf("%q rejected as %s is proposed again as %s in the next article", wrong.Quote, wrong.Type, wrong.Type)
	}
	// The rejection is an action like any other: undone (after the run that followed
	// it), the name comes back.
	for undos := 0; count(t, ws, "SELECT count(*) FROM spans WHERE state = 'rejected'") > 0; undos++ {
		if undos > 2 {
			t.Fatal("the rejection is still there after undoing it")
		}
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if !proposedIn(importText(t, svc, "third.txt", story("Wednesday"))) {
		t.Errorf("after undoing the rejection %q is still not proposed", wrong.Quote)
	}
	checkWorkspace(t, ws)
}
