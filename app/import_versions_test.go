package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Stories written for these tests (not copied from any outlet).
const (
	ferryStory = "Ferry link to close\n\nThe harbour authority in Dunmore said on Tuesday that the ferry link to the islands " +
		"would close for three weeks while engineers replace the main ramp. About 400 residents rely on the service, " +
		"the authority's director Maren Holt said."
	ferryRevised = "Ferry link to close\n\nThe harbour authority in Dunmore said on Tuesday that the ferry link to the islands " +
		"would close for four weeks while engineers replace the main ramp. About 400 residents rely on the service, " +
		"the authority's director Maren Holt said. A replacement boat will run twice a day."
	libraryStory = "Two libraries for the valley\n\nThe regional council said on Wednesday it would open two new libraries " +
		"next year, paid for by a grant from the education ministry. Councillor Ivo Brandt said the sites were not chosen yet."
	bridgeStory = "Bridge reopens early\n\nThe old stone bridge over the Lenne reopened to cars on Friday, a month ahead of " +
		"schedule, after repairs to its second arch cost less than planned, the roads office said."
)

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Item 1 of issue 15: a/001.txt and b/001.txt with unrelated texts were chained as
// versions by their base name, and the first one's annotations copied onto the second.
func TestImportSameFileNameUnrelatedTextsStaySeparate(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	root := filepath.Join(t.TempDir(), "news")
	first := importOne(t, s, writeFile(t, filepath.Join(root, "a", "001.txt"), ferryStory), ImportOptions{})
	if first.Status != StatusImported {
		t.Fatalf("first: %+v", first)
	}
	body := article(t, s, first.ArticleID).Body
	quote := "three weeks"
	start := int64(len([]rune(body[:strings.Index(body, quote)])))
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry closes for three weeks", ArticleID: first.ArticleID,
		Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(root, "b", "001.txt"), libraryStory)
	writeFile(t, filepath.Join(root, "c", "001.txt"), bridgeStory)
	sum, err := s.Import.ImportPaths([]string{filepath.Join(root, "b"), filepath.Join(root, "c")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 || sum.Versions != 0 {
		t.Fatalf("b/001.txt and c/001.txt: %d imported, %d versions, want 2 and 0: %+v", sum.Imported, sum.Versions, sum.Items)
	}
	for _, o := range sum.Items {
		spans, err := s.Spans.ListForArticle(o.ArticleID, true)
		if err != nil || len(spans) != 0 {
			t.Errorf("%s got %d annotations copied from an unrelated article: %+v %v", o.Name, len(spans), spans, err)
		}
		if vs, _ := s.Import.Versions(o.ArticleID); len(vs) != 1 {
			t.Errorf("%s: %d versions, want 1", o.Name, len(vs))
		}
	}
	got, err := s.Claims.Get(claim.ID)
	if err != nil || len(got.Mentions) != 1 {
		t.Errorf("the claim now has %d mentions, want 1 (%v)", len(got.Mentions), err)
	}
	// The same, within one folder import of the whole corpus.
	_, s2 := MustOpenWorkspace(t, true)
	sum, err = s2.Import.ImportPaths([]string{root}, ImportOptions{})
	if err != nil || sum.Imported != 3 || sum.Versions != 0 {
		t.Errorf("whole folder: %+v %v", sum, err)
	}
}

// A text is a version when the relative path is the same and the text similar; the
// same path with a different text is a new article, and the outcome says why and how
// to declare it a version.
func TestImportVersionNeedsSamePathAndSimilarText(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	root := filepath.Join(dir, "news")
	writeFile(t, filepath.Join(root, "a", "001.txt"), ferryStory)
	writeFile(t, filepath.Join(root, "b", "001.txt"), libraryStory)
	if sum, err := s.Import.ImportPaths([]string{root}, ImportOptions{}); err != nil || sum.Imported != 2 {
		t.Fatalf("first import: %+v %v", sum, err)
	}
	// The folder again, a/001.txt revised and b/001.txt replaced by another story.
	writeFile(t, filepath.Join(root, "a", "001.txt"), ferryRevised)
	writeFile(t, filepath.Join(root, "b", "001.txt"), bridgeStory)
	sum, err := s.Import.ImportPaths([]string{root}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]ImportOutcome{}
	for _, o := range sum.Items {
		by[filepath.Base(filepath.Dir(o.Name))] = o
	}
	if o := by["a"]; o.Status != StatusVersion || o.Version != 2 {
		t.Errorf("revised a/001.txt: %+v, want version 2", o)
	}
	if o := by["b"]; o.Status != StatusImported || !strings.Contains(o.Reason, "new article") || !strings.Contains(o.Reason, "--version-of") {
		t.Errorf("replaced b/001.txt: %+v, want a new article with the reason", o)
	}
	// The same base name in another folder is another path: not a version even if similar.
	o := importOne(t, s, writeFile(t, filepath.Join(dir, "other", "a", "001.txt"), ferryRevised+" The ramp was built in 1962."), ImportOptions{})
	if o.Status != StatusImported {
		t.Errorf("other/a/001.txt: %+v, want a new article", o)
	}
}

// The analyst declares a version: any text, any name.
func TestImportDeclaredVersion(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	first := importOne(t, s, writeFile(t, filepath.Join(dir, "ferry.txt"), ferryStory), ImportOptions{})
	o := importOne(t, s, writeFile(t, filepath.Join(dir, "rewritten.txt"), bridgeStory), ImportOptions{VersionOf: first.ArticleID})
	if o.Status != StatusVersion || o.PreviousVersionID != first.ArticleID || o.Version != 2 {
		t.Errorf("declared version: %+v", o)
	}
	// Declared against an earlier version: it follows the chain to the newest.
	o3 := importOne(t, s, writeFile(t, filepath.Join(dir, "third.txt"), libraryStory), ImportOptions{VersionOf: first.ArticleID})
	if o3.Status != StatusVersion || o3.PreviousVersionID != o.ArticleID || o3.Version != 3 {
		t.Errorf("declared against v1: %+v", o3)
	}
	missing := importOne(t, s, writeFile(t, filepath.Join(dir, "fourth.txt"), ferryRevised), ImportOptions{VersionOf: 999})
	if missing.Status != StatusRejected || !strings.Contains(missing.Reason, "article 999 does not exist") {
		t.Errorf("version of a missing article: %+v", missing)
	}
	if _, err := s.Import.ImportPaths([]string{filepath.Join(dir, "ferry.txt"), filepath.Join(dir, "third.txt")}, ImportOptions{VersionOf: first.ArticleID}); !isCode(err, CodeInvalid) {
		t.Errorf("two files declared one version: %v, want invalid", err)
	}
}
