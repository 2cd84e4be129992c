package ingest

import "testing"

// A .txt whose second line names its outlet ("Quay repairs delayed" / "Harbour Gazette")
// imported with no outlet. The line under the headline is the outlet when it reads like
// one; it is not when it is the story's first sentence, a person's name, a byline or a
// dateline. The texts are written for this test.
func TestOutletOnTheLineUnderTheTitle(t *testing.T) {
	const story = "Repairs to the north quay in Corvale will take two more months, the port office said on Tuesday.\n"
	tests := []struct {
		name, text, outlet, date, byline string
	}{
		{name: "a medium's name on line 2", text: "Quay repairs delayed\nHarbour Gazette\n\n" + story, outlet: "Harbour Gazette"},
		{name: "after a blank line", text: "Quay repairs delayed\n\nHarbour Gazette\n\n" + story, outlet: "Harbour Gazette"},
		{name: "straight into the story", text: "Quay repairs delayed\nThe Corvale Weekly\n" + story, outlet: "The Corvale Weekly"},
		{name: "then a date line", text: "Quay repairs delayed\nRadio Corvale\n12 March 2026\n\n" + story, outlet: "Radio Corvale", date: "2026-03-12"},
		{name: "after a date line", text: "Quay repairs delayed\nMarch 12, 2026\nHarbour Gazette\n\n" + story, outlet: "Harbour Gazette", date: "2026-03-12"},
		{name: "after a byline", text: "Quay repairs delayed\nBy Maren Holt\nHarbour Gazette\n\n" + story, outlet: "Harbour Gazette", byline: "Maren Holt"},
		{name: "a known agency alone", text: "Quay repairs delayed\nREUTERS\n\n" + story, outlet: "Reuters"},
		{name: "a local station", text: "Quay repairs delayed\nKestrel FM | 12 March 2026, 09:00\n\n" + story, outlet: "Kestrel FM", date: "2026-03-12T09:00"},
		{name: "a local paper", text: "Quay repairs delayed\n\nMirefield Echo\n\n" + story, outlet: "Mirefield Echo"},
		{name: "in capitals", text: "Quay repairs delayed\nHARBOUR GAZETTE\n\n" + story, outlet: "HARBOUR GAZETTE"},
		// uxwalk4: "Valley Courier, April 17, 2026" under the byline, "Radio Meridian, April
		// 16, 2026" under the headline, both imported with no outlet and no date
		{name: "a medium's name, a comma, the date", text: "Quay repairs delayed\n\nHarbour Gazette, March 12, 2026\n\n" + story, outlet: "Harbour Gazette", date: "2026-03-12"},
		{name: "the same after a byline", text: "Quay repairs delayed\n\nBy Maren Holt\n\nKestrel FM, 12 March 2026\n\n" + story, outlet: "Kestrel FM", date: "2026-03-12", byline: "Maren Holt"},

		{name: "the first sentence", text: "Quay repairs delayed\n" + story},
		{name: "a short first sentence", text: "Quay repairs delayed\nThe Harbour Post Closed.\n" + story},
		{name: "a capitalised subhead with a comma", text: "Quay repairs delayed\nDaily Ferries Cut, Port Says\n\n" + story},
		{name: "a subhead in title case", text: "Quay Repairs Delayed\nFerry Times Change From Monday Onwards\n\n" + story},
		{name: "a person's name", text: "Quay repairs delayed\nMaren Holt\n\n" + story},
		{name: "a byline", text: "Quay repairs delayed\nBy Maren Holt\n\n" + story, byline: "Maren Holt"},
		{name: "a dateline", text: "Quay repairs delayed\nCORVALE, March 12, 2026 — " + story, date: "2026-03-12"},
		{name: "a medium's name below the first sentence", text: "Quay repairs delayed\n" + story + "Harbour Gazette\n\nMore follows."},
		{name: "a lower-case line", text: "Quay repairs delayed\nharbour gazette\n\n" + story},
		{name: "a place, a comma, a date", text: "Quay repairs delayed\nCorvale, March 12, 2026\n\n" + story},
		{name: "a person, a comma, a date", text: "Quay repairs delayed\nMaren Holt, March 12, 2026\n\n" + story},
		// ratk15: a street, square or park named after a medium is a place: "Times Square,
		// March 12, 2026" made a source "Times Square" and gave it the article
		{name: "a square, a comma, a date", text: "Quay repairs delayed\nTimes Square, March 12, 2026\n\n" + story},
		{name: "a street, a comma, a date", text: "Quay repairs delayed\nGazette Street, March 12, 2026\n\n" + story},
		{name: "a park alone", text: "Quay repairs delayed\nEcho Park\n\n" + story},
	}
	for _, tt := range tests {
		a := ParsePlainText(Normalize(tt.text))
		if a.Outlet != tt.outlet || a.PublishedAt != tt.date || a.Byline != tt.byline {
			t.Errorf("%s: outlet %q, date %q, byline %q; want %q, %q, %q", tt.name, a.Outlet, a.PublishedAt, a.Byline, tt.outlet, tt.date, tt.byline)
		}
	}
}
