package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzDecodeAndParse runs the whole import path on arbitrary bytes: it must
// never panic, errors must be *Error, and the offsets ParsePlainText
// reports must hold for whatever text comes out.
func FuzzDecodeAndParse(f *testing.F) {
	for _, s := range []string{
		"",
		"Title\n\nBody",
		"From\nSend to\n\nTitle\r\n\r\nMarch 19, 2024 - 10:45 By Yonhap\r\nText (KCNA)\r\n",
		"\xEF\xBB\xBFTitle\nSeoul, June 30 (NationPress) text\nNationPress\n05/06/2025\n",
		"\xFF\xFET\x00i\x00\n\x00b\x00",
		"\x93caf\xe9\x94\n\x81",
		"Cafe\u0301 😀 𝓚\r\rbody \t\n",
		"\x89PNG\r\n\x1a\n",
		"  \n\n\t",
		"(Reuters) -\n(Reporting by ; Editing by)\nBy , and /\n",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("\xFE\xFF\x00T"), "utf-16")
	f.Add([]byte("abc\xe9"), "utf-8")
	f.Add([]byte("abc\xe9"), "latin-1")

	f.Fuzz(func(t *testing.T, raw []byte, declared string) {
		d, err := Decode(raw, declared)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Message == "" {
				t.Fatalf("error %v is not a described *Error", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Decode returned invalid UTF-8 (%s)", d.Encoding)
		}
		text := Normalize(d.Text)
		if strings.ContainsRune(text, '\r') {
			t.Fatal("Normalize left a CR")
		}
		if Normalize(text) != text {
			t.Fatal("Normalize is not idempotent")
		}
		a := ParsePlainText(text)
		n := CodePoints(text)
		if a.BodyOffset < 0 || a.BodyOffset > n {
			t.Fatalf("BodyOffset %d outside [0, %d]", a.BodyOffset, n)
		}
		// The body is the text from BodyOffset on, or a prefix of it that ends on a
		// wire sign-off line (page furniture after it is not the story).
		if rest := strings.TrimRightFunc(cpSlice(text, a.BodyOffset), unicode.IsSpace); a.Body != rest {
			lastLine := a.Body[strings.LastIndexByte(a.Body, '\n')+1:]
			if !strings.HasPrefix(rest, a.Body) || !signOffRe.MatchString(strings.TrimSpace(lastLine)) {
				t.Fatalf("Body %q is neither text[BodyOffset:] trimmed %q nor its prefix up to a sign-off", a.Body, rest)
			}
		}
		if CodePoints(a.Title) > maxTitle {
			t.Fatalf("title longer than %d code points", maxTitle)
		}
		if a.Cites == nil {
			t.Fatal("Cites is nil")
		}
		if a.PublishedAt != "" && len(a.PublishedAt) != 10 && len(a.PublishedAt) != 16 {
			t.Fatalf("PublishedAt %q has the wrong shape", a.PublishedAt)
		}
	})
}
