package suggest

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
)

// Countries and cities come from the one geography table (package geo: Debian
// iso-codes and GeoNames, CC-BY 4.0); the suggester adds its own regions and organisations.

// regions are well-known places that are neither countries nor cities.
var regions = []string{
	"Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Antarctica",
	"Oceania", "Middle East", "Far East", "Near East", "Central Asia", "East Asia", "South Asia",
	"Southeast Asia", "Eastern Europe", "Western Europe", "Central Europe", "the Balkans", "Balkans",
	"Caucasus", "Siberia", "Crimea", "Donbas", "Donbass", "Kashmir", "Gaza", "Gaza Strip",
	"West Bank", "Golan Heights", "Korean Peninsula", "Arctic", "Baltic", "Sahel", "Scandinavia",
	"Kurdistan", "Tibet", "Xinjiang", "Hong Kong", "Macau", "Taiwan Strait", "South China Sea",
	"East China Sea", "Black Sea", "Red Sea", "Baltic Sea", "Mediterranean", "Persian Gulf",
	"Pacific", "Atlantic", "Indian Ocean", "England", "Scotland", "Wales", "Northern Ireland",
	"Chechnya", "Dagestan", "Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh",
	"Silicon Valley", "Wall Street", "Kremlin", "White House", "Pentagon", "Downing Street",
}

// organisations are international bodies news copy cites, each "Canonical Name|alias|alias".
// News agencies and outlets come from reading.Sources (one table for the whole app).
var organisations = []string{
	"United Nations|UN|U.N.", "United Nations Security Council|UN Security Council|UNSC",
	"United Nations General Assembly|UN General Assembly", "European Union|EU", "NATO|North Atlantic Treaty Organization",
	"International Atomic Energy Agency|IAEA", "World Health Organization|WHO", "World Bank",
	"International Monetary Fund|IMF", "World Trade Organization|WTO", "Red Cross",
	"International Committee of the Red Cross|ICRC", "International Criminal Court|ICC",
	"Organization of the Petroleum Exporting Countries|OPEC", "African Union", "Arab League",
	"Association of Southeast Asian Nations|ASEAN", "Group of Seven|G7", "Group of 20|G20", "BRICS",
	"Shanghai Cooperation Organisation|SCO", "Commonwealth of Independent States",
	"Collective Security Treaty Organization|CSTO", "Amnesty International", "Human Rights Watch",
}

// Gazetteer holds the static patterns and their entries. Build it once
// (DefaultGazetteer) and share it: it is read-only.
type Gazetteer struct {
	ac      *acMatcher
	entries []gazEntry
	// countries lets the "the North" rule find "North Korea".
	countries map[string]bool
	// byPat: pattern -> entry, for datelines in capitals ("BERLIN, Oct 14").
	byPat map[string]int
}

type gazEntry struct {
	typ  string
	name string // canonical
	conf float64
	kind byte // 'c' country, 't' city, 'r' region, 'o' organisation
}

var (
	defaultGaz     *Gazetteer
	defaultGazOnce sync.Once
)

// DefaultGazetteer returns the gazetteer built from the embedded data; it is
// built on first use.
func DefaultGazetteer() *Gazetteer {
	defaultGazOnce.Do(func() { defaultGaz = BuildGazetteer() })
	return defaultGaz
}

// BuildGazetteer builds a gazetteer from the embedded data.
func BuildGazetteer() *Gazetteer {
	g := &Gazetteer{countries: map[string]bool{}}
	seen := map[string]int{}
	var pats []string
	var add func(pat string, e gazEntry)
	add = func(pat string, e gazEntry) {
		pat = strings.TrimSpace(pat)
		if pat == "" || strings.ContainsRune(pat, ',') {
			return
		}
		if i, ok := seen[pat]; ok {
			// Countries beat organisations beat regions beat cities.
			if rank(e.kind) > rank(g.entries[i].kind) {
				g.entries[i] = e
			}
			return
		}
		seen[pat] = len(g.entries)
		g.entries = append(g.entries, e)
		pats = append(pats, pat)
		if f := fold(pat); f != pat {
			add(f, e)
		}
	}
	for _, c := range geo.Countries() {
		e := gazEntry{typ: TypePlace, name: c.Name, conf: 0.95, kind: 'c'}
		g.countries[c.Name] = true
		add(c.Name, e)
		// "the Netherlands": the name is "Netherlands"; the article stays
		// outside the span, as in news NER conventions and for the analyst
		for _, n := range c.Aliases {
			add(strings.TrimPrefix(n, "the "), e)
		}
	}
	for _, r := range regions {
		add(strings.TrimPrefix(r, "the "), gazEntry{typ: TypePlace, name: strings.TrimPrefix(r, "the "), conf: 0.85, kind: 'r'})
	}
	for _, o := range organisations {
		parts := strings.Split(o, "|")
		e := gazEntry{typ: TypeOrganisation, name: parts[0], conf: 0.9, kind: 'o'}
		for _, p := range parts {
			add(p, e)
		}
	}
	for _, src := range reading.Sources {
		if src.IsMedium() {
			e := gazEntry{typ: TypeOrganisation, name: src.Name, conf: 0.9, kind: 'o'}
			for _, p := range append([]string{src.Name}, src.Aliases...) {
				add(p, e)
			}
		}
	}
	for _, city := range geo.Cities() {
		if stopCaps[city.Name] || !startsUpper(city.Name) {
			continue
		}
		add(city.Name, gazEntry{typ: TypePlace, name: city.Name, conf: 0.85, kind: 't'})
	}
	g.ac = newACMatcher(pats)
	g.byPat = seen
	return g
}

func rank(kind byte) int {
	switch kind {
	case 'c':
		return 4
	case 'o':
		return 3
	case 'r':
		return 2
	}
	return 1
}

// fold removes diacritics: "São Paulo" -> "Sao Paulo"; typographic
// apostrophes become straight ones.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return norm.NFC.String(b.String())
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
