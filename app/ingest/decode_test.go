package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecodeOK(t *testing.T) {
	const text = "Kim “met” Lyubimova — 𝓚 😀 é\n"
	tests := []struct {
		name     string
		raw      []byte
		declared string
		wantText string
		wantEnc  string
	}{
		{"utf-8 auto", []byte(text), "", text, EncUTF8},
		{"utf-8 declared", []byte(text), "UTF-8", text, EncUTF8},
		{"utf-8 BOM auto", append([]byte{0xEF, 0xBB, 0xBF}, text...), "", text, EncUTF8BOM},
		{"utf-8 BOM declared", append([]byte{0xEF, 0xBB, 0xBF}, text...), "utf8", text, EncUTF8BOM},
		{"utf-16le BOM auto", utf16Bytes(text, false, true), "", text, EncUTF16LE},
		{"utf-16be BOM auto", utf16Bytes(text, true, true), "", text, EncUTF16BE},
		{"utf-16le declared no BOM", utf16Bytes(text, false, false), "utf-16le", text, EncUTF16LE},
		{"utf-16be declared with BOM", utf16Bytes(text, true, true), "utf-16be", text, EncUTF16BE},
		{"utf-16 declared, BOM decides", utf16Bytes(text, true, true), "utf-16", text, EncUTF16BE},
		// 0x93/0x94 are windows-1252 curly quotes, 0xE9 is é, 0x80 is €.
		{"windows-1252 auto", []byte("\x93caf\xe9\x94 \x80 5\n"), "", "“café” € 5\n", EncWindows1252},
		{"windows-1252 declared", []byte("caf\xe9"), "windows-1252", "café", EncWindows1252},
		{"latin-1 reads as windows-1252", []byte("\x93caf\xe9\x94"), "latin-1", "“café”", EncWindows1252},
		{"iso-8859-1 label", []byte("caf\xe9"), "ISO_8859-1", "café", EncWindows1252},
		{"cp1252 declared on ASCII", []byte("plain"), "cp1252", "plain", EncWindows1252},
		{"utf-16be no BOM detected", utf16Bytes(latinSample, true, false), "", latinSample, EncUTF16BE},
		{"utf-16le no BOM detected", utf16Bytes(latinSample, false, false), "", latinSample, EncUTF16LE},
		{"utf-32le no BOM detected", utf32Bytes(latinSample+"😀", false, false), "", latinSample + "😀", EncUTF32LE},
		{"utf-32be no BOM detected", utf32Bytes(latinSample, true, false), "", latinSample, EncUTF32BE},
		{"utf-32le BOM", utf32Bytes(latinSample, false, true), "", latinSample, EncUTF32LE},
		{"utf-32be BOM", utf32Bytes(latinSample, true, true), "", latinSample, EncUTF32BE},
		{"utf-32 declared, BOM decides", utf32Bytes(latinSample, true, true), "utf-32", latinSample, EncUTF32BE},
		{"utf-32be declared", utf32Bytes("北朝鮮", true, false), "UTF-32BE", "北朝鮮", EncUTF32BE},
		{"shift-jis detected", shiftJIS(japaneseSample), "", japaneseSample, EncShiftJIS},
		{"shift-jis declared", shiftJIS("北朝鮮"), "Shift_JIS", "北朝鮮", EncShiftJIS},
		{"cp932 label", shiftJIS("ピョンヤン"), "cp932", "ピョンヤン", EncShiftJIS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.raw, tt.declared)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			assertEqual(t, "Text", d.Text, tt.wantText)
			assertEqual(t, "Encoding", d.Encoding, tt.wantEnc)
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name       string
		raw        []byte
		declared   string
		reason     Reason
		offset     int
		msgContain string
	}{
		{"empty", nil, "", ReasonEmpty, -1, "empty"},
		{"only a UTF-8 BOM", []byte{0xEF, 0xBB, 0xBF}, "", ReasonEmpty, -1, "empty"},
		{"only a UTF-16 BOM", []byte{0xFF, 0xFE}, "", ReasonEmpty, -1, "empty"},
		{"unknown encoding", []byte("x"), "klingon-8", ReasonUnknownEncoding, -1, `"klingon-8"`},
		{"invalid utf-8 declared", []byte("abc\xe9def"), "utf-8", ReasonInvalidUTF8, 3, "byte offset 3"},
		{"invalid utf-8 after BOM", []byte("\xEF\xBB\xBFab\xffc"), "utf-8", ReasonInvalidUTF8, 5, "byte offset 5"},
		{"utf-8 BOM auto but invalid", []byte("\xEF\xBB\xBFab\xffc"), "", ReasonInvalidUTF8, 5, "byte offset 5"},
		{"utf-16 file declared utf-8", utf16Bytes("hi", false, true), "utf-8", ReasonInvalidUTF8, 0, "UTF-16 byte order mark"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", ReasonBinary, 0, "PNG image"},
		{"PNG even when declared", []byte("\x89PNG\r\n\x1a\nxx"), "windows-1252", ReasonBinary, 0, "PNG image"},
		{"ZIP", []byte("PK\x03\x04\x14\x00\x06\x00"), "", ReasonBinary, 0, "ZIP archive"},
		{"PDF", []byte("%PDF-1.7\n"), "", ReasonBinary, 0, "PDF"},
		{"GIF", []byte("GIF89a\x01\x00"), "", ReasonBinary, 0, "GIF"},
		{"JPEG", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10}, "", ReasonBinary, 0, "JPEG"},
		{"NUL byte", []byte("abc\x00def"), "", ReasonBinary, 3, "NUL byte at byte offset 3"},
		{"NUL byte declared utf-8", []byte("abc\x00"), "utf-8", ReasonBinary, 3, "NUL"},
		{"NUL byte declared windows-1252", []byte("\x00abc"), "windows-1252", ReasonBinary, 0, "NUL"},
		{"odd-length BOM-less UTF-16BE names its order", append(utf16Bytes("Hello world", true, false), 'x'), "", ReasonBinary, 0, "choose the encoding utf-16be"},
		{"odd-length BOM-less UTF-16LE names its order", append(utf16Bytes("Hello world", false, false), 'x'), "", ReasonBinary, 1, "choose the encoding utf-16le"},
		{"NUL inside UTF-16", utf16Bytes("a\x00b", false, true), "", ReasonBinary, -1, "NUL"},
		{"control bytes", []byte("\x01\x02\x03\x04\xff\xfe\xfd\x05"), "", ReasonBinary, -1, "does not look like text"},
		{"utf-16 odd length", append(utf16Bytes("ab", false, true), 'c'), "", ReasonInvalidUTF16, 6, "odd number of bytes"},
		{"utf-16 no BOM, order not given", utf16Bytes("ab", false, false), "utf-16", ReasonInvalidUTF16, 0, "no UTF-16 byte order mark"},
		{"utf-16le declared, BE BOM", utf16Bytes("ab", true, true), "utf-16le", ReasonInvalidUTF16, 0, "other byte order"},
		{"utf-32 truncated", append(utf32Bytes("ab", false, true), 'c'), "utf-32le", ReasonInvalidUTF16, 12, "multiple of 4"},
		{"utf-32 out of range", []byte{0, 0, 0x11, 0, 'a', 0, 0, 0}, "utf-32le", ReasonInvalidUTF16, 0, "not a character"},
		{"utf-32 surrogate", []byte{'a', 0, 0, 0, 0x00, 0xD8, 0, 0}, "utf-32le", ReasonInvalidUTF16, 4, "byte offset 4"},
		{"utf-32 no BOM, order not given", utf32Bytes("ab", false, false), "utf-32", ReasonInvalidUTF16, 0, "no UTF-32 byte order mark"},
		{"shift-jis declared, bad byte", []byte("ab\x80c"), "sjis", ReasonInvalidUTF8, 2, "byte offset 2"},
		{"unknown encoding lists the new ones", []byte("x"), "ebcdic", ReasonUnknownEncoding, -1, "shift_jis"},
		{"unpaired surrogate", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, "", ReasonInvalidUTF16, 4, "unpaired surrogate at byte offset 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.raw, tt.declared)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *Error", err, err)
			}
			assertEqual(t, "Reason", e.Reason, tt.reason)
			assertEqual(t, "Offset", e.Offset, tt.offset)
			if !strings.Contains(e.Error(), tt.msgContain) {
				t.Errorf("message %q does not mention %q", e.Error(), tt.msgContain)
			}
		})
	}
}

// Bytes windows-1252 leaves undefined become U+FFFD rather than C1
// controls, so a stray byte is visible in the text.
func TestDecodeWindows1252Undefined(t *testing.T) {
	d, err := Decode([]byte("a\x81b"), "windows-1252")
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, "Text", d.Text, "a\uFFFDb")
}
