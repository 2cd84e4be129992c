package reading

import "testing"

// A hedge is as wide as the figure is round: "about 400" was rounded to the hundred and may
// be 360 or 440; "roughly 265 million" was told to the five million and is 255 to 275
// million. Phrases written for this test; the verdicts they give against other figures are
// rows of TestHedgedFiguresCompare.
func TestHedgeWidthFollowsTheFiguresPrecision(t *testing.T) {
	for _, c := range []struct{ phrase, want string }{
		{"roughly 265 million crowns", "255,000,000–275,000,000"},
		{"about 1,240 households", "1,220–1,260"},
		{"about 400 households", "360–440"},
		{"nearly 1,240 households", "1,220–1,240"},
		{"just over 1,240 households", "1,241–1,260"},
		{"around 31.4 percent", "31.2–31.6"},
		{"about a third of voters", "30–36.666"},
	} {
		v := Parse(c.phrase, "")
		if v.Low == nil || v.High == nil {
			t.Errorf("%q reads %s, want %s", c.phrase, v.Text(), c.want)
			continue
		}
		if got := fmtNum(*v.Low) + "–" + fmtNum(*v.High); got != c.want {
			t.Errorf("%q reads %s, want %s", c.phrase, got, c.want)
		}
	}
	// the analyst's hedge given apart from the figure is as wide
	if v := ParseIn("1,240", "The scheme reached 1,240 households.", "").WithHedge("about"); v.Text() != "1,220–1,260" {
		t.Errorf("1,240 with the hedge about: %s, want 1,220–1,260", v.Text())
	}
}

// digitStep: the place of the last non-zero digit, five of them for a 5.
func TestDigitStep(t *testing.T) {
	for x, want := range map[float64]float64{375: 5, 1240: 10, 400: 100, 31.4: 0.1, 2.37: 0.01, 47: 1, 150: 50, 0.05: 0.05, 0: 0} {
		if got := digitStep(x); got != want {
			t.Errorf("digitStep(%v) = %v, want %v", x, got, want)
		}
	}
}
