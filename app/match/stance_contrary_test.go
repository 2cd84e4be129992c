package match

import "testing"

// A mention that says a state contrary to its claim's statement denies it, though it
// carries no word of denial: "It was still burning at noon." toward "The blaze at the mill
// was put out early on Monday". Another subject's state, a change at a later time, or a
// hedged one asserts as before. Sentences written for this test (r14contra3).
func TestReadStanceContraryState(t *testing.T) {
	cases := []struct {
		statement, mention, want string
	}{
		{"The blaze at the mill was put out early on Monday", "It was still burning at noon.", StanceDenies},
		{"The sprinklers in the store had been switched off for weeks", "The sprinklers in the store were working.", StanceDenies},
		{"The river ferry stayed shut on Friday", "The river ferry was running on Friday.", StanceDenies},
		{"The blaze at the mill was put out early on Monday", "The blaze at the mill was put out before dawn on Monday.", StanceAsserts},
		{"The river ferry stayed shut on Friday", "The road bridge was open on Friday.", StanceAsserts},
		{"The river ferry stayed shut on Friday", "The river ferry reopened on Sunday.", StanceAsserts},
		{"The river ferry stayed shut on Friday", "The river ferry could reopen on Friday.", StanceAsserts},
		// "no fewer than", "not only" negate nothing
		{"Twelve miners were killed in the blast", "No fewer than twelve miners were killed in the blast.", StanceAsserts},
		{"The flood closed the coast road", "The flood not only closed the coast road but cut the rail line.", StanceAsserts},
	}
	for _, c := range cases {
		if got, cue := ReadStanceInText(c.statement, c.mention, 0, len([]rune(c.mention))); got != c.want {
			t.Errorf("%q toward %q: %s (%q), want %s", c.mention, c.statement, got, cue, c.want)
		}
	}
}
