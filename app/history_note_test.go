package app

import (
	"strings"
	"testing"
)

// After an import, Undo's next step is the suggester's run on the last article: the
// import itself is not undone. The state says so beside the label, and says nothing when
// the step is the analyst's own (uxwalk3's finding 18: "Undo suggest 15 entities in …"
// read as if it took the import back).
func TestUndoAfterAnImportSaysTheImportStays(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	const quote = "the ferry will stop at Ollen"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Ferry timetable", Outlet: "Island Post", PublishedAt: "2026-04-02",
		Body: "Maren Tolv of Ferrow Lines said " + quote + " from June.\n"}, quote)
	if _, err := svc.Suggestions.Run(a.ID); err != nil {
		t.Fatal(err)
	}
	st, err := svc.History.State()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st.UndoLabel, "suggest ") || !strings.Contains(st.UndoNote, "not the import") {
		t.Errorf("after the suggestions, undo %q says %q", st.UndoLabel, st.UndoNote)
	}
	if _, err := svc.Claims.AddMention(MentionInput{NewStatement: "The ferry will stop at Ollen", ArticleID: a.ID, Start: s, End: e, Quote: quote}); err != nil {
		t.Fatal(err)
	}
	if st, err = svc.History.State(); err != nil || st.UndoNote != "" {
		t.Errorf("after the analyst's own step, undo %q says %q (%v)", st.UndoLabel, st.UndoNote, err)
	}
}
