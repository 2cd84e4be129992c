package ingest

import "testing"

// Attacks on the outlet read from the line under the headline (ratk5). Texts written for
// this test.
func TestOutletLineAttacks(t *testing.T) {
	const story = "Repairs to the north quay in Corvale will take two more months, the port office said on Tuesday.\n"
	tests := []struct{ name, text, outlet string }{
		{"section label World News", "Quay repairs delayed\nWorld News\n\n" + story, ""},
		{"section label Local News", "Quay repairs delayed\nLocal News\n\n" + story, ""},
		{"section label Breaking News", "Quay repairs delayed\nBreaking News\n\n" + story, ""},
		{"section label Opinion", "Quay repairs delayed\nOpinion\n\n" + story, ""},
		{"section label Business", "Quay repairs delayed\nBusiness\n\n" + story, ""},
		{"headline second line", "Quay repairs delayed as\nRadio Masts Go Up\n\n" + story, ""},
		{"headline second line 2", "Storm closes the port\nAs Daily Ferries Wait\n\n" + story, ""},
		{"person's name", "Quay repairs delayed\nIvo Brandt\n\n" + story, ""},
		{"dateline alone", "Quay repairs delayed\nCORVALE\n\n" + story, ""},
		{"dateline with medium", "Quay repairs delayed\nCORVALE (Harbour Gazette)\n\n" + story, ""},
		{"first sentence short", "Quay repairs delayed\nThe Daily Ferry Stopped\n\n" + story, ""},
		{"another script medium (not read: lower-case second word; blank, not wrong)", "Ремонт причала\nПортовая газета\n\n" + story, ""},
		{"another script person", "Ремонт причала\nИван Петров\n\n" + story, ""},
		{"Greek outlet", "Επισκευές\nΕφημερίδα Λιμάνι\n\n" + story, ""},
		{"star in a headline", "Quay repairs delayed\nStar Striker Injured\n\n" + story, ""},
		{"real-shaped outlet", "Quay repairs delayed\nCorvale Evening Post\n\n" + story, "Corvale Evening Post"},
	}
	for _, tt := range tests {
		a := ParsePlainText(Normalize(tt.text))
		if a.Outlet != tt.outlet {
			t.Errorf("%s: outlet %q, want %q (title %q)", tt.name, a.Outlet, tt.outlet, a.Title)
		}
	}
}
