// Package export writes Claimdesk records out as CSV (RFC 4180, with spreadsheet formula
// neutralisation), JSON Lines, W3C Web Annotation JSON-LD and schema.org ClaimReview
// JSON-LD. It knows nothing of the database: the app package reads pages of rows and
// hands them over as typed values, one record at a time, so memory does not grow with
// the number of records. Formats and columns are documented in docs/export.md.
package export

import (
	"strconv"
	"strings"
)

// Kind is a value's type: it decides how the value is written (a CSV number is never
// neutralised; JSON gets numbers, booleans, null and arrays).
type Kind uint8

const (
	KindNull Kind = iota
	KindText
	KindInt
	KindFloat
	KindBool
	KindList // a list of names (tags, aliases)
)

// Value is one cell of a record.
type Value struct {
	Kind Kind
	S    string
	I    int64
	F    float64
	L    []string
}

func Null() Value               { return Value{Kind: KindNull} }
func Text(s string) Value       { return Value{Kind: KindText, S: s} }
func Int(i int64) Value         { return Value{Kind: KindInt, I: i} }
func Float(f float64) Value     { return Value{Kind: KindFloat, F: f} }
func List(l []string) Value     { return Value{Kind: KindList, L: l} }
func Bool(b bool) Value         { return Value{Kind: KindBool, I: b2i(b)} }
func OptInt(i *int64) Value     { return optInt(i) }
func OptFloat(f *float64) Value { return optFloat(f) }

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func optInt(i *int64) Value {
	if i == nil {
		return Null()
	}
	return Int(*i)
}

func optFloat(f *float64) Value {
	if f == nil {
		return Null()
	}
	return Float(*f)
}

// FormatFloat is how floats are written everywhere: shortest exact decimal, no exponent
// (0.85, 11000, -2.5).
func FormatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// JoinList writes a list of names as one cell: names separated by ";", a ";" or "\"
// inside a name escaped with a backslash ("a;b" → `a\;b`, `a\b` → `a\\b`). SplitList
// reverses it.
func JoinList(l []string) string {
	if len(l) == 0 {
		return ""
	}
	var b strings.Builder
	for i, s := range l {
		if i > 0 {
			b.WriteByte(';')
		}
		for j := 0; j < len(s); j++ {
			if s[j] == ';' || s[j] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(s[j])
		}
	}
	return b.String()
}

// SplitList reverses JoinList. "" is the empty list.
func SplitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == ';':
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(out, cur.String())
}

// RecordWriter writes records of a fixed set of columns.
type RecordWriter interface {
	// Header starts the output (CSV: the header row; JSONL: nothing).
	Header(columns []string) error
	// Record writes one record, one value per column.
	Record(values []Value) error
	// Flush writes out anything buffered.
	Flush() error
}

// String is the value as a CSV cell before neutralisation (numbers as written).
func (v Value) String() string {
	switch v.Kind {
	case KindNull:
		return ""
	case KindInt, KindBool:
		return strconv.FormatInt(v.I, 10)
	case KindFloat:
		return FormatFloat(v.F)
	case KindList:
		return JoinList(v.L)
	}
	return v.S
}
