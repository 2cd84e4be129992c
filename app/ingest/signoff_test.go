package ingest

import (
	"strings"
	"testing"
)

func TestStoryEndsAtTheWireSignOff(t *testing.T) {
	const story = "Harbour fees rise\n\n(Wireline) - The port authority of Lowmere raised fees on Monday.\n\n" +
		"The board said the rise would fund new cranes.\n\n(Reporting by Ana Petrov; Editing by Tom Ridley)"
	cases := []struct {
		name, text, wantEnd string
	}{
		{"furniture after the sign-off is cut", story + "\n\nSign up for our newsletter!\n\nMore in Business\n\nBakers strike in Eastvale\nRail line reopens after floods\n",
			"(Reporting by Ana Petrov; Editing by Tom Ridley)"},
		{"nothing after it: unchanged", story + "\n", "(Reporting by Ana Petrov; Editing by Tom Ridley)"},
		{"no sign-off: unchanged", "Harbour fees rise\n\nThe board said the rise would fund new cranes.\n\nMore in Business\nBakers strike in Eastvale\n",
			"Bakers strike in Eastvale"},
		{"prose that mentions reporting is not a sign-off", "Harbour fees rise\n\nThe claim rests on reporting by the Lowmere Courier.\n\nThe board disagreed.\n",
			"The board disagreed."},
		{"a story signed off twice ends at the last one", "Live: floods\n\nFirst update.\n(Writing by Ana Petrov)\n\nSecond update.\n(Additional reporting by Lee Moss)\n\nMost read\nRail line reopens\n",
			"(Additional reporting by Lee Moss)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, d := range []Doc{DocFromPlainText(c.text), finish(Doc{Title: "T", Body: c.text})} {
				if !strings.HasSuffix(d.Body, c.wantEnd) {
					t.Errorf("body ends %q, want it to end with %q", tail(d.Body), c.wantEnd)
				}
			}
		})
	}
}

func tail(s string) string {
	if len(s) > 60 {
		return "…" + s[len(s)-60:]
	}
	return s
}
