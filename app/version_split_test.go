package app

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// openFixture copies a workspace file from testdata to a temp folder and opens it.
func openFixture(t *testing.T, name string) (*Workspace, *Services) {
	t.Helper()
	src, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), name)
	dst, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	dst.Close()
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ws.Clock = fixedClock
	t.Cleanup(func() { ws.Close() })
	return ws, NewServices(ws)
}

// testdata/chained-by-name-v7.db was written by the importer before versions needed a
// similar text (main at 61342e1): news/a/001.txt (a ferry story, with a claim mention
// and a person marked), then news/b/001.txt (libraries) and news/c/001.txt (a bridge)
// chained as its versions 2 and 3, each with the ferry story's annotations copied on;
// then a revision of the ferry story as c/001.txt, version 4 after the bridge.
func TestSplitVersionsChainedByName(t *testing.T) {
	ws, s := openFixture(t, "chained-by-name-v7.db")
	suspects, err := s.Import.SuspectVersions()
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]SuspectVersion{}
	for _, v := range suspects {
		got[v.ArticleID] = v
	}
	if len(suspects) != 3 || got[2].PreviousID != 1 || got[3].PreviousID != 2 || got[4].PreviousID != 3 || got[2].Similarity > 0.2 {
		t.Fatalf("suspects: %+v", suspects)
	}
	// Listing changes nothing.
	if vs, _ := s.Import.Versions(2); len(vs) != 4 {
		t.Fatalf("the chain changed by listing: %+v", vs)
	}
	claim, err := s.Claims.List(ClaimFilter{})
	if err != nil || len(claim) != 1 {
		t.Fatalf("claims: %+v %v", claim, err)
	}
	// Chained as versions, the four texts are one article to the claim (versions of one
	// story count once): the copies show in its mentions.
	before, beforeArticles := claim[0].Mentions, claim[0].Articles

	res, err := s.Import.SplitVersion(2)
	if err != nil {
		t.Fatal(err)
	}
	if res.Removed != 2 || res.Kept != 0 || res.Renumbered != 2 {
		t.Errorf("split 2: %+v", res)
	}
	a2 := article(t, s, 2)
	if a2.Version != 1 {
		t.Errorf("article 2 is version %d after the split, want 1", a2.Version)
	}
	if spans, _ := s.Spans.ListForArticle(2, true); len(spans) != 0 {
		t.Errorf("copied annotations left on article 2: %+v", spans)
	}
	if spans, _ := s.Spans.ListForArticle(1, true); len(spans) != 2 {
		t.Errorf("article 1 lost its own annotations: %+v", spans)
	}
	if vs, _ := s.Import.Versions(1); len(vs) != 1 {
		t.Errorf("article 1 still has %d versions", len(vs))
	}
	if vs, _ := s.Import.Versions(3); len(vs) != 3 || vs[0].ID != 2 || vs[1].Version != 2 || vs[2].Version != 3 {
		t.Errorf("the rest of the chain: %+v", vs)
	}
	// The analyst changed a copy on article 3 before splitting it: that one is kept.
	spans3, _ := s.Spans.ListForArticle(3, true)
	var person Span
	for _, sp := range spans3 {
		if sp.Kind == "entity" {
			person = sp
		}
	}
	note := "checked"
	if _, err := s.Spans.Update(person.ID, SpanPatch{Note: &note}); err != nil {
		t.Fatal(err)
	}
	res, err = s.Import.SplitVersion(3)
	if err != nil || res.Removed != 1 || res.Kept != 1 {
		t.Errorf("split 3: %+v %v", res, err)
	}
	if _, err := s.Import.SplitVersion(4); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import.SplitVersion(1); !isCode(err, CodeInvalid) {
		t.Errorf("splitting a first version: %v, want invalid", err)
	}
	if left, _ := s.Import.SuspectVersions(); len(left) != 0 {
		t.Errorf("suspects left: %+v", left)
	}
	claim, _ = s.Claims.List(ClaimFilter{})
	if claim[0].Articles != 1 || claim[0].Mentions != 1 || before != 4 || beforeArticles != 1 {
		t.Errorf("the claim counts %d mentions in %d articles after the splits (%d in %d before), want 1 in 1 (4 in 1)",
			claim[0].Mentions, claim[0].Articles, before, beforeArticles)
	}
	// Each split is one undoable action: undo the last, the chain and its copy return.
	if _, err := s.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if a := article(t, s, 4); a.Version != 2 {
		t.Errorf("after undo, article 4 is version %d, want 2", a.Version)
	}
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}
