package app

import (
	"context"
	"database/sql"
	"encoding/base64"
	"strings"
	"testing"
)

// importStory imports one plain-text story and returns its article id.
func importStory(t *testing.T, s *Services, name, text string) int64 {
	t.Helper()
	sum, err := s.Import.ImportFiles([]ImportFile{{Name: name, Content: base64.StdEncoding.EncodeToString([]byte(text))}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import %s: %+v %v", name, sum, err)
	}
	return sum.Items[0].ArticleID
}

func noteOn(t *testing.T, s *Services, articleID int64, quote, note string) Span {
	t.Helper()
	body := article(t, s, articleID).Body
	i := strings.Index(body, quote)
	start := int64(len([]rune(body[:i])))
	sp, err := s.Spans.Create(SpanInput{ArticleID: articleID, Kind: "note", Note: note, Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

// Item 4 of issue 15: a note edited in the sqlite3 shell, then Undo of the app's edit
// of that note, silently put the app's old text over the shell's.
func TestUndoRefusesARowChangedElsewhere(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	id := importStory(t, s, "ferry.txt", ferryStory)
	sp := noteOn(t, s, id, "three weeks", "first reading")
	second := "second reading"
	if _, err := s.Spans.Update(sp.ID, SpanPatch{Note: &second}); err != nil {
		t.Fatal(err)
	}
	// Another program (the sqlite3 shell) edits the same note.
	shell, err := sql.Open("sqlite", "file:"+ws.DB().Path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer shell.Close()
	if _, err := shell.Exec("UPDATE spans SET note = 'typed in the shell' WHERE id = ?", sp.ID); err != nil {
		t.Fatal(err)
	}
	_, err = s.History.Undo()
	if !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "changed since") || !strings.Contains(err.Error(), "span") {
		t.Fatalf("undo over the shell's edit: %v, want a conflict naming the span", err)
	}
	if got, _ := s.Spans.Get(sp.ID); got.Note != "typed in the shell" {
		t.Errorf("the shell's note became %q", got.Note)
	}
	// Deleted elsewhere: undoing its creation cannot restore or remove anything safely.
	other := noteOn(t, s, id, "main ramp", "ramp")
	if _, err := shell.Exec("DELETE FROM spans WHERE id = ?", other.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.History.Undo(); !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "was deleted") {
		t.Errorf("undo of a span deleted elsewhere: %v", err)
	}
	// Redo checks the same way: undo a change, the shell edits the row, redo refuses.
	third := noteOn(t, s, id, "400 residents", "count")
	changed := "recount"
	if _, err := s.Spans.Update(third.ID, SpanPatch{Note: &changed}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.History.Undo(); err != nil {
		t.Fatal(err)
	}
	shell.Exec("UPDATE spans SET note = 'shell again' WHERE id = ?", third.ID)
	if _, err := s.History.Redo(); !isCode(err, CodeConflict) {
		t.Errorf("redo over the shell's edit: %v", err)
	}
	if got, _ := s.Spans.Get(third.ID); got.Note != "shell again" {
		t.Errorf("redo overwrote the shell's note: %q", got.Note)
	}
}

// Two windows (or serve processes) on one workspace: each undoes its own actions; the
// other's are visible, not undoable, until that window closes.
func TestEachSessionUndoesItsOwnActions(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	id := importStory(t, s1, "ferry.txt", ferryStory)
	open := func() (*Workspace, *Services) {
		ws, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ws.Clock = fixedClock
		return ws, NewServices(ws)
	}
	ws2, s2 := open()
	mine := noteOn(t, s1, id, "three weeks", "window one")
	theirs := noteOn(t, s2, id, "main ramp", "window two")

	st, err := s1.History.State()
	if err != nil || !st.CanUndo || !strings.Contains(st.UndoLabel, "three weeks") && !strings.Contains(st.UndoLabel, "window one") {
		t.Errorf("window one's undo offers %q, want its own note", st.UndoLabel)
	}
	if _, err := s1.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := s1.Spans.Get(theirs.ID); err != nil {
		t.Errorf("window one's undo removed window two's note: %v", err)
	}
	if _, err := s1.Spans.Get(mine.ID); !isCode(err, CodeNotFound) {
		t.Errorf("window one's note is still there after its undo: %v", err)
	}
	if st, _ := s1.History.State(); st.CanUndo {
		t.Errorf("window one can undo %q, another open window's action", st.UndoLabel)
	}
	if st, _ := s2.History.State(); !st.CanUndo || st.CanRedo {
		t.Errorf("window two's history: %+v", st)
	}
	// Window two closes: its actions become undoable (a restart gets its history back).
	ws2.Close()
	if st, _ := s1.History.State(); !st.CanUndo {
		t.Errorf("after window two closed, window one cannot undo its action: %+v", st)
	}
	ws1.Close()
	ws3, s3 := open()
	defer ws3.Close()
	if st, _ := s3.History.State(); !st.CanUndo || !st.CanRedo {
		t.Errorf("a new window after both closed: %+v, want undo and redo from the ended sessions", st)
	}
}

// A window learns of another window's changes (its views and undo label refresh):
// "workspace:changed" for them, not for its own; and "history:changed" when that
// window closes (its actions become undoable here).
func TestOtherSessionsChangesAreAnnounced(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	id := importStory(t, s1, "ferry.txt", ferryStory)
	ws2, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	s2 := NewServices(ws2)
	rec := &historyRecorder{}
	ws1.Events = rec
	w := &othersWatch{ws: ws1, live: map[string]bool{}}
	w.last, _ = ws1.DB().Q.MaxAuditID(ws1.Context())
	noteOn(t, s1, id, "three weeks", "mine")
	rec.changed = 0
	if w.poll(ws1.Context()); rec.changed != 0 {
		t.Errorf("its own change announced again")
	}
	noteOn(t, s2, id, "main ramp", "theirs")
	if w.poll(ws1.Context()); rec.changed != 1 || rec.history != 0 {
		t.Errorf("another window's change: %d workspace:changed (want 1), %d history:changed (want 0)", rec.changed, rec.history)
	}
	ws2.Close()
	if w.poll(ws1.Context()); rec.history != 1 {
		t.Errorf("the other window closed: %d history:changed, want 1", rec.history)
	}
}

type historyRecorder struct{ changed, history int }

func (r *historyRecorder) Emit(name string, _ any) {
	switch name {
	case "workspace:changed":
		r.changed++
	case "history:changed":
		r.history++
	}
}
