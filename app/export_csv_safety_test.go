package app

import (
	"strconv"
	"strings"
	"testing"

	"claimdesk/app/export"
)

// Issue 15 item 5: a cell holding ";" was written unquoted and its formula after the
// ";" left as it was, so Excel in a ";"-separator locale ran "see;=1+1;".
func TestExportCSVSemicolonCellsQuotedAndNeutralised(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	notes := map[string]string{
		"see;=1+1;":           "see;'=1+1;",
		"a,@SUM(A1:A2)":       "a,'@SUM(A1:A2)",
		"tab\t-2":             "tab\t'-2",
		"ok; plain; text":     "ok; plain; text",
		"x;'=kept reversible": "x;''=kept reversible",
	}
	ids := map[int64]string{}
	for n := range notes {
		sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: n,
			Tags: []string{"t;=cmd|' /C calc'!A0"}})
		if err != nil {
			t.Fatal(err)
		}
		ids[sp.ID] = n
	}
	res := mustExport(t, svc, ExportOptions{What: "annotations", Format: "csv"})
	// Every raw line that holds one of the notes has it inside quotes.
	for _, want := range notes {
		if strings.ContainsAny(want, ";,\t") && !strings.Contains(res.Content, `"`+want+`"`) {
			t.Errorf("cell %q is not quoted in the file", want)
		}
	}
	seen := 0
	for _, r := range byHeader(t, readCSV(t, res.Content)) {
		id, _ := strconv.ParseInt(r["annotation_id"], 10, 64)
		note, ok := ids[id]
		if !ok {
			continue
		}
		seen++
		if r["note"] != notes[note] {
			t.Errorf("note %q exported as %q; want %q", note, r["note"], notes[note])
		}
		if export.Restore(r["note"]) != note {
			t.Errorf("Restore(%q) = %q; want %q", r["note"], export.Restore(r["note"]), note)
		}
		if got := r["tags"]; !strings.Contains(got, ";'=cmd") && !strings.Contains(got, `\;'=cmd`) {
			t.Errorf("tag list %q: the formula after ; is not neutralised", got)
		}
	}
	if seen != len(notes) {
		t.Fatalf("found %d of %d notes in the export", seen, len(notes))
	}
}

// Issue 15, smaller ones: a note over Excel's 32,767-character cell limit was exported
// without a word; Excel cuts it on opening. The CSV keeps it whole and the export warns.
func TestExportWarnsAboutCellsExcelWouldCut(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	short := mustExport(t, svc, ExportOptions{What: "annotations", Format: "csv"})
	if len(short.Warnings) != 0 {
		t.Fatalf("warnings on an ordinary export: %q", short.Warnings)
	}
	long := strings.Repeat("😀", export.ExcelCellLimit/2+1) // 32,768 UTF-16 units, 16,384 code points
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: long}); err != nil {
		t.Fatal(err)
	}
	res := mustExport(t, svc, ExportOptions{What: "annotations", Format: "csv"})
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "1 cell(s) are longer than Excel's limit of 32767") || !strings.Contains(res.Warnings[0], "column note") {
		t.Fatalf("warnings: %q", res.Warnings)
	}
	found := false
	for _, r := range byHeader(t, readCSV(t, res.Content)) {
		found = found || r["note"] == long
	}
	if !found {
		t.Error("the long note is not in the CSV whole")
	}
	if j := mustExport(t, svc, ExportOptions{What: "annotations", Format: "jsonl"}); len(j.Warnings) != 0 {
		t.Errorf("JSONL has no cell limit, yet warns: %q", j.Warnings)
	}
}
