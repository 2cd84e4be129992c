package ingest

import "testing"

// uxwalk3 finding 9: a plain-text file saved from a paper may open with the paper's
// masthead ("Drevna Observer") above the headline; it was taken as the title and the
// outlet stayed unknown. A first line that names a medium, followed by a line that reads
// like a title, is the masthead: the outlet, with the title from the next line. The texts
// are written for this test.
func TestMastheadOnTheFirstLine(t *testing.T) {
	const story = "Ferry crews at the south pier stopped work for two hours on Monday over a pay dispute, the port office said.\n"
	tests := []struct {
		name, text, title, outlet, body string
	}{
		{name: "a medium's name, then the headline", text: "Lantern Bay Herald\n\nFerry crews walk out at the south pier\n\n" + story,
			title: "Ferry crews walk out at the south pier", outlet: "Lantern Bay Herald", body: story},
		{name: "no blank lines", text: "The Pier Weekly\nFerry crews walk out at the south pier\n" + story,
			title: "Ferry crews walk out at the south pier", outlet: "The Pier Weekly", body: story},
		{name: "a known agency", text: "REUTERS\n\nFerry crews walk out at the south pier\n\n" + story,
			title: "Ferry crews walk out at the south pier", outlet: "Reuters", body: story},
		{name: "then a byline", text: "Lantern Bay Herald\n\nFerry crews walk out at the south pier\n\nBy Ivo Marsh\n\n" + story,
			title: "Ferry crews walk out at the south pier", outlet: "Lantern Bay Herald", body: "By Ivo Marsh\n\n" + story},

		// not a masthead: the first line is the headline
		{name: "a headline, then the outlet", text: "Ferry crews walk out\nLantern Bay Herald\n\n" + story,
			title: "Ferry crews walk out", outlet: "Lantern Bay Herald", body: "Lantern Bay Herald\n\n" + story},
		{name: "a headline with a medium's word", text: "Pier Radio Masts Taken Down\n\n" + story,
			title: "Pier Radio Masts Taken Down", body: story},
		{name: "a medium's name, then the story", text: "Lantern Bay Herald\n\n" + story,
			title: "Lantern Bay Herald", body: story},
		{name: "a medium's name, then a byline", text: "Lantern Bay Herald\n\nBy Ivo Marsh\n\n" + story,
			title: "Lantern Bay Herald", body: "By Ivo Marsh\n\n" + story},
		{name: "a medium's name, then a date", text: "Lantern Bay Herald\n\n14 March 2026\n\n" + story,
			title: "Lantern Bay Herald", body: "14 March 2026\n\n" + story},
		{name: "a person's name, then a headline", text: "Ivo Marsh\n\nFerry crews walk out at the south pier\n\n" + story,
			title: "Ivo Marsh", body: "Ferry crews walk out at the south pier\n\n" + story},
	}
	for _, tc := range tests {
		a := ParsePlainText(tc.text)
		if a.Title != tc.title || a.Outlet != tc.outlet || a.Body+"\n" != tc.body {
			t.Errorf("%s: title %q outlet %q body %q; want %q, %q, %q", tc.name, a.Title, a.Outlet, a.Body, tc.title, tc.outlet, tc.body)
		}
	}
}
