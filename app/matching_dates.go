package app

import (
	"time"

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
	for _, m := range marks {
		if m.days != nil && m.start >= start && m.end <= end {
			out = append(out, *m.days)
		}
	}
	return out
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
