package app

import (
	"context"
	"errors"
	"sync"
	"testing"
)

// Two windows (two workspace handles on one file, each with its own connections and
// session) accept at once: the same proposal for one claim, and one sentence for two
// claims. Each decision runs in its own write transaction, so the file ends with one
// mention of the sentence for the claim and the sentence in only one of the two claims;
// the loser gets a clear error (a conflict) and writes nothing. Invented articles.
func TestConcurrentAcceptsIntoOneFile(t *testing.T) {
	ws1, svc1 := MustOpenWorkspace(t, true)
	claimA, b, ref := korvinArrival(t, svc1)
	claimB, err := svc1.Claims.Create(ClaimInput{Statement: "Korvin came to Tallinn for port fee talks"})
	if err != nil {
		t.Fatal(err)
	}
	ws2, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws2.Close() })
	svc2 := NewServices(ws2)

	run := func(f1, f2 func() error) (error, error) {
		var wg sync.WaitGroup
		var e1, e2 error
		wg.Add(2)
		go func() { defer wg.Done(); e1 = f1() }()
		go func() { defer wg.Done(); e2 = f2() }()
		wg.Wait()
		return e1, e2
	}
	// the same proposal for the same claim from both: both succeed, one mention
	e1, e2 := run(func() error { _, err := svc1.Matching.Accept(claimA.ID, ref); return err },
		func() error { _, err := svc2.Matching.Accept(claimA.ID, ref); return err })
	if e1 != nil || e2 != nil {
		t.Fatalf("the same accept twice at once: %v / %v", e1, e2)
	}
	if n := countWhere(t, ws1, "SELECT count(*) FROM spans WHERE article_id = ? AND kind = 'claim'", b.ID); n != 1 {
		t.Fatalf("%d mentions of the sentence, want 1", n)
	}
	// (either window may have made it: removed here, not undone)
	var spanID int64
	if err := ws1.DB().QueryRow("SELECT id FROM spans WHERE article_id = ? AND kind = 'claim'", b.ID).Scan(&spanID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc1.Claims.RemoveMention(spanID); err != nil {
		t.Fatal(err)
	}
	// the sentence for claim A in one window and claim B in the other: one wins
	e1, e2 = run(func() error { _, err := svc1.Matching.Accept(claimA.ID, ref); return err },
		func() error { _, err := svc2.Matching.Accept(claimB.ID, ref); return err })
	if (e1 == nil) == (e2 == nil) {
		t.Fatalf("one sentence into two claims at once: %v / %v; want exactly one refused", e1, e2)
	}
	var ae *Error
	if lost := errors.Join(e1, e2); !errors.As(lost, &ae) || ae.Code != CodeConflict {
		t.Errorf("the refused one: %v; want a conflict", lost)
	}
	if n := countWhere(t, ws1, "SELECT count(*) FROM spans WHERE article_id = ? AND kind = 'claim'", b.ID); n != 1 {
		t.Errorf("%d mentions of the sentence, want 1", n)
	}
	mustCheck(t, ws1)
}
