package app

import "testing"

// A paste whose text holds another article's web address alone on a line is stored as a
// new version of that article (ReadPaste takes the line as the URL): the result names
// the article it follows, so the window can say "version 2 of …" and not "imported"
// (ratk14, found and left). Invented story.
func TestPasteThatBecomesAVersionNamesTheArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	first, err := svc.Import.ImportPasted(PastedArticle{Title: "Ferry service to Ostrel resumes", Outlet: "Coast Courier",
		URL: "https://coast.example/ferry-ostrel", PublishedAt: "2026-02-10",
		Body: "The ferry to Ostrel sailed again on Tuesday after a week of storms, the operator said.\n\nTwo crossings a day are planned.\n"})
	if err != nil || first.Items[0].Status != StatusImported {
		t.Fatalf("first paste: %+v %v", first, err)
	}
	read, err := svc.Import.ReadPaste("Ostrel ferry back on schedule\n\nhttps://coast.example/ferry-ostrel\n\n"+
		"The ferry to Ostrel sailed again on Tuesday after a week of storms, the operator said.\n\nThree crossings a day are planned from March.\n", "")
	if err != nil || read.URL != "https://coast.example/ferry-ostrel" {
		t.Fatalf("the address alone on a line is the URL: %+v %v", read, err)
	}
	sum, err := svc.Import.ImportPasted(read)
	if err != nil {
		t.Fatal(err)
	}
	o := sum.Items[0]
	if o.Status != StatusVersion || o.Version != 2 || o.PreviousVersionID != first.Items[0].ArticleID {
		t.Fatalf("the second paste: %+v; want version 2 of article %d", o, first.Items[0].ArticleID)
	}
	if o.PreviousTitle != "Ferry service to Ostrel resumes" {
		t.Errorf("the version names the article it follows as %q; want “Ferry service to Ostrel resumes”", o.PreviousTitle)
	}
}
