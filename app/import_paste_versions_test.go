package app

import "testing"

// The same wire story pasted from three outlets is three articles, not three versions of
// one: every paste used to be stored under the one "file name" "pasted text", so a similar
// text became the next version of the last paste, the analyst's claim mentions were copied
// into the other outlets' copies, and the earlier copies dropped out of the proposals
// (which read newest versions only). Invented story.
func TestPastedWireCopiesAreSeparateArticles(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	const story = "Customs officers seized about 2,400 kilograms of cocaine at the port of Veltra on Monday, the agency reported."
	for _, outlet := range []string{"Delta Daily", "Gamma Gazette", "Third Times"} {
		sum, err := svc.Import.ImportPasted(PastedArticle{Title: "Veltra seizure", Outlet: outlet, PublishedAt: "2026-03-03",
			Body: story + "\n\nPort traffic was normal, " + outlet + " was told.\n"})
		if err != nil {
			t.Fatal(err)
		}
		o := sum.Items[0]
		if o.Status != StatusImported || o.Version > 1 || o.PreviousVersionID != 0 {
			t.Errorf("the paste from %s: %s, version %d of article %d; want a new article", outlet, o.Status, o.Version, o.PreviousVersionID)
		}
	}
	// a paste the analyst declares a version, or with the same URL, still is one
	sum, err := svc.Import.ImportPasted(PastedArticle{Title: "Veltra seizure", Outlet: "Third Times", URL: "https://third.example/veltra",
		Body: story + "\n\nPort traffic was normal, the port said.\n"})
	if err != nil {
		t.Fatal(err)
	}
	sum, err = svc.Import.ImportPasted(PastedArticle{Title: "Veltra seizure (updated)", Outlet: "Third Times", URL: "https://third.example/veltra",
		Body: story + "\n\nPort traffic was normal, the port said on Tuesday.\n"})
	if err != nil || sum.Items[0].Status != StatusVersion {
		t.Errorf("the same URL pasted again with a revised text: %+v %v; want a version", sum.Items, err)
	}
}
