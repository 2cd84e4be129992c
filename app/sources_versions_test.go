package app

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
)

// The sources list and the sources CSV said how many articles a source is the outlet of by
// counting article rows: a story imported again after it changed (a new version row) counted
// twice. They read v_article_stories now, as v_claims and v_entities do: one story, one.
func TestSourceCountsVersionsOfOneStoryOnce(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	const dateline = "DUNMORE, May 4 (Reuters) - "
	head, body, _ := strings.Cut(ferryStory, "\n\n")
	path := writeFile(t, filepath.Join(root, "ferry.txt"), head+"\n\n"+dateline+body)
	importOne(t, s, path, ImportOptions{})
	rhead, rbody, _ := strings.Cut(ferryRevised, "\n\n")
	if v := importOne(t, s, writeFile(t, path, rhead+"\n\n"+dateline+rbody), ImportOptions{}); v.Status != StatusVersion {
		t.Fatalf("revision: %+v, want a new version", v)
	}
	other := writeFile(t, filepath.Join(root, "bridge.txt"), "Bridge reopens\n\nDUNMORE, May 5 (Reuters) - "+bridgeStory)
	importOne(t, s, other, ImportOptions{})

	list, err := s.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	var got int64 = -1
	for _, src := range list {
		if src.Name == "Reuters" {
			got = src.Articles
		}
	}
	if got != 2 {
		t.Errorf("sources list: Reuters is the outlet of %d articles, want 2 (one story in two versions, and another story); list %+v", got, list)
	}

	res, err := s.Export.Export(ExportOptions{What: "sources", Format: "csv"})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(res.Content)).ReadAll()
	if err != nil || len(rows) < 2 {
		t.Fatalf("sources CSV: %v %q", err, res.Content)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	found := false
	for _, r := range rows[1:] {
		if r[col["name"]] == "Reuters" {
			found = true
			if r[col["articles"]] != "2" {
				t.Errorf("sources CSV: Reuters articles = %s, want 2", r[col["articles"]])
			}
		}
	}
	if !found {
		t.Errorf("sources CSV has no Reuters row: %q", res.Content)
	}
}
