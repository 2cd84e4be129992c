package app

import "testing"

// A mention marked over a speaker's statement and the reporter's background "as" clause
// after the attribution ("Water levels fell overnight, the mayor said, as some 6,000 people
// remained out of their homes.") takes no figure from the background: the 6,000 is not
// what the mayor said (uxwalk2a's open fault). Texts written for this test.
func TestMentionTakesNoFigureFromTheBackground(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	const bare = "Water levels in the Orrin valley fell overnight, the mayor of Lesk said, as some 6,000 people remained out of their homes."
	const dated = "The spillway was closed on Tuesday, the mayor of Lesk said, as some 6,000 people remained out of their homes."
	body := bare + "\n\n" + dated + "\n"
	pastedClaim(t, svc, PastedArticle{Title: "Orrin", Outlet: "Valden Post", PublishedAt: "2026-06-03", Body: body}, bare, "Water levels fell overnight")
	a, s, e := articleWith(t, svc, "Valden Post", dated)
	if _, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: dated, NewStatement: "The spillway was closed on Tuesday"}); err != nil {
		t.Fatal(err)
	}
	m, err := svc.Matrix.Get(MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	dates := 0
	for _, row := range m.Rows {
		for _, c := range row.Cells {
			if c.Normalized.Kind == "date" {
				dates++ // "on Tuesday": the statement's own value stays
			}
			for _, v := range append([]NormalizedValue{c.Normalized}, c.MoreValues...) {
				if v.Kind == "figure" {
					t.Errorf("claim %d: the background's figure %q is the mention's", row.ClaimID, v.Text)
				}
			}
		}
	}
	if dates != 1 {
		t.Errorf("%d mentions read a date, want 1 (the closed spillway's Tuesday)", dates)
	}
}
