package app

import (
	"strings"
	"testing"
)

// strikeStory is a short report of an invented port strike (own words) naming the port
// authority, which the suggester proposes as an organisation.
func strikeStory(day string) string {
	return "Dock strike enters " + day + " day\n\nWorkers at the port of Velmar stayed out on " + day +
		", the Harbour Workers Union said. Talks with Velmar Port Authority broke down, union leader Ana Roskic told reporters.\n"
}

// A name the analyst rejected as a type is not proposed as that type again in the next
// articles of the workspace, until the rejection is undone; the same text as another
// type still is. Own words: an invented port strike.
func TestRejectedNameNotProposedInNextArticles(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	first := importText(t, svc, "first.txt", strikeStory("Monday"))
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
	if proposedIn(importText(t, svc, "second.txt", strikeStory("Tuesday"))) {
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
	if !proposedIn(importText(t, svc, "third.txt", strikeStory("Wednesday"))) {
		t.Errorf("after undoing the rejection %q is still not proposed", wrong.Quote)
	}
	checkWorkspace(t, ws)
}

// The articles imported together are all read at import: a rejection also settles the
// same text's waiting suggestions of that type in the other articles, in the same action
// (one undo puts them all back).
func TestRejectingSettlesTheSameWaitingSuggestionsElsewhere(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	a := importText(t, svc, "a.txt", strikeStory("Monday"))
	b := importText(t, svc, "b.txt", strikeStory("Tuesday"))
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	find := func(id int64) Suggestion {
		for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
			if s.Quote == "Velmar Port Authority" {
				return s
			}
		}
		return Suggestion{}
	}
	wrong, other := find(a), find(b)
	if wrong.SpanID == 0 || other.SpanID == 0 || other.Type != wrong.Type {
		t.Fatalf("no Velmar Port Authority suggestions of one type in both articles: %+v %+v", wrong, other)
	}
	n, err := svc.Suggestions.Reject([]int64{wrong.SpanID})
	if err != nil || n != 1 {
		t.Fatalf("reject: %d %v", n, err)
	}
	if st, _ := spanState(t, ws, other.SpanID); st != "rejected" {
		t.Errorf("the same suggestion in the next article is %s after the rejection, want rejected", st)
	}
	if hs, _ := svc.History.State(); !strings.Contains(hs.UndoLabel, "1 more") {
		t.Errorf("the undo label does not say the other article's was rejected too: %q", hs.UndoLabel)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{wrong.SpanID, other.SpanID} {
		if st, _ := spanState(t, ws, id); st != "suggested" {
			t.Errorf("span %d is %s after the undo, want suggested", id, st)
		}
	}
	checkWorkspace(t, ws)
}

// A rejection settles the same waiting suggestions in the articles the analyst reads,
// not on an old version of one (a text replaced by its revision): the reader no longer
// shows it, deciding on it directly is refused, and the action's label would count it
// as one more article ("2 more like it elsewhere" with one other article). Own words.
func TestRejectingLeavesAnOldVersionsSuggestionsAlone(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	p := PastedArticle{Title: "Strike", Outlet: "Port Wire", PublishedAt: "2026-05-08", URL: "https://port.example/strike", Body: strikeStory("Monday")}
	first, err := svc.Import.ImportPasted(p)
	if err != nil {
		t.Fatal(err)
	}
	old := first.Items[0].ArticleID
	if _, err := svc.Suggestions.Run(old); err != nil {
		t.Fatal(err)
	}
	p.Body = strikeStory("Monday") + "\nTalks resume on Thursday.\n"
	if sum, err := svc.Import.ImportPasted(p); err != nil || sum.Items[0].Status != StatusVersion {
		t.Fatalf("the revision: %+v %v, want a new version", sum, err)
	}
	other := importText(t, svc, "other.txt", strikeStory("Tuesday"))
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	var onOld int64
	if err := ws.DB().QueryRow("SELECT id FROM spans WHERE article_id = ? AND quote = 'Velmar Port Authority' AND state = 'suggested'", old).Scan(&onOld); err != nil {
		t.Fatalf("no waiting suggestion on the old version: %v", err)
	}
	wrong := findSuggestion(t, mustList(t, svc, SuggestionFilter{ArticleID: other}), other, "organisation", "Velmar Port Authority")
	if _, err := svc.Suggestions.Reject([]int64{wrong.SpanID}); err != nil {
		t.Fatal(err)
	}
	if st, _ := spanState(t, ws, onOld); st != "suggested" {
		t.Errorf("the old version's suggestion is %s after a rejection in another article, want it left suggested", st)
	}
	if hs, _ := svc.History.State(); !strings.HasSuffix(hs.UndoLabel, " and 1 more like it elsewhere") {
		t.Errorf("undo label %q, want the revision's one suggestion counted, not the old version's", hs.UndoLabel)
	}
	checkWorkspace(t, ws)
}
