package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"claimdesk/app/reading"
)

// pubDate is a calendar date with an optional wall-clock time, as written in
// the article (no time zone: the analyst sees what the outlet printed).
type pubDate struct {
	y, m, d int
	hh, mm  int
	hasTime bool
}

func (p pubDate) String() string {
	s := fmt.Sprintf("%04d-%02d-%02d", p.y, p.m, p.d)
	if p.hasTime {
		s += fmt.Sprintf("T%02d:%02d", p.hh, p.mm)
	}
	return s
}

// monthDay is a date without a year, from a dateline such as
// "Seoul, June 30 (NationPress)"; it only disambiguates numeric dates.
type monthDay struct{ m, d int }

const ordinalPat = `(?:st|nd|rd|th)?`

var (
	// A trailing time ("- 10:45", ", 10:45 a.m.", "T10:45:00Z") and zone
	// ("KST", "GMT+9", "+09:00") are split off before the date is matched.
	timeSuffixRe = regexp.MustCompile(`^(.*?)\s*(?:(?:[-–—,|@·T]|\bat\b)\s*)?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*([aApP])\.?\s?[mM]\.?)?` +
		`(?:\s*\(?(?:Z|[A-Z]{2,5}(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?$`)
	dmyRe = regexp.MustCompile(`^` + weekdayPat + `(\d{1,2})` + ordinalPat + `\s+(` + monthPat + `)\.?,?\s+(\d{4})$`)
	mdyRe = regexp.MustCompile(`^` + weekdayPat + `(` + monthPat + `)\.?\s+(\d{1,2})` + ordinalPat + `,?\s+(\d{4})$`)
	isoRe = regexp.MustCompile(`^` + weekdayPat + `(\d{4})-(\d{1,2})-(\d{1,2})$`)
	// numRe is D/M/Y or M/D/Y; which one is decided in resolveNumeric.
	numRe = regexp.MustCompile(`^` + weekdayPat + `(\d{1,2})[/.](\d{1,2})[/.](\d{4})$`)

	// Decorations around a date on its own line: list bullets, labels and a
	// trailing "By ..." (byline or outlet, read elsewhere).
	bulletRe = regexp.MustCompile(`^[-–—•·*▪►>|]+\s*`)
	labelRe  = regexp.MustCompile(`^(?i:(?:first\s+)?published|(?:last\s+)?updated|posted|date|dated)(?:\s+on)?\s*:?\s*`)
	byTailRe = regexp.MustCompile(`\s*(?:[-–—|,·]\s*)?\bBy\s+.*$`)
	// wordmarkRe: an outlet's name in capitals before a dash ("NEWSWIRE - Apr 15, 2026 -
	// 12:41"), as wire pages print it above the story
	wordmarkRe = regexp.MustCompile(`^([A-Z][A-Z0-9&.']*(?:\s+[A-Z][A-Z0-9&.']*){0,3})\s+[-–—|]\s+`)
	// barmarkRe: a name before a bar ("Radio Tbilisi | 19 September 2026, 21:10"): a bar
	// separates a page's parts, a dash may be a sentence's
	barmarkRe = regexp.MustCompile(`^(\p{Lu}[\p{L}&.']*(?:\s+\p{Lu}[\p{L}&.']*){0,4})\s+\|\s+`)
	// commamarkRe: a medium's name before a comma ("Radio Meridian, April 16, 2026"), as a
	// story copied from a paper or a broadcaster's site often has under its headline;
	// read only when the name is a medium's (headerMark), so "Corvale, March 12, 2026"
	// (a place) stays no date line
	commamarkRe = regexp.MustCompile(`^(\p{Lu}[\p{L}&.']*(?:\s+\p{Lu}[\p{L}&.']*){0,4}),\s+`)
)

// monthNumber and the patterns come from app/reading, the one list of month names.
func monthNumber(name string) int { return reading.MonthNumber(name) }

var (
	monthPat = reading.MonthPattern
	// weekdayPat is an optional leading weekday. It is not checked against
	// the date: a wrong weekday is an error in the source, and the numeric
	// date is what outlets get right more often (e.g. "Sunday, 29 Jun 2025").
	weekdayPat = `(?:` + reading.WeekdayPattern + `\.?,?\s+)?`
)

// cleanDateLine strips what may surround a date on a line of its own, so
// that "• Sunday, 29 Jun 2025", "March 19, 2024 - 10:45 By Yonhap" and "NEWSWIRE - Apr
// 15, 2026 - 12:41" are seen as the date they carry.
func cleanDateLine(s string) string {
	s = strings.TrimSpace(s)
	s = bulletRe.ReplaceAllString(s, "")
	s = labelRe.ReplaceAllString(s, "")
	_, s = headerMark(s)
	s = byTailRe.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.TrimRight(s, " ."))
}

// headerMark splits the mark a header line opens with from the rest: an outlet's name in
// capitals before a dash or a bar ("NEWSWIRE - Apr 15, 2026 - 12:41") or capitalised words
// before a bar ("Radio Tbilisi | 19 September 2026, 21:10"), or a medium's name before a
// comma ("Valley Courier, April 17, 2026"). name is "" when there is none.
// cleanDateLine drops the mark to read the date; headerMarkOutlet reads it as the outlet.
func headerMark(s string) (name, rest string) {
	for _, re := range []*regexp.Regexp{wordmarkRe, barmarkRe} {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			return s[m[2]:m[3]], s[m[1]:]
		}
	}
	if m := commamarkRe.FindStringSubmatchIndex(s); m != nil && mediumName(s[m[2]:m[3]]) {
		return s[m[2]:m[3]], s[m[1]:]
	}
	return "", s
}

// dateLineKind tells a dateLine's result apart: a numeric date whose day and
// month cannot be told apart is not a date until a cue resolves it.
type dateLineKind int

const (
	notDate dateLineKind = iota
	fullDate
	ambiguousDate
)

// parseDateLine reads a line that consists of a date and nothing else
// (after cleanDateLine). A date inside a sentence is deliberately not a
// publication date: captions and prose are full of other dates ("Moscow,
// Russia July 9, 2024. REUTERS/...").
//
// For an ambiguous numeric date (both parts <= 12 and different), the
// returned pubDate holds the D/M/Y reading and the M/D/Y reading is
// obtained by swapping; resolveNumeric decides.
func parseDateLine(s string) (pubDate, dateLineKind) {
	if len(s) > 200 || !hasFourDigits(s) {
		// Every accepted form has a four-digit year; skipping the regexps
		// keeps long files with many candidate lines fast.
		return pubDate{}, notDate
	}
	s = cleanDateLine(s)
	if s == "" || len(s) > 80 {
		return pubDate{}, notDate
	}
	var p pubDate
	if m := timeSuffixRe.FindStringSubmatch(s); m != nil && m[1] != "" {
		hh, _ := strconv.Atoi(m[2])
		mm, _ := strconv.Atoi(m[3])
		switch strings.ToLower(m[4]) {
		case "a":
			if hh == 12 {
				hh = 0
			}
		case "p":
			if hh < 12 {
				hh += 12
			}
		}
		if hh <= 23 && mm <= 59 { // an impossible time is dropped, the date kept
			p.hh, p.mm, p.hasTime = hh, mm, true
		}
		s = strings.TrimSpace(strings.TrimRight(m[1], " ,-–—|@·"))
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	switch {
	case dmyRe.MatchString(s):
		m := dmyRe.FindStringSubmatch(s)
		p.d, p.m, p.y = atoi(m[1]), monthNumber(m[2]), atoi(m[3])
	case mdyRe.MatchString(s):
		m := mdyRe.FindStringSubmatch(s)
		p.m, p.d, p.y = monthNumber(m[1]), atoi(m[2]), atoi(m[3])
	case isoRe.MatchString(s):
		m := isoRe.FindStringSubmatch(s)
		p.y, p.m, p.d = atoi(m[1]), atoi(m[2]), atoi(m[3])
	case numRe.MatchString(s):
		m := numRe.FindStringSubmatch(s)
		a, b := atoi(m[1]), atoi(m[2])
		p.y = atoi(m[3])
		switch {
		case a > 12:
			p.d, p.m = a, b
		case b > 12:
			p.m, p.d = a, b
		case a == b:
			p.d, p.m = a, b
		case strings.Contains(s, "."):
			// dots: the day first, as every country that writes dates with dots does
			// (06.10.2026 in Austrian, German, Turkish or Russian copy); slashes stay
			// ambiguous (US copy puts the month first)
			p.d, p.m = a, b
		default:
			p.d, p.m = a, b
			if validDate(p.y, p.m, p.d) {
				return p, ambiguousDate
			}
			return pubDate{}, notDate
		}
	default:
		return pubDate{}, notDate
	}
	if !validDate(p.y, p.m, p.d) {
		return pubDate{}, notDate
	}
	return p, fullDate
}

// resolveNumeric picks the reading of an ambiguous numeric date that agrees
// with the month and day of a dateline; without agreement there is no date.
func resolveNumeric(p pubDate, cue *monthDay) (pubDate, bool) {
	if cue == nil {
		return pubDate{}, false
	}
	if p.m == cue.m && p.d == cue.d {
		return p, true
	}
	if p.d == cue.m && p.m == cue.d {
		p.m, p.d = p.d, p.m
		return p, true
	}
	return pubDate{}, false
}

// validDate reports whether y-m-d is a real calendar date in a plausible
// range for news (so "31/02/2025" or a year 0200 typo are not dates).
func validDate(y, m, d int) bool {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
