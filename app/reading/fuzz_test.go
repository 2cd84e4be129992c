package reading

import "testing"

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
