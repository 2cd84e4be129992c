package app

import (
	"strings"
	"testing"
)

// A mention that gives a part and the whole, or the dead and the rescued, holds figures
// about different things: only a figure that agrees with none of the other mention's is in
// conflict. Sentences written for this test, on a real workspace file.
func TestConflictsSkipFiguresAboutOtherThings(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	text := "Boat Capsizes Off Cape\n\nMay 4, 2026\n\n" +
		"Rescuers recovered 14 bodies and pulled 60 people from the water.\n\n" +
		"Police said 14 people died.\n\n" +
		"The coastguard said 11 people died.\n"
	out := ws.importText(ws.Context(), "boat.txt", []byte(text), "")
	if out.Status != StatusImported {
		t.Fatalf("import: %+v", out)
	}
	a, _ := svc.Articles.Get(out.ArticleID)
	mark := func(sentence, raw string, claimID *int64) ClaimDetail {
		t.Helper()
		i := strings.Index(a.Body, sentence)
		start := int64(len([]rune(a.Body[:i])))
		d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, NewStatement: "The capsizing's toll", ArticleID: a.ID,
			Start: start, End: start + int64(len([]rune(sentence))), Quote: sentence, RawValue: raw})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	d := mark("Rescuers recovered 14 bodies and pulled 60 people from the water.", "14; 60", nil)
	mark("Police said 14 people died.", "14", &d.ID)
	conflicts, err := svc.Conflicts.ForClaim(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(conflicts) != 0 {
		t.Fatalf("14 bodies (and 60 rescued) against 14 dead: %+v", conflicts)
	}
	mark("The coastguard said 11 people died.", "11", &d.ID)
	conflicts, err = svc.Conflicts.ForClaim(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, c := range conflicts {
		got[c.A.RawValue+"/"+c.B.RawValue] = true
	}
	// 11 conflicts with 14 (twice) and with 60 (which agrees with nothing of "11 died")
	if len(conflicts) != 3 || !got["14/11"] || !got["60/11"] {
		t.Fatalf("conflicts with 11 dead: %v", got)
	}
}
