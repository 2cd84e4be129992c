package app

import (
	"testing"
	"time"
)

// Dates are compared by the days they stand for, not by month: a day across a month's end
// is near, a month holds its days, a date weeks away is another event's. Dates written for
// this test.
func TestDateConflictsByDays(t *testing.T) {
	span := func(s string) daySpan {
		d, ok := spanOf(s)
		if !ok {
			t.Fatalf("%q is no date", s)
		}
		return d
	}
	claim := claimRefs{claimDays: []daySpan{span("2026-03-31")}}
	a := &matchArticle{}
	for _, c := range []struct {
		dates []string
		other bool
	}{
		{[]string{"2026-04-01"}, false},               // the next day, in the next month
		{[]string{"2026-04-04"}, false},               // four days on
		{[]string{"2026-04"}, false},                  // the month after, from its first day
		{[]string{"2026-03"}, false},                  // the claim's own month
		{[]string{"2026-04-20"}, true},                // three weeks on
		{[]string{"2025-03-31"}, true},                // a year before
		{[]string{"2025-03-31", "2026-03-30"}, false}, // one date near is enough
		{nil, false}, // no date: nothing to disagree with
	} {
		var days []daySpan
		for _, d := range c.dates {
			days = append(days, span(d))
		}
		if other, _ := claim.dateConflicts(a, days); other != c.other {
			t.Errorf("%v against 2026-03-31: other days %v, want %v", c.dates, other, c.other)
		}
	}
	// published months from the claim's articles: apart, unless a date of its own is near
	far := claimRefs{claimDays: []daySpan{span("2026-03-31")}, mentionDays: []time.Time{span("2026-03-31").from}}
	late := &matchArticle{published: span("2026-09-10").from}
	if _, apart := far.dateConflicts(late, nil); !apart {
		t.Error("an article published five months later with no date is not apart")
	}
	if _, apart := far.dateConflicts(late, []daySpan{span("2026-04-02")}); apart {
		t.Error("an article published later but dated two days from the claim is apart")
	}
}
