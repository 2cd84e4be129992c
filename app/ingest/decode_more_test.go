package ingest

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

func utf32Bytes(s string, bigEndian, bom bool) []byte {
	var order binary.AppendByteOrder = binary.LittleEndian
	if bigEndian {
		order = binary.BigEndian
	}
	var out []byte
	if bom {
		out = order.AppendUint32(out, 0xFEFF)
	}
	for _, r := range s {
		out = order.AppendUint32(out, uint32(r))
	}
	return out
}

func shiftJIS(t *testing.T, s string) []byte {
	t.Helper()
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Issue 15 item 3: UTF-8 with one bad byte was read as windows-1252 ("Café" →
// "CafÃ©") without a word. Now it is refused with the offset and a way forward.
func TestDecodeDamagedUTF8IsNotRedecoded(t *testing.T) {
	raw := []byte("Café in Pyongyang\nthe minister\xff said\n")
	_, err := Decode(raw, "")
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Decode = %v, want an *Error (was silently read as windows-1252)", err)
	}
	assertEqual(t, "Reason", e.Reason, ReasonInvalidUTF8)
	assertEqual(t, "Offset", e.Offset, strings.IndexByte(string(raw), 0xff))
	for _, want := range []string{"byte offset 31", "line 2", "0xFF", "utf-8-replace"} {
		if !strings.Contains(e.Message, want) {
			t.Errorf("message %q lacks %q", e.Message, want)
		}
	}
	// The hint works: utf-8-replace imports it, the bad byte visible as U+FFFD.
	d, err := Decode(raw, "utf-8-replace")
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, "Text", d.Text, "Café in Pyongyang\nthe minister\uFFFD said\n")
	assertEqual(t, "Encoding", d.Encoding, EncUTF8Replaced)
	// Valid UTF-8 under utf-8-replace is plain UTF-8.
	d, _ = Decode([]byte("Café"), "utf-8-replace")
	assertEqual(t, "Encoding", d.Encoding, EncUTF8)
	// Real windows-1252 (no valid multi-byte sequence) is still detected.
	d, err = Decode([]byte("Caf\xe9s \x93quoted\x94"), "")
	if err != nil {
		t.Fatal(err)
	}
	assertEqual(t, "Text", d.Text, "Cafés “quoted”")
	assertEqual(t, "Encoding", d.Encoding, EncWindows1252)
}

// Issue 15 item 11: Shift-JIS was "a binary file"; UTF-16BE and UTF-32 without
// a BOM got the hint "--encoding utf-16le", which then failed.
func TestDecodeWideAndJapaneseEncodings(t *testing.T) {
	const latin = "Kim met Lyubimova in Pyongyang on June 19, 2024.\n"
	const japaneseText = "北朝鮮の文化相は、ピョンヤンで会談した。代表団は１２５人だった。\n"
	tests := []struct {
		name     string
		raw      []byte
		declared string
		wantText string
		wantEnc  string
	}{
		{"utf-16be no BOM detected", utf16Bytes(latin, true, false), "", latin, EncUTF16BE},
		{"utf-16le no BOM detected", utf16Bytes(latin, false, false), "", latin, EncUTF16LE},
		{"utf-32le no BOM detected", utf32Bytes(latin+"😀", false, false), "", latin + "😀", EncUTF32LE},
		{"utf-32be no BOM detected", utf32Bytes(latin, true, false), "", latin, EncUTF32BE},
		{"utf-32le BOM", utf32Bytes(latin, false, true), "", latin, EncUTF32LE},
		{"utf-32be BOM", utf32Bytes(latin, true, true), "", latin, EncUTF32BE},
		{"utf-32 declared, BOM decides", utf32Bytes(latin, true, true), "utf-32", latin, EncUTF32BE},
		{"utf-32be declared", utf32Bytes("北朝鮮", true, false), "UTF-32BE", "北朝鮮", EncUTF32BE},
		{"shift-jis detected", shiftJIS(t, japaneseText), "", japaneseText, EncShiftJIS},
		{"shift-jis declared", shiftJIS(t, "北朝鮮"), "Shift_JIS", "北朝鮮", EncShiftJIS},
		{"cp932 label", shiftJIS(t, "ピョンヤン"), "cp932", "ピョンヤン", EncShiftJIS},
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

func TestDecodeWideErrors(t *testing.T) {
	tests := []struct {
		name       string
		raw        []byte
		declared   string
		reason     Reason
		offset     int
		msgContain string
	}{
		{"utf-32 truncated", append(utf32Bytes("ab", false, true), 'c'), "utf-32le", ReasonInvalidUTF16, 12, "multiple of 4"},
		{"utf-32 out of range", []byte{0, 0, 0x11, 0, 'a', 0, 0, 0}, "utf-32le", ReasonInvalidUTF16, 0, "not a character"},
		{"utf-32 surrogate", []byte{'a', 0, 0, 0, 0x00, 0xD8, 0, 0}, "utf-32le", ReasonInvalidUTF16, 4, "byte offset 4"},
		{"utf-32 no BOM, order not given", utf32Bytes("ab", false, false), "utf-32", ReasonInvalidUTF16, 0, "no UTF-32 byte order mark"},
		{"shift-jis declared, bad byte", []byte("ab\x80c"), "sjis", ReasonInvalidUTF8, 2, "byte offset 2"},
		{"unknown encoding lists the new ones", []byte("x"), "ebcdic", ReasonUnknownEncoding, -1, "shift_jis"},
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
