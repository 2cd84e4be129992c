package reading

import "testing"

// A date's text (Value.Text, the suggester's normalised value) reads back as the interval
// of days it stands for, at its precision.
func TestIntervalOfText(t *testing.T) {
	for _, c := range []struct{ text, start, end string }{
		{"2026-11-30", "2026-11-30", "2026-11-30"},
		{"2026-11", "2026-11-01", "2026-11-30"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2026-11-23..2026-11-29", "2026-11-23", "2026-11-29"},
		{"2024-12..2025-02", "2024-12-01", "2025-02-28"},
		{"2025", "2025-01-01", "2025-12-31"},
		{"2025..2027", "2025-01-01", "2027-12-31"},
	} {
		s, e, ok := IntervalOf(c.text)
		if !ok || iso(s) != c.start || iso(e) != c.end {
			t.Errorf("%q: %s..%s (%v), want %s..%s", c.text, iso(s), iso(e), ok, c.start, c.end)
		}
	}
	for _, bad := range []string{"", "unresolved", "1990s", "2026-13", "2026-02-30", "9,900–12,100 troops"} {
		if _, _, ok := IntervalOf(bad); ok {
			t.Errorf("%q read as a date", bad)
		}
	}
	// every date the reading writes reads back as its own interval
	for _, v := range Find("The talks on 3 March 2026, in June 2025 and last winter", "2026-05-09") {
		s, e, ok := IntervalOf(v.Text())
		if !ok || iso(s) != v.Start || iso(e) != v.End {
			t.Errorf("%q (%s): %s..%s, want %s..%s", v.Raw, v.Text(), iso(s), iso(e), v.Start, v.End)
		}
	}
}
