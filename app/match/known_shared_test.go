package match

import (
	"fmt"
	"slices"
	"sort"
	"testing"
)

// TestKnownSharedEitherSide: knownShared walks whichever side is smaller (rperf3); the names
// it adds must be those of the definition (each of a's known keys that b knows, has as an
// entity, or names as a country), whichever side it walks.
func TestKnownSharedEitherSide(t *testing.T) {
	// many: a sentence writing a surname that hundreds of people share
	many := Features{Known: map[string]string{}, Entities: map[string]string{}, Terms: map[string]float64{}}
	for i := range 300 {
		many.Known[fmt.Sprintf("anna veltz %d", i)] = fmt.Sprintf("Anna Veltz %d", i)
	}
	many.Known["c:Uruguay"] = "Government of Uruguay"
	many.Known["ministry of water resources"] = "Ministry of Water Resources"
	many.Known["orrin courier"] = "Orrin Courier"
	// few: the claim's side, meeting many by a known key, an entity and a country term
	few := Features{
		Known:    map[string]string{"anna veltz 7": "Anna Veltz 7", "tomas reel": "Tomas Reel"},
		Entities: map[string]string{"ministry of water resources": "Ministry of Water Resources"},
		Terms:    map[string]float64{"c:Uruguay": 1, "orrin courier": 1},
	}
	definition := func(a, b Features) []string {
		var out []string
		for k, name := range a.Known {
			if knownNamedBy(k, &b) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
		sort.Strings(out)
		return out
	}
	for _, c := range []struct {
		name string
		a, b Features
		want []string
	}{
		{"many against few (walks few)", many, few, []string{"Anna Veltz 7", "Government of Uruguay", "Ministry of Water Resources"}},
		{"few against many (walks few)", few, many, []string{"Anna Veltz 7"}},
	} {
		got := knownShared(&c.a, &c.b, nil)
		sort.Strings(got)
		if !slices.Equal(got, c.want) || !slices.Equal(got, definition(c.a, c.b)) {
			t.Errorf("%s: got %q, want %q (definition %q)", c.name, got, c.want, definition(c.a, c.b))
		}
	}
	// a name already shared as an entity is not added again
	if got := knownShared(&many, &few, []string{"Ministry of Water Resources"}); len(got) != 3 {
		t.Errorf("with the ministry already shared: got %q, want it once among 3", got)
	}
}
