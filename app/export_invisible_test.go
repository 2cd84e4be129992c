package app

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// Text the analyst edits can hold invisible characters (direction controls, zero-width
// spaces; the UI flags them under the field, lib/invisibleChars.ts). Exports are data for
// other tools: CSV, XLSX and JSON Lines carry the statement and note exactly as stored,
// with no mark the UI draws; the memo is for reading, so it shows the controls as marks
// and never obeys them. Emoji joiners stay in both.
func TestExportsKeepInvisibleCharactersAsStoredAndTheMemoShowsThem(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	const statement = "The Corvale footbridge did \u202eton\u202c close"
	const note = "Call the council \u200bMonday; family 👩\u200d👩\u200d👧 safe; \u2067\u05D1\u05E8\u05D0\u05E9\u2069"
	c, err := svc.Claims.Create(ClaimInput{Statement: statement, Note: note})
	if err != nil {
		t.Fatal(err)
	}
	if c.Statement != statement || c.Note != note {
		t.Fatalf("stored %q / %q", c.Statement, c.Note)
	}

	found := false
	for _, r := range byHeader(t, readCSV(t, mustExport(t, svc, ExportOptions{What: "claims", Format: "csv"}).Content)) {
		if r["claim_id"] == strconv.FormatInt(c.ID, 10) {
			found = true
			if r["statement"] != statement || r["note"] != note {
				t.Errorf("CSV cells %q / %q, want as stored %q / %q", r["statement"], r["note"], statement, note)
			}
		}
	}
	if !found {
		t.Fatal("the claim is not in the CSV export")
	}

	sheet := xlsxOf(t, svc, "claims")
	for i := 0; ; i++ {
		id := sheet.cell(i, "claim_id").value
		if id == "" {
			t.Fatal("the claim is not in the XLSX export")
		}
		if id != strconv.FormatInt(c.ID, 10) {
			continue
		}
		if got := sheet.cell(i, "statement").value; got != statement {
			t.Errorf("XLSX statement %q, want %q", got, statement)
		}
		if got := sheet.cell(i, "note").value; got != note {
			t.Errorf("XLSX note %q, want %q", got, note)
		}
		break
	}

	for _, line := range strings.Split(strings.TrimSpace(mustExport(t, svc, ExportOptions{What: "claims", Format: "jsonl"}).Content), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["statement"] == statement && rec["note"] != note {
			t.Errorf("JSON Lines note %q, want %q", rec["note"], note)
		}
	}

	for _, format := range MemoFormats {
		memo := memoOf(t, svc, MemoOptions{ClaimIDs: []int64{c.ID}, Format: format})
		if strings.ContainsAny(memo, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
			t.Errorf("%s memo obeys a direction control", format)
		}
		if !strings.Contains(memo, "did ◂ton▪ close") {
			t.Errorf("%s memo does not show the statement's controls as marks", format)
		}
		if !strings.Contains(memo, "👩\u200d👩\u200d👧") {
			t.Errorf("%s memo broke the emoji's joiners", format)
		}
	}
}
