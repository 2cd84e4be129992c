package cli_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app"
)

// edit opens the workspace at path, lets fn change it through the services, closes it.
func edit(t *testing.T, path string, fn func(svc *app.Services)) {
	t.Helper()
	ws, err := app.OpenWorkspace(context.Background(), path, app.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	fn(app.NewServices(ws))
}

func TestMergeCommandListsAndSettlesAConflict(t *testing.T) {
	isolate(t)
	mine := newWorkspace(t)
	var claimID int64
	edit(t, mine, func(svc *app.Services) {
		c, err := svc.Claims.Create(app.ClaimInput{Statement: "A 125-strong delegation arrived"})
		if err != nil {
			t.Fatal(err)
		}
		claimID = c.ID
	})
	theirs := filepath.Join(t.TempDir(), "colleague.db")
	if code, out, errs := run(t, "backup", "--db", mine, theirs); code != 0 {
		t.Fatalf("backup: %d %s%s", code, out, errs)
	}
	reword := func(path, statement string) {
		edit(t, path, func(svc *app.Services) {
			if _, err := svc.Claims.Update(claimID, app.ClaimPatch{Statement: &statement}); err != nil {
				t.Fatal(err)
			}
		})
	}
	reword(mine, "A delegation of 125 arrived in Pyongyang")
	reword(theirs, "About 125 Russians arrived")
	edit(t, theirs, func(svc *app.Services) {
		if _, err := svc.Claims.Create(app.ClaimInput{Statement: "The ministers signed a culture plan"}); err != nil {
			t.Fatal(err)
		}
	})

	code, out, errs := run(t, "merge", "--db", mine, theirs)
	if code != 1 || !strings.Contains(out, `statement: mine "A delegation of 125 arrived in Pyongyang", theirs "About 125 Russians arrived"`) ||
		!strings.Contains(out, "[undecided]") || !strings.Contains(errs, "1 conflict(s) need a decision") {
		t.Fatalf("undecided merge: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("claimdesk merge --db mine.db colleague.db (exit %d):\n%s%s", code, out, errs)
	key := out[strings.Index(out, "conflict ")+len("conflict "):]
	key = key[:strings.Index(key, " ")]

	code, out, errs = run(t, "merge", "--db", mine, "--resolve", key+"=theirs", theirs)
	if code != 0 || !strings.Contains(out, "claims                  1 added       1 taken from theirs") || !strings.Contains(out, "[theirs]") {
		t.Fatalf("resolved merge: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("claimdesk merge --db mine.db --resolve %s=theirs colleague.db (exit %d):\n%s", key, code, out)
	edit(t, mine, func(svc *app.Services) {
		c, err := svc.Claims.Get(claimID)
		if err != nil || c.Statement != "About 125 Russians arrived" {
			t.Fatalf("claim after merge: %+v, %v", c, err)
		}
	})
	code, out, _ = run(t, "merge", "--db", mine, theirs)
	if code != 0 || !strings.Contains(out, "0 row(s) added or changed") {
		t.Fatalf("second merge: exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, "merge", "--db", mine, "--take", "both", theirs); code != 2 || !strings.Contains(errs, "--take must be mine or theirs") {
		t.Fatalf("bad --take: %d %s", code, errs)
	}
}

// The same from an export bundle: claimdesk export --what bundle, then claimdesk merge
// BUNDLE, conflicts settled as for a file; a second merge of the bundle changes nothing.
func TestMergeCommandTakesAnExportBundle(t *testing.T) {
	isolate(t)
	mine := newWorkspace(t)
	var claimID int64
	edit(t, mine, func(svc *app.Services) {
		c, err := svc.Claims.Create(app.ClaimInput{Statement: "A 125-strong delegation arrived"})
		if err != nil {
			t.Fatal(err)
		}
		claimID = c.ID
	})
	theirs := filepath.Join(t.TempDir(), "colleague.db")
	if code, out, errs := run(t, "backup", "--db", mine, theirs); code != 0 {
		t.Fatalf("backup: %d %s%s", code, out, errs)
	}
	for path, statement := range map[string]string{mine: "A delegation of 125 arrived", theirs: "About 125 Russians arrived"} {
		edit(t, path, func(svc *app.Services) {
			if _, err := svc.Claims.Update(claimID, app.ClaimPatch{Statement: &statement}); err != nil {
				t.Fatal(err)
			}
		})
	}
	bundle := filepath.Join(t.TempDir(), "colleague.jsonl")
	if code, out, errs := run(t, "export", "--db", theirs, "--what", "bundle", "--out", bundle); code != 0 || !strings.Contains(out, "exported") {
		t.Fatalf("export bundle: %d %s%s", code, out, errs)
	}
	if code, _, errs := run(t, "export", "--db", theirs, "--what", "bundle", "--format", "csv"); code != 2 || !strings.Contains(errs, "JSON Lines") {
		t.Fatalf("bundle as csv: %d %s", code, errs)
	}
	code, out, errs := run(t, "merge", "--db", mine, "--take", "theirs", bundle)
	if code != 0 || !strings.Contains(out, "[theirs]") || !strings.Contains(out, "merged colleague.jsonl") || !strings.Contains(out, "merged_history") {
		t.Fatalf("bundle merge: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("claimdesk merge --db mine.db --take theirs colleague.jsonl (exit %d):\n%s", code, out)
	edit(t, mine, func(svc *app.Services) {
		c, err := svc.Claims.Get(claimID)
		if err != nil || c.Statement != "About 125 Russians arrived" {
			t.Fatalf("claim after merge: %+v, %v", c, err)
		}
	})
	if code, out, _ := run(t, "merge", "--db", mine, bundle); code != 0 || !strings.Contains(out, "0 row(s) added or changed") {
		t.Fatalf("second bundle merge: exit %d\n%s", code, out)
	}
}

// The command line has no undo; the merge it made is undone in the app (the History
// service, as Edit ▸ Undo does). Merging the same file again then asks again; after
// "mine", merging it again changes nothing and asks nothing.
func TestMergeCommandAsksAgainAfterAnUndo(t *testing.T) {
	isolate(t)
	mine := newWorkspace(t)
	var claimID int64
	edit(t, mine, func(svc *app.Services) {
		c, err := svc.Claims.Create(app.ClaimInput{Statement: "A 125-strong delegation arrived"})
		if err != nil {
			t.Fatal(err)
		}
		claimID = c.ID
	})
	theirs := filepath.Join(t.TempDir(), "colleague.db")
	if code, out, errs := run(t, "backup", "--db", mine, theirs); code != 0 {
		t.Fatalf("backup: %d %s%s", code, out, errs)
	}
	for path, statement := range map[string]string{mine: "A delegation of 125 arrived", theirs: "About 125 Russians arrived"} {
		edit(t, path, func(svc *app.Services) {
			if _, err := svc.Claims.Update(claimID, app.ClaimPatch{Statement: &statement}); err != nil {
				t.Fatal(err)
			}
		})
	}
	conflict := `statement: mine "A delegation of 125 arrived", theirs "About 125 Russians arrived"`
	if code, out, errs := run(t, "merge", "--db", mine, "--take", "theirs", theirs); code != 0 || !strings.Contains(out, "[theirs]") {
		t.Fatalf("merge: exit %d\n%s%s", code, out, errs)
	}
	edit(t, mine, func(svc *app.Services) {
		st, err := svc.History.Undo()
		if err != nil || !st.CanRedo || st.RedoLabel != "merge colleague.db" {
			t.Fatalf("undo: %+v, %v", st, err)
		}
	})
	code, out, errs := run(t, "merge", "--db", mine, theirs)
	if code != 1 || !strings.Contains(out, conflict) || !strings.Contains(out, "[undecided]") {
		t.Fatalf("merge again after undo: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("claimdesk merge after the merge was undone (exit %d):\n%s%s", code, out, errs)
	if code, out, errs := run(t, "merge", "--db", mine, "--take", "mine", theirs); code != 0 || !strings.Contains(out, "[mine]") {
		t.Fatalf("merge keeping mine: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := run(t, "merge", "--db", mine, theirs); code != 0 || !strings.Contains(out, "0 row(s) added or changed") || strings.Contains(out, "conflict") {
		t.Fatalf("merge again after mine: exit %d\n%s%s", code, out, errs)
	}
	edit(t, mine, func(svc *app.Services) {
		if c, err := svc.Claims.Get(claimID); err != nil || c.Statement != "A delegation of 125 arrived" {
			t.Fatalf("claim: %+v, %v", c, err)
		}
	})
}

// The command says which of their rows it leaves out because we deleted them, in the
// preview and in the merge, and says nothing of the kind when nothing was deleted.
func TestMergeCommandSaysWhatItLeavesOut(t *testing.T) {
	isolate(t)
	mine := newWorkspace(t)
	var ids []int64
	edit(t, mine, func(svc *app.Services) {
		for _, s := range []string{"The ferry carried 300 passengers", "The pier was closed at noon", "Tickets cost four pounds"} {
			c, err := svc.Claims.Create(app.ClaimInput{Statement: s})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, c.ID)
		}
	})
	theirs := filepath.Join(t.TempDir(), "colleague.db")
	if code, out, errs := run(t, "backup", "--db", mine, theirs); code != 0 {
		t.Fatalf("backup: %d %s%s", code, out, errs)
	}
	if code, out, _ := run(t, "merge", "--db", mine, "--dry-run", theirs); code != 0 || strings.Contains(out, "left out") {
		t.Fatalf("nothing deleted: exit %d\n%s", code, out)
	}
	edit(t, mine, func(svc *app.Services) {
		for _, id := range ids[:2] {
			if err := svc.Claims.Delete(id); err != nil {
				t.Fatal(err)
			}
		}
	})
	want := "left out (deleted here): 2 claims: “The ferry carried 300 passengers”, “The pier was closed at noon”\n"
	code, out, errs := run(t, "merge", "--db", mine, "--dry-run", theirs)
	if code != 0 || !strings.Contains(out, want) {
		t.Fatalf("dry run after deleting two claims: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("claimdesk merge --dry-run (exit %d):\n%s", code, out)
	for i := 0; i < 2; i++ {
		code, out, errs = run(t, "merge", "--db", mine, theirs)
		if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "0 row(s) added or changed") {
			t.Fatalf("merge %d after deleting two claims: exit %d\n%s%s", i+1, code, out, errs)
		}
	}
}
