package match

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"claimdesk/app/geo"
)

// Media and offices that copy describes before naming them: "the Georgian news agency
// Interpressnews", "Iran's state broadcaster IRIB", "the crewing manager of Kallisto
// Maritime", and officials placed by the clause that opens their sentence ("In Lima,
// officials said").

// describedMediumRe finds a medium by what it is, its name after: "the Georgian news
// agency Interpressnews", "state broadcaster IRIB", "the private television channel Rustavi 2".
var describedMediumRe = regexp.MustCompile(`(?i:news agency|agency|broadcaster|television|channel|newspaper|daily|radio station|radio)\s+((?:\p{Lu}[\p{L}&'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}&'’-]*|\d+)){0,2})`)

// namedAgencyRe finds a medium named, then said to be an agency: "the Meridian Press
// agency", "the Harwick News agency". Its name must say it is a medium ("the Civil
// Protection agency" is an office).
var namedAgencyRe = regexp.MustCompile(`\bthe\s+((?:\p{Lu}[\p{L}&'’-]*\s+){0,2}(?:Press|News|Wire|Media|Radio|Television|TV)(?:\s+\p{Lu}[\p{L}&'’-]*)?)\s+(?:news\s+)?agency\s*$`)

// agencyNameRe is a medium whose own name says it is a news agency: "the Orlan Press
// Agency", "Harwick News Agency" (not "the Civil Protection Agency", an office).
var agencyNameRe = regexp.MustCompile(`^(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*\s+){1,2}(?:Press|News)\s+Agency)\s*$`)

// describedMedium is the medium a speaker phrase names by what it is and then by name,
// or by name and then "agency" (namedAgencyRe), "" when none: the canonical name of a
// known one, else the name as written.
func describedMedium(phrase string) (name, kind string) {
	m := describedMediumRe.FindStringSubmatchIndex(phrase)
	if m == nil {
		m = namedAgencyRe.FindStringSubmatchIndex(phrase)
	}
	if m == nil {
		m = agencyNameRe.FindStringSubmatchIndex(phrase)
	}
	if m == nil || strings.TrimSpace(phrase[m[1]:]) != "" {
		return "", "" // the name must end the phrase: "the agency Reuters said"
	}
	name = phrase[m[2]:m[3]]
	if countryWords[name] != "" || geo.CountryNamed(name) != "" {
		return "", "" // "the agency Georgia" is no medium; "TV Peru" is
	}
	if src := AgencyByName(name); src != nil {
		if src.StateMedia {
			return src.Name, "state_media"
		}
		return src.Name, "agency"
	}
	return name, "agency"
}

// describedMediumBefore is the medium last named by description before pos (see
// describedMedium), and where; "" and -1 when none. It reads the descriptions found once
// per reader (mediaDescribed), as describedMediumNamed does.
func (r *originReader) describedMediumBefore(pos int) (string, int) {
	name, at := "", -1
	for _, d := range r.mediaDescribed() {
		if d.end > pos {
			break
		}
		if n := d.name; countryWords[n] == "" && geo.CountryNamed(n) == "" && !strings.EqualFold(n, r.outlet) {
			name, at = n, d.start
			if src := AgencyByName(n); src != nil {
				name = src.Name
			}
		}
	}
	return name, at
}

// describedMediumNamed is the medium that a bare name ("KSNA reported") stands for when
// the text described it by that name before pos ("the state news agency KSNA"), "" when
// it did not: a name an agency list does not know is then the medium, not an office.
// The descriptions are found once per reader (mediaDescribed): this runs for each speaker
// phrase, and matching the whole text before each made a run-on sentence of 40,000 words
// take over 20 s (TestReadOriginOfARunOnSentenceEnds).
func (r *originReader) describedMediumNamed(phrase string, pos int) (name, kind string) {
	bare := strings.TrimSpace(phrase)
	if bare == "" || strings.EqualFold(bare, r.outlet) {
		return "", ""
	}
	for _, d := range r.mediaDescribed() {
		if d.end > pos {
			break
		}
		if d.name == bare {
			return describedMedium(d.phrase)
		}
	}
	return "", ""
}

// describedAt is one description of a medium in the text ("the state news agency KSNA"):
// the phrase, the name it gives, and where the phrase starts and ends (in code points).
type describedAt struct {
	phrase, name string
	start, end   int
}

// mediaDescribed is describedMediumRe's matches in the whole text, in order, read once.
func (r *originReader) mediaDescribed() []describedAt {
	if r.described != nil {
		return *r.described
	}
	var out []describedAt
	runes, last := 0, 0
	for _, m := range describedMediumRe.FindAllStringSubmatchIndex(r.text, -1) {
		start := runes + utf8.RuneCountInString(r.text[last:m[0]])
		runes = start + utf8.RuneCountInString(r.text[m[0]:m[1]])
		last = m[1]
		out = append(out, describedAt{phrase: r.text[m[0]:m[1]], name: r.text[m[2]:m[3]], start: start, end: runes})
	}
	r.described = &out
	return out
}

// titleOfNamedBodyRe finds a title of a body that the phrase names: "the crewing manager
// of Kallisto Maritime", "a spokeswoman for Orwen Hydro".
var titleOfNamedBodyRe = regexp.MustCompile(`\b(?:chairman|chairwoman|chair|president|head|director|secretary|spokesman|spokeswoman|spokesperson|chief|leader|founder|owner|manager|executive|officer|coordinator|representative|economist|analyst|strategist)\s+(?:of|at|for|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*\s*){1,4})`)

// titledBody is the body a speaker phrase gives by a title of it ("the crewing manager of
// Kallisto Maritime" → "Kallisto Maritime"), "" when the title is of no proper name (or
// of a state: "a spokesman for the Foreign Ministry" is read as a government).
func (r *originReader) titledBody(phrase string) string {
	m := titleOfNamedBodyRe.FindStringSubmatch(phrase)
	if m == nil {
		return ""
	}
	return r.bodyName(m[1])
}

// placedRe finds a sentence that opens with where it happens: "In Tokyo, officials said".
var placedRe = regexp.MustCompile(`(?:^|[.!?\n]\s*)In\s+((?:\p{Lu}[\p{L}-]+\s?){1,2}),\s*$`)

// placeOpening is the country whose capital (or name) opens the clause just before pos
// ("In Tokyo, " before "officials said"), "" when none.
func (r *originReader) placeOpening(pos int) string {
	m := placedRe.FindStringSubmatch(string(r.rs[max(0, pos-50):pos]))
	if m == nil {
		return ""
	}
	return countryOf(strings.TrimSpace(m[1]))
}
