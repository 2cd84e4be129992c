package match

import "testing"

// A warning or a notice denied by the one it was given to, told the other way round: "X
// denied that it had received any warning", "we received no notice from Y", "no report
// ... was received". Such a sentence is the claim's statement denied, though it tells the
// act with another verb (receive) and names it with a noun (warning, notice, report).
// Sentences written for this test (r14deny2).
func TestDeniedReceiptIsTheWarningDenied(t *testing.T) {
	all := []string{
		"Regulators warned Corvane Air in May about corroded bolts on its freighters",       // 0: the claim
		"Corvane Air denied that it had ever received such a warning.",                      // 1
		"We got no notice from the regulators about any bolts, a Corvane spokeswoman said.", // 2
		"No report about the bolts was ever received by the airline, Corvane said.",         // 3
		"Corvane Air denies receiving any warning from the regulators.",                     // 4
		"The harbour master informed the ferry company on Monday that the pier was unsafe",  // 5: a notice claim
		"The ferry company says it received no notification about the pier.",                // 6
		// look-alikes that stay apart
		"Corvane Air said it received a warning in May and replaced the bolts.", // 7: asserts, not denied
		"Corvane Air denied that its freighters were unsafe.",                   // 8: another statement
		"The union received no reply from Corvane Air about the pay talks.",     // 9: no message of the claim
		"Regulators grounded three Corvane freighters in June",                  // 10: a claim that is no warning
		"Harlow Shipping denied receiving any warning about its cranes.",        // 11: someone else, something else
	}
	var fs []Features
	for _, s := range all {
		fs = append(fs, NewFeatures(s, nil))
	}
	ix := NewIndex(fs)
	for _, c := range []struct {
		ref, cand int
		want      string
	}{
		{0, 1, StanceDenies},
		{0, 2, StanceDenies},
		{0, 3, StanceDenies},
		{0, 4, StanceDenies},
		{5, 6, StanceDenies},
		{1, 0, StanceDenies}, // the other way round: the denial marked first
		{0, 7, ""},
		{0, 8, ""},
		{0, 9, ""},
		{10, 4, ""},
		{0, 11, ""},
	} {
		r := ix.Compare(fs[c.ref], fs[c.cand])
		if r.Opposed != c.want {
			t.Errorf("%q ~ %q: opposed %q, want %q (score %.3f)", all[c.ref], all[c.cand], r.Opposed, c.want, r.Score)
		}
		if c.want != "" && (r.Score < DeniedScore || !r.SharedEvent) {
			t.Errorf("%q ~ %q: score %.3f (under %.2f), shared event %v", all[c.ref], all[c.cand], r.Score, DeniedScore, r.SharedEvent)
		}
	}
}

// "denies receiving any warning": a denial verb before a gerund denies what the gerund
// tells; it is not "denied him any X" (refusing someone a thing), which r14deny read it as.
// Sentences written for this test (r14deny2).
func TestReadStanceDenialOfAGerund(t *testing.T) {
	for _, c := range []struct{ claim, mention, want string }{
		{"Regulators warned Corvane Air in May about corroded bolts", "Corvane Air denies receiving any warning from the regulators.", StanceDenies},
		{"The mayor took money from the builder", "The mayor denied taking any money from the builder.", StanceDenies},
		{"The referee gave Ashby a penalty", "The referee denied Ashby any penalty.", StanceAsserts}, // refused him one: an act
	} {
		if got, cue := ReadStance(c.claim, c.mention); got != c.want {
			t.Errorf("%q toward %q: %s (%q), want %s", c.mention, c.claim, got, cue, c.want)
		}
	}
}
