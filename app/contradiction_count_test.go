package app

import (
	"fmt"
	"strings"
	"testing"
)

// A claim's contradictions are one number wherever they are counted: the claim page
// (ContradictionsCount), the suggested grade's reasons, the claims list sorted by
// contradictions, the matrix row and the verification memo. Before, the grade said "2 contradictions between
// mentions" (the stance disagreement once, each figure conflict once) where the claim
// page listed 3 pairs, and the list, export and matrix also counted figures in other
// units, which compare nothing and are no contradiction.
func TestContradictionsAreOneCountEverywhere(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	paste := paster(t, svc, "2026-03-02")
	// A story written for this test: two outlets give two figures, a third denies the
	// event, a fourth gives the load in another unit.
	paste("Barge grounded", "Harbour Gazette", "The barge that grounded at Corran carried 300 tonnes of grain, the port said.\n")
	paste("Corran grounding", "Coast Wire", "The barge that grounded at Corran carried 450 tonnes of grain, the owner said.\n")
	paste("No grounding, says port", "Valley Post", "The port denied that a barge carrying grain had grounded at Corran.\n")
	paste("Grain barge stuck", "Riverside Radio", "The barge that grounded at Corran lost 40 per cent of its grain.\n")

	claim, _ := markClaim(t, svc, 0, "A grain barge grounded at Corran", "Harbour Gazette", "The barge that grounded at Corran carried 300 tonnes of grain", "300 tonnes", "")
	markClaim(t, svc, claim, "", "Coast Wire", "The barge that grounded at Corran carried 450 tonnes of grain", "450 tonnes", "")
	_, denial := markClaim(t, svc, claim, "", "Valley Post", "The port denied that a barge carrying grain had grounded at Corran", "", "")
	markClaim(t, svc, claim, "", "Riverside Radio", "The barge that grounded at Corran lost 40 per cent of its grain", "40 per cent", "")
	st := "denies"
	if _, err := svc.Claims.UpdateMention(denial, MentionPatch{Stance: &st}); err != nil {
		t.Fatal(err)
	}

	d, err := svc.Claims.Get(claim)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, c := range d.Contradictions {
		kinds[c.Kind]++
	}
	// The story holds a figure conflict (300 / 450 tonnes), the denial against each of
	// the two figures' groups, and a share against tonnes.
	if kinds["figure"] < 1 || kinds["stance"] < 2 || kinds["unit"] < 1 {
		t.Fatalf("the story's contradictions were not all read: %v", kinds)
	}
	want := len(d.Contradictions) - kinds["unit"]
	if d.ContradictionsCount != want {
		t.Errorf("the claim page counts %d contradictions, want %d (every listed pair but the units')", d.ContradictionsCount, want)
	}

	g, err := svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	reasons := strings.Join(g.Reasons, "\n")
	if !strings.Contains(reasons, fmt.Sprintf("%d contradictions between mentions", want)) {
		t.Errorf("the grade's reasons do not say the claim page's %d contradictions:\n%s", want, reasons)
	}

	list, err := svc.Claims.List(ClaimFilter{Sort: "contradictions"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		if c.ID == claim && c.Contradictions != int64(want) {
			t.Errorf("the claims list sorted by contradictions says %d, want %d", c.Contradictions, want)
		}
	}

	m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{claim}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Rows) != 1 || m.Rows[0].Conflicts != want {
		t.Errorf("the matrix row says %+v contradictions, want %d", m.Rows, want)
	}

	// The memo (ratk8: it said every listed pair, the units' too, and listed the share
	// against tonnes as a contradiction): the claim page's count, and the figures in other
	// units apart, as the claim page shows them.
	memo, err := svc.Export.Memo(MemoOptions{ClaimIDs: []int64{claim}, Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	text := memo.Content
	if !strings.Contains(text, fmt.Sprintf("Contradictions: %d\n", want)) {
		t.Errorf("the memo does not say the claim page's %d contradictions:\n%s", want, text)
	}
	contra, units, _ := strings.Cut(text[strings.Index(text, "\nCONTRADICTIONS\n"):], "\nFIGURES IN OTHER UNITS")
	if strings.Contains(contra, "unit: ") || !strings.Contains(units, "40 per cent") {
		t.Errorf("the memo lists the figures in other units among the contradictions, or not apart:\n%s", text)
	}
	html, err := svc.Export.Memo(MemoOptions{ClaimIDs: []int64{claim}})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(html.Content, `data-memo="contradiction"`); n != want {
		t.Errorf("the HTML memo lists %d contradictions, want %d", n, want)
	}
	if !strings.Contains(html.Content, fmt.Sprintf(`<td data-memo="contradictions">%d</td>`, want)) {
		t.Errorf("the HTML memo does not say the claim page's %d contradictions", want)
	}
}
