package reading

import (
	"math"
	"strings"
	"testing"
)

const inf = math.MaxFloat64 // "no bound" in the tables below

// The expected values are written down by hand from the readings in the package comment,
// not derived from the code.
func TestParseFigures(t *testing.T) {
	cases := []struct {
		text      string
		low, high float64 // -inf/inf = open
		unit      string
		hedge     string
	}{
		{"thousands", 2000, 19999, "", ""},
		{"thousands of troops", 2000, 19999, "troops", ""},
		{"reportedly sending thousands of troops to support Russia", 2000, 19999, "troops", "reportedly"},
		{"tens of thousands of people", 10000, 99999, "people", ""},
		{"hundreds of thousands", 100000, 999999, "", ""},
		{"hundreds", 200, 1999, "", ""},
		{"dozens of performers", 24, 99, "performers", ""},
		{"around 11,000", 9900, 12100, "", "around"},
		{"around 11,000 elite troops", 9900, 12100, "troops", "around"},
		{"11,000", 11000, 11000, "", ""},
		{"6,000 troops", 6000, 6000, "troops", ""},
		{"over 6,000", 6001, inf, "", "over"},
		{"has likely suffered over 6,000 casualties since troops were first deployed", 6001, inf, "casualties", "likely over"},
		{"more than 300 soldiers", 301, inf, "troops", "more than"},
		{"at least 300", 300, inf, "", "at least"},
		{"fewer than 100 people", 0, 99, "people", "fewer than"},
		{"up to 500 workers", 0, 500, "workers", "up to"},
		{"nearly 1,000", 900, 1000, "", "nearly"},
		{"a 125-strong delegation of performers", 125, 125, "performers", ""},
		{"125-strong", 125, 125, "", ""},
		{"20%", 20, 20, "%", ""},
		{"over 20% of Kim Jong-un's personal reserve", 20, inf, "%", "over"},
		{"20 percent", 20, 20, "%", ""},
		{"2.5 per cent", 2.5, 2.5, "%", ""},
		{"four", 4, 4, "", ""},
		{"four known rotations of North Korean units", 4, 4, "", ""},
		{"twenty-five", 25, 25, "", ""},
		{"two thousand soldiers", 2000, 2000, "troops", ""},
		// "a dozen" is a round figure, said as "about 12" is (10 to 14), not exactly 12
		{"a dozen", 10, 14, "", "about"},
		{"a dozen dancers", 10, 14, "performers", "about"},
		{"about a dozen dancers", 10, 14, "performers", "about"},
		{"1.5 million people", 1500000, 1500000, "people", ""},
		{"10,000-12,000 troops", 10000, 12000, "troops", ""},
		{"between 10,000 and 12,000", 10000, 12000, "", ""},
		{"around 300 people presumed to be North Korean workers", 270, 330, "people", "around"},
		{"$5 million", 5000000, 5000000, "USD", ""},
		{"exactly 42", 42, 42, "", "exactly"},
	}
	for _, c := range cases {
		v := Parse(c.text, "2025-06-29")
		if v.Kind != KindFigure {
			t.Errorf("%q: kind %q (%+v)", c.text, v.Kind, v)
			continue
		}
		if !bound(v.Low, c.low) || !bound(v.High, c.high) || v.Unit != c.unit || v.Hedge != c.hedge {
			t.Errorf("%q: got [%s, %s] unit %q hedge %q; want [%v, %v] %q %q", c.text, ptr(v.Low), ptr(v.High), v.Unit, v.Hedge, c.low, c.high, c.unit, c.hedge)
		}
	}
}

func bound(p *float64, want float64) bool {
	if want == inf {
		return p == nil
	}
	return p != nil && math.Abs(*p-want) < 1e-9
}

func ptr(p *float64) string {
	if p == nil {
		return "open"
	}
	return fmtNum(*p)
}

func TestParseDates(t *testing.T) {
	cases := []struct {
		text, published  string
		start, end, prec string
	}{
		{"June of last year", "2025-06-29", "2024-06-01", "2024-06-30", Month},
		{"in June of last year", "2025-06-29", "2024-06-01", "2024-06-30", Month},
		{"June 19, 2024", "2025-06-30", "2024-06-19", "2024-06-19", Day},
		{"signed on June 19, 2024, in Pyongyang", "", "2024-06-19", "2024-06-19", Day},
		{"Saturday", "2025-06-29", "2025-06-28", "2025-06-28", Day}, // 29 Jun 2025 is a Sunday
		{"arrived in North Korea on Saturday", "2025-06-29", "2025-06-28", "2025-06-28", Day},
		{"on Sunday", "2025-06-30", "2025-06-29", "2025-06-29", Day}, // a Monday article
		{"last Saturday", "2025-06-28", "2025-06-21", "2025-06-21", Day},
		{"fall 2024", "2025-06-29", "2024-09-01", "2024-11-30", Season},
		{"the fall of 2024", "", "2024-09-01", "2024-11-30", Season},
		{"winter 2024", "", "2024-12-01", "2025-02-28", Season},
		{"last fall", "2025-06-29", "2024-09-01", "2024-11-30", Season},
		{"last summer", "2025-06-29", "2024-06-01", "2024-08-31", Season},
		{"last year", "2025-06-29", "2024-01-01", "2024-12-31", Year},
		{"this year", "2025-06-29", "2025-01-01", "2025-12-31", Year},
		{"last month", "2025-01-15", "2024-12-01", "2024-12-31", Month},
		{"in September", "2024-03-19", "2023-09-01", "2023-09-30", Month},
		{"in May", "2025-06-30", "2025-05-01", "2025-05-31", Month},
		{"last June", "2025-06-29", "2024-06-01", "2024-06-30", Month},
		{"next June", "2025-06-29", "2026-06-01", "2026-06-30", Month},
		{"June 26", "2025-06-29", "2025-06-26", "2025-06-26", Day},
		{"December 3", "2025-01-10", "2024-12-03", "2024-12-03", Day}, // more than two months ahead: last year's
		{"29 Jun 2025", "", "2025-06-29", "2025-06-29", Day},
		{"2025-2027", "2025-06-30", "2025-01-01", "2027-12-31", Year},
		{"from 2025 to 2027", "", "2025-01-01", "2027-12-31", Year},
		{"2024", "", "2024-01-01", "2024-12-31", Year},
		{"February 2022", "", "2022-02-01", "2022-02-28", Month},
		{"the 1990s", "", "1990-01-01", "1999-12-31", Decade},
		{"2024-06-19", "", "2024-06-19", "2024-06-19", Day},
		{"30/06/2025", "", "2025-06-30", "2025-06-30", Day},
		{"yesterday", "2025-06-30", "2025-06-29", "2025-06-29", Day},
		{"mid-June", "2025-06-29", "2025-06-01", "2025-06-30", Month},
		{"last week", "2025-06-29", "2025-06-16", "2025-06-22", Week},
	}
	for _, c := range cases {
		v := Parse(c.text, c.published)
		if v.Kind != KindDate || v.Start != c.start || v.End != c.end || v.Precision != c.prec {
			t.Errorf("%q (published %q): got %s %s..%s %s (%s); want %s..%s %s", c.text, c.published, v.Kind, v.Start, v.End, v.Precision, v.Note, c.start, c.end, c.prec)
		}
	}
}

func TestRelativeDateWithoutPublicationIsUnresolved(t *testing.T) {
	for _, text := range []string{"June of last year", "Saturday", "last year", "in September", "June 29"} {
		v := Parse(text, "")
		if v.Kind != KindDate || v.Resolved() || v.Note == "" {
			t.Errorf("%q: %+v; want an unresolved date with a note", text, v)
		}
		abs := Parse("June 19, 2024", "")
		if c := Compare(v, abs); c.Verdict != Unknown {
			t.Errorf("%q vs June 19, 2024 without publication date: %s; want unknown", text, c.Verdict)
		}
	}
}

func TestNotFigures(t *testing.T) {
	for _, text := range []string{"the two countries", "the 75th anniversary", "a one-year anniversary", "at 10:45", "a four-day visit", "Kim Jong-un"} {
		for _, v := range Find(text, "2025-06-29") {
			if v.Kind == KindFigure {
				t.Errorf("%q: read a figure %q %+v", text, v.Raw, v)
			}
		}
	}
}

// "all" before a spelled-out number states the count, as it does before digits (phrases
// written for this test).
func TestAllBeforeASpelledCount(t *testing.T) {
	for text, want := range map[string]float64{
		"all nine judges signed the ruling":   9,
		"all 9 judges signed the ruling":      9,
		"all three crew members were rescued": 3,
	} {
		vs := Find(text, "2025-06-29")
		if len(vs) != 1 || vs[0].Kind != KindFigure || vs[0].Low == nil || *vs[0].Low != want || *vs[0].High != want {
			t.Errorf("%q: %+v, want one figure %g", text, vs, want)
		}
	}
	if vs := Find("the nine judges signed the ruling", "2025-06-29"); len(vs) != 0 {
		t.Errorf("the nine judges: %+v, want a reference, no count", vs)
	}
}

func TestCompare(t *testing.T) {
	pub := "2025-06-29"
	cases := []struct {
		a, b string
		pubA string
		want Verdict
		kind string
		why  string // a word the reason must contain
	}{
		{"thousands of troops", "around 11,000 elite troops", pub, Agree, "figure", "overlap"},
		{"thousands", "around 11,000", pub, Agree, "figure", "overlap"},
		{"11,000", "6,000", pub, Conflict, "figure", "different claims"},
		{"11,000 troops", "6,000 troops", pub, Conflict, "figure", "one tally overtaken by a later one"},
		{"around 11,000 elite troops", "over 6,000 casualties", pub, Conflict, "unit", "different claims"},
		{"over 6,000", "around 11,000", pub, Agree, "figure", "overlap"},
		{"over 6,000", "5,000", pub, Conflict, "figure", "not the same figure"},
		{"20%", "over 20%", pub, Agree, "figure", "overlap"}, // "over 20%" starts at 20: a percentage is not a whole count
		{"20%", "around 11,000", pub, Conflict, "unit", "a percentage"},
		{"four", "a dozen", pub, Conflict, "figure", ""},
		{"a 125-strong delegation of performers", "125 performers", pub, Agree, "figure", ""},
		{"June of last year", "June 19, 2024", pub, Agree, "date", "overlap"},
		{"June of last year", "June 19, 2023", pub, Conflict, "date", "different dates"},
		{"Saturday", "June 28, 2025", pub, Agree, "date", ""},
		{"fall 2024", "October 2024", pub, Agree, "date", ""},
		{"fall 2024", "June 2024", pub, Conflict, "date", ""},
		{"2025-2027", "2026", pub, Agree, "date", ""},
		{"June 19, 2024", "thousands", pub, Unknown, "", "nothing to compare"},
	}
	for _, c := range cases {
		a, b := Parse(c.a, c.pubA), Parse(c.b, c.pubA)
		got := Compare(a, b)
		if got.Verdict != c.want || got.Kind != c.kind || !strings.Contains(got.Reason, c.why) {
			t.Errorf("%q vs %q: %s %q %q; want %s %q containing %q", c.a, c.b, got.Verdict, got.Kind, got.Reason, c.want, c.kind, c.why)
		}
		if back := Compare(b, a); back.Verdict != got.Verdict {
			t.Errorf("%q vs %q not symmetric", c.a, c.b)
		}
		if Compatible(a, b) != (c.want != Conflict) {
			t.Errorf("%q vs %q: Compatible disagrees with Compare", c.a, c.b)
		}
	}
}

func TestParseInContext(t *testing.T) {
	quote := "North Korea reportedly sending thousands of troops to support Russia in its ongoing conflict in Ukraine"
	v := ParseIn("thousands", quote, "")
	if v.Raw != "thousands" || v.Unit != "troops" || v.Hedge != "reportedly" || *v.Low != 2000 || *v.High != 19999 {
		t.Fatalf("thousands in context: %+v", v)
	}
	// the analyst wrote only the number; the text's "around" still counts
	v = ParseIn("11,000", "North Korea has deployed around 11,000 elite troops to support Russia", "")
	if v.Raw != "11,000" || v.Unit != "troops" || v.Hedge != "around" || *v.Low != 9900 || *v.High != 12100 {
		t.Fatalf("11,000 in context: %+v", v)
	}
	// no raw value: the first figure or date of the quote
	v = ParseIn("", "the mutual defense treaty signed on June 19, 2024, in Pyongyang", "2025-06-30")
	if v.Kind != KindDate || v.Start != "2024-06-19" || v.Raw != "June 19, 2024" {
		t.Fatalf("from the quote: %+v", v)
	}
	// a hedge given apart (the analyst's hedge field) widens an exact figure
	v = Parse("11,000", "").WithHedge("around")
	if *v.Low != 9900 || *v.High != 12100 || v.Hedge != "around" {
		t.Fatalf("WithHedge: %+v", v)
	}
	v = Parse("6,000", "").WithHedge("likely over")
	if *v.Low != 6001 || v.High != nil || v.Hedge != "likely over" {
		t.Fatalf("WithHedge likely over: %+v", v)
	}
}

func TestText(t *testing.T) {
	cases := map[string]string{
		"around 11,000 elite troops": "9,900–12,100 troops",
		"over 6,000 casualties":      "6,001 casualties or more",
		"fewer than 100":             "0–99",
		"20%":                        "20%",
		"June of last year":          "2024-06",
		"fall 2024":                  "2024-09..2024-11",
		"2025-2027":                  "2025..2027",
		"Saturday":                   "2025-06-28",
	}
	for in, want := range cases {
		if got := Parse(in, "2025-06-29").Text(); got != want {
			t.Errorf("%q: %q; want %q", in, got, want)
		}
	}
}
