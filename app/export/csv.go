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

// Neutralise defuses a text cell for spreadsheets: a cell that starts with = + - @ tab
// or CR gets a single quote in front, so it is shown as text and never evaluated. To
// keep the rule reversible, a cell that already starts with one or more ' followed by
// one of those characters gets one more. Reverse it with Restore.
func Neutralise(s string) string {
	i := 0
	for i < len(s) && s[i] == '\'' {
		i++
	}
	if i < len(s) && isFormulaStart(s[i]) {
		return "'" + s
	}
	return s
}

// Restore reverses Neutralise.
func Restore(s string) string {
	i := 0
	for i < len(s) && s[i] == '\'' {
		i++
	}
	if i > 0 && i < len(s) && isFormulaStart(s[i]) {
		return s[1:]
	}
	return s
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
	s = CleanText(s)
	if strings.Contains(s, "\r\n") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return Neutralise(s)
}

// CSVWriter writes RFC 4180 CSV: UTF-8, comma-separated, CR LF after each record, a cell
// quoted (with "" for ") when it holds a comma, quote, CR or LF or starts or ends with a
// space. Text cells (and lists) are neutralised; numbers are written as numbers.
type CSVWriter struct {
	w     *bufio.Writer
	excel bool
	buf   []byte
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
	return c.Record(vals)
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
			b = appendCSVField(b, Cell(JoinList(v.L)))
		default:
			b = appendCSVField(b, Cell(v.S))
		}
	}
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
	return strings.ContainsAny(s, ",\"\r\n")
}
