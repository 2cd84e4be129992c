package app

import (
	"strings"
	"testing"
)

// The sentence features Propose caches belong to one text. They were cached by article
// id, publication date, length and entity mentions, none of which tells two texts apart:
// article 1 of one workspace and article 1 of another (the window switches workspace in
// one process; serve and the CLI open several in tests) with texts of the same length,
// or an article imported where a deleted one's id was free again. The second workspace's
// claim was then matched against the first one's sentences: its own sentence not
// proposed.
func TestProposeReadsTheTextOfThisWorkspace(t *testing.T) {
	harbour := "The harbour crane lifted forty containers onto the barge on Monday morning."
	orchard := "The orchard farmers picked ninety crates of apples in the valley this week."
	if len(harbour) != len(orchard) {
		orchard += strings.Repeat(" ", len(harbour)-len(orchard))
		t.Logf("padded; lengths %d %d", len(harbour), len(orchard))
	}
	proposeIn := func(body, statement, needle string) {
		t.Helper()
		_, svc := MustOpenWorkspace(t, true)
		sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "a.txt", Content: b64("Local news\n\n" + body + "\n")}}, ImportOptions{})
		if err != nil || len(sum.Items) != 1 || sum.Items[0].ArticleID != 1 {
			t.Fatalf("import: %+v %v", sum, err)
		}
		c, err := svc.Claims.Create(ClaimInput{Statement: statement})
		if err != nil {
			t.Fatal(err)
		}
		cands, err := svc.Matching.Propose(c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !proposedIn(cands, 1, needle) {
			t.Errorf("claim %q: %q not proposed; got %+v", statement, needle, cands)
		}
	}
	proposeIn(harbour, "A harbour crane lifted forty containers onto a barge", "forty containers")
	proposeIn(orchard, "Orchard farmers picked ninety crates of apples", "ninety crates")
}
