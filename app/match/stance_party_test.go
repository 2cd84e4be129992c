package match

import "testing"

// A party that denies its own part ("The rebels denied shelling the town", "The navy
// denied that its frigate had rammed the trawler") says nothing of a claim that someone
// else did it; it denies a claim about itself, or one that names no one else. Sentences
// written for this test.
func TestReadStanceDenialOfOwnPart(t *testing.T) {
	const shelled = "Government artillery shelled the town of Ebor on Monday"
	const rammed = "A Liberian tanker rammed the trawler off Cape Wend"
	const blocked = "Striking dockers blocked the harbour road on Friday"
	const crossed = "Two Freedonian patrol boats crossed the river border on Friday"
	checkStances(t, []stanceCase{
		{"gerund, another party", shelled, "The rebels denied shelling Ebor on Monday", StanceAsserts},
		{"its, another party", rammed, "The navy denied that its frigate had rammed the trawler", StanceAsserts},
		{"their members, another party", blocked, "The hauliers' association denied that its members blocked the harbour road", StanceAsserts},
		// the party the claim names, or one the sentence does not set apart, still denies
		{"gerund, the same party", shelled, "The government denied that its artillery shelled Ebor", StanceDenies},
		{"its, the same party", rammed, "The tanker's owner denied that its tanker had rammed the trawler", StanceDenies},
		{"the same country", crossed, "Freedonia denied that its boats had crossed the river border", StanceDenies},
		{"an explicit subject", blocked, "The port denied that striking dockers blocked the harbour road", StanceDenies},
		{"the company for the firm named", "Andes Copper polluted the river", "The company denied polluting the river", StanceDenies},
		{"no denier in the mention", rammed, "denied that its frigate had rammed the trawler", StanceDenies},
		{"a passive", blocked, "The union denied that the harbour road was blocked by its members", StanceDenies},
		// the claim itself a denial of one party's part: a mention that another party did it
		// does not deny it
		{"negative claim", "The rebels denied shelling Ebor on Monday", shelled, StanceAsserts},
	})
}
