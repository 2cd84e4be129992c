package suggest

import "testing"

// Document cues spread what one mention shows to every mention of the word,
// before and after it. (Text written for this test.)
func TestDocCues(t *testing.T) {
	runes := []rune("Orvelta said profits rose. The board of Orvelta SpA met the Fedra panel.\nThe Marten family sold shares to Marten.")
	toks := tagTokens(runes)
	d := prepare(runes, toks, DefaultGazetteer(), nil, nil)
	cases := []struct {
		word string
		want byte
	}{
		{"orvelta", cueLegalForm}, // "Orvelta SpA" later in the text marks the first mention too
		{"fedra", cueAfterThe},
		{"marten", 0}, // "The" at the start of a sentence is no cue
		{"board", 0},  // lower case
	}
	for _, c := range cases {
		if got := d.cues[c.word]; got != c.want {
			t.Errorf("%s: cues %b, want %b", c.word, got, c.want)
		}
	}
	first := -1
	for i, tk := range toks {
		if tk.text == "Orvelta" {
			first = i
			break
		}
	}
	withCue := d.featuresAt(first)
	found := false
	for _, f := range withCue {
		if f == feat(fDocCue).b(cueLegalForm).s(d.shortAt(first)) {
			found = true
		}
	}
	if !found {
		t.Error("the first Orvelta, before its legal form, carries no document cue feature")
	}
}
