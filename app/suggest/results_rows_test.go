package suggest

import (
	"strings"
	"testing"
)

// typeOf returns the type of the name suggested exactly at the first
// occurrence of quote in text (after skip runes), or "" when none is.
func typeOf(ss []Suggestion, text, quote string, skip int) string {
	at := len([]rune(text[:skip+strings.Index(text[skip:], quote)]))
	for _, s := range ss {
		if s.Start == at && s.Quote == quote {
			return s.Type
		}
	}
	return ""
}

// Teams in results lines and standings rows of sports copy are clubs, also
// when they carry a city's name in capitals; the dateline, a country in
// brackets and the same cities in a weather table stay places.
func TestClubsInResultsRows(t *testing.T) {
	sports := "BASKETBALL - STANDINGS\n" +
		"DENVER 2026-05-12\n" +
		"CENTRAL DIVISION   W   L   PCT\n" +
		"CHICAGO   41   20   .672\n" +
		"DETROIT   35   26   .574\n" +
		"Tuesday's results:\n" +
		"Seattle 105 Oakland 98\n" +
		"Top scorer: 1. Tomas Ferreyra ( Venezuela ) 31\n"
	ss := Default().Suggest(Document{Text: sports})
	for _, c := range []struct{ quote, want string }{
		{"CHICAGO", TypeOrganisation}, {"DETROIT", TypeOrganisation},
		{"Seattle", TypeOrganisation}, {"Oakland", TypeOrganisation},
		{"DENVER", TypePlace}, {"Venezuela", TypePlace},
	} {
		if got := typeOf(ss, sports, c.quote, 0); got != c.want {
			t.Errorf("%q in sports copy: %q, want %q", c.quote, got, c.want)
		}
	}
	weather := "WEATHER - FORECAST FOR SUNDAY\nCity   High   Low   Sky\nCHICAGO   21   12   sunny\nDETROIT   19   10   rain\n"
	ws := Default().Suggest(Document{Text: weather})
	for _, q := range []string{"CHICAGO", "DETROIT"} {
		if got := typeOf(ws, weather, q, 0); got != TypePlace {
			t.Errorf("%q in a weather table: %q, want place", q, got)
		}
	}
}
