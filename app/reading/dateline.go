package reading

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"claimdesk/app/names"
)

// Dateline is what the dateline opening a wire story says: "TOKYO, Oct. 2, 2024 —",
// "MOSCOW (Reuters) -", "Sept. 14 (Yonhap) --", "WASHINGTON, March 3 (AP) —",
// "MOSCOW, June 30. /TASS/.".
type Dateline struct {
	Place      string  // the city, in title case ("Tokyo"); "" when none
	Region     string  // what follows the city ("South Korea", "Calif."), "" when none
	OutletText string  // the outlet as written in the dateline, "" when none
	Outlet     *Source // the known source OutletText names, nil when unknown or none
	Month, Day int     // the date as written; 0 when none
	Year       int     // the year as written, else taken from the reference date; 0 when unknown
	Date       string  // YYYY-MM-DD when month, day and year are known, else ""
	Len        int     // code points of the paragraph the dateline takes, its closing dash included
}

// A word of a place is at most 60 code points (the longest names in use have 58): a
// longer run of capitals is a table, a code or a pasted string, not a city.
const (
	dlCity   = `(\p{Lu}[\p{L}\p{M}'’.]{0,59}(?:[ /-]\p{Lu}[\p{L}\p{M}'’.]{0,59}|[ ](?:de|da|do|del|la|am|an|upon|on)){0,3})`
	dlRegion = `(\p{Lu}[\p{L}\p{M}.]{0,59}(?: \p{Lu}[\p{L}\p{M}.]{0,59}){0,2})`
)

var (
	dlMonth = `(` + MonthPattern + `)` // the one list of month names (lexicon.go)
	// month first ("March 14", "Sept. 10") or day first ("14 March", as European agencies
	// write it), then an optional year
	// ("14th April", "April 14th": some agencies write the day as an ordinal)
	dlDate = `(?:` + dlMonth + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+` + dlMonth + `\.?)(?:,?\s+(\d{4}))?`
)

// datelineRe: [DATE | CITY[, DATE | , REGION[, DATE]]][.] [(OUTLET)[.:] | /OUTLET/. | OUTLET DASH] [DASH]
// (NTB closes its mark with a colon, "BERGEN (NTB):"; EFE with ".-", "La Paz, Nov 4 (EFE).-").
// Groups: 1-5 a date with no city (month, day | day, month; year), 6 city ("Vienna/Trieste"
// too), 7-11 the date right after the city, 12 region, 13-17 the date after the region,
// 18 outlet in parentheses, 19 outlet between slashes, 20 outlet bare before its dash
// ("JAKARTA, July 19 Kyodo -"), 21 dash.
var datelineRe = regexp.MustCompile(`^\s*(?:` + dlDate + `|` + dlCity + `(?:,\s*(?:` + dlDate + `|` + dlRegion + `(?:,\s*` + dlDate + `)?))?)?` +
	`\.?\s*(?:\(([^()\n]{2,40})\)[.:]?|/([A-Za-z][A-Za-z -]{1,30})/\.?|([A-Z][A-Za-z]{1,20})\s+(?:--|[-–—]))?\s*(--|[-–—]+)?\s*`)

// ReadDateline reads the dateline that opens paragraph. reference (YYYY-MM-DD…, or "")
// (a date the story states, or the date it was filed) supplies the year of a dateline that
// has none (yearAfter). ok is false when the paragraph
// does not open with a dateline:
// a city alone needs capitals and a dash ("TOKYO —"), anything else a date, an outlet or
// a dash, so "Kim (KCNA) said" and a sentence starting with a name are not datelines.
func ReadDateline(paragraph, reference string) (Dateline, bool) {
	// "Siliguri (WB), Aug 11 (PTI) —": Indian agencies put a small town's state after it, in
	// parentheses, before the comma; read without it, the state as the region. A state's
	// code that is also an outlet's initials ("Tirupati (AP), Aug 11 (PTI)": Andhra Pradesh)
	// is the region when the dateline names its outlet after it.
	if m := regionAfterCityRe.FindStringSubmatchIndex(paragraph); m != nil {
		region := paragraph[m[6]:m[7]]
		cut := paragraph[m[4]:m[5]] // " (WB)"
		if d, ok := readDateline(paragraph[:m[4]]+paragraph[m[5]:], reference); ok && d.Place != "" && (OutletByName(region) == nil || d.OutletText != "") {
			if d.Region == "" {
				d.Region = region
			}
			d.Len += len([]rune(cut))
			return d, true
		}
	}
	return readDateline(paragraph, reference)
}

// regionAfterCityRe: a city, then a state's code or name in parentheses, then a comma.
var regionAfterCityRe = regexp.MustCompile(`^\s*` + dlCity + `(\s*\((\p{Lu}[\p{L}.]{0,30}(?: \p{Lu}[\p{L}.]{0,30})?)\)),`)

func readDateline(paragraph, reference string) (Dateline, bool) {
	m := datelineRe.FindStringSubmatchIndex(paragraph)
	if m == nil {
		return Dateline{}, false
	}
	g := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return paragraph[m[2*i]:m[2*i+1]]
	}
	city, region, outlet, dash := g(6), g(12), g(18), g(21)
	slashed := g(19) != "" || g(20) != "" // an outlet between slashes, or bare with its own dash
	if outlet == "" {
		outlet = g(19)
	}
	if bare := g(20); bare != "" {
		if OutletByName(bare) == nil || city == "" {
			return Dateline{}, false // "WASHINGTON, March 3 Senators -": a word, not an outlet
		}
		outlet = bare
	}
	var month, dayS, yearS string
	for _, first := range []int{1, 7, 13} { // the three places a date may stand
		if g(first) != "" {
			month, dayS, yearS = g(first), g(first+1), g(first+4)
			break
		}
		if g(first+3) != "" {
			month, dayS, yearS = g(first+3), g(first+2), g(first+4)
			break
		}
	}
	hasDate := month != ""
	switch {
	case outlet != "" && dash == "" && !slashed && !hasDate && city != "" && city != strings.ToUpper(city):
		return Dateline{}, false // "Kim (KCNA) said": a name, not a dateline
	case outlet != "" && dash == "" && !slashed && !hasDate && city == "":
		return Dateline{}, false // "(LEAD) N. Korean boats ...": a headline's slug, not a dateline
	case outlet == "" && !hasDate && (dash == "" || city == "" || city != strings.ToUpper(city) || len([]rune(city)) < 3):
		return Dateline{}, false
	case outlet == "" && hasDate && dash == "" && !(capitalCity(city) && strings.HasSuffix(strings.TrimSpace(paragraph[:m[1]]), ".")):
		// "March 3 was ..." opens a sentence; "BAKU, Azerbaijan, September 18. Azerbaijan
		// will ..." (a city in capitals and a date closed by a full stop) is a dateline
		return Dateline{}, false
	case outlet != "" && OutletByName(outlet) == nil && !looksLikeOutlet(outlet):
		return Dateline{}, false // "(file photo)", "(left)": not an outlet
	}
	d := Dateline{Place: titleCase(city), Region: region, OutletText: strings.TrimSpace(outlet), Len: len([]rune(paragraph[:m[1]]))}
	d.Outlet = OutletByName(d.OutletText)
	if hasDate {
		d.Month = monthNumber(month)
		d.Day, _ = strconv.Atoi(dayS)
		d.Year, _ = strconv.Atoi(yearS)
		if d.Year == 0 {
			if ref, ok := PublishedDay(reference); ok {
				d.Year = yearAfter(ref, d.Month, d.Day)
			}
		}
		if d.Year != 0 {
			if x := day(d.Year, d.Month, d.Day); x.Day() == d.Day && int(x.Month()) == d.Month {
				d.Date = x.Format(time.DateOnly)
			}
		}
	}
	return d, true
}

// capitalCity: a city written in capitals, as datelines write it ("BAKU"), not a word of a sentence.
func capitalCity(city string) bool {
	return len([]rune(city)) >= 3 && city == strings.ToUpper(city)
}

// looksLikeOutlet: an unknown name in parentheses is an outlet when it is one to four
// capitalised words ("Daily Planet", "NationPress"), not a phrase ("file photo").
func looksLikeOutlet(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

func monthNumber(s string) int {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for name, n := range monthNames {
		if strings.ToLower(name)[:3] == s[:3] {
			return n
		}
	}
	return 0
}

// titleCase writes a dateline's city in capitals as a name ("NEW YORK" -> "New York"),
// by the one reading of names in capitals (names.TitleCase); a city written otherwise is
// kept as written.
func titleCase(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	return names.TitleCase(s)
}

// yearAfter is the year of the first day month m, day dd on or after two months before
// ref: a dateline comes after the events its story reports, and seldom more than two
// months before a date the story states.
func yearAfter(ref time.Time, m, dd int) int {
	from := ref.AddDate(0, -2, 0)
	for y := from.Year(); ; y++ {
		if !day(y, m, dd).Before(from) {
			return y
		}
	}
}
