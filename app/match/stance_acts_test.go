package match

import "testing"

// "Reject", "dismiss" and "rebuff" deny a claim only when what they take is one: a report,
// an account, an idea, a "that" clause, "it" or "this", "as false". Taking a thing or a
// person ("rejected the offer", "dismissed its coach", "rebuffed the envoy", "was rejected
// by the board") tells an act of the subject, which the contrary reading compares by its
// subject (accepted / rejected), not a stance on the claim. Sentences written for this test.
func TestReadStanceRefusalOfAThing(t *testing.T) {
	const signed = "The club signed the Danish striker on Friday"
	const offer = "The pilots' union accepted the wage offer on Monday"
	const bill = "The senate passed the housing bill on Wednesday"
	checkStances(t, []stanceCase{
		{"dismissed a person", signed, "The club dismissed its fitness coach on Friday", StanceAsserts},
		{"rebuffed a person", bill, "The senate rebuffed the governor's envoy on Wednesday", StanceAsserts},
		{"rejected another thing", offer, "The pilots' union rejected a demand for night shifts", StanceAsserts},
		{"rejected by", bill, "A motion on the housing bill was rejected by the senate on Wednesday", StanceAsserts},
		// still denials: what is rejected is said, reported or thought
		{"rejected reports that", signed, "The club rejected reports that it had signed the Danish striker", StanceDenies},
		{"dismissed as", signed, "The club dismissed as rumour the signing of the Danish striker", StanceDenies},
		{"rejected the idea", bill, "The senate rejected the idea that it had passed the housing bill", StanceDenies},
		{"rejected any", offer, "The pilots' union rejected any deal on the wage offer", StanceDenies},
		{"dismissed the account", offer, "The union dismissed the company's account of the wage offer", StanceDenies},
	})
}
