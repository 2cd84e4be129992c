package match

// Which country a story, a dateline, a phrase or a person is about: what vague
// references ("officials", "state media", a bare office) resolve against.

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
)

// countryWords turns a country's name, alias, adjective or capital into the country: the
// one geography table (app/geo) gives states, aliases ("DPRK", "U.S.") and adjectives, the
// reading core's Capitals the seats of government, its sources table the seats named for
// themselves ("Kremlin").
var countryWords = func() map[string]string {
	m := geo.Demonyms()
	for _, c := range geo.Countries() {
		if !c.Sovereign {
			continue
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if m[n] == "" {
				m[n] = c.Name
			}
		}
	}
	for city, country := range reading.Capitals {
		m[city] = country
		m[country] = country
	}
	for _, s := range reading.Sources {
		if s.Country != "" {
			m[s.Country] = s.Country
		}
		if s.Kind == reading.SourceGovernment {
			for _, al := range s.Aliases {
				m[al] = s.Country
			}
		}
	}
	return m
}()

// countryOf reads the country a phrase names ("South Korean", "the North", "Mongolia's").
func countryOf(phrase string) string {
	phrase = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(phrase), "'s"), "’s")
	if c := countryWords[phrase]; c != "" {
		return c
	}
	if c := geo.CountryNamed(phrase); c != "" {
		return c
	}
	if i := strings.LastIndex(phrase, " "); i >= 0 {
		return countryWords[phrase[i+1:]]
	}
	return ""
}

// setCountries reads the country the article is most about and the one an office with no
// country speaks for.
func (r *originReader) setCountries(text, outlet string) {
	r.mainCountry = storyCountry(r.refs, outlet)
	if r.mainCountry == "" {
		// no capital, official or state medium named: the dateline's place says where
		// the story is ("BEIJING (AP) — ... local officials said")
		r.mainCountry = datelineCountry(text)
	}
	if src := reading.OutletByName(outlet); src != nil {
		r.outletCountry, r.outletIsAgency = src.Country, src.Kind == reading.SourceAgency
		r.outletHome = src.Country
	}
	if r.mainCountry == "" && (r.outletHome == "" || globalWires[outlet]) {
		// nor a dateline: an article that names one country, by its name or adjective
		// alone ("talks in the Bolivian capital"), is about it, and its lone "the
		// minister" is that country's, as "officials in La Paz" would be. Not from a
		// national outlet, whose copy is about its own country unless it says otherwise
		// (Tanjug on a fire in Serbia names Croatia's civil protection, not Serbia); with
		// two countries named the claim's other articles decide (ResolveVague)
		r.mainCountry = soleCountry(text)
	}
	if r.mainCountry == "" {
		// nor a country the geography table knows: one the article names as a ministry's
		// owner ("Velmark's health ministry") is the country it is about
		r.mainCountry = soleOfficeOwner(text)
	}
	// an office with no country speaks for the outlet's own country when the story is
	// about it (Yonhap and the JCS), else for the country the story is most about
	if r.outletCountry == "" || r.mainCountry != "" && !strings.EqualFold(r.outletCountry, r.mainCountry) && !r.domestic() {
		r.outletCountry = r.mainCountry
	}
	// a bureau abroad ("OSLO (AFP) -", "La Paz, Nov 4 (EFE).-") reports the place it is in:
	// its bare offices ("police said", "the minister") are that country's, unless the copy
	// names another country more often than the dateline's ("MADRID (Reuters) - Portugal's
	// navy ..., Lisbon said. Madrid has offered Lisbon ..."); the dateline counts once, and
	// a tie is the dateline's
	if dl := datelineCountry(text); dl != "" && r.outletHome != "" && !strings.EqualFold(dl, r.outletHome) &&
		!strings.EqualFold(dl, r.mainCountry) {
		named := countriesNamed(text)
		if named[dl]+1 >= named[r.mainCountry] {
			r.outletCountry = dl
		}
	}
}

// countriesNamed counts how often text names each country by its name, alias, adjective
// or capital ("Norway", "Norwegian", "Oslo"), as written (a dateline in capitals is not
// counted).
func countriesNamed(text string) map[string]int {
	fields := strings.FieldsFunc(text, func(c rune) bool {
		return !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-'
	})
	n := map[string]int{}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if f == "" || !unicode.IsUpper([]rune(f)[0]) || f == strings.ToUpper(f) {
			continue
		}
		if i+1 < len(fields) {
			if c := countryWords[strings.TrimSuffix(f+" "+fields[i+1], "'s")]; c != "" {
				n[c]++
				i++
				continue
			}
		}
		if c := countryWords[strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")]; c != "" {
			n[c]++
		}
	}
	return n
}

// soleCountry is the one country text names (countriesNamed), "" when it names none or
// more than one.
func soleCountry(text string) string {
	named := countriesNamed(text)
	if len(named) != 1 {
		return ""
	}
	for c := range named {
		return c
	}
	return ""
}

// datelineCountry is the country of the place the article's dateline names, "" when it
// has none or the place is not in the geography table (a capital, or a city of 300,000).
func datelineCountry(text string) string {
	for _, para := range strings.SplitN(text, "\n", 8) {
		if strings.TrimSpace(para) == "" {
			continue
		}
		d, ok := reading.ReadDateline(para, "")
		if !ok || d.Place == "" {
			// "BAKU, Azerbaijan, September 18." or "ABU DHABI, 14th April, 2026 (WAM) --": a
			// dateline the reading core does not take whole still opens with its place in
			// capitals
			if place := capitalsPlace(para); place != "" {
				if c := countryOf(place); c != "" {
					return c
				}
				if c := cityCountry()[place]; c != "" {
					return c
				}
			}
			continue
		}
		if c := countryOf(d.Place); c != "" {
			return c
		}
		return cityCountry()[d.Place]
	}
	return ""
}

// capitalsPlace is the place a paragraph opens with in capitals before a comma ("BAKU, "
// → "Baku", "ABU DHABI, " → "Abu Dhabi"), "" when it opens otherwise.
func capitalsPlace(para string) string {
	i := strings.Index(para, ",")
	if i < 3 || i > 30 {
		return ""
	}
	words := strings.Fields(para[:i])
	for k, w := range words {
		for _, c := range w {
			if !unicode.IsUpper(c) && c != '-' {
				return ""
			}
		}
		words[k] = cases(strings.ToLower(w))
	}
	return strings.Join(words, " ")
}

// seatCountry is the country whose state capital the article's dateline names ("ATLANTA":
// the United States), "" otherwise; read once per reading.
func (r *originReader) seatCountry() string {
	if r.seat == nil {
		s := ""
		if d, ok := firstDateline(r.text); ok {
			s = seatCities()[d.Place]
		}
		r.seat = &s
	}
	return *r.seat
}

// firstDateline is the dateline of the first paragraph of text that opens with one.
func firstDateline(text string) (reading.Dateline, bool) {
	for _, para := range strings.SplitN(text, "\n", 8) {
		if strings.TrimSpace(para) == "" {
			continue
		}
		if d, ok := reading.ReadDateline(para, ""); ok && d.Place != "" {
			return d, true
		}
	}
	return reading.Dateline{}, false
}

// seatCities maps the cities that are a state's capital to their countries' names.
var seatCities = sync.OnceValue(func() map[string]string {
	names := map[string]string{}
	for _, c := range geo.Countries() {
		names[c.Code] = c.Name
	}
	m := map[string]string{}
	for _, c := range geo.Cities() {
		if _, seen := m[c.Name]; !seen && c.Seat {
			m[c.Name] = names[c.Country]
		}
	}
	return m
})

// cityCountry maps the geography table's cities to their countries' names.
var cityCountry = sync.OnceValue(func() map[string]string {
	names := map[string]string{}
	for _, c := range geo.Countries() {
		names[c.Code] = c.Name
	}
	m := map[string]string{}
	for _, c := range geo.Cities() {
		if _, seen := m[c.Name]; !seen {
			m[c.Name] = names[c.Country]
		}
	}
	return m
})

// domestic reports whether the outlet's own country (the sources table's, not the one its
// bare offices were given) is among the countries the story refers to (a Russian agency
// on a Russian deal abroad; not EFE in La Paz, whose offices are Bolivia's).
func (r *originReader) domestic() bool {
	if r.outletHome == "" {
		return false
	}
	for _, ref := range r.refs {
		if strings.EqualFold(ref.Country, r.outletHome) && !(ref.Kind == reading.RefNamed && strings.EqualFold(ref.Source.Name, r.outlet)) {
			return true
		}
	}
	return false
}

// countryIn finds a country named in a phrase ("South Korea's", "Mongolian", "the DPRK's").
func (r *originReader) countryIn(phrase string) string {
	fields := strings.Fields(strings.NewReplacer("'s", "", "’s", "", ",", " ", "(", " ", ")", " ").Replace(phrase))
	for i := range fields {
		// "the North's military": the country the article names "North …"
		if (fields[i] == "North" || fields[i] == "South") && i > 0 && strings.EqualFold(fields[i-1], "the") {
			if c := namedIn(r.text, fields[i]); c != "" {
				return c
			}
		}
		if i+1 < len(fields) {
			if c := countryOf(fields[i] + " " + fields[i+1]); c != "" {
				return c
			}
		}
		if f := fields[i]; len(f) > 1 && f[0] >= 'A' && f[0] <= 'Z' {
			if i+1 < len(fields) && geo.CountryOfCapital(f) != "" && givenName([]rune(f+" "+fields[i+1]), len([]rune(f))) {
				continue // "Sofia Restrepo": a capital's name as a person's first name
			}
			if c := countryOf(f); c != "" {
				return c
			}
		}
	}
	return possessiveCountry(phrase, r.text)
}

// personCountry reads the country of a person the phrase names (its last capitalised
// word, "Orlov") from the words before their first mention in the article ("Russian
// Deputy Prime Minister Viktor Orlov"); an office there without a country gives the
// outlet's country.
func (r *originReader) personCountry(phrase string, before int) (string, bool) {
	window, _, named := r.personIntro(phrase, before)
	if !named {
		// not named before: an apposition just before may say who they are ("Mongolia's
		// deputy energy minister, Tsend Oyunchimeg, told"); other words before are the
		// statement ("The boats turned back, the Joint Chiefs of Staff said")
		office := false
		for _, w := range Words(window) {
			office = office || officeWords[w]
		}
		if !office {
			return "", false
		}
		return r.countryIn(window), true
	}
	if c := r.countryIn(window); c != "" {
		return c, true
	}
	for _, w := range Words(window) {
		if officeWords[w] {
			return "", true // an office: the default government
		}
	}
	return "", false
}

// personIntro is the words that introduce the person a speaker phrase names, before
// position before: the clause before the name's first mention when the text named them
// earlier (named), else the apposition just before the phrase ("" when neither); at is
// where those words start (code points).
func (r *originReader) personIntro(phrase string, before int) (window string, at int, named bool) {
	fields := strings.Fields(phrase)
	name := ""
	for i := len(fields) - 1; i >= 0; i-- {
		f := strings.Trim(fields[i], ",.()\"“”")
		if f != "" && f[0] >= 'A' && f[0] <= 'Z' && !officeWords[strings.ToLower(f)] && !stopwords[strings.ToLower(f)] {
			name = f
			break
		}
	}
	if name == "" || len(name) < 3 {
		return "", before, false
	}
	text := string(r.rs[:before])
	i := strings.Index(text, name)
	if i < 0 {
		ctx := []rune(text)
		from := max(0, len(ctx)-60)
		chunk := strings.TrimRight(string(ctx[from:]), " ,")
		if k := strings.LastIndexAny(chunk, ",.;:\"“”"); k >= 0 {
			from += utf8.RuneCountInString(chunk[:k+1])
			chunk = chunk[k+1:]
		}
		return chunk, from, false
	}
	ctx := []rune(text[:i])
	window = clauseBefore(string(ctx[max(0, len(ctx)-60):]))
	if k := strings.LastIndexAny(window, "—–"); k >= 0 {
		window = window[k:] // "LIMA — Rosa Quispe": the dateline's place is not where she is from
	}
	window = afterLastVerb(window)
	return window, len(ctx) - utf8.RuneCountInString(window), true
}

// afterLastVerb is what follows the last verb of the words before a name's first mention:
// "The Consumer Authority has asked Brenmark" names Brenmark as the object of another
// body's act, so the authority's office word does not introduce it (the walk's "Corvale
// said" read as a government). A verb is an auxiliary, a reporting verb or a lower-case
// word ending in "-ed" right before the name ("fined Brenmark").
func afterLastVerb(window string) string {
	fields := wordSpanRe.FindAllStringIndex(window, -1)
	for i := len(fields) - 1; i >= 0; i-- {
		w := strings.Trim(window[fields[i][0]:fields[i][1]], ",.;:\"“”")
		lw := strings.ToLower(w)
		ed := i == len(fields)-1 && len(lw) > 3 && strings.HasSuffix(lw, "ed") && w == lw && !officeWords[lw]
		if finiteWords[lw] || attributiveVerbs[lw] || ed {
			return window[fields[i][1]:]
		}
	}
	return window
}

var wordSpanRe = regexp.MustCompile(`\S+`)

// storyCountry is the country the article is most about, as its references say (its
// capitals, officials and state media), for "state media" that names none.
func storyCountry(refs []reading.Reference, outlet string) string {
	count := map[string]int{}
	best := ""
	for _, r := range refs {
		if r.Country == "" || r.Kind == reading.RefNamed && strings.EqualFold(r.Source.Name, outlet) {
			continue
		}
		count[r.Country]++
		if best == "" || count[r.Country] > count[best] {
			best = r.Country
		}
	}
	return best
}

// stateAgency is the state news agency of a country (KCNA for North Korea).
func stateAgency(country string) string {
	for _, s := range reading.Sources {
		if s.StateMedia && s.Kind == reading.SourceAgency && s.Country == country {
			return s.Name
		}
	}
	for _, s := range reading.Sources {
		if s.StateMedia && s.Country == country {
			return s.Name
		}
	}
	return ""
}

// defaultGovernment is the government an office or person speaks for when the text names
// no country: the one that last spoke in the article, else the outlet's (or the story's)
// country's.
func (r *originReader) defaultGovernment() string {
	if r.lastGov != "" {
		return r.lastGov
	}
	if r.outletCountry == "" {
		return ""
	}
	return GovernmentName(r.outletCountry)
}

// officeGovernment is the government an office with no country of its own speaks for
// (defaultGovernment); in an article that names no country at all ("The authorities
// declared the fire out", in a village report) it is a vague "government" that the
// claim's other articles may name (ResolveVague).
func (r *originReader) officeGovernment() (root, kind string) {
	if g := r.defaultGovernment(); g != "" {
		return g, "government"
	}
	return UnnamedGovernment, "office"
}

// officeOf is officeGovernment for the office speaker phrase at s: in an article that
// names no country, the office's own name when the text gives one
// (unnamedCountryOffice), still a vague government the claim's other articles may place.
func (r *originReader) officeOf(phrase string, s int) (root, kind string) {
	if r.defaultGovernment() == "" {
		if n := r.unnamedCountryOffice(phrase, s); n != "" {
			return n, "office"
		}
	}
	return r.officeGovernment()
}

// UnnamedGovernment is the root of an office whose country no article of the claim names
// ("The authorities declared the road open", in a village report): an origin of its own,
// named so that the analyst sees the country is missing (it was "government", which read
// as a source of that name on the claim page).
const UnnamedGovernment = "Government (country not named)"
