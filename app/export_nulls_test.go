package app

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Every format writes "there is none" the same way, decided by absentWhenEmpty alone:
// JSON Lines null (never ""), CSV an empty cell, XLSX a blank cell; a column not listed
// is never null. The fixture has what makes each listed case happen (a note with no
// entity or claim, an ungraded claim, evidence with no span, standing assessments).
func TestExportNullsPerFormat(t *testing.T) {
	f := newExportFixture(t)
	// Must be null somewhere in the fixture: the absent link of each export.
	mustSee := map[string][]string{
		"annotations": {"entity_id", "entity", "entity_uuid", "claim_id", "claim_uuid", "credibility", "grade", "speaker_entity_id", "speaker", "value_low", "date_start"},
		"mentions":    {"speaker_entity_id", "channel_source_id", "date_start"},
		"claims":      {"credibility", "assessment_id", "assessment_uuid", "assessed_at", "analyst", "grade"},
		"entities":    {"merged_into_id"},
		"assessments": {"retracted_at"},
		"evidence":    {"annotation_id", "start_cp", "quote", "page_url"},
	}
	for _, what := range ExportWhat {
		absent := set(absentWhenEmpty[what]...)
		lines := readJSONL(t, mustExport(t, f.svc, ExportOptions{What: what, Format: "jsonl"}).Content)
		csvRows := byHeader(t, readCSV(t, mustExport(t, f.svc, ExportOptions{What: what, Format: "csv"}).Content))
		if len(lines) == 0 || len(lines) != len(csvRows) {
			t.Fatalf("%s: %d JSONL lines, %d CSV rows", what, len(lines), len(csvRows))
		}
		book := xlsxOf(t, f.svc, what)
		seen := map[string]bool{}
		for i, line := range lines {
			for _, col := range ExportColumns(what) {
				v, ok := line[col]
				if !ok {
					t.Fatalf("%s line %d has no %s", what, i, col)
				}
				if v == nil {
					// excelize reads a blank cell and a streamed number alike as "unset";
					// the value tells them apart.
					if !absent[col] {
						t.Errorf("%s line %d: %s is null, but the column is not one that may be absent", what, i, col)
					}
					seen[col] = true
					if csvRows[i][col] != "" {
						t.Errorf("%s row %d: CSV %s = %q where JSONL is null", what, i, col, csvRows[i][col])
					}
					if cell := book.cell(i, col); cell.value != "" || cell.typ != excelize.CellTypeUnset {
						t.Errorf("%s row %d: XLSX %s = %q (type %v) where JSONL is null; want a blank cell", what, i, col, cell.value, cell.typ)
					}
				} else if s, isText := v.(string); isText && s == "" && absent[col] {
					t.Errorf(`%s line %d: %s is "" where there is none; JSON Lines writes null`, what, i, col)
				}
			}
		}
		for _, col := range mustSee[what] {
			if !seen[col] {
				t.Errorf("%s: %s is never null in the fixture (the test would not see a wrong value)", what, col)
			}
		}
	}
}

type xlsxCell struct {
	value string
	typ   excelize.CellType
}

type xlsxSheet struct {
	f    *excelize.File
	name string
	cols map[string]int
}

// cell returns the cell of data row i (0-based) in column col.
func (s xlsxSheet) cell(i int, col string) xlsxCell {
	name, _ := excelize.CoordinatesToCellName(s.cols[col]+1, i+2)
	v, _ := s.f.GetCellValue(s.name, name)
	typ, _ := s.f.GetCellType(s.name, name)
	return xlsxCell{v, typ}
}

func xlsxOf(t *testing.T, svc *Services, what string) xlsxSheet {
	t.Helper()
	path := filepath.Join(t.TempDir(), what+".xlsx")
	if _, err := svc.Export.ExportToFile(path, false, ExportOptions{What: what, Format: "xlsx"}); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { book.Close() })
	head, err := book.GetRows(what)
	if err != nil || len(head) == 0 {
		t.Fatalf("%s sheet: %v", what, err)
	}
	cols := map[string]int{}
	for i, c := range head[0] {
		cols[c] = i
	}
	return xlsxSheet{book, what, cols}
}

// The annotations export says, for every mention, its hedge, its normalised values and
// its speaker, the same in CSV, JSON Lines and XLSX.
func TestExportAnnotationsCarryHedgeValuesAndSpeaker(t *testing.T) {
	f := newExportFixture(t)
	// The "around 11,000 elite troops" mention gets a speaker.
	person := *f.person.EntityID
	var m Mention
	for _, x := range f.claim.Mentions {
		if strings.Contains(x.Quote, "11,000") {
			m = x
		}
	}
	if m.SpanID == 0 {
		t.Fatalf("no 11,000 mention in %+v", f.claim.Mentions)
	}
	if _, err := f.svc.Claims.UpdateMention(m.SpanID, MentionPatch{SpeakerEntityID: &person}); err != nil {
		t.Fatal(err)
	}
	id := strconv.FormatInt(m.SpanID, 10)
	var line map[string]any
	for _, l := range readJSONL(t, mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "jsonl"}).Content) {
		if l["annotation_id"].(json.Number).String() == id {
			line = l
		}
	}
	if line == nil {
		t.Fatalf("mention %s not exported", id)
	}
	readings, _ := line["readings"].([]any)
	if line["hedge"] != "around" || line["raw_value"] != "11,000" || line["value_kind"] != "figure" ||
		// "around 11,000": the hedge widens the reading to 9,900-12,100 (app/reading).
		line["value_low"].(json.Number).String() != "9900" || len(readings) != 1 || readings[0] != "9900..12100 troops" ||
		line["speaker"] != "Olga Lyubimova" || line["speaker_entity_id"].(json.Number).String() != strconv.FormatInt(person, 10) ||
		line["speaker_uuid"] == nil {
		t.Fatalf("mention line: hedge %v raw %v kind %v low %v readings %v speaker %v/%v/%v", line["hedge"], line["raw_value"],
			line["value_kind"], line["value_low"], readings, line["speaker"], line["speaker_entity_id"], line["speaker_uuid"])
	}
	var row map[string]string
	for _, r := range byHeader(t, readCSV(t, mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "csv"}).Content)) {
		if r["annotation_id"] == id {
			row = r
		}
	}
	if row["hedge"] != "around" || row["value_low"] != "9900" || row["readings"] != readings[0] || row["speaker"] != "Olga Lyubimova" {
		t.Fatalf("mention CSV row: %v", row)
	}
	book := xlsxOf(t, f.svc, "annotations")
	for i := 0; ; i++ {
		c := book.cell(i, "annotation_id")
		if c.value == "" {
			t.Fatal("mention not in the workbook")
		}
		if c.value != id {
			continue
		}
		low := book.cell(i, "value_low")
		if book.cell(i, "hedge").value != "around" || low.value != "9900" || low.typ != excelize.CellTypeNumber && low.typ != excelize.CellTypeUnset ||
			book.cell(i, "speaker").value != "Olga Lyubimova" || book.cell(i, "readings").value != readings[0] {
			t.Fatalf("mention in XLSX: hedge %v low %v readings %v", book.cell(i, "hedge"), low, book.cell(i, "readings"))
		}
		break
	}
}

// The docs' Python example reads the CSV back exactly: its restore() takes off every
// neutralising apostrophe (at the cell's start and after , ; or tab), and only those.
func TestDocsPythonExampleRestoresCells(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	doc, err := os.ReadFile(filepath.Join("..", "docs", "export.md"))
	if err != nil {
		t.Fatal(err)
	}
	code := string(doc)
	start := strings.Index(code, "```python\n")
	if start < 0 {
		t.Fatal("no python example in docs/export.md")
	}
	code = code[start+len("```python\n"):]
	code = code[:strings.Index(code, "```")]

	f := newExportFixture(t)
	notes := []string{`=1+1`, `see;=1+1;`, `a,@SUM(A1)`, `'=already quoted`, `''-two`, "tab\t-x", `-- a remark`, `plain, text; ok`, "- item\n- item"}
	var ids []int64
	for _, n := range notes {
		a, s, e := articleWith(t, f.svc, "Reuters", "Olga Lyubimova")
		sp, err := f.svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: n})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, sp.ID)
	}
	dir := t.TempDir()
	csv := mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "csv", Excel: true}).Content
	jsonl := mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "jsonl", State: "suggested"}).Content
	os.WriteFile(filepath.Join(dir, "annotations.csv"), []byte(csv), 0o600)
	os.WriteFile(filepath.Join(dir, "pending.jsonl"), []byte(jsonl), 0o600)
	code += "\nimport sys\njson.dump({r['annotation_id']: r['note'] for r in rows}, sys.stdout)\n"
	cmd := exec.Command(py, "-c", code)
	cmd.Dir = dir
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var got map[string]string
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if g := got[strconv.FormatInt(id, 10)]; g != notes[i] {
			t.Errorf("python read note %q back as %q", notes[i], g)
		}
	}
	if g := got[strconv.FormatInt(f.note.ID, 10)]; g != f.note.Note {
		t.Errorf("python read %q back as %q", f.note.Note, g)
	}
}
