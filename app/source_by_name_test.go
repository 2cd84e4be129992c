package app

import (
	"errors"
	"strings"
	"testing"
)

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

// A name that only looks different is the same source: full-width letters ("ＲＥＵＴＥＲＳ"),
// a decomposed accent ("Su\u0308ddeutsche" typed on another keyboard), an invisible
// zero-width space, and a different case of a non-ASCII letter ("ÉCHOS", "échos"). Each
// made a second source that reads the same on screen, so an outlet's articles and grade
// split silently between two rows. A name of zero-width characters alone is no name.
func TestSourceNamesThatOnlyLookDifferent(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	text := "Dam holds\n\nLANZHOU, Nov 7 (Reuters) - A dam upstream of the town held after the tremor.\n"
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "dam.txt", Content: b64(text)}}, ImportOptions{})
	if err != nil || len(sum.Items) != 1 || sum.Items[0].ArticleID == 0 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	id := sum.Items[0].ArticleID
	for _, typed := range []string{"ＲＥＵＴＥＲＳ", "Reuters\u200b", "R\u200beuters"} {
		a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: typed})
		if err != nil || a.Source != "Reuters" {
			t.Errorf("outlet %q: source %q, %v; want the workspace's Reuters", typed, a.Source, err)
		}
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "Süddeutsche Zeitung"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "Su\u0308ddeutsche Zeitung"}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("a decomposed ü made a second Süddeutsche Zeitung: %v", err)
	}
	if a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: "SU\u0308DDEUTSCHE ZEITUNG"}); err != nil || a.Source != "Süddeutsche Zeitung" {
		t.Errorf("outlet in capitals with a decomposed Ü: source %q, %v", a.Source, err)
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "Échos du Nord"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "ÉCHOS DU NORD"}); err == nil {
		t.Error("names differing only in the case of É made two sources")
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "\u200b\ufeff"}); err == nil {
		t.Error("a name of zero-width characters was accepted")
	}
	list, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		var ns []string
		for _, s := range list {
			ns = append(ns, s.Name)
		}
		t.Errorf("sources %q, want Reuters, Süddeutsche Zeitung, Échos du Nord", ns)
	}
}

// A source's name is held to what an outlet's name is held to: at most maxOutletLen
// characters, plain text on one line. Create took 10,000 characters and an escape code.
func TestSourceNameLimits(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	if _, err := svc.Sources.Create(SourceInput{Name: strings.Repeat("x", 10000)}); !isInvalid(err) {
		t.Errorf("a 10,000-character name: %v, want invalid", err)
	}
	if _, err := svc.Sources.Create(SourceInput{Name: "Daily\x1b[31m Planet"}); !isInvalid(err) {
		t.Errorf("a name with an escape code: %v, want invalid", err)
	}
	s, err := svc.Sources.Create(SourceInput{Name: "Daily Planet"})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("y", 10000)
	if _, err := svc.Sources.Update(s.ID, SourcePatch{Name: &long}); !isInvalid(err) {
		t.Errorf("renamed to 10,000 characters: %v, want invalid", err)
	}
	if got := sourceNamed(t, svc, "Daily Planet"); got.ID != s.ID {
		t.Errorf("the refused rename changed the source: %+v", got)
	}
}

func isInvalid(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == CodeInvalid
}

// Sources an older build stored (a full-width twin of Reuters, a 300-character name) keep
// their name when only their grade or note is edited: the name rules apply to a name
// being set, so the edit is neither refused for a name it does not touch nor renames.
func TestEditingAnOlderSourceLeavesItsName(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	long := strings.Repeat("z", 300)
	for _, n := range []string{"Reuters", "ＲＥＵＴＥＲＳ", long} {
		if _, err := ws.DB().Exec("INSERT INTO sources (name, kind, reliability, created_at, updated_at) VALUES (?, 'outlet', 'F', 'x', 'x')", n); err != nil {
			t.Fatal(err)
		}
	}
	b := "B"
	for _, n := range []string{"ＲＥＵＴＥＲＳ", long} {
		s := sourceNamed(t, svc, n)
		got, err := svc.Sources.Update(s.ID, SourcePatch{Reliability: &b})
		if err != nil || got.Name != n || got.Reliability != "B" {
			t.Errorf("grading %.20q: %+v %v; want its name kept and B", n, got.Name, err)
		}
	}
	short := "Zed News"
	if got, err := svc.Sources.Update(sourceNamed(t, svc, long).ID, SourcePatch{Name: &short}); err != nil || got.Name != short {
		t.Errorf("renaming the long one: %q %v", got.Name, err)
	}
}

// The article editor sends every field back, the outlet unchanged among them. An article
// whose outlet an older build stored as "ＲＥＵＴＥＲＳ" keeps that source when only its
// byline is edited: the edit does not move it to the workspace's Reuters behind the
// analyst's back.
func TestUnchangedOlderOutletStays(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "dam.txt", Content: b64("Dam holds\n\nLANZHOU, Nov 7 (Reuters) - A dam held after the tremor.\n")}}, ImportOptions{})
	if err != nil || len(sum.Items) != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	id := sum.Items[0].ArticleID
	if _, err := ws.DB().Exec("INSERT INTO sources (name, kind, reliability, created_at, updated_at) VALUES ('ＲＥＵＴＥＲＳ', 'outlet', 'F', 'x', 'x')"); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec("UPDATE articles SET source_id = (SELECT id FROM sources WHERE name = 'ＲＥＵＴＥＲＳ') WHERE id = ?", id); err != nil {
		t.Fatal(err)
	}
	a, err := svc.Articles.Update(id, ArticleUpdate{Outlet: "ＲＥＵＴＥＲＳ", Byline: "Jo Bloggs"})
	if err != nil || a.Source != "ＲＥＵＴＥＲＳ" || a.Byline != "Jo Bloggs" {
		t.Errorf("byline edit: outlet %q byline %q %v; want the outlet kept", a.Source, a.Byline, err)
	}
}

// A record whose source is invisible characters alone is imported without an outlet.
// With names normalised it was rejected by the sources table's CHECK ("conflicts with
// what is stored: constraint failed"), and before that it made a source no one could see.
func TestImportedInvisibleSourceIsNoOutlet(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	jsonl := `{"title":"Crane","body":"The harbour crane lifted forty containers.","source":"\u200b"}` + "\n" +
		`{"title":"Crane two","body":"The harbour crane lifted fifty containers.","source":"\u00ad\ufeff"}` + "\n"
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "cranes.jsonl", Content: b64(jsonl)}}, ImportOptions{})
	if err != nil || sum.Imported != 2 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	for _, it := range sum.Items {
		if a, err := svc.Articles.Get(it.ArticleID); err != nil || a.Source != "" {
			t.Errorf("article %d: outlet %q %v", it.ArticleID, a.Source, err)
		}
	}
	if list, _ := svc.Sources.List(); len(list) != 0 {
		t.Errorf("sources %+v, want none", list)
	}
}
