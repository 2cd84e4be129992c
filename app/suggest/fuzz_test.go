package suggest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSpans asserts the invariants every engine output must hold.
func checkSpans(t testing.TB, text string, out []Suggestion) {
	t.Helper()
	rs := []rune(text)
	for _, s := range out {
		if s.Start < 0 || s.Start >= s.End || s.End > len(rs) {
			t.Fatalf("span [%d,%d) outside text of %d code points: %+v", s.Start, s.End, len(rs), s)
		}
		if s.Quote != string(rs[s.Start:s.End]) {
			t.Fatalf("quote %q != text[%d:%d] %q", s.Quote, s.Start, s.End, string(rs[s.Start:s.End]))
		}
		if s.Confidence <= 0 || s.Confidence > 1 || s.Type == "" || s.Rule == "" {
			t.Fatalf("bad suggestion %+v", s)
		}
	}
}

func FuzzSuggest(f *testing.F) {
	seeds := []string{
		"", " ", "\n\n", "a", "A", "\"", "“", "'", "Mr.", "U.K.", "N. Korea", "(", "(A)",
		"Russian Culture Minister Olga Lyubimova visits North Korea.",
		"Korean Central News Agency (KCNA) said on Saturday, June 29, 2024.",
		"around 11,000 troops, over 20% of the \"personal reserve\" force, Umerov said.",
		"“It is important,” he said. “Very.",
		"in fall 2024; 2025-2027; 30/06/2025; 10:45; 75th; twenty-five; tens of thousands",
		"Kim Jong-un \u0301\u0301 𝓚 العربية 中文 \u200d👩‍👩‍👧 'quoted' ‘curly’",
		"the North's Workers' Party of Korea's Central Committee",
		"Minister of Culture Olga Lyubimova, the governor of Primorsky Krai",
		"Feb. 29, 2023 Feb. 31 March 0 May may MAY",
	}
	for _, name := range []string{"000_b3b08793afee1b92.txt", "004_4a9b0e748a88a5c0.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add(s, "2025-06-29")
	}
	f.Add("Saturday", "")
	f.Add("last June", "2025-13-45")
	eng := Default()
	f.Fuzz(func(t *testing.T, text, pub string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		out := eng.Suggest(Document{Text: text, PublishedAt: pub, Known: []KnownEntity{{ID: 1, Type: TypePerson, Name: "Kim", Aliases: []string{"K", ""}}}})
		checkSpans(t, text, out)
	})
}

// badInputs are texts that have made taggers slow or wrong: empty, huge, one word, broken.
func badInputs() map[string]string {
	long := strings.Repeat("the soldiers of North Korea and Russia said that Kim and Putin met again, ", 2800) // ~200 KB, one sentence
	cases := map[string]string{
		"empty":          "",
		"spaces":         "   \n\t  \n",
		"no capitals":    strings.Repeat("the minister said around eleven thousand troops arrived on saturday. ", 200),
		"long sentence":  long[:200*1024],
		"unclosed quote": strings.Repeat("He said “it is \"never ‘closed and \" again “ and ' ", 3000),
		"all capitals":   strings.Repeat("NORTH KOREA SAYS KIM MET PUTIN IN JUNE ", 2000),
		"one long word":  strings.Repeat("A", 200*1024),
		"digits":         strings.Repeat("1,2,3.4/5/6-7:8 ", 10000),
		"invalid":        "Kim\xffJong\xfe-un said \x00 \"",
		"many names":     strings.Repeat("Olga Lyubimova Kim Jong-un Korean Central News Agency (KCNA) ", 3000),
	}
	return cases
}

// TestBadInput checks what comes out; how long each takes is BenchmarkBadInput's to
// report (a timed assertion fails on a loaded machine, not on a slow tagger).
func TestBadInput(t *testing.T) {
	eng := Default()
	for name, text := range badInputs() {
		t.Run(name, func(t *testing.T) {
			out := eng.Suggest(Document{Text: text, PublishedAt: "2025-06-29"})
			if strings.TrimSpace(text) == "" && len(out) != 0 {
				t.Errorf("suggestions on empty text: %v", out)
			}
			checkSpans(t, text, out)
		})
	}
}

// BenchmarkBadInput reports the time per bad input (about 200 KB each): a blow-up that is
// quadratic in the text's length shows here as seconds instead of milliseconds.
func BenchmarkBadInput(b *testing.B) {
	eng := Default()
	for name, text := range badInputs() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				eng.Suggest(Document{Text: text, PublishedAt: "2025-06-29"})
			}
		})
	}
}

func TestRejectedAndKnown(t *testing.T) {
	text := "Minister Olga Lyubimova met Ivan Petrovsky, a senior adviser, in Pyongyang. Petrovsky said nothing."
	eng := Default()
	out := eng.Suggest(Document{Text: text})
	var olga *Suggestion
	for i := range out {
		if out[i].Quote == "Olga Lyubimova" {
			olga = &out[i]
		}
	}
	if olga == nil || olga.Type != TypePerson || olga.Rule != RuleTitleCue {
		t.Fatalf("no title-cue person: %+v", out)
	}
	out2 := eng.Suggest(Document{Text: text, Rejected: []Span{{olga.Start, olga.End, olga.Type}},
		Known: []KnownEntity{{ID: 42, Type: TypePerson, Name: "Ivan Petrovsky", Aliases: []string{"I. Petrovsky"}}}})
	petr := 0
	for _, s := range out2 {
		if s.Start == olga.Start && s.End == olga.End && s.Type == olga.Type {
			t.Errorf("rejected span proposed again: %+v", s)
		}
		if strings.Contains(s.Quote, "Petrovsky") {
			petr++
			if s.EntityID != 42 || s.EntityName != "Ivan Petrovsky" {
				t.Errorf("known entity not linked: %+v", s)
			}
		}
	}
	if petr != 2 {
		t.Errorf("want both Petrovsky mentions linked, got %d: %+v", petr, out2)
	}
}

func TestNormalisation(t *testing.T) {
	text := "The treaty was signed in June of last year. They met on Saturday and in September. " +
		"Around 11,000 troops, over 20% of them, thousands more, four units and a 125-strong delegation. " +
		"Deployed in fall 2024, for 2025-2027, on Feb. 5 and on 30/06/2025. The two countries met at 10:45 for the 75th time."
	out := Default().Suggest(Document{Text: text, PublishedAt: "2025-06-29"})
	want := map[string][2]string{ // quote -> normalized, hedge
		"June of last year": {"2024-06", ""},
		"Saturday":          {"2025-06-28", ""},
		"September":         {"2024-09", ""},
		"11,000":            {"9,900–12,100 troops", "around"}, // app/reading's text of the value
		"20%":               {"20% or more", "over"},
		"thousands":         {"2,000–19,999", ""},
		"four":              {"4", ""},
		"125-strong":        {"125", ""},
		"fall 2024":         {"2024-09..2024-11", ""},
		"2025-2027":         {"2025..2027", ""},
		"Feb. 5":            {"2025-02-05", ""},
		"30/06/2025":        {"2025-06-30", ""},
	}
	got := map[string]Suggestion{}
	for _, s := range out {
		got[s.Quote] = s
		if s.Quote == "two" || s.Quote == "10" || s.Quote == "45" || s.Quote == "75th" || s.Quote == "75" {
			t.Errorf("not a number: %+v", s)
		}
	}
	for q, w := range want {
		s, ok := got[q]
		if !ok {
			t.Errorf("%q not found", q)
			continue
		}
		if s.Normalized != w[0] || s.Hedge != w[1] {
			t.Errorf("%q: normalized %q hedge %q, want %q %q", q, s.Normalized, s.Hedge, w[0], w[1])
		}
	}
}

func TestQuoteSpeaker(t *testing.T) {
	text := "Ukrainian Defense Minister Rustem Umerov spoke on Monday. \"These are soldiers,\" Umerov said. " +
		"\"These units have suffered losses.\"\nKim Jong-un met him. Kim noted, “It is essential.” " +
		"He said these developments \"have made contributions,\" according to KCNA."
	out := Default().Suggest(Document{Text: text})
	want := map[string]string{
		"These are soldiers,":               "Rustem Umerov",
		"These units have suffered losses.": "Rustem Umerov",
		"It is essential.":                  "Kim Jong-un",
		"have made contributions,":          "Kim Jong-un",
	}
	for _, s := range out {
		if s.Type != TypeQuote {
			continue
		}
		if w, ok := want[s.Quote]; ok {
			if s.Speaker != w {
				t.Errorf("quote %q: speaker %q, want %q", s.Quote, s.Speaker, w)
			}
			delete(want, s.Quote)
		}
	}
	for q := range want {
		t.Errorf("quote %q not found", q)
	}
}

func TestAhoCorasick(t *testing.T) {
	m := newACMatcher([]string{"North Korea", "Korea", "Kim", "Kim Jong Un", "U.K."})
	text := []rune("North Korea-Russia; Kimchi, Kim Jong Un, the U.K.'s Korean")
	got := map[string]int{}
	for _, h := range longestNonOverlapping(m.findAll(text, nil)) {
		got[string(text[h.start:h.end])]++
	}
	want := map[string]int{"North Korea": 1, "Kim Jong Un": 1, "U.K.": 1}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}
