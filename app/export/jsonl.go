package export

import (
	"bufio"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"unicode/utf8"
)

// JSONLWriter writes JSON Lines: one JSON object per record and line, keys in column
// order, numbers as numbers, missing links as null, lists as arrays of strings. Text is
// written as it is stored (no formula neutralisation: JSON is not run by spreadsheets).
type JSONLWriter struct {
	w    *bufio.Writer
	keys [][]byte // `"name":` per column, pre-encoded
	buf  []byte
}

// NewJSONL makes a JSON Lines writer.
func NewJSONL(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

func (j *JSONLWriter) Header(columns []string) error {
	j.keys = make([][]byte, len(columns))
	for i, c := range columns {
		k := AppendJSONString(nil, c)
		j.keys[i] = append(k, ':')
	}
	return nil
}

func (j *JSONLWriter) Record(values []Value) error {
	b := append(j.buf[:0], '{')
	for i, v := range values {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, j.keys[i]...)
		b = AppendJSONValue(b, v)
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

func (j *JSONLWriter) Flush() error { return j.w.Flush() }

// AppendJSONValue appends v as JSON.
func AppendJSONValue(b []byte, v Value) []byte {
	switch v.Kind {
	case KindNull:
		return append(b, "null"...)
	case KindInt:
		return strconv.AppendInt(b, v.I, 10)
	case KindFloat:
		if math.IsInf(v.F, 0) || math.IsNaN(v.F) {
			return append(b, "null"...)
		}
		return strconv.AppendFloat(b, v.F, 'f', -1, 64)
	case KindBool:
		return strconv.AppendBool(b, v.I != 0)
	case KindList:
		b = append(b, '[')
		for i, s := range v.L {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendJSONString(b, s)
		}
		return append(b, ']')
	}
	return AppendJSONString(b, v.S)
}

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s as a JSON string: invalid UTF-8 as U+FFFD, control
// characters, U+2028 and U+2029 escaped (as encoding/json does, minus HTML escaping).
func AppendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonLine writes v (a struct for encoding/json) as one line.
func jsonLine(w *bufio.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
