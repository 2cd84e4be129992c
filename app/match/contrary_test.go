package match

import "testing"

// The contrary reading on sentences written for this test (not the bench's): which pairs
// give one subject two exclusive states at one time, and which only look like it.
func TestContraryReadings(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		// exclusive states, no negation
		{"The cable car at Mirna was running on Saturday.", "The cable car at Mirna was out of service on Saturday.", true},
		{"The night shelter stayed open over the holiday.", "The night shelter was shut over the holiday.", true},
		{"Both pilots survived the forced landing.", "Both pilots died in the forced landing.", true},
		{"Grain exports rose in the second half.", "Grain exports slumped in the second half.", true},
		{"The striking drivers accepted the arbitration ruling.", "The striking drivers turned down the arbitration ruling.", true},
		{"The goalkeeper finished third in the vote.", "The goalkeeper finished first in the vote.", true},
		{"The customs officer was convicted of bribery.", "The customs officer was cleared of bribery.", true},
		{"The activist was set free on Friday.", "The activist remains in detention.", true},
		// WordNet's antonyms (verbs, and adjectives after a verb of being)
		{"The city's population is increasing.", "The city's population is decreasing.", true},
		{"The old fuel depot was legal.", "The old fuel depot was illegal.", true},
		// a negation turns a two-valued state round
		{"The cable car did not fail on Saturday.", "The cable car failed on Saturday.", true},
		{"The cable car did not fail on Saturday.", "The cable car was working on Saturday.", false},
		// ... and says nothing of a many-valued one
		{"Grain exports did not fall.", "Grain exports rose.", false},
		// other subjects, other parts
		{"The upper cable car was running.", "The lower cable car was out of service.", false},
		{"Rice prices rose in May.", "Maize prices fell in May.", false},
		{"The goalkeeper finished third in the vote.", "The striker finished first in the vote.", false},
		// other times: a change, not a contradiction
		{"The shelter was shut in January.", "The shelter reopened in February.", false},
		{"The cable car was out of service in the morning.", "The cable car was running in the afternoon.", false},
		// hedged: feared, possible, expected, asked
		{"The shelter is open.", "Volunteers fear the shelter could close.", false},
		{"Grain exports rose.", "Traders expected grain exports to fall.", false},
		{"The pilots survived.", "It was not known whether the pilots had died.", false},
		// nouns and words before a noun are no states
		{"The flood barrier held during the surge.", "The flood barrier collapsed during the surge.", true},
		{"An open letter was sent.", "The letter was closed.", false},
		{"More than 300 people attended.", "Fewer people attended.", false},
		// "rejected" and "dismissed" turn a state round when they take a report of it, as
		// "denied that" does (r14fc)
		{"The harbour master rejected reports that he had resigned.", "The harbour master has not resigned.", false},
		{"The harbour master dismissed claims that he had resigned.", "The harbour master stayed in his post.", false},
		{"The harbour master rejected reports that he had resigned.", "The harbour master resigned on Monday.", true},
		// the same state in other words
		{"The talks broke down.", "The talks collapsed.", false},
		{"The shelter was shut.", "The shelter was closed.", false},
	}
	for _, c := range cases {
		ra, rb := ReadStates(c.a), ReadStates(c.b)
		sa, sb, got, _ := Contrary(ra, rb)
		if got != c.want {
			t.Errorf("%q / %q: contrary %v (%s / %s), want %v\n  a: %+v\n  b: %+v", c.a, c.b, got, sa.Words, sb.Words, c.want, ra, rb)
		}
	}
}

// The words of a reading are the text's own, and the phrase names the subject.
func TestContraryReadingWords(t *testing.T) {
	r := ReadStates("The night shelter on Kell Street stays shut, the council said.")
	if len(r.States) != 1 || r.States[0].Words != "stays shut" || r.States[0].Phrase != "the night shelter on Kell Street stays shut" {
		t.Fatalf("%+v", r)
	}
}

// A coordinated subject is each of its heads: "schools and clinics" stayed shut is the
// schools' state too, so the schools reopening that day contradicts it and reopening two
// days later tells a change (whose two dates do not conflict). Sentences written for this
// test (r14fc).
func TestContraryCoordinatedSubject(t *testing.T) {
	shut := ReadStates("Schools and clinics in Varna stayed shut on Monday.")
	if _, _, contra, _ := Contrary(shut, ReadStates("The schools in Varna reopened on Monday.")); !contra {
		t.Errorf("schools and clinics shut / the schools reopened, one day: want contrary")
	}
	if _, _, _, changed := Contrary(shut, ReadStates("The schools in Varna opened again on Wednesday.")); !changed {
		t.Errorf("schools and clinics shut on Monday / the schools opened on Wednesday: want a change")
	}
	if _, _, contra, changed := Contrary(shut, ReadStates("The hospitals in Varna were open on Monday.")); contra || changed {
		t.Errorf("schools and clinics / the hospitals: other subjects")
	}
}
