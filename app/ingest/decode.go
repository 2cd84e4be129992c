package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Decoded is the text of a file and the encoding it was read with.
type Decoded struct {
	// Text is the decoded text, without a byte order mark. It is not yet
	// normalised: call Normalize before storing or measuring offsets.
	Text string
	// Encoding is how the bytes were read: "utf-8", "utf-8-bom",
	// "utf-16le", "utf-16be" or "windows-1252". It is recorded with the
	// article so an odd character can be traced back to a guess.
	Encoding string
}

// Encoding names reported in Decoded.Encoding.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1252 = "windows-1252"
	EncUTF32LE     = "utf-32le"
	EncUTF32BE     = "utf-32be"
	EncShiftJIS    = "shift_jis"
	// EncUTF8Replaced is UTF-8 read with "utf-8-replace": its invalid bytes
	// became U+FFFD because the analyst asked for that.
	EncUTF8Replaced = "utf-8-replaced"
	// encUTF16 is a declared "utf-16" whose byte order the BOM must give.
	encUTF16 = "utf-16"
	// encUTF32 is a declared "utf-32" whose byte order the BOM must give.
	encUTF32 = "utf-32"
	// encUTF8Replace is the declared "utf-8-replace": UTF-8, invalid bytes as U+FFFD.
	encUTF8Replace = "utf-8-replace"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	bomUTF32LE = []byte{0xFF, 0xFE, 0x00, 0x00}
	bomUTF32BE = []byte{0x00, 0x00, 0xFE, 0xFF}
)

// declaredNames maps accepted encoding labels to the decoder we use.
// "latin-1"/"iso-8859-1"/"ascii" decode as windows-1252, as browsers do
// (WHATWG Encoding Standard): files labelled latin-1 are nearly always
// windows-1252 in practice, and 0x80–0x9F as C1 controls never make sense in
// an article, while as windows-1252 they are curly quotes and dashes.
var declaredNames = map[string]string{
	"utf-8": EncUTF8, "utf8": EncUTF8,
	"utf-16le": EncUTF16LE, "utf16le": EncUTF16LE,
	"utf-16be": EncUTF16BE, "utf16be": EncUTF16BE,
	"utf-16": encUTF16, "utf16": encUTF16,
	"windows-1252": EncWindows1252, "windows1252": EncWindows1252, "cp1252": EncWindows1252,
	"latin-1": EncWindows1252, "latin1": EncWindows1252, "l1": EncWindows1252,
	"iso-8859-1": EncWindows1252, "iso8859-1": EncWindows1252,
	"ascii": EncWindows1252, "us-ascii": EncWindows1252,
	"utf-8-replace": encUTF8Replace,
	"utf-32le":      EncUTF32LE, "utf32le": EncUTF32LE,
	"utf-32be": EncUTF32BE, "utf32be": EncUTF32BE,
	"utf-32": encUTF32, "utf32": encUTF32,
	"shift-jis": EncShiftJIS, "shiftjis": EncShiftJIS, "sjis": EncShiftJIS,
	"cp932": EncShiftJIS, "windows-31j": EncShiftJIS, "ms-kanji": EncShiftJIS,
}

// supportedList is what an unknown encoding's message offers instead.
const supportedList = "utf-8, utf-8-replace, utf-16le, utf-16be, utf-32le, utf-32be, shift_jis, windows-1252 or latin-1"

// binaryMagic lists signatures of binary formats an analyst is likely to pick
// by mistake (a screenshot, a saved web archive, a PDF). Naming the format in
// the error tells them what went wrong better than "not text".
var binaryMagic = []struct {
	magic []byte
	name  string
}{
	{[]byte("\x89PNG\r\n\x1a\n"), "a PNG image"},
	{[]byte("PK\x03\x04"), "a ZIP archive (or a .docx/.xlsx/.epub file)"},
	{[]byte("PK\x05\x06"), "an empty ZIP archive"},
	{[]byte("%PDF-"), "a PDF document"},
	{[]byte("GIF87a"), "a GIF image"},
	{[]byte("GIF89a"), "a GIF image"},
	{[]byte{0xFF, 0xD8, 0xFF}, "a JPEG image"},
}

// Decode turns raw file bytes into text.
//
// declared is "" to detect the encoding, or an encoding label: "utf-8",
// "utf-16le", "utf-16be", "utf-16" (byte order from the BOM),
// "windows-1252"/"cp1252", or "latin-1"/"iso-8859-1" (read as windows-1252).
//
// Detection: a UTF-8 BOM means UTF-8 (Encoding "utf-8-bom"), a UTF-16 BOM
// means UTF-16 in that byte order, valid UTF-8 means UTF-8, and anything else
// that still looks like text is read as windows-1252, the encoding of most
// legacy Western text files. Byte order marks are removed.
//
// Every error is an *Error; see Reason for the kinds.
func Decode(raw []byte, declared string) (Decoded, error) {
	enc := ""
	if d := strings.ToLower(strings.TrimSpace(declared)); d != "" {
		d = strings.ReplaceAll(d, "_", "-")
		var ok bool
		if enc, ok = declaredNames[d]; !ok {
			return Decoded{}, newError(ReasonUnknownEncoding, -1, fmt.Sprintf(
				"unsupported encoding %q: use %s, or leave it empty to detect", declared, supportedList))
		}
	}
	if len(raw) == 0 {
		return Decoded{}, newError(ReasonEmpty, -1, "the file is empty")
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(raw, m.magic) {
			return Decoded{}, newError(ReasonBinary, 0, "the file is "+m.name+", not a text file")
		}
	}

	switch enc {
	case EncUTF8:
		return decodeUTF8(raw)
	case encUTF8Replace:
		return decodeUTF8Replacing(raw)
	case EncUTF16LE, EncUTF16BE, encUTF16:
		return decodeUTF16(raw, enc)
	case EncUTF32LE, EncUTF32BE, encUTF32:
		return decodeUTF32(raw, enc)
	case EncShiftJIS:
		return decodeShiftJIS(raw)
	case EncWindows1252:
		return decodeWindows1252(raw)
	}

	// Detection. BOMs first: they are explicit declarations by the writer.
	// UTF-32LE's BOM starts with UTF-16LE's, so it is looked for first.
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		return decodeUTF8(raw)
	case bytes.HasPrefix(raw, bomUTF32LE), bytes.HasPrefix(raw, bomUTF32BE):
		return decodeUTF32(raw, encUTF32)
	case bytes.HasPrefix(raw, bomUTF16LE), bytes.HasPrefix(raw, bomUTF16BE):
		return decodeUTF16(raw, encUTF16)
	}
	// Without a BOM, mostly-ASCII UTF-32 and UTF-16 show themselves by their
	// zero bytes, and where the zeros sit gives the byte order.
	if enc := bomlessWideEncoding(raw); enc != "" {
		if enc == EncUTF32LE || enc == EncUTF32BE {
			return decodeUTF32(raw, enc)
		}
		return decodeUTF16(raw, enc)
	}
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	if utf8.Valid(raw) {
		return Decoded{Text: string(raw), Encoding: EncUTF8}, nil
	}
	// Mostly-valid UTF-8 with a bad byte is damaged UTF-8, not windows-1252:
	// re-reading it as windows-1252 would turn every "é" into "Ã©" silently.
	if mostlyUTF8(raw) {
		return Decoded{}, invalidUTF8Error(raw, invalidUTF8Offset(raw), true)
	}
	if looksLikeShiftJIS(raw) {
		return decodeShiftJIS(raw)
	}
	if !looksLikeText(raw) {
		return Decoded{}, newError(ReasonBinary, -1,
			"the file does not look like text (too many control bytes): it may be a binary file")
	}
	return decodeWindows1252(raw)
}

func decodeUTF8(raw []byte) (Decoded, error) {
	enc, body, skip := EncUTF8, raw, 0
	if bytes.HasPrefix(raw, bomUTF8) {
		enc, body, skip = EncUTF8BOM, raw[len(bomUTF8):], len(bomUTF8)
	}
	if len(body) == 0 {
		return Decoded{}, newError(ReasonEmpty, -1, "the file is empty (it holds only a byte order mark)")
	}
	if bytes.HasPrefix(raw, bomUTF16LE) || bytes.HasPrefix(raw, bomUTF16BE) {
		// Checked before NULs: a UTF-16 file read as UTF-8 is the likely
		// mistake, and saying so helps more than "not a text file".
		return Decoded{}, newError(ReasonInvalidUTF8, 0, fmt.Sprintf(
			"the file is not valid UTF-8: invalid byte 0x%02X at byte offset 0 (the file starts with a UTF-16 byte order mark: try utf-16)", raw[0]))
	}
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	if off := invalidUTF8Offset(body); off >= 0 {
		return Decoded{}, invalidUTF8Error(raw, off+skip, mostlyUTF8(body))
	}
	return Decoded{Text: string(body), Encoding: enc}, nil
}

// invalidUTF8Offset returns the byte offset of the first invalid sequence,
// or -1 when b is valid UTF-8.
func invalidUTF8Offset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// decodeUTF16 decodes UTF-16 in the byte order enc names; for encUTF16 the
// BOM must say which (wideForm.order).
func decodeUTF16(raw []byte, enc string) (Decoded, error) {
	enc, skip, err := utf16Form.order(raw, enc)
	if err != nil {
		return Decoded{}, err
	}
	body := raw[skip:]
	if len(body)%2 != 0 {
		return Decoded{}, newError(ReasonInvalidUTF16, len(raw)-1,
			fmt.Sprintf("the file is not valid %s: it has an odd number of bytes (truncated?)", enc))
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		lo, hi := body[2*i], body[2*i+1]
		if enc == EncUTF16BE {
			lo, hi = hi, lo
		}
		units[i] = uint16(lo) | uint16(hi)<<8
	}
	// Unpaired surrogates are corruption, reported like invalid UTF-8.
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case utf16.IsSurrogate(rune(u)) && u < 0xDC00 && i+1 < len(units) &&
			units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			i++
		case utf16.IsSurrogate(rune(u)):
			off := skip + 2*i
			return Decoded{}, newError(ReasonInvalidUTF16, off,
				fmt.Sprintf("the file is not valid %s: unpaired surrogate at byte offset %d", enc, off))
		}
	}
	text := string(utf16.Decode(units))
	if i := strings.IndexByte(text, 0); i >= 0 {
		return Decoded{}, newError(ReasonBinary, -1, "the file contains NUL characters: it is not a text file")
	}
	return Decoded{Text: text, Encoding: enc}, nil
}

func decodeWindows1252(raw []byte) (Decoded, error) {
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	// Windows1252's decoder never fails: the five undefined bytes become
	// U+FFFD, which keeps the text visible and the problem findable.
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return Decoded{}, newError(ReasonBinary, -1, "the file could not be read as windows-1252: "+err.Error())
	}
	return Decoded{Text: string(out), Encoding: EncWindows1252}, nil
}

// rejectNUL refuses bytes with NUL in them: no 8-bit or UTF-8 text file has
// one, so it means a binary file or UTF-16 that detection could not read.
func rejectNUL(raw []byte) error {
	i := bytes.IndexByte(raw, 0)
	if i < 0 {
		return nil
	}
	msg := fmt.Sprintf("the file contains a NUL byte at byte offset %d: it is not a text file", i)
	switch utf16ZeroSide(raw) {
	case +1:
		msg += " (or it is UTF-16 little-endian without a byte order mark: choose the encoding utf-16le)"
	case -1:
		msg += " (or it is UTF-16 big-endian without a byte order mark: choose the encoding utf-16be)"
	}
	return newError(ReasonBinary, i, msg)
}

// looksLikeText decides whether bytes that are not UTF-8 are still text
// worth reading as windows-1252: at most 1% may be C0 controls (other than
// tab, LF, VT, FF, CR, ESC) or the bytes windows-1252 leaves undefined.
func looksLikeText(raw []byte) bool {
	bad := 0
	for _, c := range raw {
		switch {
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == 0x1B:
		case c < 0x20, c == 0x7F, c == 0x81, c == 0x8D, c == 0x8F, c == 0x90, c == 0x9D:
			bad++
		}
	}
	return bad*100 <= len(raw)
}
