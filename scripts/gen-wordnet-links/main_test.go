package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generateTiny runs the generator on testdata/yaml, a made-up WordNet in the layout of Open
// English WordNet's src/yaml, and returns the tables it wrote.
func generateTiny(t *testing.T, phrases bool) (wordnet, contrary, phrasal string) {
	t.Helper()
	dir := t.TempDir()
	o := options{src: "testdata/yaml", out: filepath.Join(dir, "wordnet.tsv"), antonyms: filepath.Join(dir, "contrary.tsv"),
		phrasal: filepath.Join(dir, "phrasal.tsv"), top: 2, phrases: phrases}
	if err := generate(o); err != nil {
		t.Fatal(err)
	}
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			return ""
		}
		return string(b)
	}
	return read(o.out), read(o.antonyms), read(o.phrasal)
}

// rows are a table's lines other than its comments.
func rows(table string) []string {
	var out []string
	for _, l := range strings.Split(table, "\n") {
		if l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}

func TestPhrasalVerbsAreLinkedToTheirSynsetsWords(t *testing.T) {
	wordnet, contrary, phrasal := generateTiny(t, true)
	got := strings.Join(rows(wordnet), "\n")
	// call off and cancel share their first sense; cancel's second sense derives
	// cancellation; put out's first sense is trouble's (its third, douse's, is not read);
	// take over shares usurp's; "put up with someone" names a placeholder and is left out
	want := "call_off\tcancel\ncancel\tcancellation\nput_out\ttrouble\ntake_over\tusurp"
	if got != want {
		t.Errorf("wordnet.tsv rows:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(wordnet, "douse") || strings.Contains(wordnet, "someone") {
		t.Errorf("a third sense or a placeholder idiom was linked:\n%s", wordnet)
	}
	// the contrary words stay single words: turn on / turn off are antonyms in the
	// YAML, but the contradiction finder reads words
	if len(rows(contrary)) != 0 {
		t.Errorf("contrary.tsv rows: %q, want none", rows(contrary))
	}
	// each linked phrase with its first word's forms: WordNet's irregular ones (took,
	// taken; putting, no regular "puting") and the regular ones
	wantPhrasal := "call off\tcall called calling calls\nput out\tput puted puts putting\ntake over\ttake taken takes taking took"
	if got := strings.Join(rows(phrasal), "\n"); got != wantPhrasal {
		t.Errorf("phrasal.tsv rows:\n%s\nwant:\n%s", got, wantPhrasal)
	}
}

// TestWithoutPhrasesTheTableIsSingleWords: without -phrases (the default) the related
// words are single words, as before r14frame, and the phrasal verbs that have a link are
// still written with their forms for the matcher's reading.
func TestWithoutPhrasesTheTableIsSingleWords(t *testing.T) {
	wordnet, _, phrasal := generateTiny(t, false)
	if got := strings.Join(rows(wordnet), "\n"); got != "cancel\tcancellation" {
		t.Errorf("wordnet.tsv rows without phrases: %q", got)
	}
	if got := len(rows(phrasal)); got != 3 {
		t.Errorf("phrasal.tsv without phrases: %q, want call off, put out, take over", rows(phrasal))
	}
}

func TestVerbForms(t *testing.T) {
	for _, c := range []struct {
		base      string
		irregular []string
		want      string
	}{
		{"call", nil, "call called calling calls"},
		{"carry", []string{"carried"}, "carried carries carry carrying"},
		{"close", nil, "close closed closes closing"},
		{"push", nil, "push pushed pushes pushing"},
		{"see", []string{"saw", "seen"}, "saw see seeing seen sees"},
		{"step", []string{"stepped", "stepping"}, "step stepped stepping steps"},
	} {
		if got := strings.Join(verbForms(c.base, c.irregular), " "); got != c.want {
			t.Errorf("verbForms(%q, %q) = %q, want %q", c.base, c.irregular, got, c.want)
		}
	}
}
