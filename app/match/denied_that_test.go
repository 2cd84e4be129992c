package match

import "testing"

// A sentence that only denies what the one before it says, by a pronoun. Sentences
// written for this test (r14deny2).
func TestDeniesWhatWentBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"The haulier denies that.":               true,
		"Ostrava Freight flatly rejects it.":     true,
		"Her neighbours do not believe it.":      true,
		"The mill's owner calls that a lie.":     true,
		"Farmers downstream say otherwise.":      true,
		"The pilots' union sees it differently.": true,
		"Lisbon disputes this.":                  true,
		// a subject with its apposition, or a longer one of places (r14contra3)
		"The quarry's director, Ana Brill, calls that a lie.":                 true,
		"Tomas Ferro, who chairs the growers' union, sees it differently.":    true,
		"Ruth Kay, a geologist at the national survey, does not accept that.": true,
		"The ferrymen on the north quay at Marsby say otherwise.":             true,
		"The mayor, speaking on Monday, the minister said, rejects it.":       false, // two commas' worth: no apposition
		"No one disputes that.":                                                    false, // agrees
		"Few in the town believe it.":                                              false,
		"The haulier denies that its lorry was heavy.":                             false, // says what it denies: the words are read
		"The board rejected it, the mayor said, after a long debate.":              false,
		"The council approved that.":                                               false,
		"Officials at the ministry in the capital of the province flatly deny it.": false, // a subject too long to be one
	} {
		if got := DeniesWhatWentBefore(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
