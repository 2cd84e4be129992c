package match

import "testing"

// Each rule of ReadStance on sentences written for this test (general news wording, none
// taken from a gold story).
func TestReadStanceRules(t *testing.T) {
	const bridge = "The storm destroyed the old bridge over the river"
	const layoffs = "The merger will cost 300 jobs at the plant"
	const negative = "The bus had not been carrying more people than it was licensed to"
	cases := []stanceCase{
		// a denial of a report or figure, whatever words it names
		{"denies a figure", layoffs, "The company rejects that figure and says its plans are sound", StanceDenies},
		{"dismisses accounts", bridge, "The mayor dismissed accounts of widespread damage", StanceDenies},
		{"disputes a report", bridge, "Engineers disputed reports of a collapse", StanceDenies},
		{"disputed as a place", "Fishing boats entered the waters", "Fishing boats entered the disputed waters", StanceAsserts},
		{"flatly rejected", bridge, "Officials flatly rejected claims that the storm destroyed the bridge", StanceDenies},
		{"no truth in", bridge, "There is no truth in the story, a spokeswoman said", StanceDenies},
		{"a verdict on the reports", bridge, "Such reports are wholly unfounded", StanceDenies},
		// a denial verb under a negation is no denial
		{"did not deny", bridge, "The council did not deny that the storm destroyed the bridge", StanceAsserts},
		{"nobody denied", bridge, "Nobody denied that the storm destroyed the old bridge", StanceAsserts},
		// a denial denied asserts ("rejected the denial")
		{"rejected a denial", bridge, "The engineers rejected the council's denial that the storm destroyed the bridge", StanceAsserts},
		{"dismissed denials", bridge, "Residents dismissed denials that the storm had destroyed the bridge", StanceAsserts},
		{"neither confirm nor deny", bridge, "The ministry would neither confirm nor deny that the bridge was destroyed", StanceUnconfirmed},
		// negation scope: a negation in a subordinate clause or past a clause break is about
		// something else
		{"negation in a relative clause", bridge, "The storm, which had not been forecast, destroyed the old bridge", StanceAsserts},
		{"negation in a because clause", bridge, "The storm destroyed the old bridge because its piers were not reinforced", StanceAsserts},
		{"negation past a comma", bridge, "Not far from the town, the storm destroyed the old bridge", StanceAsserts},
		{"negation in the main clause", bridge, "Although the storm was fierce, it did not destroy the old bridge", StanceDenies},
		{"not only", bridge, "The storm not only destroyed the old bridge but flooded the road", StanceAsserts},
		{"never", bridge, "The old bridge was never destroyed by the storm", StanceDenies},
		// a count said to be none
		{"not a single", layoffs, "The plan \"does not foresee a single redundancy\"", StanceDenies},
		{"no one", layoffs, "The company says no one will be laid off", StanceDenies},
		{"not anyone", layoffs, "The new machines will not cost anyone their post", StanceDenies},
		{"none with a figure of its own", layoffs, "No more than 120 posts will go, the company says", StanceAsserts},
		// unconfirmed and doubt
		{"could not immediately be confirmed", bridge, "The collapse of the bridge could not immediately be confirmed", StanceUnconfirmed},
		{"unverified reports", bridge, "Unverified reports said the storm destroyed the bridge", StanceUnconfirmed},
		{"yet to be confirmed", bridge, "The destruction of the bridge has yet to be confirmed", StanceUnconfirmed},
		{"not known whether", bridge, "It is not known whether the storm destroyed the bridge", StanceDoubts},
		// a negative statement: its negating mentions assert it, a plain statement of what it
		// negates denies it, other plain sentences assert it
		{"negative, negated", negative, "The bus never carried more people than its licence allowed", StanceAsserts},
		{"negative, dismissed", negative, "The operator dismissed accounts of overcrowding", StanceAsserts},
		{"negative, stated", negative, "The bus was so full that people stood in the aisle", StanceDenies},
		{"negative, about something else", negative, "The driver had worked for the firm for ten years", StanceAsserts},
		// a negative statement made by a denial verb: what it denies, stated plainly, denies it
		{"denied statement, stated", "The council dismissed reports that it was selling the park", "Officials are selling the park to a developer", StanceDenies},
		{"negative, stopped", "Farmers can no longer borrow at these rates", "Some farmers have stopped borrowing altogether", StanceAsserts},
		// a negation that says the claim is not so in other words (no shared words but names)
		{"not told", "Lisbon had been warned before the dam gates opened", "We were not told.", StanceDenies},
		{"no notice", "Lisbon had been warned before the dam gates opened", "Lisbon had received no advance notice of the release", StanceDenies},
		{"never close", "Rising water threatened the structure", "The dam was never close to failing", StanceDenies},
		{"not said", "Lisbon had been warned before the dam gates opened", "Lisbon did not say when the gates opened", StanceAsserts},
		{"a negation beside shared words", bridge, "The storm destroyed the old bridge and nobody was hurt; no cars were on it", StanceAsserts},
		// doubt in other words
		{"not convinced", bridge, "Residents are not convinced the storm destroyed the bridge", StanceDoubts},
		{"few believe", bridge, "Few engineers believe the storm alone destroyed the bridge", StanceDoubts},
		{"ruled out", "The bank is preparing to cut its rate", "The governor ruled out a cut in the rate", StanceDenies},
		{"doubt before not released", bridge, "Whether the storm destroyed the bridge is unclear, because the council has not released photographs", StanceDoubts},
		{"not published", "An alert went out to the towns downstream", "Neither agency has published the alert.", StanceUnconfirmed},
		{"nobody has shown", bridge, "Nobody has yet been able to show that the storm destroyed the bridge", StanceDoubts},
	}
	checkStances(t, cases)
}

// A plain mention denies a negative statement only with what the negation bears on in its
// own main clause (a negated comparison only with a degree word: a bare count is not "more
// than allowed"); one with a negation of its own agrees with it.
func TestReadStanceNegativeStatementGuards(t *testing.T) {
	const negative = "The bus had not been carrying more people than it was licensed to"
	for _, m := range []string{
		"The crash of the bus, which was carrying people from the coast, closed the road",
		"There was no licence, and there has never been a licence, for more people",
		"Local officials say the bus was carrying 38 people",
	} {
		if got, cue := ReadStance(negative, m); got != StanceAsserts {
			t.Errorf("%q: %s (%q), want asserts", m, got, cue)
		}
	}
}

// Readings added when two stories written after the rules were first read (round s6):
// silence about whether, evidence not published, not knowing, disagreement without content,
// a subject that is nobody, a thing still going on against its end, a report named before
// its denial. Sentences written for this test.
func TestReadStanceSecondReadings(t *testing.T) {
	const arrests = "Police arrested three men after the riot in the market"
	const bridge = "The storm destroyed the old bridge over the river"
	const wiring = "Investigators blamed the warehouse fire on faulty wiring"
	const inspected = "The dam wall was inspected last spring"
	const blaze = "The blaze at the depot was put out before dawn on Sunday"
	cases := []stanceCase{
		// silence about whether the claim holds is no confirmation; about a detail, nothing
		{"asked whether, could not comment", arrests, "Asked whether anyone had been held, a police spokesman said he could not comment.", StanceUnconfirmed},
		{"did not say whether", arrests, "The interior ministry did not say whether the men were in custody", StanceUnconfirmed},
		{"declined to comment on the reports", arrests, "The police declined to comment on the reports.", StanceUnconfirmed},
		{"declined to comment on a detail", arrests, "Police declined to comment on the suspects' names", StanceAsserts},
		{"did not say how many", arrests, "Police did not say how many officers took part", StanceAsserts},
		// evidence not published, in the passive
		{"no photograph released", bridge, "No photograph of the fallen span has been released.", StanceUnconfirmed},
		{"report not published", bridge, "The engineers' survey has not been published.", StanceUnconfirmed},
		// not knowing, and no evidence, hold the claim open
		{"did not yet know what", wiring, "The fire service said it did not yet know what had started the fire", StanceDoubts},
		{"no evidence so far", wiring, "There is no evidence of an electrical fault so far", StanceDoubts},
		{"whether ... cannot be established", wiring, "Whether the cables were to blame cannot be established yet.", StanceDoubts},
		{"whether or not", wiring, "Whether or not the wiring was old, investigators blamed the fire on it", StanceAsserts},
		{"whether ... is not known", wiring, "Whether the cables were to blame is not known", StanceDoubts},
		{"a question still to be settled", bridge, "The inspectors' report, due next month, should settle the question", StanceDoubts},
		{"remains to be seen", bridge, "Whether the old bridge can be saved remains to be seen", StanceDoubts},
		{"nobody has been able to confirm", bridge, "Nobody in the valley has been able to confirm it.", StanceUnconfirmed},
		// disagreement that says nothing of its own
		{"sees it differently", wiring, "The landlord sees it differently.", StanceDenies},
		{"disagree", wiring, "Her neighbours disagree.", StanceDenies},
		{"does not disagree", wiring, "The landlord does not disagree.", StanceAsserts},
		{"the opposite, with the claim's words", wiring, "The landlord says the opposite: the wiring was faulty all along", StanceAsserts},
		// a subject that is nobody negates its clause
		{"nobody has checked", inspected, "Nobody has looked at that wall for a decade", StanceDenies},
		// a thing still going on denies that it ended; one that tells the end agrees
		{"still burning", blaze, "Smoke was still pouring from the sheds at noon", StanceDenies},
		{"still burning until put out", blaze, "It was still burning when firemen put it out at dawn", StanceAsserts},
		{"still missing is no going-on", "The search for the crew was called off on Monday", "Two sailors were still missing on Tuesday", StanceAsserts},
		{"continued to", blaze, "Flames continued to rise from the sheds until noon", StanceDenies},
		{"still, no end in the claim", "The blaze destroyed two sheds at the depot", "Smoke was still pouring from the sheds at noon", StanceAsserts},
		// a negated kind that is not the claim's rules out another account: no denial
		{"not an accident", "Arsonists set the warehouse fire on purpose", "It was not an accident.", StanceAsserts},
		{"no coincidence", "Arsonists set the warehouse fire on purpose", "The timing was no coincidence", StanceAsserts},
		{"a kind named in the claim", wiring, "It was not a wiring fault.", StanceDenies},
		// a negation in a pseudo-cleft says what the what-clause is about
		{"what ... was not", "The bank cut its rate by half a point", "What surprised the markets was not the cut itself but how little the bank explained it", StanceAsserts},
		{"not ... but, no cleft", "The fire started in the engine room", "The fire started not in the engine room but on the car deck", StanceDenies},
		// a verdict that it cannot be done denies a goal or forecast; "impossible to say" is none
		{"out of reach", "The bank expects inflation to fall below 20 percent next year", "On these policies that is out of reach", StanceDenies},
		{"unrealistic", "The bank expects inflation to fall below 20 percent next year", "Economists call the target unrealistic", StanceDenies},
		{"impossible to say", "The bank expects inflation to fall below 20 percent next year", "It is impossible to say for now", StanceAsserts},
		// a report named before the verb that denies it
		{"a claim the firm rejected", "The tanker rammed a fishing boat", "an account the shipping company, a Greek firm, rejected", StanceDenies},
		{"dismissed with an object", "The firm reorganised its security team", "According to reports, the firm dismissed three officers", StanceAsserts},
	}
	checkStances(t, cases)
}

// stanceCase is a mention read toward a statement, with the stance it should get.
type stanceCase struct{ name, statement, mention, want string }

func checkStances(t *testing.T, cases []stanceCase) {
	t.Helper()
	for _, c := range cases {
		if got, cue := ReadStance(c.statement, c.mention); got != c.want {
			t.Errorf("%s: %q: %s (%q), want %s", c.name, c.mention, got, cue, c.want)
		}
	}
}
