package suggest

import (
	"slices"
	"strings"

	"claimdesk/app/geo"
)

// demonyms are nationality adjectives and the plural nouns made from them: not
// tagged, and stripped from the start of a phrase ("Russian [Embassy]" keeps
// it because an organisation owns it). The states' adjectives come from
// app/geo, the one geography table, so a state known there is known here.
var demonyms = nationalityWords()

// regionalAdjectives name peoples and regions that are not states (geo lists
// states only) and the nations inside the United Kingdom.
const regionalAdjectives = `English Scottish Welsh Britons Persian Soviet Western Eastern Northern
Southern Arab Asian African European Latin Slavic Kurdish Baltic Nordic Balkan Caucasian Crimean
Siberian Arabs`

func nationalityWords() map[string]bool {
	out := set(regionalAdjectives)
	add := func(w string) {
		// "Myanmar" and "Vatican" are also the state's name: a place, not an adjective
		if w == "" || geo.CountryNamed(w) != "" {
			return
		}
		out[w] = true
		// Americans, Israelis, Filipinos; but not when the plural names a place: "Laos"
		// (from Lao), "Balkans" (from Balkan) are a state and a region.
		plural := w + "s"
		if (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "o")) &&
			geo.CountryNamed(plural) == "" && !slices.Contains(regions, plural) {
			out[plural] = true
		}
	}
	for _, c := range geo.Countries() {
		for _, adj := range c.Demonyms {
			words := strings.Fields(adj)
			switch {
			case len(words) == 1:
				add(adj)
			case compassWords[words[0]] && words[0] != "New":
				add(words[len(words)-1]) // "North Korean", "South African": the word the compass word qualifies
			}
		}
	}
	for w := range set(regionalAdjectives) {
		add(w)
	}
	return out
}
