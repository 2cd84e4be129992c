package match

import "claimdesk/app/names"

// One body under two names across a claim's articles: its full name in one ("Harlsted
// Fire and Rescue Service"), its initials in another ("HFRS"), neither declared as the
// other's alias. SameBodyByInitials tells them apart from two bodies; a short name that
// is no set of initials ("Fercominorp" for a Spanish full name written in English) is
// left to the analyst.

// SameBodyByInitials reports whether one of a and b is an acronym (names.Acronym: two to
// eight capitals) that the other name spells by its words' starts
// (names.SpellsInitialsFromStarts: both names stand for a body already, so a word may give
// the first letters of its start, and "of", "and", "for", "the" a letter or none).
func SameBodyByInitials(a, b string) bool {
	if names.Acronym(b) && !names.Acronym(a) {
		a, b = b, a
	}
	if !names.Acronym(a) || names.Acronym(b) {
		return false
	}
	return names.SpellsInitialsFromStarts(a, b)
}
