package app

import (
	"slices"
	"testing"
	"time"
)

// A sentence dated well before every article of a claim tells an earlier event (sentences
// written for this test: an invented flood and its predecessor).
func TestStatedDatesAndEarlierEvent(t *testing.T) {
	dates := []struct {
		text string
		want []string
	}{
		{"The 2019 flood cut the valley road for several days.", []string{"2019-12-31"}},
		{"A similar flood on 4 March 2019 closed the same road.", []string{"2019-03-04"}},
		{"The river was at its highest since 2019, the agency said.", nil}, // a bound, no date of what it tells
		{"The road was cut on Tuesday.", nil},                              // no year written
		{"The dam holds 2045 cubic metres a second at most.", nil},         // a count, not a date
	}
	for _, c := range dates {
		if got := statedDates(c.text); !slices.Equal(got, c.want) {
			t.Errorf("statedDates(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	claim := claimRefs{mentionDays: []time.Time{day("2026-08-25"), day("2026-08-27")}}
	cases := []struct {
		dates []string
		want  bool
	}{
		{[]string{"2019-12-31"}, true},                // years before every article of the claim
		{[]string{"2026-08-24"}, false},               // the day before: the claim's own event
		{[]string{"2019-12-31", "2026-08-25"}, false}, // one date of the claim's time is enough to keep it
		{nil, false},
	}
	for _, c := range cases {
		if got := claim.earlierEvent(c.dates); got != c.want {
			t.Errorf("earlierEvent(%v) = %v, want %v", c.dates, got, c.want)
		}
	}
	// a claim dated to that month itself: the old date is its own
	old := claimRefs{mentionDays: []time.Time{day("2026-08-25")}, claimDays: []daySpan{{day("2019-03-01"), day("2019-03-31")}}}
	if old.earlierEvent([]string{"2019-03-04"}) {
		t.Error("a date in a month the claim is dated to is no earlier event")
	}
	// no article day known: nothing to compare with
	if (claimRefs{}).earlierEvent([]string{"2019-12-31"}) {
		t.Error("with no publication day known, no date is earlier")
	}
}
