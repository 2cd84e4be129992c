package match

import (
	"testing"
	"unicode/utf8"
)

// FuzzReadings: the readings a new claim mention goes through (its origin, its stance,
// its sentence's roles and terms, the comparison with the claim) never panic on any text
// or any span of it, and give spans inside the text. These readers index runes by hand and
// grew the most this session; a panic here would fail an import or a "mark as mention".
func FuzzReadings(f *testing.F) {
	seeds := []string{
		"NAIROBI, March 3 (Reuters) - Kenya had been informed, the ministry said. \"We were not told,\" he added.",
		"Siliguri (WB), Aug 11 (PTI) The West Bengal irrigation department opened all 54 gates, a senior official said.",
		"Its boats crossed; our boats did not, the navy said. No deal was reached, according to state media.",
		"\"\"\"", "(", "A", "", "said said said", "«Nothing has been signed», — TASS, citing Interfax.",
		"The harvest will grow, Minister Ivan Lok was quoted by TASS as saying. Reuters could not confirm the report.",
		"AFP was unable to verify the claim that 30 died. It was not clear whether the quoted by told Interfax",
	}
	for i, s := range seeds {
		f.Add(s, i, i+5, "Reuters")
	}
	f.Fuzz(func(t *testing.T, text string, start, end int, outlet string) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		if n == 0 {
			return
		}
		start = ((start % n) + n) % n
		end = start + ((end%n)+n)%(n-start+1)
		if end <= start {
			end = start + 1
		}
		o := ReadOrigin(text, start, end, outlet)
		_ = o
		quote := string([]rune(text)[start:end])
		ReadStance(text, quote)
		ReadStance(quote, text)
		ReadStanceInText(quote, text, start, end)
		for _, s := range Sentences(text) {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("%q: sentence %d-%d outside %d code points", text, s.Start, s.End, n)
			}
			Clauses(s)
		}
		Roles(text, text)
		a, b := NewFeatures(text, nil), NewFeatures(quote, nil)
		ix := NewIndex([]Features{a, b})
		if r := ix.Compare(a, b); r.Score < 0 || r.Score != r.Score {
			t.Fatalf("%q / %q: score %v", text, quote, r.Score)
		}
		FindOrigins(text, outlet)
	})
}
