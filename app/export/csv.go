package export

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// BOM is the UTF-8 byte order mark --excel puts first, so Excel reads the file as UTF-8.
const BOM = "\uFEFF"

// isFormulaStart reports whether a cell starting with b would be run as a formula (or
// start a DDE payload) by a spreadsheet: = + - @ tab CR (OWASP, "CSV Injection").
func isFormulaStart(b byte) bool {
	switch b {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// isFieldSeparator reports whether a spreadsheet may split a cell at b: the comma,
// the semicolon (the list separator of many European locales) and tab. Text after one
// may become a cell of its own in a reader that ignores our quotes.
func isFieldSeparator(b byte) bool {
	return b == ',' || b == ';' || b == '\t'
}

// risky reports whether the part of s at p (a cell start, or just after a field
// separator), past any single quotes, starts as a formula.
func risky(s string, p int) (quotes int, ok bool) {
	k := p
	for k < len(s) && s[k] == '\'' {
		k++
	}
	return k - p, k < len(s) && isFormulaStart(s[k])
}

// Neutralise defuses a text cell for spreadsheets (OWASP, "CSV Injection"): the cell,
// and every part of it after a comma, semicolon or tab, that starts with = + - @ tab or
// CR gets a single quote in front, so a spreadsheet shows it as text whether it keeps
// the cell whole or splits it at that separator ("see;=1+1" → "see;'=1+1"). To keep the
// rule reversible, a part that already starts with one or more ' followed by one of
// those characters gets one more. Line breaks are not separators here: a quoted cell
// keeps them, and a note's "- item" lines stay as written. Restore reverses it.
func Neutralise(s string) string {
	var b strings.Builder
	last := 0
	for p := 0; p <= len(s); p++ {
		if p > 0 && !isFieldSeparator(s[p-1]) {
			continue
		}
		if _, ok := risky(s, p); ok {
			if b.Len() == 0 {
				b.Grow(len(s) + 4)
			}
			b.WriteString(s[last:p])
			b.WriteByte('\'')
			last = p
		}
	}
	if last == 0 && b.Len() == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Restore reverses Neutralise.
func Restore(s string) string {
	var b strings.Builder
	last := 0
	for p := 0; p <= len(s); p++ {
		if p > 0 && !isFieldSeparator(s[p-1]) {
			continue
		}
		if q, ok := risky(s, p); ok && q > 0 {
			b.WriteString(s[last:p])
			last = p + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// CleanText is what every text value goes through before it is written, in every format:
// invalid UTF-8 becomes U+FFFD, and in CSV a CR LF pair becomes LF (a CSV reader gives
// CR LF inside a quoted cell back as LF anyway, so writing LF keeps the round trip exact).
func CleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// Cell is exactly the text a CSV reader gets back for a text value: CleanText, CR LF
// as LF, then Neutralise.
func Cell(s string) string {
	return Neutralise(toLF(CleanText(s)))
}

// toLF turns every CR LF into LF until none is left ("\r\r\n" → "\r\n" → "\n"): a CSV
// reader gives any CR LF inside a quoted cell back as LF, so none may be written.
func toLF(s string) string {
	for strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

// ExcelCellLimit is the most characters (UTF-16 units) an Excel cell holds; Excel cuts
// a longer CSV cell without a word, so the writer counts them for a warning.
const ExcelCellLimit = 32767

// CSVWriter writes RFC 4180 CSV: UTF-8, comma-separated, CR LF after each record, a cell
// quoted (with "" for ") when it holds a comma, semicolon, tab, quote, CR or LF or starts
// or ends with a space, so it stays one cell in comma- and semicolon-separator locales.
// Text cells (and lists) are neutralised; numbers are written as numbers.
type CSVWriter struct {
	w       *bufio.Writer
	excel   bool
	buf     []byte
	columns []string
	records int
	long    LongCells
}

// LongCells counts the cells longer than ExcelCellLimit and names the first.
type LongCells struct {
	Count  int
	Record int    // 1-based data record of the first, 0 when Count is 0
	Column string // its column
}

// NewCSV makes a CSV writer. excel puts a UTF-8 BOM first.
func NewCSV(w io.Writer, excel bool) *CSVWriter {
	return &CSVWriter{w: bufio.NewWriterSize(w, 64<<10), excel: excel}
}

func (c *CSVWriter) Header(columns []string) error {
	if c.excel {
		c.w.WriteString(BOM)
	}
	vals := make([]Value, len(columns))
	for i, n := range columns {
		vals[i] = Text(n)
	}
	err := c.Record(vals)
	c.columns, c.records = columns, 0
	return err
}

// LongCells reports the cells written so far that Excel would cut.
func (c *CSVWriter) LongCells() LongCells { return c.long }

// noteLength counts a cell over Excel's limit. Bytes bound UTF-16 units from above,
// so only long cells are measured.
func (c *CSVWriter) noteLength(col int, s string) {
	if len(s) <= ExcelCellLimit || UTF16Len(s) <= ExcelCellLimit {
		return
	}
	if c.long.Count == 0 {
		c.long.Record = c.records + 1
		if col < len(c.columns) {
			c.long.Column = c.columns[col]
		}
	}
	c.long.Count++
}

// UTF16Len counts s in UTF-16 units, as Excel counts a cell's characters.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

func (c *CSVWriter) Record(values []Value) error {
	b := c.buf[:0]
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		switch v.Kind {
		case KindNull:
		case KindInt, KindBool:
			b = strconv.AppendInt(b, v.I, 10)
		case KindFloat:
			if !math.IsInf(v.F, 0) && !math.IsNaN(v.F) {
				b = strconv.AppendFloat(b, v.F, 'f', -1, 64)
			}
		case KindList:
			cell := Cell(JoinList(v.L))
			c.noteLength(i, cell)
			b = appendCSVField(b, cell)
		default:
			cell := Cell(v.S)
			c.noteLength(i, cell)
			b = appendCSVField(b, cell)
		}
	}
	c.records++
	b = append(b, '\r', '\n')
	c.buf = b
	_, err := c.w.Write(b)
	return err
}

func (c *CSVWriter) Flush() error { return c.w.Flush() }

func appendCSVField(b []byte, s string) []byte {
	if !needsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '"')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '"')
}

func needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	return strings.ContainsAny(s, ",;\t\"\r\n")
}
