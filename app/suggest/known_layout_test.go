package suggest

import (
	"strings"
	"testing"
)

// The layout rules retype and join only what the model and the guessing
// rules read: a name the analyst filed keeps its entity's type and bounds
// (a suggestion never carries an entity of another type).
func TestLayoutRulesKeepKnownNames(t *testing.T) {
	known := []KnownEntity{
		{ID: 7, Type: TypePlace, Name: "Chicago"},
		{ID: 8, Type: TypePerson, Name: "Kelsund"},
		{ID: 9, Type: TypePerson, Name: "Garfield"},
	}
	for _, text := range []string{
		"BASKETBALL - STANDINGS\nCENTRAL DIVISION   W   L   PCT\nChicago   41   20   .672\nDetroit   35   26   .574\n",
		"Freight rates climbed after Kelsund said its ships would keep avoiding the strait.\n",
		"Schools to be rebuilt:\n- Garfield High School, Eastmoor\n- Lincoln High School, Westfield\n",
	} {
		byID := map[int64]KnownEntity{}
		for _, k := range known {
			byID[k.ID] = k
		}
		found := false
		for _, s := range Default().Suggest(Document{Text: text, Known: known}) {
			if s.EntityID == 0 {
				continue
			}
			found = true
			k := byID[s.EntityID]
			if s.Type != k.Type || !sameFold(s.Quote, k.Name) {
				t.Errorf("%q suggested as %s %q, filed as %s %q", text, s.Type, s.Quote, k.Type, k.Name)
			}
		}
		if !found {
			t.Errorf("%q: no known name suggested", text)
		}
	}
}

// sameFold: a and b are the same letters in any case.
func sameFold(a, b string) bool { return strings.EqualFold(a, b) }
