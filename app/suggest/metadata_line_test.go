package suggest

import "testing"

// The line under the title that gives the outlet and the date ("Harrow
// Ledger, March 9, 2026") was read by the import into the article's outlet
// and publication date; proposing its organisation and its date again asks
// the analyst to decide what is already filed (uxwalk5 finding 8). No
// suggestion starts on it; the outlet named in the story is still the
// organisation.
func TestTheOutletAndDateLineTheImportReadIsNoSuggestion(t *testing.T) {
	const text = "Harrow Ledger, March 9, 2026\n\n" +
		"Wheat prices rose for a third week at the Kelby grain market on March 9, a trader told Harrow Ledger.\n"
	ss := Default().Suggest(Document{Text: text, PublishedAt: "2026-03-09", Outlet: "Harrow Ledger"})
	line := len("Harrow Ledger, March 9, 2026")
	for _, s := range ss {
		if s.Start < line {
			t.Errorf("%s %q on the outlet-and-date line", s.Type, s.Quote)
		}
	}
	if got := typeOf(ss, text, "Harrow Ledger", line); got != TypeOrganisation {
		t.Errorf("the outlet in the story: %q, want organisation", got)
	}
	if got := typeOf(ss, text, "March 9", line); got != TypeDate {
		t.Errorf("the date in the story: %q, want date", got)
	}
}

// A guard: a line that names the outlet beside a date the import did not
// read (another day) is no metadata the article holds, and keeps its date.
func TestAnOutletLineWithAnotherDayKeepsTheDate(t *testing.T) {
	const text = "Harrow Ledger, March 2, 2026\n\nWheat prices rose for a third week, a trader said.\n"
	ss := Default().Suggest(Document{Text: text, PublishedAt: "2026-03-09", Outlet: "Harrow Ledger"})
	if got := typeOf(ss, text, "March 2, 2026", 0); got != TypeDate {
		t.Errorf("another day beside the outlet: %q, want date", got)
	}
}
