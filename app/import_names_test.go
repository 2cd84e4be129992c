package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Left by ratk7: two files whose names differ only in bytes that are not UTF-8 ("r\xFE.txt"
// and "r\xFF.txt", a folder from an old Latin-1 system) were stored under one name,
// "r\uFFFD.txt": the article list could not tell them apart, and an edited file imported
// again matched neither article (a new article instead of its new version, the analyst's
// marks not carried over). Real files on disk, imported by path as the CLI does.
func TestImportFileNamesThatAreNotUTF8StayDistinct(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	dir := filepath.Join(t.TempDir(), "in")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	story := "Quay repairs delayed\n\nThe harbour board in Tarrow said on Monday that about 40 boats would stay moored while divers inspect the north quay. Repairs to the south quay are due to start in March, the board said, and the ferry to Selm keeps its timetable.\n"
	fe, ff := filepath.Join(dir, "r\xfe.txt"), filepath.Join(dir, "r\xff.txt")
	write := func(path, text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(fe, story)
	write(ff, strings.Replace(story, "40 boats", "45 boats", 1))
	sum, err := svc.Import.ImportPaths([]string{dir}, ImportOptions{})
	if err != nil || sum.Imported != 2 {
		t.Fatalf("first import: %+v %v", sum, err)
	}
	idOf := map[string]int64{}
	for _, o := range sum.Items {
		if !strings.HasSuffix(o.Name, `/in/r\xFE.txt`) && !strings.HasSuffix(o.Name, `/in/r\xFF.txt`) {
			t.Errorf("outcome named %q; want the path with its byte written \\xHH", o.Name)
		}
		a, err := svc.Articles.Get(o.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		idOf[a.OriginalName] = a.ID
	}
	if idOf[`in/r\xFE.txt`] == 0 || idOf[`in/r\xFF.txt`] == 0 {
		t.Fatalf("stored names %v; want in/r\\xFE.txt and in/r\\xFF.txt", idOf)
	}
	// The analyst marks the second file's article.
	a, _ := svc.Articles.Get(idOf[`in/r\xFF.txt`])
	at := int64(len([]rune(a.Body[:strings.Index(a.Body, "45 boats")])))
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: at, End: at + 8, Quote: "45 boats", Note: "check the board's count"}); err != nil {
		t.Fatal(err)
	}

	// Its file is edited and the folder imported again: the other file is a duplicate, the
	// edited one a new version of its own article, the note carried over.
	write(ff, strings.Replace(story, "40 boats", "45 boats moored", 1))
	sum, err = svc.Import.ImportPaths([]string{dir}, ImportOptions{})
	if err != nil || sum.Duplicates != 1 || len(sum.Items) != 2 {
		t.Fatalf("second import: %+v %v", sum, err)
	}
	o := sum.Items[0]
	if o.Status == StatusDuplicate {
		o = sum.Items[1]
	}
	if o.Status != StatusVersion || o.PreviousVersionID != idOf[`in/r\xFF.txt`] || o.Anchors == nil || o.Anchors.Exact+o.Anchors.Fuzzy != 1 {
		t.Fatalf("edited r\\xFF.txt: %+v; want a new version of article %d with its note carried over", o, idOf[`in/r\xFF.txt`])
	}
}

func TestStoredFileNameWritesBytesThatAreNotUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"plain.txt":           "plain.txt",
		"caf\xe9/r\xfe.txt":   `caf\xE9/r\xFE.txt`,
		"ok-é-\uFFFD-\xff.md": "ok-é-\uFFFD-" + `\xFF.md`,
		"\xe2\x82.txt":        `\xE2\x82.txt`, // a cut-off character: each byte
	} {
		if got := storedFileName(in); got != want {
			t.Errorf("storedFileName(%q) = %q; want %q", in, got, want)
		}
	}
}
