package match

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Denials and doubts in other words, and look-alikes that assert (branch r14deny), on
// sentences written for this test (none taken from a bench case or a story).

// A verdict on a report denies it only as the report's predicate ("the story is a myth",
// "called the figures a fiction", "dismissed the footage as propaganda", "the estimate was
// grossly inflated", "talk of a merger is premature"), never as a word before a noun ("a
// false start", "the wrong platform", "a premature birth", "propaganda posters").
func TestReadStanceVerdictOnAReport(t *testing.T) {
	const flood = "The river flooded the old town overnight"
	const toll = "Ninety people died in the earthquake"
	const merger = "The two banks have agreed to merge"
	checkStances(t, []stanceCase{
		{"a myth", flood, "The story of the old town under water is a myth, the mayor said", StanceDenies},
		{"called a fiction", toll, "The governor called the toll of ninety dead a fiction", StanceDenies},
		{"dismissed as propaganda", flood, "Officials dismissed the pictures of the flooded old town as propaganda", StanceDenies},
		{"grossly inflated", toll, "The ministry said the figure of ninety dead was grossly inflated", StanceDenies},
		{"wildly overstated", toll, "The toll given by the aid group is wildly overstated", StanceDenies},
		{"premature", merger, "Talk of a merger between the two banks is premature", StanceDenies},
		{"absurd", flood, "The suggestion that the river flooded the old town is absurd", StanceDenies},
		{"far from the truth", toll, "The figure of ninety dead is far from the truth", StanceDenies},
		{"no basis", flood, "Officials said the report of a flood in the old town had no basis", StanceDenies},
		{"without foundation", flood, "Reports that the river flooded the old town are without foundation", StanceDenies},
		// before a noun, or not about a report: no verdict
		{"a false alarm", flood, "Residents of the old town fled after a false flood warning", StanceAsserts},
		{"the wrong road", flood, "Rescuers took the wrong road and reached the flooded old town at dawn", StanceAsserts},
		{"absurd levels", flood, "The river rose to absurd levels and flooded the old town", StanceAsserts},
		{"propaganda posters", flood, "Propaganda posters were washed away when the river flooded the old town", StanceAsserts},
		{"a fiction about", flood, "The novel, a fiction about the night the river flooded the old town, sold well", StanceAsserts},
		// the verdicts read before this branch still deny
		{"a complete fabrication", flood, "The account of the flood in the old town is a complete fabrication", StanceDenies},
		{"called baseless", flood, "The mayor called the report that the river flooded the old town baseless", StanceDenies},
	})
}

// A refusal told with a verb of several words ("brushed aside", "laughed off", "poured
// cold water on", "shot down", "scotched") denies a claim when what it takes is one (a
// report noun, an idea, a "that" clause), as "rejected" does; taking a thing, it tells an
// act ("shot down a drone", "brushed aside the barrier").
func TestReadStancePhrasalRefusal(t *testing.T) {
	const sale = "The airline will be sold to a rival"
	checkStances(t, []stanceCase{
		{"brushed aside reports", sale, "The board brushed aside reports that the airline would be sold", StanceDenies},
		{"laughed off suggestions", sale, "The chairman laughed off suggestions of a sale to a rival", StanceDenies},
		{"poured cold water on", sale, "The minister poured cold water on talk that the airline will be sold", StanceDenies},
		{"shot down the idea", sale, "The chief executive shot down the idea of selling the airline", StanceDenies},
		{"scotched rumours", sale, "The owners scotched rumours that the airline would be sold to a rival", StanceDenies},
		{"waved away", sale, "She waved away questions about a sale of the airline", StanceDenies},
		// acts on things
		{"shot down a plane", "A drone was downed near the airport", "Soldiers shot down a drone near the airport", StanceAsserts},
		{"brushed aside a barrier", "The crowd reached the airport terminal", "The crowd brushed aside a barrier and reached the airport terminal", StanceAsserts},
		{"poured cold water on a fire", "The fire at the airport hangar was still burning", "Crews poured cold water on the burning airport hangar", StanceAsserts},
		// negated: no denial
		{"did not brush aside", sale, "The board did not brush aside reports that the airline would be sold", StanceAsserts},
	})
}

// Doubt and lack of confirmation in other words: "it is doubtful / unlikely that", "hard to
// square with", "questions remain over whether", "treated the report with caution", "no
// other source has corroborated". A doubt about something else ("doubtful for the next
// match", "unlikely to reopen", "treat the road with caution") is none.
func TestReadStanceDoubtInOtherWords(t *testing.T) {
	const sank = "The ferry sank because it was overloaded"
	checkStances(t, []stanceCase{
		{"doubtful that", sank, "It is doubtful that the ferry was overloaded when it sank", StanceDoubts},
		{"unlikely that", sank, "Investigators said it was unlikely that overloading sank the ferry", StanceDoubts},
		{"hard to square", sank, "The owner's account is hard to square with the ferry's overloaded deck", StanceDoubts},
		{"questions remain over whether", sank, "Questions remain over whether the ferry was overloaded", StanceDoubts},
		{"treated with caution", sank, "Divers treated the reports of an overloaded ferry with caution", StanceDoubts},
		{"not corroborated", sank, "No other witness has corroborated the account that the ferry was overloaded", StanceUnconfirmed},
		{"could not corroborate", sank, "The agency could not corroborate that the ferry sank because it was overloaded", StanceUnconfirmed},
		// doubts about something else
		{"unlikely to", sank, "The ferry sank because it was overloaded and is unlikely to be raised", StanceAsserts},
		{"doubtful for", sank, "The captain, doubtful for the inquiry, said the ferry sank because it was overloaded", StanceAsserts},
		{"treat with caution", sank, "The ferry sank because it was overloaded; sailors were urged to treat the strait with caution", StanceAsserts},
		{"questions over who", sank, "The ferry sank because it was overloaded, and questions remain over who will pay", StanceAsserts},
		{"corroborated", sank, "Survivors corroborated the account that the ferry sank because it was overloaded", StanceAsserts},
	})
}

// "Denied" that refuses someone a thing ("was denied bail", "were denied entry", "denied
// him a visa") tells an act, not a denial of a claim; a denial inside a relative clause
// bears on that clause only ("The mayor, who denies any wrongdoing, signed the lease");
// a denial called a lie is asserted.
func TestReadStanceDeniedAsAnAct(t *testing.T) {
	const held = "The reporter was held at the border crossing"
	const lease = "The mayor signed the lease in May"
	checkStances(t, []stanceCase{
		{"denied entry", held, "The reporter was denied entry and held at the border crossing", StanceAsserts},
		{"denied bail", "The driver was held in custody", "The driver was denied bail and held in custody", StanceAsserts},
		{"denied him a visa", held, "The guards denied him a visa and held the reporter at the border crossing", StanceAsserts},
		{"who denies", lease, "The mayor, who denies any wrongdoing, signed the lease in May", StanceAsserts},
		{"who had dismissed reports", lease, "The mayor, who had dismissed early reports of a scandal, signed the lease in May", StanceAsserts},
		{"denial called a lie", lease, "The opposition called the mayor's denial that he signed the lease in May a lie", StanceAsserts},
		// still denials
		{"denied that", held, "The border police denied that the reporter was held at the crossing", StanceDenies},
		{"who denied that", lease, "The mayor, who denied that he signed the lease, spoke on Monday", StanceDenies},
		{"was denied by", lease, "Reports that the mayor signed the lease in May were denied by his office", StanceDenies},
	})
}

// A report said not to hold is denied: "the theory does not hold water", "the account was
// not accurate", "the story does not stand up"; "did not ... until" says when it happened,
// not that it did not ("the shops did not open until noon").
func TestReadStanceReportNotValid(t *testing.T) {
	const spill = "The tanker leaked oil into the bay"
	checkStances(t, []stanceCase{
		{"does not hold water", spill, "The theory that the tanker leaked oil into the bay does not hold water", StanceDenies},
		{"not accurate", spill, "The coast guard said the account given by the fishermen was not accurate", StanceDenies},
		{"does not stand up", spill, "The story of a leak from the tanker simply does not stand up", StanceDenies},
		{"not true", spill, "Reports that the tanker leaked oil are not true, the owners said", StanceDenies},
		// the report as the subject of something else
		{"did not surprise", spill, "The news that the tanker leaked oil into the bay did not surprise the fishermen", StanceAsserts},
		{"not until", "The tanker reached the port at noon", "The tanker did not reach the port until noon", StanceAsserts},
		{"not until, a report", "The coast guard learned of the leak at noon", "The report of the leak did not reach the coast guard until noon", StanceAsserts},
	})
}

// Refusing criticism of a finding asserts the finding ("rejected criticism of her
// finding that", "dismissed doubts about the figure").
func TestReadStanceRefusedCriticism(t *testing.T) {
	const rise = "Sea levels in the bay have risen by 20 cm"
	checkStances(t, []stanceCase{
		{"rejected criticism", rise, "The scientist rejected criticism of her finding that sea levels in the bay had risen by 20 cm", StanceAsserts},
		{"dismissed doubts", rise, "The agency dismissed doubts about its figure of a 20 cm rise in the bay", StanceAsserts},
		{"rejected the finding", rise, "The council rejected the finding that sea levels in the bay had risen by 20 cm", StanceDenies},
	})
}

// A frame around a mention bears on it only when what it denies is the mention's: "the
// minister said rumours of a takeover were untrue, adding that <the plant will close>"
// asserts the closure; "the ministry rejected reports that <mention>" denies it.
func TestReadStanceInTextFrameOfAnotherReport(t *testing.T) {
	const text = "Rumours of a takeover were untrue, the minister said, adding that the mill will close in June. " +
		"The owners rejected reports that the mill will close in June."
	cases := []struct{ needle, from, want string }{
		{"the mill will close in June", "adding that ", StanceAsserts},
		{"the mill will close in June", "reports that ", StanceDenies},
	}
	for _, c := range cases {
		at := strings.Index(text, c.from+c.needle) + len(c.from)
		s := utf8.RuneCountInString(text[:at])
		e := s + utf8.RuneCountInString(c.needle)
		if got, cue := ReadStanceInText("The mill will close in June.", text, s, e); got != c.want {
			t.Errorf("after %q: %s (%q), want %s", c.from, got, cue, c.want)
		}
	}
}

// The look-alike guards keep the denials main read: a verdict after "be" or "as" before a
// noun ("were a false alarm", "as a false report"), a relative clause's denial of the
// charges when the main clause does not state the claim ("who denies the charges, appeared
// in court"). Verdicts with another sense besides falsity ("inflated", "absurd",
// "propaganda") deny only what is named as a report or talk.
func TestReadStanceGuardsKeepDenials(t *testing.T) {
	const fire = "There was a fire at the fuel depot"
	const bribes = "The minister took bribes from the builder"
	checkStances(t, []stanceCase{
		{"were a false alarm", fire, "Reports of a fire at the fuel depot were a false alarm", StanceDenies},
		{"as a false report", fire, "The operator described the account of a fire at the depot as a false report", StanceDenies},
		{"who denies the charges", bribes, "The minister, who denies the charges, appeared in court on Monday", StanceDenies},
		{"dismissed criticism that", "The rescue was slow", "The mayor dismissed criticism that the rescue was slow", StanceDenies},
		{"denied, with a doubt after", "Soldiers fired on the crowd", "The army denied that soldiers fired on the crowd, saying it was unlikely that anyone was hit", StanceDenies},
		// other senses
		{"inflated by", "Prices at the market rose after the storm", "Prices at the market were inflated by the storm", StanceAsserts},
		{"absurd rents", "Rents in the city doubled", "Rents in the city are absurd, tenants say", StanceAsserts},
		{"propaganda parade", "A parade was held in the capital", "The parade in the capital was propaganda for the regime", StanceAsserts},
	})
}
