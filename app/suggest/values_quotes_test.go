package suggest

import "testing"

// "a day later" is when, not a count; a quote keeps the comma before its closing mark,
// as the seed gold set marks quotes (`"..., nothing more," the chairman said`).
func TestADayIsNoFigureAndQuotesKeepTheirComma(t *testing.T) {
	const text = "The regulator wrote a day later that the figures stood. \"We will appeal, nothing more,\" the chairman said. Output rose by 300 tonnes a week.\n"
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Type == TypeNumber && s.Quote == "a day" {
			t.Errorf("%q suggested as a number", s.Quote)
		}
		if s.Type == TypeQuote && s.Quote != "We will appeal, nothing more," {
			t.Errorf("quote %q, want %q", s.Quote, "We will appeal, nothing more,")
		}
	}
	if got := typeOf(Default().Suggest(Document{Text: text}), text, "300", 0); got != TypeNumber {
		t.Errorf("%q: %q, want number", "300", got)
	}
}
