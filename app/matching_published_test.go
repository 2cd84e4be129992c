package app

import (
	"testing"
	"time"
)

// An article published months away from every article of a claim tells another event
// of the same kind; days apart, or an unknown date, are not apart.
func TestPublishedApart(t *testing.T) {
	day := func(s string) time.Time { return publishedDay(s) }
	claim := []time.Time{day("2025-06-28"), day("2025-06-30T09:15")}
	for _, c := range []struct {
		published string
		apart     bool
	}{
		{"2024-03-19", true},
		{"2025-07-02", false},
		{"2025-09-10", true},
		{"", false},
		{"March 2024", false},
	} {
		if got := publishedApart(day(c.published), claim); got != c.apart {
			t.Errorf("%q: apart %v, want %v", c.published, got, c.apart)
		}
	}
	if publishedApart(day("2024-03-19"), nil) {
		t.Error("no claim article dated: apart")
	}
}
