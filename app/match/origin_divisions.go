package match

// States and provinces: an office of a first-level division speaks for that division's
// government ("the Bavarian interior ministry" is the Government of Bavaria), not the country's.

import (
	"regexp"
	"strings"

	"claimdesk/app/geo"
)

// provincial names a sub-national government: "Kerala state officials".
var provincial = regexp.MustCompile(`\b([A-Z][a-z]+) (provincial|regional|municipal|city|state|county) (?:[a-z]+ ){0,2}(government|authorities|officials|headquarters|office|department)\b`)

// divisionOffice is the state or province (app/geo's divisions) whose office phrase
// names: the division's name or adjective before an office word, not after a preposition
// ("officials in Texas" may be the country's). The longest name is read first ("West
// Bengal", "Rio Grande do Sul").
func divisionOffice(phrase, seatCountry string) string {
	ws := rawWords(phrase)
	last := -1 // the last office word
	for k, w := range ws {
		if divisionOfficeWords[w.lower] {
			last = k
		}
	}
	for i := 0; i < last; i++ {
		if !upper(ws[i].text) || i > 0 && prepositions[ws[i-1].lower] {
			continue
		}
		if d := divisionAt(ws, i, last, seatCountry); d != "" {
			return d
		}
	}
	// "the Government of Bavaria", "the state government of West Bengal": the name the app
	// gives the division's government, written out, is that government
	for k := 0; k+2 < len(ws); k++ {
		if divisionOfficeWords[ws[k].lower] && ws[k+1].lower == "of" && upper(ws[k+2].text) {
			if d := divisionAt(ws, k+2, len(ws), seatCountry); d != "" {
				return d
			}
		}
	}
	return ""
}

// divisionGovernment is the source name of a division's government: "Government of
// Bavaria". A name two federations give a division ("Punjab", India's and Pakistan's)
// carries the country the dateline places the story in, else the one the story is about
// ("Government of Punjab (Pakistan)"), and so does a state a country also names ("Government
// of Georgia (United States)"), so the two governments are two sources, two origins.
func (r *originReader) divisionGovernment(name string) string {
	ds := geo.DivisionNamed(name)
	if len(ds) == 0 && r.seatCountry() != "" {
		// a state a country also names, read in its country (seatCountry): "Government of
		// Georgia" is the country's
		return GovernmentName(name + " (" + r.seatCountry() + ")")
	}
	if len(ds) < 2 {
		return GovernmentName(name)
	}
	for _, c := range []string{datelineCountry(r.text), r.mainCountry, r.outletCountry} {
		for _, d := range ds {
			if c != "" && strings.EqualFold(d.Country, c) {
				return GovernmentName(name + " (" + d.Country + ")")
			}
		}
	}
	return GovernmentName(name) // which one, the story does not say
}

// divisionAt is the division named by the longest run of capitalised words from ws[i]
// (at most five, ending before ws[end]), or "". seatCountry, when the dateline is a
// state's capital in that country, lets a division a country also names count
// ("ATLANTA ... Georgia officials": the state's).
func divisionAt(ws []rawWord, i, end int, seatCountry string) string {
	for n := min(5, end-i); n >= 1; n-- {
		if !upper(ws[i+n-1].text) && (n == 1 || ws[i+n-1].lower != "state") {
			continue // a name ends in a capital, or in "state" ("Mexico state": Mexico State)
		}
		names := make([]string, n)
		for k := range names {
			names[k] = ws[i+k].text
		}
		if d := geo.DivisionNamed(strings.Join(names, " ")); len(d) > 0 {
			return d[0].Name
		}
		if seatCountry != "" {
			if d := geo.DivisionNamedIn(strings.Join(names, " "), seatCountry); len(d) > 0 {
				return d[0].Name
			}
		}
	}
	return ""
}

// divisionOfficeWords make a division's name an office of its government; "police" is
// left out (a federal force in some federations), and so are bodies that speak for
// themselves.
var divisionOfficeWords = wordSet(`government governments official officials ministry minister ministers
department departments authorities governor premier administration cabinet spokesman spokeswoman
spokesperson secretary commissioner`)
