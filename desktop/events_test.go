package desktop

import (
	"testing"
	"time"
)

func TestQuitAfterReady(t *testing.T) {
	for _, c := range []struct {
		env  string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"4", 4 * time.Second, true},
		{"0.5", 500 * time.Millisecond, true},
		{"0", 0, true},
		{"soon", 5 * time.Second, true},
		{"-3", 5 * time.Second, true},
		{"NaN", 5 * time.Second, true},
		{"1e300", 5 * time.Second, true},
	} {
		got, ok := quitAfterReady(c.env)
		if got != c.want || ok != c.ok {
			t.Errorf("quitAfterReady(%q) = %v, %v; want %v, %v", c.env, got, ok, c.want, c.ok)
		}
	}
}
