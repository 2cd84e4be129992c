package app

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// Two windows on one workspace file (the desktop window and a browser on `serve`): each
// reads a record, both edit it, both save. The later save used to replace the earlier
// one's field silently; now a save carrying the readAt its form read is refused with
// conflict over a field the other window changed since, and writes nothing. A field the
// other window did not touch still saves. Every text is invented here.
func TestASaveOverAnotherWindowsEditIsRefused(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	ws1.Clock = func() time.Time { return time.Now() } // the message says when, in local time
	s2 := secondWindow(t, ws1)

	const sentence = "About 30 cranes stand idle at the Velmar docks after the strike began"
	a, st, en := pasteOne(t, s1, PastedArticle{Title: "Velmar docks", Outlet: "Harbour Courier", PublishedAt: "2026-11-02",
		Body: sentence + ", union officials said.\n"}, sentence)
	d, err := s1.Claims.AddMention(MentionInput{NewStatement: "Cranes idle at Velmar", ArticleID: a.ID, Start: st, End: en, Quote: sentence,
		RawValue: "30 cranes", Hedge: "about"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	str := func(s string) *string { return &s }
	refused := func(t *testing.T, what string, err error, words ...string) {
		t.Helper()
		wantCode(t, err, CodeConflict, "changed in another window at ")
		// the marker the UI knows this refusal by, through every door's payload
		if b, _ := json.Marshal(FormatError(err)); !strings.Contains(string(b), `"stale":true`) {
			t.Errorf("%s: the payload %s is not marked stale", what, b)
		}
		for _, w := range words {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: the message %q does not say %q", what, err.Error(), w)
			}
		}
	}

	t.Run("claim statement", func(t *testing.T) {
		in1, _ := s1.Claims.Get(d.ID)
		in2, _ := s2.Claims.Get(d.ID)
		if _, err := s1.Claims.Update(d.ID, ClaimPatch{Statement: str("Thirty cranes idle at Velmar"), ReadAt: &in1.ReadAt}); err != nil {
			t.Fatal(err)
		}
		before := countRows(t, ws1, "audit_log")
		_, err := s2.Claims.Update(d.ID, ClaimPatch{Statement: str("Cranes stand idle in Velmar"), ReadAt: &in2.ReadAt})
		refused(t, "statement", err, "This claim was changed", "statement", "reload")
		if got, _ := s1.Claims.Get(d.ID); got.Statement != "Thirty cranes idle at Velmar" {
			t.Errorf("window 1's statement became %q", got.Statement)
		}
		if after := countRows(t, ws1, "audit_log"); after["audit_log"] != before["audit_log"] {
			t.Errorf("a refused save wrote to the log: %v -> %v", before, after)
		}
		// the note, which window 1 left alone, saves from the same stale read
		if _, err := s2.Claims.Update(d.ID, ClaimPatch{Note: str("ask the union for the crane list"), ReadAt: &in2.ReadAt}); err != nil {
			t.Errorf("a note over another window's statement edit: %v", err)
		}
		// reloaded, the statement saves
		again, _ := s2.Claims.Get(d.ID)
		if _, err := s2.Claims.Update(d.ID, ClaimPatch{Statement: str("Cranes stand idle in Velmar"), ReadAt: &again.ReadAt}); err != nil {
			t.Errorf("after a reload: %v", err)
		}
		// no readAt (the CLI, a script): not checked, as before
		if _, err := s1.Claims.Update(d.ID, ClaimPatch{Statement: str("Cranes idle at Velmar")}); err != nil {
			t.Errorf("without readAt: %v", err)
		}
	})

	t.Run("mention hedge, and a figure beside it", func(t *testing.T) {
		in1, _ := s1.Claims.Get(d.ID)
		in2, _ := s2.Claims.Get(d.ID)
		if _, err := s1.Claims.UpdateMention(spanID, MentionPatch{Hedge: str("at least"), ReadAt: &in1.ReadAt}); err != nil {
			t.Fatal(err)
		}
		_, err := s2.Claims.UpdateMention(spanID, MentionPatch{Hedge: str("nearly"), ReadAt: &in2.ReadAt})
		refused(t, "hedge", err, "This mention was changed", "hedge")
		// the form sends the hedge as it reads now (what the UI's merge does) with its
		// new figure: the hedge is not changed by this save, so no conflict
		now, _ := s2.Claims.Get(d.ID)
		got, err := s2.Claims.UpdateMention(spanID, MentionPatch{Hedge: &now.Mentions[0].Hedge, RawValue: str("31 cranes"), ReadAt: &in2.ReadAt})
		if err != nil {
			t.Fatalf("the hedge sent as it reads now: %v", err)
		}
		// window 1, still on its first read, changes only the figure again: no conflict
		// with its own hedge, but window 2's figure is newer
		_, err = s1.Claims.UpdateMention(spanID, MentionPatch{RawValue: str("29 cranes"), ReadAt: &in1.ReadAt})
		refused(t, "figure", err, "raw value")
		if got, err = s1.Claims.UpdateMention(spanID, MentionPatch{Hedge: str("roughly"), ReadAt: &got.ReadAt}); err != nil {
			t.Fatalf("a hedge after reading window 2's figure: %v", err)
		}
		if m := got.Mentions[0]; !strings.Contains(m.Hedge, "roughly") || m.RawValue != "31 cranes" {
			t.Errorf("hedge %q figure %q", m.Hedge, m.RawValue)
		}
	})

	t.Run("changed and changed back elsewhere is no conflict", func(t *testing.T) {
		in1, _ := s1.Claims.Get(d.ID)
		if _, err := s2.Claims.Update(d.ID, ClaimPatch{Note: str("second thoughts")}); err != nil {
			t.Fatal(err)
		}
		if _, err := s2.History.Undo(); err != nil {
			t.Fatal(err)
		}
		if _, err := s1.Claims.Update(d.ID, ClaimPatch{Note: str("window one's note"), ReadAt: &in1.ReadAt}); err != nil {
			t.Errorf("the note reads as window 1 read it: %v", err)
		}
	})

	t.Run("entity name", func(t *testing.T) {
		e, err := s1.Entities.Create(EntityInput{Type: "organisation", Name: "Velmar Dockers Union"})
		if err != nil {
			t.Fatal(err)
		}
		in2, _ := s2.Entities.Get(e.ID)
		if _, err := s1.Entities.Update(e.ID, EntityPatch{Name: str("Velmar Dock Workers Union"), ReadAt: &e.ReadAt}); err != nil {
			t.Fatal(err)
		}
		_, err = s2.Entities.Update(e.ID, EntityPatch{Name: str("Dockers of Velmar"), ReadAt: &in2.ReadAt})
		refused(t, "entity", err, "This entity was changed", "name")
		if got, _ := s1.Entities.Get(e.ID); got.Name != "Velmar Dock Workers Union" {
			t.Errorf("window 1's name became %q", got.Name)
		}
	})

	t.Run("source reliability", func(t *testing.T) {
		list2, _ := s2.Sources.List()
		list1, _ := s1.Sources.List()
		src := list1[0]
		if _, err := s1.Sources.Update(src.ID, SourcePatch{Reliability: str("B"), ReadAt: &src.ReadAt}); err != nil {
			t.Fatal(err)
		}
		// the form sends every field as it opened
		o := list2[0]
		_, err := s2.Sources.Update(o.ID, SourcePatch{Name: &o.Name, Kind: &o.Kind, Reliability: str("D"), URL: &o.URL, Note: str("strike coverage"), ReadAt: &o.ReadAt})
		refused(t, "source", err, "This source was changed", "reliability")
		// the same form with the reliability as window 1 left it: the note saves
		if _, err := s2.Sources.Update(o.ID, SourcePatch{Name: &o.Name, Kind: &o.Kind, Reliability: &o.Reliability, URL: &o.URL, Note: str("strike coverage"), ReadAt: &o.ReadAt}); err == nil {
			t.Errorf("a form putting back the old reliability was saved")
		}
	})

	t.Run("annotation note", func(t *testing.T) {
		sp, _ := s1.Spans.Get(spanID)
		in2, _ := s2.Spans.Get(spanID)
		if _, err := s1.Spans.Update(spanID, SpanPatch{Note: str("crane count from the union"), ReadAt: &sp.ReadAt}); err != nil {
			t.Fatal(err)
		}
		_, err := s2.Spans.Update(spanID, SpanPatch{Note: str("count unverified"), ReadAt: &in2.ReadAt})
		refused(t, "span", err, "This annotation was changed", "note")
	})

	t.Run("article details", func(t *testing.T) {
		in1, _ := s1.Articles.Get(a.ID)
		in2, _ := s2.Articles.Get(a.ID)
		up := func(byline string, readAt int64) ArticleUpdate {
			return ArticleUpdate{Outlet: in1.Source, PublishedAt: in1.PublishedAt, URL: in1.URL, Byline: byline, Language: in1.Language, ReadAt: &readAt}
		}
		if _, err := s1.Articles.Update(a.ID, up("Mira Holt", in1.ReadAt)); err != nil {
			t.Fatal(err)
		}
		_, err := s2.Articles.Update(a.ID, up("M. Holt and J. Penn", in2.ReadAt))
		refused(t, "article", err, "This article was changed", "byline")
	})
}

// Undo in one window over an edit another window made since is refused (the row no
// longer holds what the undone change left), and the other window's edit stays.
func TestUndoOverAnotherWindowsNewerEditIsRefused(t *testing.T) {
	ws1, s1 := MustOpenWorkspace(t, true)
	s2 := secondWindow(t, ws1)
	c, err := s1.Claims.Create(ClaimInput{Statement: "The Velmar ferry resumes on Monday"})
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	if _, err := s1.Claims.Update(c.ID, ClaimPatch{Statement: str("The Velmar ferry resumes on Tuesday")}); err != nil {
		t.Fatal(err)
	}
	read, _ := s2.Claims.Get(c.ID)
	if _, err := s2.Claims.Update(c.ID, ClaimPatch{Statement: str("The Velmar ferry resumes next week"), ReadAt: &read.ReadAt}); err != nil {
		t.Fatal(err)
	}
	_, err = s1.History.Undo()
	wantCode(t, err, CodeConflict, "changed since")
	if got, _ := s1.Claims.Get(c.ID); got.Statement != "The Velmar ferry resumes next week" {
		t.Errorf("window 2's statement became %q", got.Statement)
	}
	// window 2 undoes its own edit; window 1's undo then applies
	if _, err := s2.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := s1.History.Undo(); err != nil {
		t.Errorf("window 1's undo once the row is as it left it: %v", err)
	}
}

// secondWindow opens ws's file again, as a browser on `serve` beside the desktop window
// (or a second analyst) does: its own connections, session and services.
func secondWindow(t *testing.T, ws *Workspace) *Services {
	t.Helper()
	ws2, err := OpenWorkspace(context.Background(), ws.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws2.Close() })
	return NewServices(ws2)
}

// Only the refusal of a save over another window's edit carries the stale marker: other
// conflicts (a name taken, a busy workspace) say the same kind of words without it.
func TestOnlyAStaleSaveIsMarkedStale(t *testing.T) {
	for _, err := range []error{
		Conflict("This claim was changed in another window at 10:02 (statement): reload to see it."),
		Conflict("workspace busy: another program is writing to it; your change was not saved yet — try again"),
		NotFound("claim 3 does not exist"),
	} {
		if b, _ := json.Marshal(FormatError(err)); strings.Contains(string(b), "stale") {
			t.Errorf("%v: payload %s is marked stale", err, b)
		}
	}
}
