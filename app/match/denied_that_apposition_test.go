package match

import "testing"

// A denial of what went before whose subject carries an apposition or a relative clause
// between commas ("Lena Marsh, the council's housing officer, denies that."). Sentences
// written for this test (r14deny3).
func TestDeniesWhatWentBeforeAfterAnApposition(t *testing.T) {
	for text, want := range map[string]bool{
		"Lena Marsh, the council's housing officer, denies that.":                                                                             true,
		"Piet Varga, who chairs the tenants' association at the estate, sees it differently.":                                                 true,
		"The mill's owner, Arno Hale, calls that a lie.":                                                                                      true,
		"Ruth Okafor, a geologist at the University of Northern Highlands and Islands, does not accept that.":                                 true,
		"Tomas Brandt, the ferry line's spokesman, says the opposite.":                                                                        true,
		"Nobody, not even the mayor, disputes that.":                                                                                          false, // agrees
		"In May, the council denied it.":                                                                                                      false, // an opener, not an apposition: as before
		"Asked about the fire, the mayor said the plant had denied it.":                                                                       false,
		"Lena Marsh, the council's housing officer, and her deputy deny that.":                                                                false, // more than one apposition's commas
		"Lena Marsh, who said on Monday that the tenants had been warned by letter twice over the summer and again in the autumn, denies it.": false, // an insertion too long to be an apposition
	} {
		if got := DeniesWhatWentBefore(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}
