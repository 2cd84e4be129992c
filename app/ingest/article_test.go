package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestParsePlainTextShapes(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		title      string
		body       string
		bodyOffset int
	}{
		{"empty", "", "", "", 0},
		{"only whitespace", " \n\t\n", "", "", 0},
		{"only a title", "Headline", "Headline", "", 8},
		{"title and blank lines", "\n\n  Headline  \n\n \n", "Headline", "", 18},
		{"title then body", "Headline\n\nFirst para.\n\nSecond.\n\n", "Headline", "First para.\n\nSecond.", 10},
		{"body keeps its indentation", "T\n\n  • item\n", "T", "  • item", 3},
		{"leading blank lines", "\n\nT\nBody", "T", "Body", 4},
		{"chrome skipped", "From\nSend to\n\nReal title\n\nBody", "Real title", "Body", 26},
		{"chrome is case- and punctuation-insensitive", "SHARE:\nPrint\nReal title\nBody", "Real title", "Body", 24},
		{"only chrome falls back to the first line", "Share\nPrint\n", "Share", "Print", 6},
		{"emoji before body counted as one code point", "😀 Title 𝓚\nBody", "😀 Title 𝓚", "Body", 10},
		{"NFC title", "Caf\u00e9\nBody", "Café", "Body", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParsePlainText(tt.text)
			assertEqual(t, "Title", a.Title, tt.title)
			assertEqual(t, "Body", a.Body, tt.body)
			assertEqual(t, "BodyOffset", a.BodyOffset, tt.bodyOffset)
			if a.Cites == nil {
				t.Error("Cites is nil, want empty slice")
			}
			checkBodyInvariant(t, tt.text, a)
		})
	}
}

// checkBodyInvariant: Body is the text from BodyOffset (in code points) on,
// trimmed of trailing whitespace, so offsets map by subtraction.
func checkBodyInvariant(t *testing.T, text string, a Article) {
	t.Helper()
	n := CodePoints(text)
	if a.BodyOffset < 0 || a.BodyOffset > n {
		t.Fatalf("BodyOffset %d outside [0, %d]", a.BodyOffset, n)
	}
	want := strings.TrimRightFunc(cpSlice(text, a.BodyOffset), unicode.IsSpace)
	if a.Body != want {
		t.Fatalf("Body %q != text[BodyOffset:] trimmed %q", a.Body, want)
	}
}

// A CRLF file, once normalised, gives the same article and offsets as the
// LF file: "\r\n" must not shift offsets by one per line.
func TestParseCRLFAfterNormalize(t *testing.T) {
	lf := "Title\n\nSeoul, June 30 (Yonhap) -- Kim met Lyubimova.\n"
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	a, b := ParsePlainText(Normalize(lf)), ParsePlainText(Normalize(crlf))
	assertEqual(t, "article", b, a)
	assertEqual(t, "Outlet", a.Outlet, "Yonhap")
	assertEqual(t, "BodyOffset", a.BodyOffset, 7)
}

func TestParseNFDInput(t *testing.T) {
	nfd := "Cafe\u0301 talks\n\nThe cafe\u0301 in Pyongyang.\n"
	text := Normalize(nfd)
	a := ParsePlainText(text)
	assertEqual(t, "Title", a.Title, "Café talks")
	assertEqual(t, "BodyOffset", a.BodyOffset, 12) // "Café talks\n\n": é is one code point
	assertEqual(t, "Body", a.Body, "The café in Pyongyang.")
}

func TestLongTitleCapped(t *testing.T) {
	long := strings.Repeat("word ", 100) + "end" // 503 code points
	a := ParsePlainText(long + "\nBody")
	if n := utf8.RuneCountInString(a.Title); n > maxTitle {
		t.Fatalf("title has %d code points, want <= %d", n, maxTitle)
	}
	if !strings.HasSuffix(a.Title, "word…") {
		t.Errorf("title should end at a word boundary with an ellipsis, got ...%q", a.Title[len(a.Title)-12:])
	}
	assertEqual(t, "Body", a.Body, "Body")

	// No space to cut at: a hard cut, still within the cap.
	astral := strings.Repeat("😀", 400)
	a = ParsePlainText(astral)
	assertEqual(t, "title code points", utf8.RuneCountInString(a.Title), maxTitle)
	assertEqual(t, "title", a.Title, strings.Repeat("😀", maxTitle-1)+"…")
}
