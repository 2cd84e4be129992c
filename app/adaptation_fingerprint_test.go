package app

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

// tickingClock returns a clock that moves one second on every reading, as a real one
// does between two actions.
func tickingClock() Clock {
	var mu sync.Mutex
	t := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

// Two windows on one workspace: window one teaches (rejects "Bitcoin" in four reviewed
// stories, then accepts it after all), window two decides on another article later and
// runs the suggester, so it learns "Bitcoin is a name". When window one undoes its
// acceptance, "Bitcoin" is a rejected suggestion again: window two's next run must learn
// that, not keep the adaptation it learned before. The undo restores the spans' earlier
// updated_at, the count and the ids of the decided spans stay the same and window two's
// later decision keeps the newest time, so a fingerprint of (count, id sum, newest
// change, newest id) did not see the change.
func TestAdaptationFollowsAnUndoInAnotherWindow(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	ws1.Clock = tickingClock()
	ws2, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws2.Close() })
	ws2.Clock = ws1.Clock
	s2 := NewServices(ws2)

	var bitcoin []int64
	for i := 1; i <= 4; i++ {
		id := importText(t, s1, fmt.Sprintf("m%d.txt", i), marketStory(i))
		if _, err := s1.Suggestions.Run(id); err != nil {
			t.Fatal(err)
		}
		var others []int64
		for _, s := range mustList(t, s1, SuggestionFilter{ArticleID: id}) {
			if s.Quote == "Bitcoin" {
				bitcoin = append(bitcoin, s.SpanID)
			} else {
				others = append(others, s.SpanID)
			}
		}
		if _, err := s1.Suggestions.Accept(others); err != nil {
			t.Fatal(err)
		}
	}
	if len(bitcoin) < 4 {
		t.Fatalf("the shipped tagger proposed Bitcoin in %d of 4 stories: pick another word for this test", len(bitcoin))
	}
	if _, err := s1.Suggestions.Reject(bitcoin); err != nil {
		t.Fatal(err)
	}
	// Window one changes its mind: Bitcoin is a name after all.
	if _, err := s1.Suggestions.Accept(bitcoin); err != nil {
		t.Fatal(err)
	}
	// Window two decides on another article afterwards (the newest change).
	other := importText(t, s2, "other.txt", "Ferry talks\n\nMaria Keller met port officials in Hamburg on Tuesday.\n")
	if _, err := s2.Suggestions.Run(other); err != nil {
		t.Fatal(err)
	}
	var keep []int64
	for _, s := range mustList(t, s2, SuggestionFilter{ArticleID: other}) {
		keep = append(keep, s.SpanID)
	}
	if _, err := s2.Suggestions.Accept(keep); err != nil {
		t.Fatal(err)
	}
	// Window two runs the suggester again (nothing new to propose there): it learns from
	// the decisions as they are now, with Bitcoin accepted, and keeps that adaptation.
	if _, err := s2.Suggestions.Run(other); err != nil {
		t.Fatal(err)
	}

	// Window one undoes its acceptance: Bitcoin is a rejected suggestion again.
	if _, err := s1.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ws1, "SELECT count(*) FROM spans WHERE state = 'rejected'"); n != len(bitcoin) {
		t.Fatalf("%d rejected spans after the undo, want %d", n, len(bitcoin))
	}
	p2 := importText(t, s2, "p2.txt", marketStory(11))
	if _, err := s2.Suggestions.Run(p2); err != nil {
		t.Fatal(err)
	}
	if namedAs(t, s2, p2, "Bitcoin") {
		t.Error("window two still learns from the acceptance window one undid: Bitcoin, rejected in four reviewed stories, is proposed")
	}
	// A window opened afresh reads the same decisions the same way.
	ws3, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws3.Close()
	s3 := NewServices(ws3)
	p3 := importText(t, s3, "p3.txt", marketStory(12))
	if _, err := s3.Suggestions.Run(p3); err != nil {
		t.Fatal(err)
	}
	if namedAs(t, s3, p3, "Bitcoin") {
		t.Error("a fresh window proposes Bitcoin too: the rejections teach nothing, the test's premise is wrong")
	}
	checkWorkspace(t, ws1)
}
