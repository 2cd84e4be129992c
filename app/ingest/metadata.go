package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/reading"
)

// Where publication metadata may be read. Outlets print the date and
// outlet in the header (under the headline), in a dateline opening the
// first paragraph, or in a footer; dates anywhere else are about events.
const (
	headerLines = 8 // non-empty lines below the title
	footerLines = 5 // last non-empty lines
)

var (
	// byRe finds "By X" on a short header or footer line ("March 19, 2024 -
	// 10:45 By Yonhap", "By Jane Doe, Reuters"). Capital B only: prose says
	// "by" in lower case.
	byRe = regexp.MustCompile(`(?:^|[\s|·,–—-])By\s+(.+?)\s*$`)
	// reportingRe is the wire sign-off "(Reporting by X; Editing by Y)",
	// at a line start or after "(" so prose ("reporting by the BBC") is not.
	reportingRe = regexp.MustCompile(`(?:^|\()\s*(?i:reporting by)\s+([^;)\n]+)`)
	// byPartSep splits "Jane Doe and John Roe, Reuters" into its parts.
	byPartSep = regexp.MustCompile(`\s*(?:,|;|\||/|\band\b|&|\s[-–—]\s)\s*`)
	inPlaceRe = regexp.MustCompile(`\s+in\s+\p{Lu}.*$`)
)

// dateline is what a paragraph-opening dateline says.
type dateline struct {
	outlet string    // canonical outlet, "" if the name is not a known one
	md     *monthDay // month and day, nil if none
	full   *pubDate  // full date when the dateline has a year
}

// extractMetadata fills Outlet, PublishedAt, Byline and Cites from text (split into
// lines). Each field takes the first cue found in a fixed order of reliability, and
// stays "" when there is none: a guessed outlet or date would mislead the analyst more
// than a blank one.
func extractMetadata(a *Article, text string, lines []line, titleIdx int) {
	var nonEmpty []int
	for i, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			nonEmpty = append(nonEmpty, i)
		}
	}
	var header, footer []int
	for _, i := range nonEmpty {
		if i > titleIdx && len(header) < headerLines {
			header = append(header, i)
		}
	}
	footer = nonEmpty[max(0, len(nonEmpty)-footerLines):]
	dl := findDateline(lines)

	// Outlet, in order: "By <Outlet>" in the header or footer; the
	// dateline; a footer line naming an outlet next to a date; the wire
	// sign-off "Reporting by <Outlet>".
	byOutlet, byline := readBy(lines, header, footer)
	footOutlet, footDate := footerBlock(lines, nonEmpty)
	if a.Outlet == "" { // a masthead above the title (ParsePlainText) comes first
		a.Outlet = byOutlet
	}
	if a.Outlet == "" && dl != nil {
		a.Outlet = dl.outlet
	}
	if a.Outlet == "" {
		a.Outlet = headerMarkOutlet(lines, header)
	}
	if a.Outlet == "" && !continuesOnNextLine(lines, titleIdx) {
		a.Outlet = outletLine(lines, header)
	}
	if a.Outlet == "" {
		a.Outlet = footOutlet
	}
	repOutlet, repByline := readReporting(lines)
	if a.Outlet == "" {
		a.Outlet = repOutlet
	}

	a.Byline = byline
	if a.Byline == "" {
		a.Byline = repByline
	}

	// Date, in order: a date line in the header; the date next to an
	// outlet footer line; a date line in the footer; a dateline with a year.
	var md *monthDay
	if dl != nil {
		md = dl.md
	}
	candidates := make([]int, 0, len(header)+1+len(footer))
	candidates = append(candidates, header...)
	if footDate >= 0 {
		candidates = append(candidates, footDate)
	}
	candidates = append(candidates, footer...)
	for _, i := range candidates {
		p, kind := parseDateLine(lines[i].text)
		if kind == ambiguousDate {
			p, kind = resolveIf(resolveNumeric(p, md))
		}
		if kind == fullDate {
			a.PublishedAt = p.String()
			break
		}
	}
	if a.PublishedAt == "" && dl != nil && dl.full != nil {
		a.PublishedAt = dl.full.String()
	}

	a.Cites = findCites(text, a.Outlet)
}

func resolveIf(p pubDate, ok bool) (pubDate, dateLineKind) {
	if ok {
		return p, fullDate
	}
	return pubDate{}, notDate
}

// findDateline reads the first paragraph-opening dateline (reading.ReadDateline), or
// nil. A dateline without a year takes it from the latest full date the article states
// ("SEOUL, June 30 (Yonhap)" in a story that mentions "June 19, 2024").
func findDateline(lines []line) *dateline {
	for _, l := range lines {
		d, ok := reading.ReadDateline(l.text, "")
		if !ok {
			continue
		}
		if _, kind := parseDateLine(l.text); kind != notDate {
			continue // a header's date line ("KYODO NEWS - Apr 15, 2026 - 12:41"), not a dateline
		}
		if d.Month != 0 && d.Year == 0 {
			d, _ = reading.ReadDateline(l.text, latestStatedDay(lines))
		}
		dl := &dateline{}
		switch {
		case d.Outlet != nil && d.Outlet.IsMedium():
			dl.outlet = d.Outlet.Name
		case d.Outlet == nil && markedAgency(d):
			dl.outlet = d.OutletText
		}
		if d.Month != 0 {
			dl.md = &monthDay{d.Month, d.Day}
			// held to the range of every date read here: "June 3, 9999" is a typo or a trap
			if d.Date != "" && validDate(d.Year, d.Month, d.Day) {
				dl.full = &pubDate{y: d.Year, m: d.Month, d: d.Day}
			}
		}
		return dl
	}
	return nil
}

// markedAgency: a name no list knows is still the outlet when it stands where an agency
// signs its copy, in parentheses or between slashes after a city and a date ("Tashkent,
// 25 August (UzA).", "BISHKEK, August 25. /Kabar/."): the dateline's form says what it is,
// as it does for the agencies the lists know. Without a city and a date, a name in
// parentheses may be anything ("Kim (KCNA) said"); a slug ("(LEAD)", "(UPDATE 2)") is none.
func markedAgency(d reading.Dateline) bool {
	if d.OutletText == "" || d.Place == "" || d.Month == 0 {
		return false
	}
	first := strings.Fields(d.OutletText)[0]
	return !wireSlugs[strings.ToUpper(first)]
}

// wireSlugs are the words agencies put in parentheses before a story to mark its kind.
var wireSlugs = map[string]bool{"LEAD": true, "UPDATE": true, "URGENT": true, "FOCUS": true, "EXCLUSIVE": true,
	"CORRECTED": true, "REFILE": true, "ANALYSIS": true, "FEATURE": true, "INTERVIEW": true, "PHOTO": true, "VIDEO": true}

// latestStatedDay is the latest day the text states with its year and month name ("June
// 19, 2024"), or "". Numeric dates ("05/06/2025") are left out: day and month may be either.
func latestStatedDay(lines []line) string {
	latest := ""
	for _, l := range lines {
		if !hasFourDigits(l.text) {
			continue
		}
		for _, v := range reading.Find(l.text, "") {
			if v.Kind == reading.KindDate && v.Precision == reading.Day && v.Start > latest && strings.ContainsFunc(v.Raw, unicode.IsLetter) {
				latest = v.Start
			}
		}
	}
	return latest
}

// readBy reads "By ..." on header (below the title) and footer lines of at
// most 12 words, when "By" opens the line or follows a date ("March 19, 2024
// - 10:45 By Yonhap"), so a headline such as "Kim Visited By Russian
// Minister" is not read as a byline. Known outlets become the outlet, a
// person's name the byline.
func readBy(lines []line, header, footer []int) (outlet, byline string) {
	for _, idx := range [][]int{header, footer} {
		for _, i := range idx {
			t := strings.TrimSpace(lines[i].text)
			if reading.MoreWordsThan(t, 12) {
				continue
			}
			loc := byRe.FindStringSubmatchIndex(t)
			if loc == nil {
				continue
			}
			before := strings.Trim(t[:loc[0]], " \t|·,–—-•")
			if before != "" {
				if _, kind := parseDateLine(before); kind == notDate {
					continue
				}
			}
			for _, part := range byPartSep.Split(t[loc[2]:loc[3]], -1) {
				part = strings.TrimSpace(part)
				if o := agencyByName(part); o != "" {
					if outlet == "" {
						outlet = o
					}
				} else if byline == "" && looksLikeName(part) {
					byline = part
				}
			}
		}
	}
	return outlet, byline
}

// readReporting reads the wire sign-off "(Reporting by X; ...)": X is the
// outlet when it is a known one, else the byline when it is a list of names.
func readReporting(lines []line) (outlet, byline string) {
	for _, l := range lines {
		// The regexp backtracks on every line; most lines cannot match at all.
		if !containsFold(l.text, "reporting") {
			continue
		}
		m := reportingRe.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		who := inPlaceRe.ReplaceAllString(strings.TrimSpace(m[1]), "")
		if o := agencyByName(who); o != "" {
			return o, ""
		}
		allNames := true
		for _, p := range byPartSep.Split(who, -1) {
			if p != "" && !looksLikeName(p) {
				allNames = false
			}
		}
		if allNames && who != "" {
			return "", who
		}
		return "", ""
	}
	return "", ""
}

// footerBlock finds a line that is only a known outlet's name next to a
// line that is only a date (NationPress prints "NationPress" then
// "30/06/2025" after the article). It returns the outlet and the date
// line's index, or "" and -1.
func footerBlock(lines []line, nonEmpty []int) (string, int) {
	for k, i := range nonEmpty {
		t := strings.TrimSpace(lines[i].text)
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "©"), "(c)"))
		o := agencyByName(t)
		if o == "" {
			continue
		}
		for _, n := range []int{k + 1, k - 1} {
			if n < 0 || n >= len(nonEmpty) {
				continue
			}
			if _, kind := parseDateLine(lines[nonEmpty[n]].text); kind != notDate {
				return o, nonEmpty[n]
			}
		}
	}
	return "", -1
}

// headerMarkOutlet is the outlet a header line names before its date: "KYODO NEWS - Apr
// 15, 2026 - 12:41", "Radio Tbilisi | 19 September 2026, 21:10" (web pages print the
// outlet's wordmark above the story; headerMark reads the mark). A known outlet, or a
// name with a medium's word in it ("Radio Tbilisi", "The Harbour Post"); a person's name
// before a date ("Jane Doe | March 3, 2026") is a byline, not an outlet.
func headerMarkOutlet(lines []line, header []int) string {
	for _, i := range header {
		t := strings.TrimSpace(lines[i].text)
		if _, kind := parseDateLine(t); kind == notDate {
			continue
		}
		name, _ := headerMark(t)
		if name == "" {
			continue
		}
		if o := agencyByName(name); o != "" {
			return o
		}
		if looksLikeName(name) && mediumName(name) {
			return name
		}
	}
	return ""
}

// outletLine is the outlet named alone on a line under the headline ("Quay repairs
// delayed" / "Harbour Gazette"), the way a story copied from a paper or a site is often
// saved. Date lines and "By" lines may come first; the first other line is the only
// candidate, so a medium's name further down the story is not read. It must read like an
// outlet's name: a known news medium, or at most four capitalised words without digits or
// sentence punctuation, one of them a medium's word ("Gazette", "Radio", "Weekly"). A
// person's name alone ("Maren Holt") is left alone: it may be the byline, and a guessed
// outlet misleads more than a blank one; so is the story's first sentence.
func outletLine(lines []line, header []int) string {
	for _, i := range header {
		t := strings.TrimSpace(lines[i].text)
		if _, kind := parseDateLine(t); kind != notDate {
			continue
		}
		if loc := byRe.FindStringIndex(t); loc != nil && loc[0] == 0 && !reading.MoreWordsThan(t, 12) {
			continue
		}
		return outletName(t)
	}
	return ""
}

// outletName is t as an outlet's name when a line of its own holding only t reads like
// one (outletLine, masthead): a known news medium, or at most four capitalised words
// without digits or sentence punctuation, one of them a medium's word. "" otherwise.
func outletName(t string) string {
	if utf8.RuneCountInString(t) > 60 || strings.ContainsAny(t, ".,;:!?\"“”()[]|/—–") {
		return ""
	}
	if o := agencyByName(t); o != "" {
		return o
	}
	if reading.MoreWordsThan(t, 4) || !mediumName(t) || !looksLikeName(t) || sectionLabel(t) || readsLikeHeadline(t) {
		return ""
	}
	if _, ok := reading.ReadDateline(t, ""); ok {
		return ""
	}
	return t
}

// sectionWords name a page's section, not a medium: "World News", "Breaking News" and
// "Local News" head a section of many outlets' sites and are no outlet's name.
var sectionWords = map[string]bool{
	"world": true, "local": true, "national": true, "international": true, "regional": true,
	"breaking": true, "latest": true, "top": true, "business": true, "sport": true,
	"sports": true, "politics": true, "science": true, "health": true, "tech": true,
	"technology": true, "entertainment": true, "culture": true, "economy": true,
	"finance": true, "weather": true, "home": true, "opinion": true, "more": true,
	"related": true, "and": true, "&": true,
}

// sectionLabel is a line made of section words and "news" alone.
func sectionLabel(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w != "news" && !sectionWords[w] {
			return false
		}
	}
	return true
}

// headlineWords start or end a clause, never a medium's name: a line that starts with
// one ("As Daily Ferries Wait"), or a headline that ends with one ("Quay repairs delayed
// as" / "Radio Masts Go Up"), is the headline going on, not the outlet under it.
var headlineWords = map[string]bool{
	"a": true, "an": true, "as": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "for": true, "in": true, "on": true, "at": true, "with": true, "after": true,
	"before": true, "over": true, "by": true, "from": true, "into": true, "amid": true,
	"while": true, "when": true, "than": true, "the": true, "its": true, "their": true,
}

// readsLikeHeadline: a clause rather than a name. It starts with a clause word ("The"
// may start a name), or a word after the first is a past participle ("Star Striker
// Injured", "The Daily Ferry Stopped"); no medium's name of a few words holds one.
func readsLikeHeadline(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) == 0 {
		return false
	}
	if words[0] != "the" && headlineWords[words[0]] {
		return true
	}
	for _, w := range words[1:] {
		if utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// continuesOnNextLine: the headline ends with a clause word, so its next line is the rest
// of it ("Quay repairs delayed as" / "Radio Masts Go Up").
func continuesOnNextLine(lines []line, titleIdx int) bool {
	if titleIdx < 0 || titleIdx >= len(lines) {
		return false
	}
	words := strings.Fields(strings.ToLower(lines[titleIdx].text))
	return len(words) > 1 && headlineWords[words[len(words)-1]]
}

// mediumWords name what a news medium is; a name made with one of them is a medium's.
var mediumWords = map[string]bool{
	"radio": true, "tv": true, "television": true, "news": true, "times": true, "post": true,
	"herald": true, "gazette": true, "journal": true, "daily": true, "weekly": true, "tribune": true,
	"press": true, "agency": true, "review": true, "ledger": true, "courier": true, "monitor": true,
	"observer": true, "chronicle": true, "telegraph": true, "express": true, "star": true, "mail": true,
	"broadcasting": true, "media": true, "wire": true, "newswire": true,
	// a local station and a local paper: "Kestrel FM", "Mirefield Echo" imported with no outlet
	"fm": true, "echo": true,
}

// placeEndWords end the name of a street, square or park, which may carry a medium's word
// ("Times Square", "Fleet Street", "Echo Park") and is a place, not an outlet (ratk15).
var placeEndWords = map[string]bool{
	"square": true, "street": true, "st": true, "road": true, "avenue": true, "lane": true,
	"park": true, "place": true, "plaza": true, "boulevard": true, "bridge": true,
}

// mediumName: a name with a word that says it is a news medium ("Radio Mtkvari", "The
// Delta Weekly"), unless its last word makes it a place (placeEndWords).
func mediumName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if n := len(words); n > 1 && placeEndWords[strings.Trim(words[n-1], ".")] {
		return false
	}
	for _, w := range words {
		if mediumWords[w] {
			return true
		}
	}
	return false
}

// nameParticles may be lower case inside a personal name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "der": true, "van": true,
	"von": true, "la": true, "le": true, "al": true, "bin": true, "ibn": true,
}

// looksLikeName accepts 1–5 words that start with a capital letter (or are
// name particles) and contain no digits: enough to tell "Jane Doe" from
// "staff reporters in Seoul".
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if strings.ContainsFunc(w, unicode.IsDigit) {
			return false
		}
		if !unicode.IsUpper(r[0]) && !nameParticles[w] {
			return false
		}
	}
	return unicode.IsUpper([]rune(words[0])[0])
}

// containsFold reports whether s contains the ASCII lower-case word w in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
