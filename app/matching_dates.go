package app

import (
	"maps"
	"time"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// A sentence dated far from every date of a claim likely tells another event ("a
// delegation arrived" in March 2024 vs June 2025). Dates are compared as the intervals of
// days they stand for, at their own precision: "30 November" and "1 December" are a day
// apart, and "November" holds "30 November". Compared by month, as they were, a story
// crossing a month's end had its own dates "dated to other months than the claim" and
// discounted (an analyst's walk through a new story: a day and four days apart).

// nearDays is how far apart two dates may be and still date one event: news reports an
// event within days, and relative dates ("on Monday") read against a publication day
// land a day or two either side of another outlet's.
const nearDays = 7

// daySpan is the interval of days a date stands for (reading.IntervalOf).
type daySpan struct{ from, to time.Time }

// spanOf reads a suggester's normalised date as its days; ok false for none.
func spanOf(normalized string) (daySpan, bool) {
	from, to, ok := reading.IntervalOf(normalized)
	return daySpan{from, to}, ok
}

// daysIn are the date spans of the marks from code point start up to end.
func daysIn(marks []mark, start, end int) []daySpan {
	var out []daySpan
	for _, m := range datedIn(marks, start, end) {
		out = append(out, *m.days)
	}
	return out
}

// datedIn are the marks of dates with their days from code point start up to end.
func datedIn(marks []mark, start, end int) []mark {
	var out []mark
	for _, m := range marks {
		if m.days != nil && m.start >= start && m.end <= end {
			out = append(out, m)
		}
	}
	return out
}

// datesRead is cand's features with its date terms read against ref's dates by days, as
// the conflicts read them: a date within nearDays of one of ref's takes that date's term
// ("1 April" meets "31 March"), a date far from all of them shares none ("10 March" no
// longer meets "31 March" through the month). The score's date terms were months, so a
// story crossing a month's end lost them, while the conflicts already judged by days.
// cand's own features are returned when nothing changes; a copy otherwise.
func datesRead(ref []mark, refTerms map[string]float64, cand []mark, f match.Features) match.Features {
	if len(ref) == 0 || len(cand) == 0 {
		return f
	}
	var terms map[string]float64
	for _, m := range cand {
		to := ""
		for _, r := range ref {
			if near([]daySpan{*m.days}, []daySpan{*r.days}) {
				to = r.term
				break
			}
		}
		if to == m.term || to == "" && refTerms[m.term] == 0 {
			continue // already read alike
		}
		n, ok := f.Terms[m.term]
		if !ok {
			continue // moved with an earlier mark of the same term
		}
		if terms == nil {
			terms = maps.Clone(f.Terms)
		}
		if _, ok := terms[m.term]; !ok {
			continue
		}
		delete(terms, m.term)
		if to != "" {
			terms[to] += n
		}
	}
	if terms == nil {
		return f
	}
	f.Terms = terms
	return f
}

// near reports whether any date of a is within nearDays of any date of b.
func near(a, b []daySpan) bool {
	for _, x := range a {
		for _, y := range b {
			if !x.from.After(y.to.AddDate(0, 0, nearDays)) && !y.from.After(x.to.AddDate(0, 0, nearDays)) {
				return true
			}
		}
	}
	return false
}
