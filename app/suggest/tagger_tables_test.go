package suggest

import "testing"

// Measured with v15's candidate models and left out with them (docs/suggestions.md,
// v15): v14 reads these towns as clubs. The text is written for this test.

// A line of a city, two temperatures and a weather word is a place: the
// weather table names no club, whatever the figures after the town.
func TestWeatherTableCitiesArePlaces(t *testing.T) {
	text := "WEATHER - EUROPEAN CAPITALS FORECAST FOR THURSDAY\nCity   High   Low   Sky\nLISBON   24   16   sunny\nDUBLIN   13   8   rain\nPRAGUE   10   3   showers\nOslo   7   1   snow\nAthens   27   19   fair\n"
	got := suggestedTypes(text)
	for _, q := range []string{"LISBON", "DUBLIN", "PRAGUE", "Oslo", "Athens"} {
		if got[q] != TypePlace {
			t.Errorf("%q: got %q, want a place (all: %v)", q, got[q], got)
		}
	}
	if typ, ok := got["City   High"]; ok {
		t.Errorf("the table's header read as a name (%s)", typ)
	}
}
