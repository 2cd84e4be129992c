package app

import (
	"reflect"
	"testing"
)

// ratk15: a name that is another source's name plus a group word is that source only when
// both name a body that can be one: a person quoted by surname ("Sinclair", an official)
// is not the company "Sinclair Group", and a state's government ("Texas") is not its
// attorney general ("Texas AG", "AG" being also a legal form). Before, the group-word rule
// joined them and the company's (or the AG's) claim rested silently on the other source.
func TestGroupWordJoinsNoPersonOrGovernment(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	for _, s := range []SourceInput{{Name: "Sinclair", Kind: "official", Reliability: "B"}, {Name: "Texas", Kind: "government", Reliability: "B"}} {
		if _, err := svc.Sources.Create(s); err != nil {
			t.Fatal(err)
		}
	}
	a := importText(t, svc, "mills.txt", "Mills to close\n\nSinclair Group said on Tuesday that it would close three paper mills in the spring.\n\nThe Texas AG said on Monday that the refinery had broken fourteen permits.")
	for _, c := range []struct{ quote, notOn string }{
		{"Sinclair Group said on Tuesday that it would close three paper mills in the spring.", "Sinclair"},
		{"The Texas AG said on Monday that the refinery had broken fourteen permits.", "Texas"},
	} {
		d := markSentence(t, svc, a, 0, c.quote)
		for _, m := range d.Mentions {
			t.Logf("%q: origin %q chain %s", m.Quote, m.OriginName, chainText(m.OriginChain))
			if m.OriginName == c.notOn {
				t.Errorf("%q rests on the source %q", c.quote, c.notOn)
			}
		}
	}
}

// ratk15: a mention whose origin was found under another of the body's names comes and
// goes whole with Undo and Redo: every row of every table as it was.
func TestSameBodyMentionUndoRedoExact(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	a := importText(t, svc, "gazette.txt", "Flour dearer\n\nNorrvik Mills Group said on Monday that flour prices would rise by a fifth in May.")
	b := importText(t, svc, "courier.txt", "Island fares up\n\nFlour prices would rise by a fifth in May, Norrvik Mills said.")
	d := markSentence(t, svc, a, 0, "Norrvik Mills Group said on Monday that flour prices would rise by a fifth in May.")
	before := fullDump(t, ws)
	d = markSentence(t, svc, b, d.ID, "Flour prices would rise by a fifth in May, Norrvik Mills said.")
	if d.Origins != 1 {
		t.Fatalf("%s", d.OriginSummary)
	}
	after := fullDump(t, ws)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := fullDump(t, ws); !reflect.DeepEqual(got, before) {
		t.Errorf("undo left the workspace different from before the mention:\n%v\nwant\n%v", got, before)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if got := fullDump(t, ws); !reflect.DeepEqual(got, after) {
		t.Errorf("redo left the workspace different from after the mention:\n%v\nwant\n%v", got, after)
	}
}

// ratk15: two analysts mark one claim, one under "Norrvik Mills Group", the other (whose
// workspace had only "Norrvik Mills") under that name; after the merge the claim rests on
// one body, as it would had one analyst marked both.
func TestMergedSameBodyIsOneOrigin(t *testing.T) {
	base, sbase := MustOpenWorkspace(t, true)
	a := importText(t, sbase, "gazette.txt", "Flour dearer\n\nNorrvik Mills Group said on Monday that flour prices would rise by a fifth in May.")
	b := importText(t, sbase, "courier.txt", "Island fares up\n\nFlour prices would rise by a fifth in May, Norrvik Mills said.")
	claim, err := sbase.Claims.Create(ClaimInput{Statement: "Flour prices will rise by a fifth in May"})
	if err != nil {
		t.Fatal(err)
	}
	mine, smine := copyOf(t, base, "mine")
	theirsWS, stheirs := copyOf(t, base, "theirs")
	markSentence(t, smine, a, claim.ID, "Norrvik Mills Group said on Monday that flour prices would rise by a fifth in May.")
	markSentence(t, stheirs, b, claim.ID, "Flour prices would rise by a fifth in May, Norrvik Mills said.")
	// their grade of the body is not dropped with their name: they set it, we did not
	if _, err := stheirs.Sources.Update(sourceNamed(t, stheirs, "Norrvik Mills").ID, SourcePatch{Reliability: ptr("B")}); err != nil {
		t.Fatal(err)
	}
	before := fullDump(t, mine)
	if _, err := smine.Merge.Merge(theirsWS.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	if s := sourceNamed(t, smine, "Norrvik Mills Group"); s.Reliability != "B" {
		t.Errorf("their grade taken: reliability %q", s.Reliability)
	}
	d, err := smine.Claims.Get(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		t.Logf("%q: origin %q", m.Quote, m.OriginName)
	}
	if d.Origins != 1 {
		t.Errorf("after the merge: %s", d.OriginSummary)
	}
	if _, err := smine.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := fullDump(t, mine); !reflect.DeepEqual(got, before) {
		t.Errorf("undoing the merge left the workspace different")
	}
}
