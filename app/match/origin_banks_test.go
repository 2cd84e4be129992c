package match

import "testing"

// An article written for this test (invented bank, people and figures): a central bank is
// its own origin, apart from its government; its governor, its initials and "the bank"
// speak for it; a source tied to no body is the outlet's own reporting; a person's title
// that names their firm by what it is; data "showed" by whose data it is.
const bankArticle = `ACCRA, March 3 (Reuters) - The Central Bank of Ghana (CBG) raised its main rate to 31% on Tuesday, CBG Governor Kofi Mensah told reporters.

Mensah said the decision was unanimous. Two members voted to hold, a person familiar with the vote told Reuters.

He dismissed reports that the bank would let the cedi fall.

Reserves stood at about $9 billion, central bank data showed.

The finance ministry said it supported the decision.

Volta Capital published its own survey of factory loans on Monday. "Factories will close," said Ama Boateng, the firm's chief economist.

The governor of Ashanti Region said farmers would be spared.

Analysts at Accra-based Volta Capital say the survey understates food prices.`

func TestReadOriginCentralBank(t *testing.T) {
	bank := "Central Bank of Ghana"
	cases := []struct{ needle, root, kind string }{
		{"raised its main rate to 31% on Tuesday", bank, "organisation"},
		{"the decision was unanimous", bank, "organisation"}, // the governor, named before
		{"He dismissed reports that the bank would let the cedi fall", bank, "organisation"},
		{"Reserves stood at about $9 billion", bank, "organisation"},         // "central bank data showed"
		{"Two members voted to hold", "Reuters", "outlet"},                   // a person familiar with the vote
		{"it supported the decision", GovernmentName("Ghana"), "government"}, // the ministry is the government's
		{"Factories will close", "Volta Capital", "organisation"},
		{"the survey understates food prices", "Volta Capital", "organisation"}, // not "Accra-based Volta Capital"
		{"farmers would be spared", GovernmentName("Ghana"), "government"},      // a regional governor is no banker
	}
	for _, c := range cases {
		s, e := offsetsOf(t, bankArticle, c.needle)
		if o := ReadOrigin(bankArticle, s, e, "Reuters"); o.Root != c.root || o.RootKind != c.kind {
			t.Errorf("%q: root %q (%s, cue %q), want %q (%s)", c.needle, o.Root, o.RootKind, o.Cue, c.root, c.kind)
		}
	}
	// an article with no central bank: "the bank" and "the governor" are no central bank
	const other = `LAGOS, May 2 (Reuters) - Governor Ade Bello said the road would reopen. The bank said loans were safe.`
	for _, needle := range []string{"the road would reopen", "loans were safe"} {
		s, e := offsetsOf(t, other, needle)
		if o := ReadOrigin(other, s, e, "Reuters"); len(o.Root) > 12 && o.Root[:12] == "Central Bank" {
			t.Errorf("%q: read as %q", needle, o.Root)
		}
	}
}
