package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

const xlsxNote = "Лю́бимова — 北朝鮮 ✓ “quoted”, =1+1"

// xlsxFixture: the export fixture plus a note span on a date-like quote ("June 29"),
// with non-Latin text and a formula-like note, and a note longer than an Excel cell.
func xlsxFixture(t *testing.T) (*exportFixture, string) {
	t.Helper()
	f := newExportFixture(t)
	a, s, e := articleWith(t, f.svc, "", "June 29")
	if _, err := f.svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "June 29", Note: xlsxNote}); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("long note ", 4000) // 40,000 characters
	if _, err := f.svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "June 29", Note: long}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "claimdesk.xlsx")
	if _, err := f.svc.Export.ExportToFile(path, false, ExportOptions{What: "all", Format: "xlsx"}); err != nil {
		t.Fatal(err)
	}
	return f, path
}

func TestXLSXReadBack(t *testing.T) {
	f, path := xlsxFixture(t)
	book, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if got := strings.Join(book.GetSheetList(), ","); got != strings.Join(ExportWhat, ",") {
		t.Fatalf("sheets %s", got)
	}
	rows, err := book.GetRows("annotations")
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	col := func(name string) int {
		for i, h := range head {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	var n int
	f.ws.DB().QueryRow("SELECT count(*) FROM spans").Scan(&n)
	if len(rows)-1 != n {
		t.Fatalf("%d rows; want %d spans", len(rows)-1, n)
	}
	panes, err := book.GetPanes("annotations")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("header not frozen: %+v, %v", panes, err)
	}
	tables, err := book.GetTables("annotations")
	if err != nil || len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:") {
		t.Fatalf("no filtered table: %+v, %v", tables, err)
	}
	cellName := func(c, r int) string { s, _ := excelize.CoordinatesToCellName(c+1, r+1); return s }
	found, cut := false, false
	for r := 1; r < len(rows); r++ {
		note, _ := book.GetCellValue("annotations", cellName(col("note"), r))
		quoteType, _ := book.GetCellType("annotations", cellName(col("quote"), r))
		if note == xlsxNote {
			found = true
			quote, _ := book.GetCellValue("annotations", cellName(col("quote"), r))
			noteType, _ := book.GetCellType("annotations", cellName(col("note"), r))
			if quote != "June 29" || quoteType != excelize.CellTypeSharedString && quoteType != excelize.CellTypeInlineString ||
				noteType != excelize.CellTypeSharedString && noteType != excelize.CellTypeInlineString {
				t.Errorf("quote %q (%v), note type %v: want text cells", quote, quoteType, noteType)
			}
			if ft, _ := book.GetCellFormula("annotations", cellName(col("note"), r)); ft != "" {
				t.Errorf("note became a formula: %q", ft)
			}
			start, _ := book.GetCellType("annotations", cellName(col("start_cp"), r))
			conf, _ := book.GetCellType("annotations", cellName(col("confidence"), r))
			if start != excelize.CellTypeNumber && start != excelize.CellTypeUnset || conf != excelize.CellTypeNumber && conf != excelize.CellTypeUnset {
				t.Errorf("start %v, confidence %v: want numbers", start, conf)
			}
			raw, _ := book.GetCellValue("annotations", cellName(col("created_at"), r), excelize.Options{RawCellValue: true})
			shown, _ := book.GetCellValue("annotations", cellName(col("created_at"), r))
			if shown != "2026-11-22 09:30:00" || strings.Contains(raw, "-") {
				t.Errorf("created_at shown %q, stored %q: want a date serial shown as a date", shown, raw)
			}
		}
		if strings.HasSuffix(note, truncatedMarkForTest) {
			cut = true
			if len([]rune(note)) != 32767 {
				t.Errorf("cut note has %d characters", len([]rune(note)))
			}
		}
	}
	if !found || !cut {
		t.Fatalf("note row found %v, long note cut and marked %v", found, cut)
	}
	// In memory (the browser's download): the same workbook, base64.
	res := mustExport(t, f.svc, ExportOptions{What: "claims", Format: "xlsx"})
	data, err := base64.StdEncoding.DecodeString(res.Content)
	if err != nil || res.Encoding != "base64" || !bytes.HasPrefix(data, []byte("PK")) || !strings.HasSuffix(res.Filename, ".xlsx") {
		t.Fatalf("in-memory xlsx: %q %v %v", res.Filename, res.Encoding, err)
	}
	_, err = CheckExportOptions(ExportOptions{What: "all", Format: "csv"})
	wantCode(t, err, CodeInvalid, "xlsx format only")
}

const truncatedMarkForTest = "the CSV and JSONL exports hold the whole text]"

// LibreOffice, headless, opens the workbook with the right characters and types: text
// stays text ("June 29" is not turned into a date, the note's script and symbols are
// intact) and times are dates.
func TestXLSXOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: scripts/setup.sh installs libreoffice-calc-nogui")
	}
	_, path := xlsxFixture(t)
	out := t.TempDir()
	profile := "file://" + filepath.Join(t.TempDir(), "lo-profile")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// CSV filter options: comma, double quote, UTF-8 (76), first line 1; the sheet
	// "annotations" is the workbook's first.
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile, "--headless", "--convert-to",
		`csv:Text - txt - csv (StarCalc):44,34,76,1`, "--outdir", out, path)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	data, err := os.ReadFile(filepath.Join(out, "claimdesk.csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := recs[0]
	idx := map[string]int{}
	for i, h := range head {
		idx[h] = i
	}
	var row []string
	for _, r := range recs[1:] {
		if r[idx["note"]] == xlsxNote {
			row = r
		}
	}
	if row == nil {
		t.Fatalf("LibreOffice's CSV has no row with the note %q; first rows:\n%s", xlsxNote, string(data[:min(len(data), 2000)]))
	}
	if row[idx["quote"]] != "June 29" || row[idx["created_at"]] != "2026-11-22 09:30:00" || row[idx["confidence"]] != "1" {
		t.Errorf("LibreOffice read quote %q, created_at %q, confidence %q", row[idx["quote"]], row[idx["created_at"]], row[idx["confidence"]])
	}
	t.Logf("LibreOffice %s: note %q, quote %q, created_at %q, start_cp %q", filepath.Base(soffice), row[idx["note"]], row[idx["quote"]], row[idx["created_at"]], row[idx["start_cp"]])
}
