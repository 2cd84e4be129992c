package app

import (
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Undoing a merge takes it back whole, so merging the same file again must ask the same
// questions as the first time (docs/merge.md, "One action, idempotent").

// fullDump is every row of every table of ws (search indexes through their virtual
// tables, not their shadow tables, whose pages differ after an insert and a delete).
// audit_log is left to auditTail: it is append-only, so an undo adds to it.
func fullDump(t *testing.T, ws *Workspace) map[string][]string {
	t.Helper()
	d := ws.DB()
	rows, err := d.Query(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	virtual := map[string]bool{}
	for rows.Next() {
		var name, ddl string
		if err := rows.Scan(&name, &ddl); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(strings.ToUpper(ddl), "CREATE VIRTUAL TABLE") {
			virtual[name] = true
		}
		tables = append(tables, name)
	}
	rows.Close()
	out := map[string][]string{}
	for _, name := range tables {
		shadow := false
		for v := range virtual {
			if strings.HasPrefix(name, v+"_") {
				shadow = true
			}
		}
		if shadow || name == "audit_log" {
			continue
		}
		sel := `SELECT * FROM "` + name + `"`
		if virtual[name] {
			sel = `SELECT rowid, * FROM "` + name + `"`
		}
		out[name] = tableRows(t, d.DB, sel)
	}
	return out
}

func tableRows(t *testing.T, d *sql.DB, query string, args ...any) []string {
	t.Helper()
	rows, err := d.Query(query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i, c := range cols {
			if v, ok := vals[i].([]byte); ok {
				vals[i] = string(v)
			}
			fmt.Fprintf(&b, "%s=%v ", c, vals[i])
		}
		out = append(out, b.String())
	}
	sort.Strings(out)
	return out
}

func sameFullDump(t *testing.T, what string, a, b map[string][]string) {
	t.Helper()
	for name := range a {
		if _, ok := b[name]; !ok {
			t.Fatalf("%s: table %s missing", what, name)
		}
	}
	for name, rows := range b {
		sameDump(t, what+" ("+name+")", a[name], rows)
	}
}

// maxAuditID is the newest audit entry's id.
func maxAuditID(t *testing.T, ws *Workspace) int64 {
	t.Helper()
	var id int64
	if err := ws.DB().QueryRow(`SELECT coalesce(max(id), 0) FROM audit_log`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// auditUndoneSince checks the audit log after since: one action's batch and, after it,
// one undo entry for each of its entries and nothing else. The log before since is
// untouched (entries are never rewritten).
func auditUndoneSince(t *testing.T, ws *Workspace, since int64, before []string) {
	t.Helper()
	d := ws.DB().DB
	sameDump(t, "the audit log up to the merge", before, tableRows(t, d, `SELECT * FROM audit_log WHERE id <= ?`, since))
	var actions, undos, stray int
	err := d.QueryRow(`SELECT
		count(*) FILTER (WHERE action NOT IN ('undo', 'redo')),
		count(*) FILTER (WHERE action = 'undo' AND undoes_id > ?),
		count(*) FILTER (WHERE action = 'redo' OR (action = 'undo' AND (undoes_id IS NULL OR undoes_id <= ?)))
		FROM audit_log WHERE id > ?`, since, since, since).Scan(&actions, &undos, &stray)
	if err != nil {
		t.Fatal(err)
	}
	var batches int
	if err := d.QueryRow(`SELECT count(DISTINCT batch) FROM audit_log WHERE id > ? AND action NOT IN ('undo', 'redo')`, since).Scan(&batches); err != nil {
		t.Fatal(err)
	}
	if actions == 0 || actions != undos || stray != 0 || batches != 1 {
		t.Fatalf("after the merge: %d entries of %d batch(es), %d undo entries of them, %d others", actions, batches, undos, stray)
	}
}

func auditUpTo(t *testing.T, ws *Workspace) (int64, []string) {
	id := maxAuditID(t, ws)
	return id, tableRows(t, ws.DB().DB, `SELECT * FROM audit_log WHERE id <= ?`, id)
}

func claimStatement(t *testing.T, svc *Services, id int64) string {
	t.Helper()
	c, err := svc.Claims.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return c.Statement
}

// wantClaimConflict checks that plan lists the claim's statement as the one conflict,
// with both analysts' wordings.
func wantClaimConflict(t *testing.T, what string, plan MergePlan, key string) {
	t.Helper()
	if len(plan.Conflicts) != 1 || plan.Conflicts[0].Key != key {
		t.Fatalf("%s: conflicts %+v, want %s", what, plan.Conflicts, key)
	}
	f := plan.Conflicts[0].Fields
	if len(f) != 1 || f[0].Field != "statement" || f[0].Mine != mineWording || f[0].Theirs != theirWording {
		t.Fatalf("%s: conflict fields %+v", what, f)
	}
}

const (
	mineWording  = "Russia sent about 11,000 troops to North Korea"
	theirWording = "Russia sent thousands of troops to North Korea"
)

// The bug: after "theirs", undo, then the same merge again kept "mine" without asking.
func TestMergeUndoneThenMergedAgainAsksAgain(t *testing.T) {
	for _, via := range []string{"file", "bundle"} {
		t.Run(via, func(t *testing.T) {
			_, a, b, sa, sb, claimID := twoAnalysts(t)
			theirs := b.DB().Path
			if via == "bundle" {
				theirs = exportBundle(t, sb, "theirs.jsonl")
			}
			key := "claims:" + claimUUID(t, a, claimID)
			before := fullDump(t, a)
			since, log := auditUpTo(t, a)

			first, err := sa.Merge.Preview(theirs)
			if err != nil {
				t.Fatal(err)
			}
			wantClaimConflict(t, "first preview", first, key)
			if _, err := sa.Merge.Merge(theirs, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
				t.Fatal(err)
			}
			if got := claimStatement(t, sa, claimID); got != theirWording {
				t.Fatalf("after theirs: %q", got)
			}

			if _, err := sa.History.Undo(); err != nil {
				t.Fatal(err)
			}
			if got := claimStatement(t, sa, claimID); got != mineWording {
				t.Fatalf("after undo: %q", got)
			}
			sameFullDump(t, "undone merge", before, fullDump(t, a))
			auditUndoneSince(t, a, since, log)

			again, err := sa.Merge.Preview(theirs)
			if err != nil {
				t.Fatal(err)
			}
			wantClaimConflict(t, "merge again after undo", again, key)
			if again.Changes() != first.Changes() {
				t.Fatalf("merge again after undo: %d changes, the first merge %d", again.Changes(), first.Changes())
			}
			if _, err := sa.Merge.Merge(theirs, nil); err == nil || !strings.Contains(err.Error(), "1 conflict") {
				t.Fatalf("an undecided merge again: %v", err)
			}
			if _, err := sa.Merge.Merge(theirs, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
				t.Fatal(err)
			}
			if got := claimStatement(t, sa, claimID); got != theirWording {
				t.Fatalf("after theirs again: %q", got)
			}
		})
	}
}

// "mine" is a decision: merging the same file again keeps it without asking. Undone,
// the decision goes with the merge: asked again, and "theirs" then applies their wording.
func TestMergeMineUndoneThenMergedAgainAsksAgain(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "mine"}}); err != nil {
		t.Fatal(err)
	}
	if got := claimStatement(t, sa, claimID); got != mineWording {
		t.Fatalf("after mine: %q", got)
	}
	merged := fullDump(t, a)
	twice, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil || twice.Changes() != 0 || len(twice.Conflicts) != 0 {
		t.Fatalf("the same file merged again after mine: %+v, %v", twice, err)
	}
	sameFullDump(t, "merged again after mine", merged, fullDump(t, a))
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	again, err := sa.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	wantClaimConflict(t, "merge again after undoing mine", again, key)
	if _, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
		t.Fatal(err)
	}
	if got := claimStatement(t, sa, claimID); got != theirWording {
		t.Fatalf("theirs after undoing mine: %q", got)
	}
}

// Redo after undo brings their value back without asking; merging again then changes nothing.
func TestMergeRedoneKeepsTheirsWithoutAsking(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
		t.Fatal(err)
	}
	merged := fullDump(t, a)
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if got := claimStatement(t, sa, claimID); got != theirWording {
		t.Fatalf("after redo: %q", got)
	}
	sameFullDump(t, "redone merge", merged, fullDump(t, a))
	again, err := sa.Merge.Merge(b.DB().Path, nil)
	if err != nil || again.Changes() != 0 || len(again.Conflicts) != 0 {
		t.Fatalf("merge after redo: %+v, %v", again, err)
	}
}
