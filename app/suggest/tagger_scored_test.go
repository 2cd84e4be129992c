package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// A town followed by its score on a results line or a standings table is the
// club the tagger read there, not the town the gazetteer lists; a town in a
// dateline, a venue or prose stays a place. The texts are written for this
// test.
func TestTownWithItsScoreIsTheClub(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // quote -> type
	}{
		{"SOCCER - SPANISH LEAGUE RESULTS\nMADRID 2024-10-06\nResults of Spanish first division matches on Sunday:\nBarcelona 2 Real Madrid 1\nSevilla 0 Getafe 3\nValencia 1 Osasuna 1\n",
			map[string]string{"MADRID": TypePlace, "Sevilla": TypeOrganisation, "Valencia": TypeOrganisation}},
		{"BASEBALL - STANDINGS AFTER TUESDAY\nEastern division\nW L PCT GB\nTORONTO 81 60 .574 -\nBOSTON 77 64 .546 4\nDETROIT 70 71 .496 11\n",
			map[string]string{"TORONTO": TypeOrganisation, "BOSTON": TypeOrganisation, "DETROIT": TypeOrganisation}},
		{"RUGBY LEAGUE - RESULTS\nLEEDS, England 2024-05-11\nResults of Super League matches on Saturday:\nWigan 24 Warrington 18\nThe final will be played in Leeds in June.\n",
			map[string]string{"LEEDS": TypePlace, "Leeds": TypePlace, "Wigan": TypeOrganisation, "Warrington": TypeOrganisation}},
	}
	for _, c := range cases {
		got := suggestedTypes(c.text)
		for q, typ := range c.want {
			if got[q] != typ {
				t.Errorf("%q: got %q, want %s (all: %v)", q, got[q], typ, got)
			}
		}
	}
}

// suggestedTypes: each suggestion's quote and type.
func suggestedTypes(text string) map[string]string {
	got := map[string]string{}
	for _, s := range Default().Suggest(Document{Text: text}) {
		got[s.Quote] = s.Type
	}
	return got
}

// BenchmarkTownScoresLine reads one results line of 1,000 and of 4,000 town pairs with
// their scores: the second should take about four times the first. Looking each town up
// in every gazetteer match and walking its whole line for the figures made it more.
func BenchmarkTownScoresLine(b *testing.B) {
	eng := Default()
	for _, n := range []int{1000, 4000} {
		text := "SOCCER - " + strings.Repeat("Paris 1 Lyon 2 ( Nice ) ", n)
		b.Run(fmt.Sprintf("pairs=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				eng.Suggest(Document{Text: text})
			}
		})
	}
}
