package suggest

import "testing"

// A listed place whose last word looks like an organisation's head ("West
// Bank") stays a place where the model read an organisation (own sentences).
func TestListedPlaceWithAnOrganisationsHeadStaysAPlace(t *testing.T) {
	text := "Farmers in the West Bank say the olive harvest was the worst in a decade.\n" +
		"Water tankers reached three villages of the West Bank on Tuesday, a relief group said.\n"
	ss := Default().Suggest(Document{Text: text})
	for _, skip := range []int{0, len("Farmers in the West Bank")} {
		if got := typeOf(ss, text, "West Bank", skip); got != TypePlace {
			t.Errorf("West Bank after %d: %q, want place", skip, got)
		}
	}
}
