package suggest

import "testing"

// The line under the title that the import read as the outlet ("Valley
// Courier, April 17, 2026" in the Corvale walk) is the outlet, an
// organisation, wherever the article names it: the suggester does not
// contradict the import (the model read "Marsh Courier" as a person). The
// outlet-and-date line itself gives no suggestion (r17walk6,
// TestTheOutletAndDateLineTheImportReadIsNoSuggestion); the story's mention
// is the organisation.
func TestTheOutletTheImportReadIsAnOrganisation(t *testing.T) {
	const text = "Ferry fares to rise\n\nBy Ana Pell\n\nMarsh Courier, May 3, 2026\n\n" +
		"The harbour board raised fares on Monday, Marsh Courier has learned.\n"
	ss := Default().Suggest(Document{Text: text, PublishedAt: "2026-05-03", Outlet: "Marsh Courier"})
	if got := typeOf(ss, text, "Marsh Courier", 0); got != "" {
		t.Errorf("the outlet-and-date line: %q, want no suggestion", got)
	}
	for _, n := range []int{1} {
		if got := typeOf(ss, text, "Marsh Courier", nthIndex(text, "Marsh Courier", n)); got != TypeOrganisation {
			t.Errorf("mention %d of the outlet: %q, want organisation", n, got)
		}
	}
}
