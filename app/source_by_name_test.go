package app

import "testing"

// One name, one source, one kind, whichever path names it: the importer (an outlet read
// from the dateline, an agency the text cites), an edited outlet ("AP" is the Associated
// Press), and undo removes a source the undone change created.
func TestSourcesNamedOneWay(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	text := "Dam holds after tremor\n\nLANZHOU, Nov 7 (Reuters) - A dam upstream of the town held after the tremor, Xinhua news agency reported on Saturday, citing the county's relief office.\n"
	if _, err := svc.Import.ImportFiles([]ImportFile{{Name: "dam.txt", Content: b64(text)}}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	reuters := sourceNamed(t, svc, "Reuters")
	if reuters.Kind != "agency" {
		t.Errorf("an imported Reuters article's outlet has kind %q, want agency (as an edit would give)", reuters.Kind)
	}
	if x := sourceNamed(t, svc, "Xinhua"); x.Kind != "state_media" {
		t.Errorf("the cited Xinhua has kind %q, want state_media", x.Kind)
	}
	other := "Ferry delayed by fog\n\nThe morning ferry left two hours late because of fog, the harbour master said.\n"
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "ferry.txt", Content: b64(other)}}, ImportOptions{})
	if err != nil || len(sum.Items) != 1 || sum.Items[0].ArticleID == 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	id := sum.Items[0].ArticleID
	before, _ := svc.Sources.List()
	a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: "reuters"})
	if err != nil || a.Source != "Reuters" {
		t.Fatalf("outlet typed in lower case: %+v %v", a, err)
	}
	if after, _ := svc.Sources.List(); len(after) != len(before) {
		t.Fatalf("typing an existing outlet made a new source: %d → %d", len(before), len(after))
	}
	if a, err = svc.Articles.Update(id, ArticleUpdate{Outlet: "AP"}); err != nil || a.Source != "Associated Press" {
		t.Fatalf("outlet AP: %+v %v", a, err)
	}
	if ap := sourceNamed(t, svc, "Associated Press"); ap.Kind != "agency" {
		t.Errorf("AP's kind %q", ap.Kind)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	list, _ := svc.Sources.List()
	for _, s := range list {
		if s.Name == "Associated Press" {
			t.Fatalf("undo kept the source the undone edit created: %+v", s)
		}
	}
}
