package suggest

import (
	"strings"
	"testing"
)

// A one-word name that "said its" profit or "said it would" is a company,
// not a person, when no person of that family name is in the story.
func TestCompanySaidIts(t *testing.T) {
	for _, c := range []struct{ text, quote string }{
		{"Copper rose on Wednesday after Tarvanto said output at its northern mine had fallen for a third month.\n", "Tarvanto"},
		{"Freight rates climbed after Kelsund said its ships would keep avoiding the strait.\n", "Kelsund"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, 0); got != TypeOrganisation {
			t.Errorf("%q in %q: %q, want organisation", c.quote, c.text, got)
		}
	}
	// a person's family name keeps the person
	text := "Coach Maria Ostrander praised the squad. Ostrander said its defence had won the title.\n"
	if got := typeOf(Default().Suggest(Document{Text: text}), text, "Ostrander", 40); got != TypePerson {
		t.Errorf("%q: %q, want person", "Ostrander", got)
	}
}

// A one-word name the model reads as a person is a company when the copy
// says so around it: a trade before it ("supplier Ostrolin", "The miner,
// Corvane,") or in an apposition after it ("Tarvelo, a small maker of
// garden tools,"), "which" after it (people are "who"), its shares or a share move after it.
// Its other mentions in the story follow ("Ostrolin shares" retypes the
// first mention too), and a person's family name stays the person.
func TestCompanyCuesRetypeTheName(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		nth         int // which mention of quote (0 the first)
	}{
		{"The miner, Corvane, said it would appeal.\n", "Corvane", 0},
		{"Grunberg, which makes the valves, declined to comment.\n", "Grunberg", 0},
		{"Dental supplier Ostrolin cut its forecast. Ostrolin shares fell 8 percent.\n", "Ostrolin", 0},
		{"Dental supplier Ostrolin cut its forecast. Ostrolin shares fell 8 percent.\n", "Ostrolin", 1},
		{"Shares in the group rose. Tarvelo, a small maker of garden tools, doubled on its first day of trading.\n", "Tarvelo", 0},
		{"Carmaker Lindau added 2 percent. Among smaller stocks, Rasmark jumped 16 percent after agreeing to sell its pump unit to Grundvik.\n", "Rasmark", 0},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, nthIndex(c.text, c.quote, c.nth)); got != TypeOrganisation {
			t.Errorf("mention %d of %q in %q: %q, want organisation", c.nth, c.quote, c.text, got)
		}
	}
	// a person's family name keeps the person, and so does a name followed
	// by "who"
	for _, c := range []struct{ text, quote string }{
		{"Striker Nadia Pellaro scored twice. Pellaro, which some call the league's best, jumped 14 percent in the ratings.\n", "Pellaro"},
		{"Harlan, who ran the lender for a decade, retired on Monday.\n", "Harlan"},
	} {
		if got := typeOf(Default().Suggest(Document{Text: c.text}), c.text, c.quote, strings.LastIndex(c.text, c.quote)); got != TypePerson {
			t.Errorf("%q in %q: %q, want person", c.quote, c.text, got)
		}
	}
}

// nthIndex is the byte offset of the nth (from 0) occurrence of sub in s.
func nthIndex(s, sub string, n int) int {
	at := 0
	for ; n > 0; n-- {
		at += strings.Index(s[at:], sub) + len(sub)
	}
	return at
}
