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
		// r14hedge: a hedge is as wide as the figure is round (hedge_width_test.go). Precise
		// figures, a narrow hedge:
		{"roughly 265 million crowns", "291 million crowns", Conflict},
		{"roughly 265 million crowns", "270 million crowns", Agree},
		{"about 1,240 households", "1,310 households", Conflict},
		{"about 1,240 households", "1,255 households", Agree},
		{"nearly 1,240 households", "1,130 households", Conflict},
		{"some 2.37 billion dollars", "2.5 billion dollars", Conflict},
		{"around 47 lorries", "50 lorries", Conflict},
		{"around 47 lorries", "48 lorries", Agree},
		// round figures keep their tenth
		{"about 400 households", "430 households", Agree},
		{"about 400 households", "365 households", Agree},
		{"roughly 2 million crowns", "2.15 million crowns", Agree},
		{"around 11,000 troops", "12,000 troops", Agree},
		{"around 11,000 troops", "10,000 troops", Agree},
		{"some 30 lorries", "32 lorries", Agree},
		{"about 150 households", "162 households", Agree},
		// words and fractions are round whatever their value
		{"about a third of voters", "35 per cent of voters", Agree},
		{"about two dozen lorries", "26 lorries", Agree},
		{"about five lorries", "seven lorries", Agree},
		// the other hedges are as they were
		{"at least 1,240 households", "1,900 households", Agree},
		{"up to 1,240 households", "400 households", Agree},
		{"several lorries", "seven lorries", Agree},
		{"dozens of lorries", "47 lorries", Agree},
	}
	for _, c := range cases {
		a, b := Parse(c.a, ""), Parse(c.b, "")
		if got, kind := Judge(a, b); got != c.want {
			t.Errorf("%q (%s) / %q (%s): %s (%s), want %s", c.a, a.Text(), c.b, b.Text(), got, kind, c.want)
		}
	}
}
