package reading

import "testing"

// Times of day are no figures; the counts next to them still are. Sentences written for
// this test.
func TestTimesOfDayAreNoFigures(t *testing.T) {
	cases := []struct {
		text string
		want []float64 // the figures' low ends, in order
	}{
		{"The train left the station at 8.30 a.m. local time", nil},
		{"The train left the station at half past eight", nil},
		{"The count stood at 14 dead as of 10 this morning", []float64{14}},
		{"Rescuers resumed work at 7 am with 40 divers", []float64{40}},
		{"The vote closes at a quarter to nine", nil},
		{"The market opens at 9 o'clock", nil},
		{"Flights resume at 0600 GMT", nil},
		{"six in the evening", nil},
		{"Eight people were hurt and 30 cars were damaged", []float64{8, 30}},
		{"The talks lasted 10 hours", []float64{10}},
	}
	for _, c := range cases {
		checkFigureLows(t, c.text, c.want)
	}
}

// checkFigureLows checks the low ends of the figures Find reads in text, in order.
func checkFigureLows(t *testing.T, text string, want []float64) {
	t.Helper()
	var got []float64
	for _, v := range Find(text, "") {
		if v.Kind == KindFigure && v.Low != nil {
			got = append(got, *v.Low)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%q: figures %v, want %v", text, got, want)
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%q: figures %v, want %v", text, got, want)
			return
		}
	}
}

// The date a statement was made is not the date of what it says: without a raw value, a
// mention's value is the first figure or date of what is said. Sentences written for this test.
func TestDateOfReportIsNoValue(t *testing.T) {
	cases := []struct{ quote, wantRaw string }{
		{"Police said on Saturday that the bridge collapsed on Thursday", "Thursday"},
		{"The agency told reporters Monday that 40 people were hurt", "40"},
		{"The ministry said in a statement late Friday that talks would resume", ""},
		{"The bridge collapsed on Thursday, police said", "Thursday"},
	}
	for _, c := range cases {
		v := ParseIn("", c.quote, "2026-05-09")
		if c.wantRaw == "" {
			if v.Kind != KindNone {
				t.Errorf("%q: %s %q, want no value", c.quote, v.Kind, v.Raw)
			}
			continue
		}
		if v.Raw != c.wantRaw {
			t.Errorf("%q: %s %q, want %q", c.quote, v.Kind, v.Raw, c.wantRaw)
		}
	}
}
