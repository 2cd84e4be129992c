package app

import (
	"testing"
)

// "Accept all" accepts what the analyst confirmed: the UI sends the count it showed
// (Expect). When a suggestion run in the background (after an import, or in another
// window) has added suggestions matching the filter since, nothing is accepted and the
// message says how many match now.
func TestAcceptWhereRefusesWhenTheConfirmedCountChanged(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	first := importText(t, svc, "m1.txt", marketStory(1))
	if _, err := svc.Suggestions.Run(first); err != nil {
		t.Fatal(err)
	}
	shown := len(mustList(t, svc, SuggestionFilter{}))
	if shown == 0 {
		t.Fatal("no suggestion to accept")
	}
	// Meanwhile another article's suggestions arrive.
	second := importText(t, svc, "m2.txt", marketStory(2))
	if _, err := svc.Suggestions.Run(second); err != nil {
		t.Fatal(err)
	}
	now := len(mustList(t, svc, SuggestionFilter{}))
	n, err := svc.Suggestions.AcceptWhere(SuggestionFilter{Expect: shown})
	wantCode(t, err, CodeConflict, "confirmed")
	if n != 0 || count(t, ws, "SELECT count(*) FROM spans WHERE state = 'accepted'") != 0 {
		t.Errorf("accepted %d after a refusal", n)
	}
	_, err = svc.Suggestions.AcceptWhere(SuggestionFilter{Expect: -1})
	wantCode(t, err, CodeInvalid, "expect")
	// Confirmed again with the count as it is now: all accepted.
	n, err = svc.Suggestions.AcceptWhere(SuggestionFilter{Expect: now})
	if err != nil || n != now {
		t.Errorf("accept with the current count: %d, %v; want %d", n, err, now)
	}
	checkWorkspace(t, ws)
}
