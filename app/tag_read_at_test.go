package app

import "testing"

// Two windows rename or recolour one tag: the later save, sent with the readAt its form
// read, is refused with conflict over a field the other window changed since, and writes
// nothing; a field the other window left alone still saves; without readAt (a script) the
// save is not checked. Tag names are invented here.
func TestATagEditOverAnotherWindowsIsRefused(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	s2 := secondWindow(t, ws1)
	tag, err := s1.Tags.Create("harbour strike", "#E69F00")
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	read := func(s *Services) TagSummary {
		t.Helper()
		list, err := s.Tags.List()
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range list {
			if x.ID == tag.ID {
				if x.ReadAt == 0 {
					t.Fatalf("the tag list carries no readAt")
				}
				return x
			}
		}
		t.Fatalf("tag %d not listed", tag.ID)
		return TagSummary{}
	}

	in1, in2 := read(s1), read(s2)
	if _, err := s1.Tags.Update(tag.ID, TagPatch{Name: str("dock strike"), ReadAt: &in1.ReadAt}); err != nil {
		t.Fatal(err)
	}
	before := countRows(t, ws1, "audit_log")
	_, err = s2.Tags.Update(tag.ID, TagPatch{Name: str("port strike"), ReadAt: &in2.ReadAt})
	wantCode(t, err, CodeConflict, "This tag was changed in another window")
	if got := read(s1); got.Name != "dock strike" {
		t.Errorf("window 1's name became %q", got.Name)
	}
	if after := countRows(t, ws1, "audit_log"); after["audit_log"] != before["audit_log"] {
		t.Errorf("a refused save wrote to the log: %v -> %v", before, after)
	}
	// the colour, which window 1 left alone, saves from the same stale read
	if _, err := s2.Tags.Update(tag.ID, TagPatch{Color: str("#0072B2"), ReadAt: &in2.ReadAt}); err != nil {
		t.Errorf("the colour from a stale read: %v", err)
	}
	// now window 1's colour form, read before that, is refused in turn
	_, err = s1.Tags.Update(tag.ID, TagPatch{Color: str("#D55E00"), ReadAt: &in1.ReadAt})
	wantCode(t, err, CodeConflict, "color")
	if got := read(s1); got.Name != "dock strike" || got.Color != "#0072B2" {
		t.Errorf("after the refusals the tag is %q %s", got.Name, got.Color)
	}
	// after a reload the same edit saves; without readAt nothing is checked
	now := read(s1)
	if _, err := s1.Tags.Update(tag.ID, TagPatch{Color: str("#D55E00"), ReadAt: &now.ReadAt}); err != nil {
		t.Errorf("after a reload: %v", err)
	}
	if _, err := s2.Tags.Update(tag.ID, TagPatch{Name: str("port strike")}); err != nil {
		t.Errorf("without readAt: %v", err)
	}
	// the refusals the positional Update had stay
	other, err := s1.Tags.Create("ferry", "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = s1.Tags.Update(tag.ID, TagPatch{Name: str("Ferry")})
	wantCode(t, err, CodeConflict, "merge the two tags instead")
	_, err = s1.Tags.Update(other.ID, TagPatch{Color: str("blue")})
	wantCode(t, err, CodeInvalid, "#RRGGBB")
	_, err = s1.Tags.Update(987654, TagPatch{Name: str("x")})
	wantCode(t, err, CodeNotFound, "")
}

// A tag's form read in another workspace (its readAt past this log's end) or sent with a
// negative readAt is refused as the other records' saves are, and nothing is written: the
// tag's check was made and its answer dropped, so such a save went through unchecked over
// another window's rename.
func TestATagEditWithAReadAtNoLogReachedIsRefused(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	s2 := secondWindow(t, ws1)
	tag, err := s1.Tags.Create("quay closure", "#E69F00")
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	list, err := s1.Tags.List()
	if err != nil {
		t.Fatal(err)
	}
	future := list[len(list)-1].ReadAt + 500
	if _, err := s2.Tags.Update(tag.ID, TagPatch{Name: str("pier closure")}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, ws1)
	_, err = s1.Tags.Update(tag.ID, TagPatch{Name: str("wharf closure"), ReadAt: &future})
	wantCode(t, err, CodeConflict, "form was read elsewhere")
	neg := int64(-3)
	_, err = s1.Tags.Update(tag.ID, TagPatch{Color: str("#0072B2"), ReadAt: &neg})
	wantCode(t, err, CodeInvalid, "readAt is the audit log id")
	sameFullDump(t, "after the refused tag saves", fullDump(t, ws1), before)
}
