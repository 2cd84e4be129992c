package app

import (
	"database/sql"
	"strings"
	"testing"

	"claimdesk/app/names"
)

// The suggester's known names (suggest_cache.go) and the matcher's known participants
// (matching_known.go) are kept while the workspace is unchanged. A program other than
// claimdesk (the sqlite3 shell, a colleague's script) writes no audit entry, so the audit
// log alone never saw its alias: the next run or proposal used the kept reading until
// claimdesk was restarted. Each test warms the cache, writes an alias through a plain
// connection of its own (openAsAnotherTool), and checks the next run or proposal uses it,
// and no longer uses it once that program deletes it.

func addAliasAsAnotherTool(t *testing.T, tool *sql.DB, entityID int64, alias string) {
	t.Helper()
	if _, err := tool.Exec(`INSERT INTO entity_aliases (entity_id, alias, alias_key, origin, created_at)
		VALUES (?, ?, ?, 'analyst', '2026-06-03T09:00:00.000Z')`, entityID, alias, names.Key(alias)); err != nil {
		t.Fatal(err)
	}
}

func removeAliasAsAnotherTool(t *testing.T, tool *sql.DB, entityID int64, alias string) {
	t.Helper()
	if res, err := tool.Exec(`DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key = ?`, entityID, names.Key(alias)); err != nil {
		t.Fatal(err)
	} else if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("the other program deleted %d aliases, want 1", n)
	}
}

func TestKnownNamesCacheSeesAnAliasAnotherProgramWrote(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := mustEntity(t, svc, "Marek Olsin")
	probe := importText(t, svc, "probe.txt", cacheProbe)
	if got := knownAs(t, svc, probe, "Halden Vorst"); got != 0 {
		t.Fatalf("Halden Vorst is known (entity %d) before it is an alias", got)
	}
	tool := openAsAnotherTool(t, ws.DB().Path)
	addAliasAsAnotherTool(t, tool, id, "Halden Vorst")
	if got := knownAs(t, svc, probe, "Halden Vorst"); got != id {
		t.Fatalf("after another program filed Halden Vorst as an alias of entity %d, the run links it to %d", id, got)
	}
	removeAliasAsAnotherTool(t, tool, id, "Halden Vorst")
	if got := knownAs(t, svc, probe, "Halden Vorst"); got != 0 {
		t.Errorf("after another program deleted the alias, the run still links Halden Vorst to entity %d", got)
	}
}

// The texts and names are those of TestMatchSeesEachChangeToWhoTakesPart (written for it).
func TestMatchSeesAnAliasAnotherProgramWrote(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	gov, brannock := governmentAndMinister(t, svc)
	if _, err := svc.Entities.SetSpeaksFor(brannock.ID, gov.ID); err != nil {
		t.Fatal(err)
	}
	mine := "The Uruguayan government announced on Monday that trucks may cross again."
	d := pastedClaim(t, svc, PastedArticle{Title: "Bridge reopens", Outlet: "Ostrel Daily", PublishedAt: "2026-06-01", Body: mine + "\n"}, mine, "The Uruguayan government announced that trucks may cross again")
	titled := "The transport minister announced on Monday that trucks may cross again."
	pasteOne(t, svc, PastedArticle{Title: "Queue at the bridge", Outlet: "Marrow Courier", PublishedAt: "2026-06-02", Body: titled + "\n"}, titled)
	explains := func(step string, want bool) {
		t.Helper()
		c, got, _ := proposedOrWeaker(t, svc, d.ID, titled)
		if !got {
			t.Fatalf("%s: %q not proposed: %s", step, titled, c.Explanation)
		}
		if has := strings.Contains(c.Explanation, "Government of Uruguay"); has != want {
			t.Errorf("%s: the explanation names the government %v, want %v: %s", step, has, want, c.Explanation)
		}
	}
	explains("no alias yet", false) // the proposal that fills the cache
	tool := openAsAnotherTool(t, ws.DB().Path)
	addAliasAsAnotherTool(t, tool, brannock.ID, "transport minister")
	explains("an alias another program filed", true)
	removeAliasAsAnotherTool(t, tool, brannock.ID, "transport minister")
	explains("the alias another program deleted", false)
}
