package suggest

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

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

// peopleWordsTXT lists words for peoples, faiths and members ("Serbs",
// "Moslem", "Republicans") and adjectives of places and peoples ("Zairean",
// "Islamic"), from Open English WordNet (CC BY 4.0;
// scripts/gen-people-words.go). Like the nationality adjectives they are no
// names, but they are kept apart from demonyms: the chunker strips those from
// the start of a name, and a people's word can start a place's ("Wichita
// Falls").
//
//go:embed data/people-words.txt
var peopleWordsTXT string

// peopleWords reads the list on first use (it is checked against every
// town of app/geo).
var peopleWords = sync.OnceValue(func() map[string]bool {
	places := map[string]bool{}
	for _, c := range geo.Cities() {
		places[c.Name] = true
	}
	for _, d := range geo.Divisions() {
		places[d.Name] = true
	}
	out := map[string]bool{}
	for _, l := range strings.Split(peopleWordsTXT, "\n") {
		l = strings.TrimSpace(l)
		// a people's word that is also a state, a country or a town ("Missouri",
		// "Wichita") is left to the tagger
		if l == "" || strings.HasPrefix(l, "#") || places[l] || places[strings.TrimSuffix(l, "s")] || geo.CountryNamed(l) != "" {
			continue
		}
		out[l] = true
	}
	return out
})

// peopleSpan: a span made only of nationality and people's words ("Bosnian
// Serbs", "Moslem"), or ending in an adjective made with a name ("New
// York-based", "Ireland-born", "U.N.-sponsored"): it speaks of a people or
// qualifies a noun, and names no one.
func peopleSpan(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	if adjectiveMadeWithName(words[len(words)-1]) {
		return true
	}
	for _, w := range words {
		if !peopleWords()[w] && !demonyms[w] {
			return false
		}
	}
	return true
}

// madeWithName: the lower-case half of "York-based", "Ireland-born".
func madeWithName(w string) bool {
	if len(w) < 3 || strings.ToLower(w) != w {
		return false
	}
	return strings.HasSuffix(w, "ed") || w == "born" || w == "run" || w == "made" || w == "style" || w == "speaking" || w == "bound"
}
