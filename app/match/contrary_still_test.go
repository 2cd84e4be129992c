package match

import "testing"

// A state said to last ("still", "continued to", "remained") at a later time than, or the
// same time as, the other's end of it contradicts that end: "the blaze was put out on
// Monday morning" / "the blaze was still burning on Monday afternoon". Earlier, it is the
// time before the change and says nothing against it. A fire's end is a state of its own
// (burning / out). Sentences written for this test (r14contra3).
func TestContraryStateThatLasts(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"The blaze at the sawmill was put out on Monday morning.", "The blaze at the sawmill was still burning on Monday afternoon.", true},
		{"Firefighters extinguished the blaze early on Thursday.", "It was still burning at noon.", true},
		{"The fire was out by dawn on Sunday.", "The fire was still burning on Sunday evening.", true},
		{"The fire was out by dawn on Sunday.", "The fire continued to burn on Monday.", true},
		{"The ferry terminal reopened on Tuesday.", "The ferry terminal was still closed on Wednesday.", true},
		{"The ferry terminal reopened on Tuesday.", "The ferry terminal remained shut on Thursday.", true},
		// the lasting state before the end: a change, not a contradiction
		{"The blaze at the sawmill was put out on Monday evening.", "The blaze at the sawmill was still burning on Monday morning.", false},
		{"The ferry terminal reopened on Friday.", "The ferry terminal was still closed on Wednesday.", false},
		// no lasting word: two times are a change, as before
		{"The fire was out by dawn on Sunday.", "The fire was burning on Sunday evening.", false},
		// a fire that burned for hours before it was put out is one account, not two states
		{"The fire was extinguished on Friday morning after burning for around five hours.", "The fire was still burning on Friday at noon.", true},
		// "out of service" is no fire's end
		{"The pump was out of service on Monday.", "The fire was still burning on Monday.", false},
	}
	for _, c := range cases {
		ra, rb := ReadStates(c.a), ReadStates(c.b)
		sa, sb, got, _ := Contrary(ra, rb)
		if got != c.want {
			t.Errorf("%q / %q: contrary %v (%s / %s), want %v\n  a: %+v\n  b: %+v", c.a, c.b, got, sa.Words, sb.Words, c.want, ra, rb)
		}
	}
}
