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

// A long name of function words ("Office of the of the … Fleet") made the letter-by-word
// search try every way to give a letter or none: 80 function words took 5.3 s for one
// pair, 120 took 96 s (every origin compared with every other mention's, on each edit).
// The search is now a table of (letter, word) positions: this case ends at once; before,
// it did not end within the test's timeout.
func TestInitialsOfALongNameOfFunctionWords(t *testing.T) {
	name := "Office "
	for i := 0; i < 300; i++ {
		name += "of the "
	}
	if SameBodyByInitials("OOTOTOTZ", name+"Fleet") {
		t.Error("OOTOTOTZ spells a name with no word starting with z")
	}
	if !SameBodyByInitials("OOTOTOTF", name+"Fleet") {
		t.Error("OOTOTOTF is the office's initials")
	}
}

func BenchmarkInitialsOfALongName(b *testing.B) {
	name := "Office "
	for i := 0; i < 40; i++ {
		name += "of the "
	}
	name += "Fleet"
	for i := 0; i < b.N; i++ {
		SameBodyByInitials("OOTOTOTZ", name)
	}
}
