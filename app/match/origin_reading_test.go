package match

import (
	"strings"
	"testing"
)

// An article written for this test: a wire agency's copy with a dateline, a government
// speaking through a spokesman, a relay ("citing"), "state media", pronouns and an
// unattributed lead.
const originArticle = `HAVANA, May 2 (Reuters) - The port of Mariel will close for repairs next month.

The closure will last six weeks, Cuba's transport ministry said on Friday.

It will cost about 40 million dollars, the ministry added.

Interfax, citing the Kremlin, said Russian tankers would use another port.

Officials in Moscow said the tankers were already at sea.

Russian state media said the repairs had been planned for years. They said the work was overdue.

Cuba's transport minister, Eduardo Rivas, arrived later. Rivas told reporters the port would reopen in July. He said no jobs would be lost.`

func TestReadOrigin(t *testing.T) {
	at := func(needle string) (int, int) {
		i := strings.Index(originArticle, needle)
		if i < 0 {
			t.Fatalf("%q not in the article", needle)
		}
		s := len([]rune(originArticle[:i]))
		return s, s + len([]rune(needle))
	}
	cases := []struct{ needle, root, channel string }{
		{"The port of Mariel will close for repairs next month", "Reuters", ""}, // a wire agency's own lead
		{"The closure will last six weeks", GovernmentName("Cuba"), ""},
		{"It will cost about 40 million dollars", GovernmentName("Cuba"), ""},
		{"Russian tankers would use another port", GovernmentName("Russia"), "Interfax"},
		{"the tankers were already at sea", GovernmentName("Russia"), ""},
		{"the work was overdue", "TASS", ""}, // "they" after "Russian state media said"
		{"the port would reopen in July", GovernmentName("Cuba"), ""},
		{"no jobs would be lost", GovernmentName("Cuba"), ""},
	}
	for _, c := range cases {
		s, e := at(c.needle)
		o := ReadOrigin(originArticle, s, e, "Reuters")
		if o.Root != c.root || o.Channel != c.channel {
			t.Errorf("%q: root %q via %q (cue %q), want %q via %q", c.needle, o.Root, o.Channel, o.Cue, c.root, c.channel)
		}
	}
}
