package match

import "testing"

// Names written for this test: an acronym is one body with the name whose initials it
// spells (function words "of", "and", "for" may give a letter or none; a word may give
// the first letters of its start), and no other.
func TestInitialsOf(t *testing.T) {
	cases := []struct {
		short, full string
		want        bool
	}{
		{"HFRS", "Harlsted Fire and Rescue Service", true},
		{"HFARS", "Harlsted Fire and Rescue Service", true},
		{"NFU", "National Farmers' Union", true},
		{"MOHSW", "Ministry of Health and Social Welfare", true},
		{"MHSW", "Ministry of Health and Social Welfare", true},
		{"PHA", "the Ports and Harbours Authority", true},
		{"BVFR", "Brekke Valley Fire and Rescue", true},
		{"NorFish", "Norwegian Fisheries Board", false}, // one word left without a letter
		{"NORFIB", "Norwegian Fisheries Board", true},   // letters of each word's start
		{"NFB", "National Farmers' Union", false},
		{"NFU", "Farmers' Union", false},
		{"NFU", "NFU", false},                           // the same name, not a pair
		{"Harlsted", "Harlsted Fire and Rescue", false}, // a short name, not initials
		{"UN", "Union", false},                          // a full name has two words or more
	}
	for _, c := range cases {
		if got := SameBodyByInitials(c.short, c.full); got != c.want {
			t.Errorf("%q ~ %q: %v, want %v", c.short, c.full, got, c.want)
		}
		if got := SameBodyByInitials(c.full, c.short); got != c.want {
			t.Errorf("%q ~ %q (either order): %v, want %v", c.full, c.short, got, c.want)
		}
	}
}
