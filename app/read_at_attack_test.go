package app

import "testing"

// Attacks on readAt (app/read_at.go) by a hostile or confused caller: a readAt the
// workspace never reached, zero, negative. Texts are written here.
func TestReadAtAttacks(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	s2 := secondWindow(t, ws1)
	str := func(s string) *string { return &s }
	c, err := s1.Claims.Create(ClaimInput{Statement: "The Orsk tram depot closes in March"})
	if err != nil {
		t.Fatal(err)
	}

	t.Run("readAt beyond the log", func(t *testing.T) {
		in, _ := s1.Claims.Get(c.ID)
		future := in.ReadAt + 500 // a form read in a bigger workspace before File > Open
		if _, err := s2.Claims.Update(c.ID, ClaimPatch{Statement: str("The Orsk tram depot closes in April")}); err != nil {
			t.Fatal(err)
		}
		_, err := s1.Claims.Update(c.ID, ClaimPatch{Statement: str("The Orsk tram depot shuts in March"), ReadAt: &future})
		wantCode(t, err, CodeConflict, "form was read elsewhere")
		if got, _ := s1.Claims.Get(c.ID); got.Statement != "The Orsk tram depot closes in April" {
			t.Errorf("window 2's statement became %q", got.Statement)
		}
	})

	t.Run("readAt negative", func(t *testing.T) {
		neg := int64(-4)
		_, err := s1.Claims.Update(c.ID, ClaimPatch{Note: str("ask the depot"), ReadAt: &neg})
		wantCode(t, err, CodeInvalid, "readAt is the audit log id")
		// 0: before the claim existed, so the form read another record; the message
		// must not say another window changed it
		zero := int64(0)
		_, err = s1.Claims.Update(c.ID, ClaimPatch{Note: str("ask the depot again"), ReadAt: &zero})
		wantCode(t, err, CodeConflict, "did not exist yet when its form was read")
		if got, _ := s1.Claims.Get(c.ID); got.Note != "" {
			t.Errorf("a refused note was saved: %q", got.Note)
		}
	})

	t.Run("removed and restored by undo meanwhile", func(t *testing.T) {
		in, _ := s1.Claims.Get(c.ID)
		if err := s2.Claims.Delete(c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s2.History.Undo(); err != nil {
			t.Fatal(err)
		}
		// the claim reads as window 1 read it: its statement saves
		if _, err := s1.Claims.Update(c.ID, ClaimPatch{Statement: str("The Orsk tram depot closes in May"), ReadAt: &in.ReadAt}); err != nil {
			t.Errorf("a save over a delete undone: %v", err)
		}
	})
}
