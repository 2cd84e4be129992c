package suggest

import "testing"

// The labels history tells decoding how a capitalised word was read earlier
// in the same document, and forgets it before the next decoding.
func TestLabelsHistory(t *testing.T) {
	runes := []rune("Halvorsen Freight said on Monday that Halvorsen would hire. Halvorsen agreed.")
	toks := tagTokens(runes)
	d := prepare(runes, toks, DefaultGazetteer(), nil, nil)
	at := func(word string, nth int) int {
		for i, tk := range toks {
			if tk.text == word {
				if nth == 0 {
					return i
				}
				nth--
			}
		}
		t.Fatalf("no %q", word)
		return -1
	}
	first, second, third := at("Halvorsen", 0), at("Halvorsen", 1), at("Halvorsen", 2)
	none := d.historyFeature(first)
	d.remember(first, lBOrg)
	org := d.historyFeature(second)
	if org == none {
		t.Fatal("a word read once should carry its reading to its next mention")
	}
	d.remember(second, lBPer)
	mixed := d.historyFeature(third)
	if mixed == org || mixed == none {
		t.Fatal("disagreeing earlier readings should give another feature")
	}
	d.remember(at("said", 0), lO) // lower-case words are not remembered
	if _, ok := d.history["said"]; ok {
		t.Fatal("a lower-case word was remembered")
	}
	d.forget()
	if d.historyFeature(third) != none {
		t.Fatal("forget should clear the history")
	}
}
