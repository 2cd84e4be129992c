package reading

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind: any text reads without a panic, and every value's offsets give its raw text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"around 11,000 troops", "June of last year", "10^30", "\xff1,000\xc3", "1.5-2 million", "30.06.2025", "a few thousand", "MOSCOW, June 30. /TASS/."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, v := range Find(text, "2025-06-29") {
			if v.From < 0 || v.From > v.Core || v.Core > v.To || v.To > len(text) || text[v.From:v.To] != v.Raw {
				t.Fatalf("%q: bad offsets %+v", text, v)
			}
		}
		ReadDateline(text, "2025-06-29")
		FindReferences(text)
	})
}

// FuzzReadDateline: a dateline read from any paragraph covers a prefix of it (Len code
// points, at most the paragraph), its place is a word of the paragraph, and a date it
// gives is a real day.
func FuzzReadDateline(f *testing.F) {
	for _, s := range []string{"Siliguri (WB), Aug 11 (PTI) — Tea.", "MOSCOW (Reuters) - Rates.", "KANO, Jan 20 (NAN) - A mill.", "X (Y), Z", "(AA) -", "Sept. 14 (Yonhap) -- Talks."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		d, ok := ReadDateline(p, "2026-08-12")
		if !ok {
			return
		}
		if d.Len < 0 || d.Len > utf8.RuneCountInString(p) {
			t.Fatalf("%q: Len %d of %d code points", p, d.Len, utf8.RuneCountInString(p))
		}
		if d.Place != "" && !strings.Contains(strings.ToLower(p), strings.ToLower(d.Place)) {
			t.Fatalf("%q: place %q is not in the paragraph", p, d.Place)
		}
		if d.Date != "" {
			if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
				t.Fatalf("%q: date %q", p, d.Date)
			}
		}
	})
}
