package ingest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
)

// mostlyUTF8 tells damaged UTF-8 from a legacy 8-bit file: text in windows-1252
// almost never holds a valid multi-byte UTF-8 sequence (that takes pairs like
// "Ã©"), while UTF-8 with a stray byte holds many. So bytes with at least one
// valid multi-byte sequence, and at least as many of them as invalid bytes,
// are UTF-8 with errors.
func mostlyUTF8(b []byte) bool {
	multi, bad := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			multi++
		}
		i += size
	}
	return multi > 0 && multi >= bad
}

// invalidUTF8Error names the first bad byte of raw, its offset and line, and a
// way forward that works: for damaged UTF-8, fixing the byte or reading it
// with utf-8-replace (never a silent re-decode); otherwise windows-1252.
func invalidUTF8Error(raw []byte, off int, damaged bool) *Error {
	line := bytes.Count(raw[:off], []byte{'\n'}) + 1
	if damaged {
		return newError(ReasonInvalidUTF8, off, fmt.Sprintf(
			"the file is UTF-8 but has an invalid byte 0x%02X at byte offset %d (line %d); nothing was imported: correct that byte, or choose the encoding utf-8-replace to import it with U+FFFD (�) in place of each invalid byte",
			raw[off], off, line))
	}
	return newError(ReasonInvalidUTF8, off, fmt.Sprintf(
		"the file is not valid UTF-8: invalid byte 0x%02X at byte offset %d (line %d) (try windows-1252, or leave the encoding empty to detect it)", raw[off], off, line))
}

// decodeUTF8Replacing reads UTF-8 and puts U+FFFD in place of each invalid
// byte, as the analyst asked with "utf-8-replace". The encoding recorded says
// so ("utf-8-replaced") when a byte was replaced.
func decodeUTF8Replacing(raw []byte) (Decoded, error) {
	body := bytes.TrimPrefix(raw, bomUTF8)
	if len(body) == 0 {
		return Decoded{}, newError(ReasonEmpty, -1, "the file is empty")
	}
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	if utf8.Valid(body) {
		return Decoded{Text: string(body), Encoding: EncUTF8}, nil
	}
	return Decoded{Text: strings.ToValidUTF8(string(body), "\uFFFD"), Encoding: EncUTF8Replaced}, nil
}

// bomlessWideEncoding names UTF-32 or UTF-16 without a byte order mark by the
// zero bytes that mostly-Latin text has in them: in at least 90% of the first
// 256 UTF-32 units, or 80% of the first 512 UTF-16 units, the zeros sit on the
// same side. "" when the bytes do not look like either.
func bomlessWideEncoding(raw []byte) string {
	if len(raw) >= 8 && len(raw)%4 == 0 {
		n := min(len(raw), 1024)
		le, be, units := 0, 0, n/4
		for i := 0; i+4 <= n; i += 4 {
			u := raw[i : i+4]
			if u[2] == 0 && u[3] == 0 && (u[0]|u[1]) != 0 {
				le++
			}
			if u[0] == 0 && u[1] == 0 && (u[2]|u[3]) != 0 {
				be++
			}
		}
		switch {
		case le*10 >= units*9:
			return EncUTF32LE
		case be*10 >= units*9:
			return EncUTF32BE
		}
	}
	if len(raw) >= 4 && len(raw)%2 == 0 {
		switch utf16ZeroSide(raw) {
		case +1:
			return EncUTF16LE
		case -1:
			return EncUTF16BE
		}
	}
	return ""
}

// utf16ZeroSide looks at the first 512 bytes as UTF-16 units: +1 when 80% of
// them have a zero high byte second (little-endian ASCII), -1 when first
// (big-endian), 0 otherwise.
func utf16ZeroSide(raw []byte) int {
	n := min(len(raw), 512) &^ 1
	if n < 4 {
		return 0
	}
	first, second := 0, 0
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 && raw[i+1] != 0 {
			first++
		}
		if raw[i+1] == 0 && raw[i] != 0 {
			second++
		}
	}
	half := n / 2
	switch {
	case second*10 >= half*8:
		return +1
	case first*10 >= half*8:
		return -1
	}
	return 0
}

// wideForm is UTF-16 or UTF-32: its labels and byte order marks.
type wideForm struct {
	name, anyOrder, le, be string
	bomLE, bomBE           []byte
}

var (
	utf16Form = wideForm{"UTF-16", encUTF16, EncUTF16LE, EncUTF16BE, bomUTF16LE, bomUTF16BE}
	utf32Form = wideForm{"UTF-32", encUTF32, EncUTF32LE, EncUTF32BE, bomUTF32LE, bomUTF32BE}
)

// order settles the byte order: from the BOM for the order-less label ("utf-16"), and
// for a label that names one, checked against the BOM. A BOM that contradicts the label
// is an error rather than silently obeyed, since one of the two is wrong and the result
// would be garbage either way. It returns the encoding and how many BOM bytes to skip.
func (f wideForm) order(raw []byte, enc string) (string, int, error) {
	hasLE, hasBE := bytes.HasPrefix(raw, f.bomLE), bytes.HasPrefix(raw, f.bomBE)
	switch {
	case enc == f.anyOrder && hasLE:
		enc = f.le
	case enc == f.anyOrder && hasBE:
		enc = f.be
	case enc == f.anyOrder:
		return "", 0, newError(ReasonInvalidUTF16, 0, fmt.Sprintf(
			"the file has no %s byte order mark: choose %s or %s", f.name, f.le, f.be))
	case enc == f.le && hasBE, enc == f.be && hasLE:
		return "", 0, newError(ReasonInvalidUTF16, 0, fmt.Sprintf(
			"%s was chosen but the file's byte order mark says the other byte order", enc))
	}
	skip := 0
	if hasLE || hasBE {
		skip = len(f.bomLE)
	}
	if len(raw) == skip {
		return "", 0, newError(ReasonEmpty, -1, "the file is empty (it holds only a byte order mark)")
	}
	return enc, skip, nil
}

// decodeUTF32 decodes UTF-32 in the byte order enc names (for encUTF32 the BOM
// says). Hand-written rather than x/text's utf32 decoder because that one puts
// U+FFFD in place of a bad unit silently, and we report where it is.
func decodeUTF32(raw []byte, enc string) (Decoded, error) {
	enc, skip, err := utf32Form.order(raw, enc)
	if err != nil {
		return Decoded{}, err
	}
	body := raw[skip:]
	if len(body)%4 != 0 {
		return Decoded{}, newError(ReasonInvalidUTF16, len(raw)-len(body)%4,
			fmt.Sprintf("the file is not valid %s: its length is not a multiple of 4 bytes (truncated?)", enc))
	}
	var order binary.ByteOrder = binary.LittleEndian
	if enc == EncUTF32BE {
		order = binary.BigEndian
	}
	var sb strings.Builder
	sb.Grow(len(body) / 4)
	for i := 0; i < len(body); i += 4 {
		r := rune(order.Uint32(body[i:]))
		if r == 0 {
			return Decoded{}, newError(ReasonBinary, skip+i, "the file contains NUL characters: it is not a text file")
		}
		if !utf8.ValidRune(r) {
			return Decoded{}, newError(ReasonInvalidUTF16, skip+i, fmt.Sprintf(
				"the file is not valid %s: 0x%08X at byte offset %d is not a character", enc, uint32(r), skip+i))
		}
		sb.WriteRune(r)
	}
	return Decoded{Text: sb.String(), Encoding: enc}, nil
}

// shiftJISScan walks raw as Shift-JIS (JIS X 0208 double-byte characters,
// half-width katakana, ASCII). It returns the offset of the first byte that
// cannot be Shift-JIS (-1 if none), how many double-byte characters there are,
// and how many of those are kana or Japanese punctuation.
func shiftJISScan(raw []byte) (bad, doubles, kana int) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c < 0x80, c >= 0xA1 && c <= 0xDF:
		case (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC):
			if i+1 >= len(raw) {
				return i, doubles, kana
			}
			t := raw[i+1]
			if t < 0x40 || t == 0x7F || t > 0xFC {
				return i, doubles, kana
			}
			doubles++
			// 0x81 40–5B: 、。ー and friends; 0x82 9F–F1: hiragana; 0x83 40–96: katakana.
			if (c == 0x81 && t <= 0x5B) || (c == 0x82 && t >= 0x9F && t <= 0xF1) || (c == 0x83 && t <= 0x96) {
				kana++
			}
			i++
		default:
			return i, doubles, kana
		}
	}
	return -1, doubles, kana
}

// looksLikeShiftJIS: every byte fits Shift-JIS, there are at least two
// double-byte characters, and at least a fifth of them are kana or Japanese
// punctuation (Japanese prose is mostly kana). A windows-1252 file passes the
// first test by chance ("é" then a letter is a valid pair) but never the last.
func looksLikeShiftJIS(raw []byte) bool {
	bad, doubles, kana := shiftJISScan(raw)
	return bad < 0 && doubles >= 2 && kana*5 >= doubles
}

func decodeShiftJIS(raw []byte) (Decoded, error) {
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	if bad, _, _ := shiftJISScan(raw); bad >= 0 {
		return Decoded{}, newError(ReasonInvalidUTF8, bad, fmt.Sprintf(
			"the file is not valid Shift-JIS: byte 0x%02X at byte offset %d does not fit (leave the encoding empty to detect it)", raw[bad], bad))
	}
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(raw)
	if err != nil {
		return Decoded{}, newError(ReasonBinary, -1, "the file could not be read as Shift-JIS: "+err.Error())
	}
	return Decoded{Text: string(out), Encoding: EncShiftJIS}, nil
}
