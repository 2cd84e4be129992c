package match

import "testing"

// A bare "fire" is a blaze unless what a weapon fires follows it; sentences written for
// this test.
func TestFireIsABlazeUnlessAWeaponFires(t *testing.T) {
	for _, c := range []struct{ text, main string }{
		{"A cargo ship caught fire off the coast on Tuesday", "v:burn"},
		{"The fire spread to the upper deck within minutes", "v:burn"},
		{"the coast guard had to fire 12 warning shots", "v:fire"},
		{"Troops opened fire on the convoy", "v:fire"},
		{"the border guards traded fire for an hour", "v:fire"},
		{"A freighter capsized and went down in a storm", "v:sink"},
		{"Bus drivers walked out on Friday over pay", "v:strike"},
	} {
		if got := MainEvent(c.text); got != c.main {
			t.Errorf("MainEvent(%q) = %q, want %q", c.text, got, c.main)
		}
	}
}
