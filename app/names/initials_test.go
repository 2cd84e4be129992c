package names

import (
	"strings"
	"testing"
)

// Names written for this test. Before SpellsInitials the three callers read initials
// three ways: the suggester's initialsMatch ("Full Name (ACR)": the capitals of the
// words, or every word's first letter, words split at spaces and hyphens), the origin
// reader's initials (the A-Z capitals of space-separated words, for "CBN Governor" and
// "MAN Director-General") and match.SameBodyByInitials (word starts, four function words
// skippable). Each case where they disagreed says which reading was kept.
func TestSpellsInitials(t *testing.T) {
	cases := []struct {
		short, name  string
		want, starts bool // SpellsInitials, SpellsInitialsFromStarts
		why          string
	}{
		{"HFRS", "Harlsted Fire and Rescue Service", true, true, "every caller agreed"},
		{"MHSW", "Ministry of Health and Social Welfare", true, true, "function words give no letter"},
		// the origin reader's initials() could not give a function word's letter: kept
		// from initialsMatch and SameBodyByInitials, names are written both ways
		{"MOHAF", "Ministry of Harbours and Ferries", true, true, "function words may give their letter"},
		// initials() read "Franco-Lorrish" as one word ("FBP"): kept from the other two
		{"FLBP", "Franco-Lorrish Border Police", true, true, "a hyphen parts two words"},
		// SameBodyByInitials could skip only of/and/for/the: kept from initialsMatch and
		// initials(), which skip any small word ("in", "de", "la": not English only)
		{"UDV", "Union of Dockers in Velmark", true, true, "a small word gives no letter"},
		{"OEV", "Órgano Estatal de Vigilancia", true, true, "capitals beyond A-Z count (initials() skipped Ó), diacritics or none"},
		{"ÓEV", "Órgano Estatal de Vigilancia", true, true, "capitals beyond A-Z count, diacritics or none"},
		// initials() skipped a small first word ("KH"): a name's first word always gives its letter
		{"DKH", "de Kestrelse Havenbank", true, true, "the first word gives its letter, small or not"},
		{"KH", "de Kestrelse Havenbank", false, false, "the first word gives its letter, small or not"},
		{"G7HA", "Group 7 Harbour Authority", true, true, "a number is a word (initialsMatch read it so)"},
		{"PHA", "the Ports and Harbours Authority", true, true, "a leading 'the' gives no letter"},
		// word starts: only SameBodyByInitials read them; kept where two names already
		// stand for a body (FromStarts), not for a loose abbreviation ("MAN" would spell
		// "Manchester Nurses")
		{"NORFIB", "Norwegian Fisheries Board", false, true, "a word's first letters"},
		{"MAN", "Manchester Nurses", false, true, "a word's first letters"},
		{"NFU", "National Ferry Operators Union", false, false, "a capitalised word must give a letter"},
		{"NFB", "National Farmers' Union", false, false, "letters out of order"},
		{"WPK", "Workers' Party of Korea", true, true, "an apostrophe stays in its word"},
		{"INT", "Interfax", false, false, "a one-word name spells no initials"},
		{"", "Harlsted Fire", false, false, "no initials"},
		{"hfrs", "Harlsted Fire and Rescue Service", true, true, "case does not matter"},
	}
	for _, c := range cases {
		if got := SpellsInitials(c.short, c.name); got != c.want {
			t.Errorf("SpellsInitials(%q, %q) = %v, want %v (%s)", c.short, c.name, got, c.want, c.why)
		}
		if got := SpellsInitialsFromStarts(c.short, c.name); got != c.starts {
			t.Errorf("SpellsInitialsFromStarts(%q, %q) = %v, want %v (%s)", c.short, c.name, got, c.starts, c.why)
		}
	}
}

// A name of many small words is read in letters × words steps: a search that tried
// each small word with and without its letter took 2^words.
func TestSpellsInitialsLongName(t *testing.T) {
	name := "Velmark" + strings.Repeat(" of", 60) + " Ports"
	if !SpellsInitials("VP", name) || SpellsInitials("VX", name) {
		t.Error("a long name of small words")
	}
}
