package reading

import "testing"

// Range arithmetic with hedges, on phrases written for this test: which pairs of figures
// can describe one fact.
func TestHedgedFiguresCompare(t *testing.T) {
	cases := []struct {
		a, b string
		want Verdict
	}{
		{"about two dozen passengers", "23 passengers", Agree},
		{"more than 200 people", "143 people", Conflict},
		{"at least 60 people", "62 people", Agree},
		{"about a dozen shots", "10 shots", Agree},
		{"a dozen ferries", "11 ferries", Agree}, // a round figure, not exactly 12
		{"a dozen ferries", "15 ferries", Conflict},
		{"a dozen ferries", "dozens of ferries", Conflict},
		{"a handful of ferries", "four ferries", Agree},
		{"scores of ferries", "five ferries", Conflict},
		{"about 120 dead", "more than 300 dead", Conflict},
		{"more than 300 dead", "more than 350 dead", Agree},
		{"several boats", "four boats", Agree},
		{"nine out of ten members", "around 90%", Agree},
		{"fewer than one in two", "around 90%", Conflict},
		{"some 240,000 cusecs", "around 2.4 lakh cusecs", Agree},
		{"four people", "four dead", Agree},
		{"as far as 3 kilometres", "about 2 kilometres", Agree},
		// a bare number in digits may be a share whose "per cent" was said before; in words, a count
		{"nearer 31", "more than 35 per cent", Conflict},
		{"31", "around 31 percent", Agree},
		{"three", "31.4 per cent", Conflict},
		{"150", "29.25%", Conflict},
		// measures convert
		{"about 12,000 hectares", "some 30,000 acres", Agree},
		{"12,000 hectares", "10,000 acres", Conflict},
		{"about 15 kilometres", "nine miles", Agree},
		{"20 nautical miles", "about 37 km", Agree},
		{"2,000 kilograms", "2 tonnes", Agree},
		{"5 km", "5 tonnes", Conflict},
		// round s6: feet are a length; durations convert
		{"roughly 60 feet", "about 18 metres", Agree},
		{"60 feet", "40 metres", Conflict},
		{"within 72 hours", "within three days", Agree},
		{"a few hours after", "a day after", Conflict},
		{"two weeks", "14 days", Agree},
		{"50 basis points", "0.5 percentage points", Agree},
		{"75 basis points", "0.5 percentage points", Conflict},
	}
	for _, c := range cases {
		a, b := Parse(c.a, ""), Parse(c.b, "")
		if got, kind := Judge(a, b); got != c.want {
			t.Errorf("%q (%s) / %q (%s): %s (%s), want %s", c.a, a.Text(), c.b, b.Text(), got, kind, c.want)
		}
	}
}
