package match

import "testing"

// A sentence that states something and closes by saying it is denied: ", a claim the
// owner rejected", ", which the council denies", ", something the union disputes". The
// denial is the closing part; what comes before it is the statement. Sentences written
// for this test (r14deny3).
func TestTrailingDenial(t *testing.T) {
	for text, want := range map[string]string{
		"Residents said the barge had dumped oil into the canal, a claim the owner, Delft Barge Lines, rejected.": "a claim the owner, Delft Barge Lines, rejected.",
		"The union says the alarms were off for a week, which the management denies.":                             "which the management denies.",
		"Inspectors found the gate had been left open, something the port authority disputes.":                    "something the port authority disputes.",
		"The paper said the mayor had sold the land, a charge he has denied.":                                     "a charge he has denied.",
		"The union says the alarms were off for a week, which nobody disputes.":                                   "", // agrees
		"The union says the alarms were off, which the management denies, and more.":                              "", // not the sentence's close
		"The driver, who denies the charge, said the barge was empty.":                                            "", // a denial inside the subject
		"The minister signed the lease, which the mayor had rejected.":                                            "", // a thing rejected, no report
		"Tenants say the heating failed in January, a claim that the landlord denies.":                            "a claim that the landlord denies.",
	} {
		at := TrailingDenial(text)
		got := ""
		if at >= 0 {
			got = text[at:]
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
