package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app/ingest"
)

// An article whose store fails in the middle of a batch (here: its audit entry, written
// after the article row) is rejected alone with its reason; the articles before it in
// the batch and after it are stored whole, nothing of it stays, and the workspace passes
// Check. Run with one batch for everything and with batches of three.
func TestImportBatchFailureMidBatch(t *testing.T) {
	for _, max := range []int{500, 3} {
		t.Run(fmt.Sprintf("batch%d", max), func(t *testing.T) {
			old := importBatchMax
			importBatchMax = max
			defer func() { importBatchMax = old }()
			ws, s := MustOpenWorkspace(t, true)
			if _, err := ws.DB().Exec(`CREATE TRIGGER test_boom BEFORE INSERT ON audit_log
				WHEN NEW.summary LIKE '%boom.txt%' BEGIN SELECT RAISE(ABORT, 'boom refused'); END`); err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			for i := range 8 {
				name := fmt.Sprintf("%02d.txt", i)
				if i == 4 {
					name = "04-boom.txt"
				}
				os.WriteFile(filepath.Join(dir, name), []byte(fmt.Sprintf("Title %d\n\nReuters reported body %d. KCNA said so.", i, i)), 0o600)
			}
			sum, err := s.Import.ImportPaths([]string{dir}, ImportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Imported != 7 || sum.Rejected != 1 || len(sum.Items) != 8 {
				t.Fatalf("summary: %+v", sum)
			}
			for i, o := range sum.Items {
				if i == 4 {
					if o.Status != StatusRejected || !strings.Contains(o.Reason, "boom refused") || o.Format != "txt" {
						t.Errorf("the failing article: %+v", o)
					}
					continue
				}
				a := article(t, s, o.ArticleID)
				if o.Status != StatusImported || a.Title != fmt.Sprintf("Title %d", i) || o.Title != a.Title {
					t.Errorf("item %d: %+v, stored as %q", i, o, a.Title)
				}
			}
			if n := countArticles(t, ws); n != 7 {
				t.Errorf("%d articles, want 7", n)
			}
			var audits, boom int
			ws.DB().QueryRow(`SELECT count(*) FROM audit_log WHERE action = 'import'`).Scan(&audits)
			ws.DB().QueryRow(`SELECT count(*) FROM articles WHERE title = 'Title 4'`).Scan(&boom)
			if audits != 7 || boom != 0 {
				t.Errorf("%d import audit entries (want 7), %d rows of the failing article (want 0)", audits, boom)
			}
			if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) != 0 {
				t.Errorf("check: %v %v", problems, err)
			}
			// The same folder again: every stored article is a duplicate, the failing one
			// fails again alone.
			sum, err = s.Import.ImportPaths([]string{dir}, ImportOptions{})
			if err != nil || sum.Duplicates != 7 || sum.Rejected != 1 {
				t.Errorf("again: %+v %v", sum, err)
			}
		})
	}
}

// Within one batch: the same text twice is stored once (the second is a duplicate of
// the first's id), and a record with the URL of an article staged earlier in the batch
// is stored as its next version.
func TestImportBatchDuplicatesAndVersionsWithinABatch(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Same story\n\nReuters reported the same thing."), 0o600)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Same story\n\nReuters reported the same thing."), 0o600)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(
		`{"title": "Wire", "url": "https://example.org/w", "text": "First text of the wire story."}`+"\n"+
			`{"title": "Wire", "url": "https://example.org/w", "text": "Second, longer text of the wire story."}`+"\n"), 0o600)
	sum, err := s.Import.ImportPaths([]string{dir}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 || sum.Duplicates != 1 || sum.Versions != 1 || len(sum.Items) != 4 {
		t.Fatalf("summary: %+v", sum)
	}
	a, b, w1, w2 := sum.Items[0], sum.Items[1], sum.Items[2], sum.Items[3]
	if b.Status != StatusDuplicate || b.ArticleID != a.ArticleID || article(t, s, a.ArticleID).Title != "Same story" {
		t.Errorf("duplicate within the batch: %+v of %+v", b, a)
	}
	if w2.Status != StatusVersion || w2.PreviousVersionID != w1.ArticleID || w2.Version != 2 {
		t.Errorf("version within the batch: %+v after %+v", w2, w1)
	}
	if got := article(t, s, w2.ArticleID); !strings.HasPrefix(got.Body, "Second") {
		t.Errorf("version body: %q", got.Body)
	}
	if n := countArticles(t, ws); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) != 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

// Articles staged for the one-statement batch insert travel as JSON: the stored text must
// be byte for byte the imported one (HTML-escaped characters, U+2028, astral characters,
// combining marks, quotes and backslashes), with its SHA-256 and code-point count.
func TestImportBatchKeepsTextExactly(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	body := "Tom & Jerry <b>said</b> \"hi\" \\ back\u2028slash. Emoji \U0001F600 and e\u0301 and \u00e9; tab\there."
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Title \U0001F4F0 <x>\n\n"+body), 0o600)
	sum, err := s.Import.ImportPaths([]string{dir}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	body = ingest.Normalize(body) // what import stores (NFC): e + U+0301 becomes one code point
	a := article(t, s, sum.Items[0].ArticleID)
	if a.Body != body || a.Title != "Title \U0001F4F0 <x>" {
		t.Errorf("stored %q / %q", a.Title, a.Body)
	}
	var sha string
	var chars int
	ws.DB().QueryRow(`SELECT body_sha256, char_count FROM articles WHERE id = ?`, a.ID).Scan(&sha, &chars)
	if sha != ingest.Hash(body) || chars != len([]rune(body)) {
		t.Errorf("sha %s chars %d", sha, chars)
	}
}
