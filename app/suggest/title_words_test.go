package suggest

import "testing"

// The texts are written for this test (round r17err5).

// A title of office before a name stays outside the person: "Treasurer",
// "Comptroller" and their kind are titles as "Minister" is.
func TestOfficeTitlesStayOutsideThePerson(t *testing.T) {
	text := "Treasurer Amina Okoro said the budget would balance by 2028.\nComptroller Felix Brandauer signed the audit on Friday.\nOmbudsman Rosa Quintero will report to parliament next month.\n"
	got := suggestedTypes(text)
	for _, q := range []string{"Amina Okoro", "Felix Brandauer", "Rosa Quintero"} {
		if got[q] != TypePerson {
			t.Errorf("%q: got %q, want a person (all: %v)", q, got[q], got)
		}
	}
	for _, q := range []string{"Treasurer Amina Okoro", "Comptroller Felix Brandauer", "Ombudsman Rosa Quintero"} {
		if typ, ok := got[q]; ok {
			t.Errorf("%q read with its title (%s)", q, typ)
		}
	}
}
