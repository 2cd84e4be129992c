package reading

import (
	"sort"
	"strings"
)

// Word lists: the one copy of each for the whole app (the suggester, matching and import
// read months, weekdays and seasons through this package).

// monthNames: full names and abbreviations, capitalised.
var monthNames = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
	"Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

// weekdayNames, time.Weekday numbering.
var weekdayNames = map[string]int{
	"Sunday": 0, "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
}

// seasons map to month ranges (northern hemisphere, meteorological).
var seasons = map[string][2]int{
	"spring": {3, 5}, "summer": {6, 8}, "fall": {9, 11}, "autumn": {9, 11}, "winter": {12, 2},
}

// monthContext: words before an ambiguous month name ("May", "March") that make it a month.
var monthContext = set(`in since until till by from of early late mid last next this during through before after between and or to throughout`)

// numberWords are spelled-out cardinals (copied from app/suggest, plus "one" and "a"/"an"
// handled by the parser before "dozen"/"hundred"/"thousand").
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}

// scaleWords multiply the number before them (copied from app/suggest).
var scaleWords = map[string]float64{
	"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "bn": 1e9,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, // South Asian copy: "2.4 lakh" = 240,000
}

// vagueScales are the plural quantity words and the scale they count in. Their ranges are
// decided in vagueRange (this package's own reading, not app/suggest's).
var vagueScales = map[string]float64{
	"hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}

// vagueWords are quantity words with the range each is read as (see docs/reading.md).
var vagueWords = map[string][2]float64{
	"several": {3, 9}, "dozens": {24, 99}, "scores": {40, 199}, "numerous": {3, 99},
	"a few": {2, 5}, "a couple": {2, 3}, "a handful": {3, 9},
}

// gluedScales are scale words written against the digits: "2bn", "1.5mln", "3tn".
var gluedScales = map[string]float64{"bn": 1e9, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12}

// fractionWords are the denominators of fractions read as percentages.
var fractionWords = map[string]float64{
	"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10,
}

// singularUnits make "one" a count: "one soldier", "one person" (the plural units cover the rest).
var singularUnits = set(`soldier person civilian worker member delegate performer tank missile drone shell casualty`)

// unitsRightAfter are units that count only right after the number: "300 billion won"
// (elsewhere "won" is a verb), "72 hours", "three days" (elsewhere "this year" is a date).
var unitsRightAfter = map[string]string{
	"won": "KRW", "hours": "hours", "hour": "hours", "days": "days", "day": "days",
	"weeks": "weeks", "week": "weeks", "months": "months", "month": "months", "years": "years", "year": "years",
}

// notCount: a spelled-out number after these words is a reference ("the two countries"),
// not a count (copied from app/suggest). Not "all": "all twelve members voted" states the
// count as "all 12 members voted" does, and was read as no figure at all (so a "two" later
// in the sentence stood alone against another article's 12).
var notCount = set(`the both these those its their his her our your my each every other`)

// notCountAfter: a spelled-out number before these words is not a count either
// ("one of the", "two-way").
var notCountAfter = set(`of another way`)

// hedgeKind says how a hedge word turns a stated value into a range; see applyHedge.
type hedgeKind int

const (
	hApprox   hedgeKind = iota + 1 // around 11,000
	hOver                          // over / more than 6,000 (exclusive)
	hAtLeast                       // at least 6,000 (inclusive)
	hJustOver                      // just over 6,000
	hUnder                         // under / fewer than 100 (exclusive)
	hAtMost                        // up to / as many as 100 (inclusive)
	hNearly                        // nearly / almost 100
	hExact                         // exactly / only 100
)

// numberHedges precede a figure, longest first so "just over" wins over "over" (the list of
// app/suggest, with a kind each and a few additions).
var numberHedges = []struct {
	words string
	kind  hedgeKind
}{
	{"in the region of", hApprox}, {"in excess of", hOver}, {"no more than", hAtMost}, {"no fewer than", hAtLeast},
	{"no less than", hAtLeast}, {"as many as", hAtMost}, {"as far as", hAtMost}, {"as high as", hAtMost}, {"as much as", hAtMost}, {"as few as", hAtMost},
	{"more than", hOver}, {"less than", hUnder}, {"fewer than", hUnder}, {"at least", hAtLeast},
	{"at most", hAtMost}, {"up to", hAtMost}, {"close to", hApprox}, {"an estimated", hApprox},
	{"just over", hJustOver}, {"just under", hNearly}, {"well over", hOver}, {"upwards of", hOver},
	{"more or less", hApprox}, {"some", hApprox}, {"around", hApprox}, {"about", hApprox},
	{"approximately", hApprox}, {"roughly", hApprox}, {"circa", hApprox}, {"nearly", hNearly},
	{"almost", hNearly}, {"over", hOver}, {"above", hOver}, {"under", hUnder}, {"below", hUnder},
	{"estimated", hApprox}, {"exactly", hExact}, {"only", hExact}, {"precisely", hExact},
}

// hedgeWords are numberHedges' words, split once (parallel to numberHedges).
var hedgeWords = func() [][]string {
	out := make([][]string, len(numberHedges))
	for i, h := range numberHedges {
		out[i] = strings.Fields(h.words)
	}
	return out
}()

// modalHedges in the few words before a figure or date ("has likely suffered over 6,000"):
// kept in the hedge text; they do not change the range (copied from app/suggest, plus
// "unconfirmed", "believed", "claimed").
var modalHedges = set(`likely reportedly allegedly possibly probably apparently purportedly supposedly estimated unconfirmed believed claimed`)

// dateHedges before a date: kept in the hedge text, the interval is the whole unit.
var dateHedges = set(`early late mid around about earlier later`)

// units maps the words that name what a figure counts to a canonical unit. A figure's unit is
// the first of these words among the few after it ("around 11,000 elite troops",
// "a 125-strong delegation of performers"); none found = unknown unit "".
var units = map[string]string{
	"troops": "troops", "troop": "troops", "soldiers": "troops", "soldier": "troops",
	"servicemen": "troops", "forces": "troops", "personnel": "troops", "fighters": "troops",
	"casualties": "casualties", "casualty": "casualties", "dead": "casualties", "deaths": "casualties",
	"killed": "casualties", "wounded": "casualties", "injured": "casualties", "losses": "casualties",
	"people": "people", "persons": "people", "person": "people", "civilian": "people", "individuals": "people", "civilians": "people", "residents": "people",
	"performers": "performers", "artists": "performers", "dancers": "performers", "musicians": "performers",
	"singers": "performers", "actors": "performers",
	"workers": "workers", "labourers": "workers", "laborers": "workers", "worker": "workers",
	// people named by sex, age or trade count people ("19 men were underground", "14 miners
	// were trapped"): one count told in two words, which the matcher must see as one
	"men": "people", "women": "people",
	"miners": "workers", "fishermen": "workers", "farmers": "workers",
	"members": "members", "member": "members", "delegates": "delegates", "delegate": "delegates",
	"percent": "%", "%": "%",
	"$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₽": "RUB", "¥": "JPY",
	"dollars": "USD", "euros": "EUR", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB",
	"yuan": "CNY", "yen": "JPY", "hryvnias": "UAH",
	"tanks": "tanks", "missiles": "missiles", "drones": "drones", "shells": "shells",
	"tank": "tanks", "missile": "missiles", "drone": "drones", "shell": "shells",
	// measures that convert into one another (measureBase): lengths, areas, weights
	"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
	"miles": "miles", "mile": "miles", "nautical": "nautical miles",
	"metres": "m", "meters": "m", "metre": "m", "meter": "m", "feet": "ft", "foot": "ft", "ft": "ft",
	"hectares": "hectares", "hectare": "hectares", "acres": "acres", "acre": "acres",
	"tonnes": "tonnes", "tonne": "tonnes", "tons": "tonnes", "ton": "tonnes",
	"kilograms": "kg", "kilogrammes": "kg", "kg": "kg",
	// a change of a rate: "150 basis points" is "1.5 percentage points"
	"basis": "bp", "percentage": "pp",
}

// measureBase puts a measure into its dimension's base unit, so "12,000 hectares" and
// "30,000 acres" compare (km, hectares, tonnes; "tons" are read as metric tonnes, within
// the 10% an approximate figure allows of a short ton).
var measureBase = map[string]struct {
	dim    string
	factor float64
}{
	"km": {"length", 1}, "miles": {"length", 1.609344}, "nautical miles": {"length", 1.852}, "m": {"length", 0.001},
	"hectares": {"area", 1}, "acres": {"area", 0.404686},
	"tonnes": {"weight", 1}, "kg": {"weight", 0.001}, "ft": {"length", 0.0003048},
	// durations: "within 48 hours" is "within two days" (months and years are left apart:
	// their length varies)
	"hours": {"time", 1}, "days": {"time", 24}, "weeks": {"time", 168},
	"bp": {"rate change", 1}, "pp": {"rate change", 100},
}

// spanWords after "a day", "an hour", "a week" make it a span between two events ("a day
// after leaving port"), not a rate ("four million euros a day").
var spanWords = set(`after before later earlier ago`)

// unitStop ends the search for a unit word: "6,000 since troops were deployed" must not
// count troops.
// "Cubic feet", "square miles" are volumes and areas, not lengths: their unit is left unread.
var unitStop = set(`since to in on at by and or but who which that when while after before from with for as was were is are has have had will would cubic square`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range s + " " {
		if r == ' ' || r == '\n' || r == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}

// IsCalendarName reports whether w, as written, names a month ("June", "Sept") or a weekday
// ("Monday"): capitalised words that are not names of people or places.
func IsCalendarName(w string) bool {
	_, day := weekdayNames[w]
	return monthNames[w] > 0 || day
}

// MonthNumber is the month a name or abbreviation names in any case ("june", "Sept", "DEC"),
// or 0.
func MonthNumber(name string) int {
	if name == "" {
		return 0
	}
	w := strings.ToUpper(name[:1]) + strings.ToLower(name[1:])
	return monthNames[w]
}

// MonthPattern and WeekdayPattern are regular expressions (case-insensitive, no groups
// that capture) matching the month and weekday names MonthNumber and IsCalendarName
// know, longest first, for readers of whole date lines (app/ingest).
var (
	MonthPattern   = namesPattern(monthNames)
	WeekdayPattern = namesPattern(weekdayNames, "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
)

func namesPattern(m map[string]int, more ...string) string {
	names := append([]string(nil), more...)
	for k := range m {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return "(?i:" + strings.Join(names, "|") + ")"
}

// IsNumberWord reports whether w (lower case) is a spelled-out cardinal ("eleven",
// "dozen"): a figure, not a name, though a sentence may open with it capitalised.
func IsNumberWord(w string) bool {
	_, ok := numberWords[w]
	return ok
}
