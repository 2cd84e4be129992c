package suggest

import "testing"

// Names outside sentences: datelines in capitals, results lines, bylines and
// lists of finishers (issue 17, part 2). The texts are written for this test.
func TestNamesInLayoutLines(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // quote -> type
	}{
		{"NEW YORK, Oct 3 (Reuters) - Shares of Halvard Motors rose after the company named Petra Lindgren as finance chief.",
			map[string]string{"NEW YORK": TypePlace, "Petra Lindgren": TypePerson}},
		{"SOCCER - SPANISH LEAGUE RESULTS\nMADRID 2024-10-06\nResults of Spanish first division matches on Sunday:\nBarcelona 2 Real Madrid 1\nSevilla 0 Getafe 3\n",
			map[string]string{"MADRID": TypePlace, "Barcelona": TypeOrganisation, "Real Madrid": TypeOrganisation, "Getafe": TypeOrganisation}},
		{"By Martin Cole\nGENEVA (AFP) - The talks ended without a deal.",
			map[string]string{"Martin Cole": TypePerson, "GENEVA": TypePlace}},
		{"Leading finishers:\n1. Kerstin Albrecht ( Germany ) 2:21:09\n2. Yuko Arimori ( Japan ) 2:22:40\n",
			map[string]string{"Kerstin Albrecht": TypePerson, "Yuko Arimori": TypePerson, "Japan": TypePlace}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, s := range Default().Suggest(Document{Text: c.text}) {
			got[s.Quote] = s.Type
		}
		for q, typ := range c.want {
			if got[q] != typ {
				t.Errorf("%q: got %q, want %s (all: %v)", q, got[q], typ, got)
			}
		}
	}
}

// A letter alone (a club's town initial in brackets, an initial) is no name.
func TestNoLetterAloneAsName(t *testing.T) {
	text := "Yugoslav league results:\nRudnik ( K ) 2 Sloga ( B ) 1\nJ. said the match was hard, W. agreed.\n"
	for _, s := range Default().Suggest(Document{Text: text}) {
		if (s.Type == TypePerson || s.Type == TypeOrganisation || s.Type == TypePlace) && onlyInitials(tokenize([]rune(s.Quote))) {
			t.Errorf("%q suggested as %s", s.Quote, s.Type)
		}
	}
}
