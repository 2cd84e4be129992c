package match

import "testing"

// Origins the uxwalk4 walk (the Corvale story) read wrong; each article here is written for
// its test, in other words than the walk's.

// A body named first as the object of another body's act ("The harbour authority fined
// Brenmark Shipping") and then bare as a speaker ("Brenmark said") speaks for itself: the
// office word of the body that acted is not its introduction.
func TestReadOriginBodyNamedAsAnotherBodysObject(t *testing.T) {
	cases := []rootCase{
		{"The Port Safety Authority has fined Brenmark Shipping for late cargo papers, officials said on Monday.\n\nBrenmark said in March that its papers were in order.",
			"its papers were in order", "The Quay Gazette", "Brenmark Shipping"},
		{"The ministry warned Tolva Dairies about its labels last year.\n\nTolva said on Friday that the labels had been changed.",
			"the labels had been changed", "The Quay Gazette", "Tolva Dairies"},
		// a person the office word introduces stays the office's
		{"The ministry's spokesman, Aron Vell, spoke first.\n\nVell said on Friday that the labels had been changed.",
			"the labels had been changed", "The Quay Gazette", UnnamedGovernment},
	}
	checkRoots(t, cases)
}

// "the report said" after "a report by the Lindmark Institute": the document the article
// tied to a body is that body's; a document nothing ties to a body is no source's name.
func TestReadOriginDocumentTiedToABody(t *testing.T) {
	cases := []rootCase{
		{"Ferry fares rose by a third, according to a memo from the operator's lender, Osterby Bank, seen by the Gazette.\n\nMost of the rise came in winter, the memo said.",
			"Most of the rise came in winter", "The Quay Gazette", "Osterby Bank"},
		{"Harbour rents doubled in two years, says a note by the Lindmark Institute.\n\nSmall firms were hit hardest, the note said.",
			"Small firms were hit hardest", "The Quay Gazette", "Lindmark Institute"},
	}
	checkRoots(t, cases)
	for _, c := range []rootCase{
		{"Small firms were hit hardest, the note said.", "Small firms were hit hardest", "The Quay Gazette", ""},
		{"Small firms were hit hardest, the memo said.", "Small firms were hit hardest", "The Quay Gazette", ""},
	} {
		if o := readRoot(t, c.text, c.needle, c.outlet); o.Root == "the note" || o.Root == "the memo" {
			t.Errorf("%q: a bare document is a source's name: %q", c.needle, o.Root)
		}
	}
}
