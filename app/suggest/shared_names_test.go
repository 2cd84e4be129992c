package suggest

import "testing"

// A bare "Congo" is read by its context, not always as ISO's Republic of the Congo.
func TestSharedNameReadByContext(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Aid convoys reached eastern Congo on Tuesday after fighting near Goma eased, officials in Kinshasa said.", "Democratic Republic of the Congo"},
		{"Talks opened in Brazzaville, where Congo's government hosted delegates from Gabon.", "Republic of the Congo"},
		{"Congo will host the regional football final next spring.", "Democratic Republic of the Congo"},
	} {
		got := ""
		for _, s := range Default().Suggest(Document{Text: c.text}) {
			if s.Quote == "Congo" && s.Type == TypePlace {
				got = s.EntityName
			}
		}
		if got != c.want {
			t.Errorf("%q: Congo read as %q, want %q", c.text, got, c.want)
		}
	}
}
