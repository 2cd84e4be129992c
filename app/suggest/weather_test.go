package suggest

import "testing"

// A weather table's rows ("Oslo   7   1   snow") name places, in title case
// or in capitals, whatever the model reads there (a line of a town and
// figures looks like a standings row); a standings table is left to the
// club rules.
func TestWeatherTableRowsArePlaces(t *testing.T) {
	text := "WEATHER - TOMORROW IN THE NORTH\n" +
		"Outlook for Wednesday (high, low, sky):\n" +
		"Tromso   2   -4   snow\n" +
		"Trondheim   5   0   sleet\n" +
		"HELSINKI   3   -2   cloudy\n" +
		"TALLINN   4   -1   light rain\n" +
		"Narvik   1   -6   clear\n"
	ss := Default().Suggest(Document{Text: text})
	for _, q := range []string{"Tromso", "Trondheim", "HELSINKI", "TALLINN", "Narvik"} {
		if got := typeOf(ss, text, q, 0); got != TypePlace {
			t.Errorf("%q in a weather row: %q, want place", q, got)
		}
	}
	// a standings row ends in figures, not a sky word: not a weather row
	sports := "ICE HOCKEY - STANDINGS\nTromso   12   8   4\nNarvik   12   5   7\n"
	if rows := newAnalysis(DefaultGazetteer(), Document{Text: sports}).weatherRows(); len(rows) != 0 {
		t.Errorf("standings rows read as weather rows: %v", rows)
	}
}
