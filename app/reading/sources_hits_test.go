package reading

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// formByForm is the search formHits replaced: each form, longest first, from the start of
// the text, every occurrence (overlapping ones too).
func formByForm(rs []rune) []formHit {
	var hits []formHit
	for fi, f := range sourceForms {
		for i := 0; i+len(f.s) <= len(rs); i++ {
			if rs[i] == f.s[0] && slices.Equal(rs[i:i+len(f.s)], f.s) {
				hits = append(hits, formHit{fi, i})
			}
		}
	}
	return hits
}

// TestFormHitsAsFormByForm: the one-pass search finds the same occurrences, in the same
// order, as searching the text once per form: so FindReferences claims text as before.
func TestFormHitsAsFormByForm(t *testing.T) {
	texts := []string{
		"", "K", "KCNA KCNA KCNAKCNA", "REUTERS/Jane Doe; AP Photo/John Roe",
		"North Korea's state news agency KCNA said, citing the Korean Central News Agency and Yonhap.",
		"MOSCOW, June 30. /TASS/. Reuters and AFP reported; RIA Novosti and Interfax did not.",
		"😀 Tass TASS tass — Xinhua, XINHUA; Kyodo (KYODO) APA Vienna/Trieste (APA) -",
	}
	// every form once, run together and apart: overlapping and nested forms
	var all strings.Builder
	for i, f := range sourceForms {
		all.WriteString(string(f.s))
		if i%3 == 0 {
			all.WriteString(" ")
		}
	}
	texts = append(texts, all.String())
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	found := 0
	for _, text := range texts {
		rs := []rune(text)
		got, want := formHits(rs), formByForm(rs)
		if !slices.Equal(got, want) {
			t.Fatalf("%.60q…: one pass found %d hits, form by form %d (or in another order)", text, len(got), len(want))
		}
		found += len(got)
	}
	if found < len(sourceForms) {
		t.Fatalf("only %d hits over %d forms: the texts do not exercise the search", found, len(sourceForms))
	}
	t.Logf("%d forms, %d hits in %d texts", len(sourceForms), found, len(texts))
}

// benchText is about 2,500 characters of wire copy, the size of a typical article.
var benchText = []rune(strings.Repeat("SEOUL, June 30 (Yonhap) - North Korea's state media said on Monday that the minister, "+
	"who arrived in Pyongyang with a delegation of 40, met officials in Moscow, KCNA reported, citing a statement. ", 12))

// BenchmarkFormHits: the one-pass search of every source form against the form-by-form one.
func BenchmarkFormHits(b *testing.B) {
	b.Run("one-pass", func(b *testing.B) {
		for range b.N {
			formHits(benchText)
		}
	})
	b.Run("form-by-form", func(b *testing.B) {
		for range b.N {
			formByForm(benchText)
		}
	})
}
