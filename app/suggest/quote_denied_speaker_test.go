package suggest

import "testing"

// A quote right after another one continues its speaker only when its own
// sentence names no other: "\"Mr Olsen did not say that,\" a company
// statement said." after Olsen's quote is the statement's, not Olsen's (the
// Corvale walk's "Ms Kiel did not say that").
func TestAQuoteWithItsOwnUnnamedSpeakerDoesNotContinueThePreviousOne(t *testing.T) {
	const text = "Dairy rejects invoice claims\n\n" +
		"\"We paid every invoice on time,\" spokesman Piet Olsen said. \"Mr Olsen did not say that,\" a company statement said later.\n"
	var quotes []Suggestion
	for _, s := range Default().Suggest(Document{Text: text}) {
		if s.Type == TypeQuote {
			quotes = append(quotes, s)
		}
	}
	if len(quotes) != 2 {
		t.Fatalf("%d quotes, want 2: %+v", len(quotes), quotes)
	}
	if quotes[0].Speaker != "Piet Olsen" {
		t.Errorf("%q: speaker %q, want Piet Olsen", quotes[0].Quote, quotes[0].Speaker)
	}
	if quotes[1].Speaker == "Piet Olsen" {
		t.Errorf("%q: speaker %q, the man it says did not say it", quotes[1].Quote, quotes[1].Speaker)
	}
}
