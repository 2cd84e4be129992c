package app

import (
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app/export"

	"github.com/xuri/excelize/v2"
)

// Excel's cell limit, 32,767 characters, counts UTF-16 units (its LEN of "😀" is 2), as
// the CSV export's warning counts them; the workbook counted code points. A note of
// 20,000 characters outside the Basic Multilingual Plane (emoji, 𝓚-style letters, rare CJK:
// 40,000 units) passed as short, and excelize cut it to 32,767 units with no mark and no
// warning: half the note gone silently. It is cut, marked and counted as a longer note is.
func TestXLSXCountsTheCellLimitInUTF16Units(t *testing.T) {
	f := newExportFixture(t)
	a, s, e := articleWith(t, f.svc, "", "June 29")
	note := strings.Repeat("𠀋", 19990) + " the end" // 39,988 UTF-16 units, 19,998 code points
	if _, err := f.svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "June 29", Note: note}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "notes.xlsx")
	res, err := f.svc.Export.ExportToFile(path, false, ExportOptions{What: "annotations", Format: "xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, err := book.GetRows("annotations")
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "note" {
			col = i
		}
	}
	var got string
	for _, r := range rows[1:] {
		if col < len(r) && strings.HasPrefix(r[col], "𠀋𠀋") {
			got = r[col]
		}
	}
	if got == "" {
		t.Fatal("the long note's row is missing")
	}
	if n := export.UTF16Len(got); n > 32767 {
		t.Errorf("the note's cell holds %d UTF-16 units; Excel holds 32,767", n)
	}
	if got != note && !strings.HasSuffix(got, truncatedMarkForTest) {
		t.Errorf("the note was cut to %d of %d code points with no mark (ends %q)", len([]rune(got)), len([]rune(note)), string([]rune(got)[len([]rune(got))-3:]))
	}
	if len(res.Warnings) == 0 {
		t.Errorf("no warning that a cell was cut: %+v", res)
	}
}
