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

func shiftJIS(s string) []byte {
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// Issue 15 item 11: Shift-JIS was "a binary file"; UTF-16BE and UTF-32 without
// a BOM got the hint "--encoding utf-16le", which then failed. These rows join
// TestDecodeOK's and TestDecodeErrors' tables.
const (
	latinSample    = "Kim met Lyubimova in Pyongyang on June 19, 2024.\n"
	japaneseSample = "北朝鮮の文化相は、ピョンヤンで会談した。代表団は１２５人だった。\n"
)

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
