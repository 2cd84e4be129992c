package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"CR CR LF", "a\r\r\nb", "a\n\nb"},
		{"mixed", "a\r\nb\rc\nd", "a\nb\nc\nd"},
		{"NFD to NFC", "Pyongyang cafe\u0301 Ha\u0300 No\u0302\u0323i", "Pyongyang café Hà Nội"},
		{"Hangul jamo compose", "\u1112\u1161\u11ab", "한"},
		{"already NFC", "Kim Jong-un 😀 𝓚", "Kim Jong-un 😀 𝓚"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			assertEqual(t, "Normalize", got, tt.want)
			assertEqual(t, "idempotent", Normalize(got), got)
		})
	}
}

func TestCodePoints(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"é", 1},       // NFC: one code point
		{"e\u0301", 2}, // NFD: two (Normalize first)
		{"😀", 1},       // astral: 4 UTF-8 bytes, 2 UTF-16 units, 1 code point
		{"𝓚im", 3},     // mathematical script K is astral too
		{"👍🏽", 2},      // emoji + skin-tone modifier
		{"👨‍👩‍👧", 5},   // family: 3 emoji joined by 2 ZWJ
		{"김정은", 3},     // Hangul
		{"שלום", 4},    // right-to-left
		{"a\nb", 3},    // LF is one
	}
	for _, tt := range tests {
		assertEqual(t, "CodePoints("+tt.in+")", CodePoints(tt.in), tt.want)
	}
}

func TestHash(t *testing.T) {
	// Known vector: SHA-256 of the empty string.
	assertEqual(t, "Hash(\"\")", Hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
	text := Normalize("Caf\u0065\u0301\r\n")
	sum := sha256.Sum256([]byte("Café\n"))
	assertEqual(t, "Hash(normalised)", Hash(text), hex.EncodeToString(sum[:]))
}
