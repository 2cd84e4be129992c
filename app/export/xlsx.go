package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Excel's limits (https://support.microsoft.com/office/excel-specifications-and-limits):
// a cell holds at most 32,767 characters and a sheet 1,048,576 rows.
const (
	XLSXMaxCellChars = 32767
	XLSXMaxRows      = 1048576
)

// truncatedMark ends a cell cut to Excel's limit, so the cut is never silent.
const truncatedMark = " […cut at Excel's 32,767-character cell limit; the CSV and JSONL exports hold the whole text]"

// XLSXWorkbook is an Excel workbook written with excelize (streaming, so memory stays
// bounded): one sheet per exported table, a frozen header row with filters, and typed
// cells. Text (quotes, notes, names) is always a text cell: Excel and LibreOffice never
// read "June 30" in a quote as a date, nor "=1+1" in a note as a formula.
type XLSXWorkbook struct {
	f         *excelize.File
	sheets    int
	dateStyle int
	headStyle int
	// Truncated counts the cells cut to Excel's limit (the export warns).
	Truncated int
}

func NewXLSX() (*XLSXWorkbook, error) {
	f := excelize.NewFile()
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd hh:mm:ss")})
	if err != nil {
		return nil, err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	return &XLSXWorkbook{f: f, dateStyle: date, headStyle: head}, nil
}

func strPtr(s string) *string { return &s }

// Sheet starts a sheet named name; it takes the table's records (a RecordWriter).
func (b *XLSXWorkbook) Sheet(name string) *XLSXSheet {
	return &XLSXSheet{b: b, name: name}
}

// Write writes the workbook.
func (b *XLSXWorkbook) Write(w io.Writer) error {
	if b.sheets == 0 {
		return fmt.Errorf("no sheet was written")
	}
	_, err := b.f.WriteTo(w)
	if cerr := b.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// XLSXSheet writes one table's records; past Excel's row limit it goes on in a sheet
// named "name (2)", and so on.
type XLSXSheet struct {
	b       *XLSXWorkbook
	name    string
	part    int
	sw      *excelize.StreamWriter
	sheet   string
	columns []string
	dates   []bool
	row     int
	cells   []any
}

// isDateColumn: the columns that hold times or dates (created_at, published_at,
// date_start, …) become date cells when their text is a full date.
func isDateColumn(c string) bool {
	return strings.HasSuffix(c, "_at") || c == "date_start" || c == "date_end"
}

func (s *XLSXSheet) Header(columns []string) error {
	s.columns = columns
	s.dates = make([]bool, len(columns))
	for i, c := range columns {
		s.dates[i] = isDateColumn(c)
	}
	return s.startPart()
}

func (s *XLSXSheet) startPart() error {
	s.part++
	s.sheet = s.name
	if s.part > 1 {
		s.sheet = fmt.Sprintf("%s (%d)", s.name, s.part)
	}
	b := s.b
	if b.sheets == 0 {
		if err := b.f.SetSheetName("Sheet1", s.sheet); err != nil {
			return err
		}
	} else if _, err := b.f.NewSheet(s.sheet); err != nil {
		return err
	}
	b.sheets++
	sw, err := b.f.NewStreamWriter(s.sheet)
	if err != nil {
		return err
	}
	s.sw = sw
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(s.columns))
	for i, c := range s.columns {
		head[i] = excelize.Cell{StyleID: b.headStyle, Value: c}
	}
	s.row = 1
	return sw.SetRow("A1", head)
}

func (s *XLSXSheet) Record(vals []Value) error {
	if s.row >= XLSXMaxRows {
		if err := s.endPart(); err != nil {
			return err
		}
		if err := s.startPart(); err != nil {
			return err
		}
	}
	s.cells = s.cells[:0]
	for i, v := range vals {
		s.cells = append(s.cells, s.cell(i, v))
	}
	s.row++
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, s.cells)
}

func (s *XLSXSheet) cell(i int, v Value) any {
	switch v.Kind {
	case KindNull:
		return nil
	case KindInt:
		return v.I
	case KindFloat:
		return v.F
	case KindBool:
		return v.I != 0
	case KindList:
		return s.text(JoinList(v.L))
	}
	if i < len(s.dates) && s.dates[i] {
		if t, ok := parseDate(v.S); ok {
			return excelize.Cell{StyleID: s.b.dateStyle, Value: t}
		}
	}
	return s.text(v.S)
}

// text keeps a string within Excel's cell limit, marking any cut. The limit counts UTF-16
// units, as Excel (and excelize, which would otherwise cut the cell again, unmarked) does:
// a character outside the Basic Multilingual Plane (an emoji, 𝓚) is two.
func (s *XLSXSheet) text(str string) string {
	if len(str) <= XLSXMaxCellChars || UTF16Len(str) <= XLSXMaxCellChars {
		return str
	}
	s.b.Truncated++
	keep := XLSXMaxCellChars - UTF16Len(truncatedMark)
	n := 0
	for i, r := range str {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > keep {
			return str[:i] + truncatedMark
		}
		n += w
	}
	return str
}

// parseDate reads the workspace's times (RFC 3339 UTC) and dates (YYYY-MM-DD); a
// partial date ("2025-06") stays text.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

func (s *XLSXSheet) endPart() error {
	if s.row >= 2 {
		last, err := excelize.CoordinatesToCellName(len(s.columns), s.row)
		if err != nil {
			return err
		}
		// A table gives the header its filter buttons (a stream sheet takes one table).
		name := fmt.Sprintf("t_%s_%d", strings.NewReplacer(" ", "_", "(", "", ")", "").Replace(s.name), s.part)
		if err := s.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: name, StyleName: "TableStyleLight1", ShowRowStripes: boolPtr(true)}); err != nil {
			return err
		}
	}
	return s.sw.Flush()
}

func boolPtr(b bool) *bool { return &b }

// Flush ends the sheet (the workbook is written by XLSXWorkbook.Write).
func (s *XLSXSheet) Flush() error { return s.endPart() }
