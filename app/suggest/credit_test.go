package suggest

import "testing"

// A photo credit in brackets, "(Agency/Photographer)", names the agency and
// the person who took the picture, whatever the model read in the bracket.
func TestPhotoCreditNamesAgencyAndPhotographer(t *testing.T) {
	text := "Photo: Fishing boats moored at Mindelo, Cape Verde, on Sunday. (Reuters/Odete Varela)\n" +
		"Photo: Crowds outside the court in Valletta. (AFP/Kurt Zammit Borg)\n" +
		"Photo: A flooded road near Lismore. (PA/Niamh Kerrigan)\n"
	ss := Default().Suggest(Document{Text: text})
	for _, c := range []struct{ quote, want string }{
		{"Odete Varela", TypePerson}, {"Kurt Zammit Borg", TypePerson}, {"Niamh Kerrigan", TypePerson},
		{"Reuters", TypeOrganisation}, {"AFP", TypeOrganisation}, {"PA", TypeOrganisation},
	} {
		if got := typeOf(ss, text, c.quote, 0); got != c.want {
			t.Errorf("%q in a photo credit: %q, want %q", c.quote, got, c.want)
		}
	}
}
