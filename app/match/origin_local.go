package match

// A town's or region's own bodies ("local authorities", "the municipality", "the town
// hall", "the county council", "the mayor", "regional officials") speak for a local
// government, an origin apart from the state's: a ferry cancelled by a region and a rail
// line declared safe by a ministry are two origins, not one government's word.

import (
	"regexp"
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// LocalGovernmentName is the root of a local government: "Local government of Vestrup".
func LocalGovernmentName(place string) string { return "Local government of " + place }

// RegionalGovernmentName is the root of a region's government named in the phrase.
func RegionalGovernmentName(place string) string { return "Regional government of " + place }

// UnnamedLocalGovernment and UnnamedRegionalGovernment are the roots of a local or
// regional body whose place the article does not name: an origin of its own, named so the
// analyst sees the place is missing (never the state's government).
const (
	UnnamedLocalGovernment    = "Local government (place not named)"
	UnnamedRegionalGovernment = "Regional government (place not named)"
)

var (
	localBodyRe    = regexp.MustCompile(`(?i)\b(?:local\s+(?:authorities|authority|officials|official|government|council|administration)|municipal(?:ity|ities)?(?:\s+(?:authorities|officials|government|council))?|(?:town|city)\s+hall|(?:county|city|town|district|municipal|parish|borough)\s+council|mayor(?:'s|’s)?(?:\s+office)?|council(?:l)?or|council(?:wo)?man|alder(?:wo)?man)\b`)
	regionalBodyRe = regexp.MustCompile(`(?i)\bregional\s+(?:authorities|authority|officials|official|government|council|administration)\b`)
)

// localGovernment is the local or regional government a speaker phrase names, "" when the
// phrase names none. The place is the one the phrase names ("Holmby town hall", "the
// municipality of Holmby", "local officials in Holmby"), else, for a town's body, the
// dateline's town.
func (r *originReader) localGovernment(phrase string) string {
	regional := false
	m := localBodyRe.FindStringIndex(phrase)
	if m == nil {
		if m = regionalBodyRe.FindStringIndex(phrase); m == nil {
			return ""
		}
		regional = true
	}
	if notTheBody(phrase, m) {
		return ""
	}
	if w := strings.ToLower(phrase[m[0]:m[1]]); strings.HasPrefix(w, "council") || strings.HasPrefix(w, "alder") {
		// a councillor by title before a name ("Councillor Amir Shah"), not one described
		// ("a councillor for a small party" speaks for herself), nor "State Councillor
		// Li Wen" (a national office: nationalTitleRe)
		if !titleBeforeName(phrase[m[0]:]) || nationalTitleRe.MatchString(phrase) {
			return ""
		}
	}
	place := placeBefore(phrase[:m[0]])
	if place == "" {
		place = placeAfter(phrase[m[1]:])
	}
	switch {
	case place != "" && regional:
		return RegionalGovernmentName(place)
	case place != "":
		return LocalGovernmentName(place)
	case regional:
		return UnnamedRegionalGovernment
	}
	if d, ok := firstDateline(r.text); ok && d.Place != "" {
		if reading.Capitals[d.Place] != "" && hostWordsRe.MatchString(phrase) {
			// "JAKARTA (Kyodo) — Local authorities say": a bureau in a national capital
			// means the host country's authorities, read as its other offices are
			return ""
		}
		return LocalGovernmentName(d.Place)
	}
	return UnnamedLocalGovernment
}

// nationalTitleRe finds the title of a national office before a name that holds a
// local body's word: "State Councillor Li Wen" (China), "Federal Councillor Anna Keller"
// (Switzerland). The person speaks for the country's government, as a minister does.
var nationalTitleRe = regexp.MustCompile(`\b(?:State|Federal)\s+Council(?:l)?or\s+\p{Lu}`)

// titleBeforeName says whether text opens with a capitalised title and then a capitalised
// name ("Councillor Amir Shah").
func titleBeforeName(text string) bool {
	f := strings.Fields(text)
	return len(f) >= 2 && unicode.IsUpper([]rune(f[0])[0]) && unicode.IsUpper([]rune(f[1])[0])
}

// hostWordsRe are the words a correspondent uses for the host country's officials as well
// as a town's: "local authorities", "local officials".
var hostWordsRe = regexp.MustCompile(`(?i)\blocal\s+(?:authorities|authority|officials|official)\b`)

// placeBefore is the capitalised name just before a local body's words ("Holmby" in
// "Holmby town hall", "Holmby's mayor"), "" when none or when it names a country.
func placeBefore(s string) string {
	fields := strings.Fields(s)
	var name []string
	for i := len(fields) - 1; i >= 0; i-- {
		f := strings.TrimSuffix(strings.TrimSuffix(fields[i], "'s"), "’s")
		if f == "" || !unicode.IsUpper([]rune(f)[0]) || stopwords[strings.ToLower(f)] || officeWords[strings.ToLower(f)] {
			break
		}
		name = append([]string{f}, name...)
	}
	return placeName(name)
}

// placeAfter is the place after "of" or "in" following a local body's words ("the
// municipality of Holmby"), "" when none.
func placeAfter(s string) string {
	fields := strings.Fields(s)
	if len(fields) < 2 || fields[0] != "of" && fields[0] != "in" {
		return ""
	}
	var name []string
	for _, f := range fields[1:] {
		f = strings.Trim(f, ",.;:\"“”()")
		if f == "" || !unicode.IsUpper([]rune(f)[0]) {
			break
		}
		name = append(name, f)
	}
	return placeName(name)
}

// placeName joins a place's words; a country or its adjective ("Danish local
// authorities") names no town.
func placeName(words []string) string {
	if len(words) == 0 || len(words) > 3 {
		return ""
	}
	name := strings.Join(words, " ")
	if countryOf(name) != "" {
		return ""
	}
	return name
}

// notTheBodyWords before a local body's words make the speaker someone else: one who was
// it ("the former mayor", "the ex-mayor"), wants to be ("a candidate for mayor") or stands
// against it ("critics of the mayor", "an opposition member of the town council").
var notTheBodyWords = wordSet(`former ex candidate candidates critic critics opponent opponents rival rivals opposition challenger challengers hopeful`)

// speaksForWords after a body's possessive still speak for it ("the mayor's office",
// "the mayor's spokeswoman"); any other noun there is someone else ("the mayor's opponents").
var speaksForWords = wordSet(`office spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen press aide aides officials staff team administration`)

// notTheBody reports whether the local body phrase[m[0]:m[1]] is named in the speaker
// phrase but is not who speaks (notTheBodyWords, or a possessive before another noun).
func notTheBody(phrase string, m []int) bool {
	letters := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase[:m[0]]), letters) {
		if notTheBodyWords[w] {
			return true
		}
	}
	body := strings.ToLower(phrase[m[0]:m[1]])
	if strings.HasSuffix(body, "'s") || strings.HasSuffix(body, "’s") {
		if next := strings.FieldsFunc(strings.ToLower(phrase[m[1]:]), letters); len(next) > 0 && !speaksForWords[next[0]] {
			return true
		}
	}
	return false
}
