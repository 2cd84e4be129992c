package app

import (
	"database/sql"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"claimdesk/db/store"
)

const corpusDir = "../testdata/import"

func corpusPath(rel string) string { return filepath.Join(corpusDir, rel) }

// importOne imports one path and returns its single outcome.
func importOne(t *testing.T, s *Services, path string, opts ImportOptions) ImportOutcome {
	t.Helper()
	sum, err := s.Import.ImportPaths([]string{path}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Items) != 1 {
		t.Fatalf("%s: %d outcomes: %+v", path, len(sum.Items), sum.Items)
	}
	return sum.Items[0]
}

func article(t *testing.T, s *Services, id int64) Article {
	t.Helper()
	a, err := s.Articles.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func countArticles(t *testing.T, ws *Workspace) int64 {
	t.Helper()
	n, err := ws.DB().Q.CountArticles(ws.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportGoodCorpusFolder(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	sum, err := s.Import.ImportPaths([]string{corpusPath("good")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 15 || sum.Rejected != 0 || sum.Skipped != 1 || sum.Duplicates != 0 || sum.Cancelled {
		t.Fatalf("summary %+v", sum)
	}
	if n := countArticles(t, ws); n != 15 {
		t.Errorf("%d articles stored, want 15", n)
	}
	byName := map[string]ImportOutcome{}
	for _, o := range sum.Items {
		rel, _ := filepath.Rel(corpusPath("good"), o.Name)
		if o.Record > 0 {
			rel = fmt.Sprintf("%s#%d", rel, o.Record)
		}
		byName[filepath.ToSlash(rel)] = o
		if strings.Contains(o.Name, ".hidden") {
			t.Errorf("hidden file listed: %s", o.Name)
		}
	}
	if o := byName["folder/readme.csv"]; o.Status != StatusSkipped || !strings.Contains(o.Reason, ".csv") {
		t.Errorf("readme.csv: %+v", o)
	}
	if o := byName["folder/nested/b.md"]; o.Status != StatusImported {
		t.Errorf("nested folder not imported: %+v", o)
	}
	tests := []struct {
		name, title, encoding, bodyHas string
	}{
		{"plain.txt", "Russian culture minister arrives in Pyongyang", "utf-8", "Olga Lyubimova arrived"},
		{"cp1252.txt", "Café society in Pyongyang", "windows-1252", "said “culture unites us” – and visited a café."},
		{"utf16le-bom.txt", "UTF-16 article title", "utf-16le", "Kim Jong-un, 김정은."},
		{"utf8-bom.txt", "UTF-8 BOM article", "utf-8-bom", "Ünïcödé survives."},
		{"crlf.txt", "CRLF article", "utf-8", "Line one of a Windows file.\nLine two of a Windows file."},
		{"nfd.txt", "NFD article about Café Pyongyang", "utf-8", "The café near the résidence"},
		{"notes.md", "Delegation visits the North", "utf-8", "A **125-strong** delegation"},
		{"page.html", "Kim Jong Un meets Russian culture minister", "utf-8", "A concert followed."},
		{"records.json#2", "Record two from a JSON array", "utf-8", "around 11,000 elite troops"},
		{"records.jsonl#1", "JSONL line one", "utf-8", "Yonhap report"},
	}
	for _, tt := range tests {
		o, ok := byName[tt.name]
		if !ok || o.Status != StatusImported {
			t.Errorf("%s: %+v", tt.name, o)
			continue
		}
		a := article(t, s, o.ArticleID)
		if a.Title != tt.title || a.Encoding != tt.encoding || !strings.Contains(a.Body, tt.bodyHas) {
			t.Errorf("%s: title %q encoding %q body %q", tt.name, a.Title, a.Encoding, a.Body)
		}
		if strings.ContainsAny(a.Body, "\r\ufeff") || strings.Contains(a.Body, "e\u0301") {
			t.Errorf("%s: body not normalised: %q", tt.name, a.Body)
		}
	}
	html := article(t, s, byName["page.html"].ArticleID)
	if html.URL != "https://news.example.org/2025/07/01/kim-minister" || html.Byline != "Jane Doe" ||
		html.PublishedAt != "2025-07-01T09:15" || html.Source != "Example News" {
		t.Errorf("html metadata: %+v", html.ArticleSummary)
	}
	for _, bad := range []string{"SCRIPT", "alert", "javascript", "cookie", "<"} {
		if strings.Contains(html.Body, bad) {
			t.Errorf("%q reached the stored HTML article body", bad)
		}
	}
	if js := article(t, s, byName["page-jsurl.html"].ArticleID); js.URL != "" {
		t.Errorf("javascript: URL stored as the article URL: %q", js.URL)
	}
	rec := article(t, s, byName["records.json#1"].ArticleID)
	if rec.URL != "https://example.org/one" || rec.Source != "Example Wire" || rec.PublishedAt != "2025-06-30" || rec.OriginalName != "good/records.json#1" {
		t.Errorf("json record: %+v url %q name %q", rec.ArticleSummary, rec.URL, rec.OriginalName)
	}

	// The whole folder again: every article is a duplicate, nothing stored twice.
	again, err := s.Import.ImportPaths([]string{corpusPath("good")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Duplicates != 15 || again.Imported != 0 || again.Versions != 0 {
		t.Errorf("re-import: %+v", again)
	}
	for _, o := range again.Items {
		if o.Status == StatusDuplicate && (o.ArticleID == 0 || !strings.Contains(o.Reason, "already")) {
			t.Errorf("duplicate without the existing id: %+v", o)
		}
	}
	if n := countArticles(t, ws); n != 15 {
		t.Errorf("%d articles after re-import, want 15", n)
	}
	// Imports are audited with action 'import'.
	rows, err := ws.DB().Q.ListAuditForRow(ws.Context(), store.ListAuditForRowParams{TableName: "articles", RowID: sql.NullInt64{Int64: byName["plain.txt"].ArticleID, Valid: true}})
	if err != nil || len(rows) != 1 || rows[0].Action != "import" {
		t.Errorf("audit of an import: %+v %v", rows, err)
	}
}

func TestImportBadCorpusRejections(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	tests := []struct {
		file, encoding, reason string
	}{
		{"empty.txt", "", "the file is empty"},
		{"whitespace.txt", "", "only white space"},
		{"title-only.txt", "", "no article text after the title line"},
		{"png-renamed.txt", "", "PNG image"},
		{"zip-renamed.txt", "", "ZIP archive"},
		{"nul-bytes.txt", "", "NUL byte"},
		{"invalid-utf8.txt", "utf-8", "not valid UTF-8: invalid byte 0xC3 at byte offset 34"},
		{"not-json.json", "", "not valid JSON"},
		{"scripts-only.html", "", "no article text in the page"},
		{"notes.xyz", "", ".xyz files are not articles"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			o := importOne(t, s, corpusPath("bad/"+tt.file), ImportOptions{Encoding: tt.encoding})
			if o.Status != StatusRejected || !strings.Contains(o.Reason, tt.reason) {
				t.Errorf("got %s %q, want rejected %q", o.Status, o.Reason, tt.reason)
			}
		})
	}
	if n := countArticles(t, ws); n != 0 {
		t.Errorf("%d articles stored from rejected files", n)
	}
	// UTF-16 without a BOM is detected by its zero bytes (issue 15 item 11).
	if o := importOne(t, s, corpusPath("bad/utf16le-nobom.txt"), ImportOptions{}); o.Status != StatusImported || o.Encoding != "utf-16le" {
		t.Errorf("utf-16le without BOM, detected: %+v", o)
	}
	if o := importOne(t, s, corpusPath("bad/invalid-utf8.txt"), ImportOptions{}); o.Status != StatusImported || o.Encoding != "windows-1252" {
		t.Errorf("invalid UTF-8, detected: %+v", o)
	}
	// A malformed JSONL line is rejected with its number; the good lines import.
	sum, err := s.Import.ImportPaths([]string{corpusPath("bad/mixed.jsonl")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 || sum.Rejected != 6 {
		t.Fatalf("mixed.jsonl: %+v", sum)
	}
	for _, o := range sum.Items {
		if o.Status == StatusRejected && (o.Record == 0 || !strings.HasPrefix(o.Reason, fmt.Sprintf("line %d:", o.Record))) {
			t.Errorf("rejected line without its number: %+v", o)
		}
	}
	// Unknown encodings and bad limits are refused up front.
	if _, err := s.Import.ImportPaths([]string{corpusPath("good/plain.txt")}, ImportOptions{Encoding: "ebcdic"}); !isCode(err, CodeInvalid) {
		t.Errorf("unknown encoding: %v", err)
	}
	if _, err := s.Import.ImportPaths(nil, ImportOptions{}); !isCode(err, CodeInvalid) {
		t.Errorf("no paths: %v", err)
	}
	if o := importOne(t, s, filepath.Join(t.TempDir(), "missing.txt"), ImportOptions{}); o.Status != StatusRejected || !strings.Contains(o.Reason, "no such file") {
		t.Errorf("missing file: %+v", o)
	}
}

func TestImportOversizeNeverRead(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 100 MB file: cheap to make; reading it would take 100 MB of memory.
	if err := f.Truncate(100 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	o := importOne(t, s, p, ImportOptions{})
	if o.Status != StatusRejected || !strings.Contains(o.Reason, "100.0 MB, over the import limit of 10.0 MB") {
		t.Errorf("100 MB file: %+v", o)
	}
	// The limit is configurable.
	small := filepath.Join(t.TempDir(), "small.txt")
	os.WriteFile(small, []byte("Title\n\n"+strings.Repeat("word ", 400)), 0o600)
	if o := importOne(t, s, small, ImportOptions{MaxBytes: 1000}); o.Status != StatusRejected || !strings.Contains(o.Reason, "over the import limit") {
		t.Errorf("1000-byte limit: %+v", o)
	}
	if o := importOne(t, s, small, ImportOptions{MaxBytes: 1 << 20}); o.Status != StatusImported {
		t.Errorf("under the limit: %+v", o)
	}
}

func TestImportMegabyteSingleLine(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	p := filepath.Join(t.TempDir(), "oneline.txt")
	line := strings.Repeat("Kim Jong Un met the minister. ", (1<<20)/30)
	os.WriteFile(p, []byte("A very long line\n"+line), 0o600)
	o := importOne(t, s, p, ImportOptions{})
	if o.Status != StatusImported {
		t.Fatalf("%+v", o)
	}
	if a := article(t, s, o.ArticleID); a.CharCount != int64(len(strings.TrimSpace(line))) {
		t.Errorf("char count %d", a.CharCount)
	}
	// With no title line, the 1 MB line is the title (capped) and there is no body.
	os.WriteFile(p, []byte(line), 0o600)
	if o := importOne(t, s, p, ImportOptions{}); o.Status != StatusRejected {
		t.Errorf("single line only: %+v", o)
	}
}

func TestImportExplicitUnsupportedRejectedFolderSkipped(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.pdf"), []byte("%PDF-1.4"), 0o600)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("B\n\nbody b"), 0o600)
	sum, err := s.Import.ImportPaths([]string{dir, filepath.Join(dir, "a.pdf")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 1 || sum.Rejected != 1 || sum.Imported != 1 {
		t.Errorf("%+v", sum)
	}
}

func TestImportFilesFromBytes(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	u16 := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune("Browser UTF-16\n\nDropped in a browser.")) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	files := []ImportFile{
		{Name: "C:\\Users\\me\\drop.txt", Content: base64.StdEncoding.EncodeToString([]byte("Dropped title\n\nDropped body."))},
		{Name: "u16.txt", Content: base64.StdEncoding.EncodeToString(u16)},
		{Name: "page.html", Content: base64.StdEncoding.EncodeToString([]byte(`<title>P</title><script>alert(1)</script><p>Page body.</p>`))},
		{Name: "bad.txt", Content: "!!!not base64"},
		{Name: "x.exe", Content: ""},
		{Name: "big.txt", Content: base64.StdEncoding.EncodeToString(make([]byte, 2000))},
	}
	sum, err := s.Import.ImportFiles(files, ImportOptions{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{StatusImported, StatusImported, StatusImported, StatusRejected, StatusRejected, StatusRejected}
	for i, o := range sum.Items {
		if o.Status != want[i] {
			t.Errorf("file %d (%s): %+v", i, files[i].Name, o)
		}
	}
	if sum.Items[0].Name != "drop.txt" {
		t.Errorf("name not reduced to the base name: %q", sum.Items[0].Name)
	}
	if a := article(t, s, sum.Items[2].ArticleID); a.Body != "Page body." {
		t.Errorf("html body %q", a.Body)
	}
}

// recorder collects events; onProgress runs on each progress event.
type recorder struct {
	mu         sync.Mutex
	progress   []Progress
	changed    int
	onProgress func()
}

func (r *recorder) Emit(name string, data any) {
	r.mu.Lock()
	switch name {
	case "progress":
		r.progress = append(r.progress, data.(Progress))
	case "workspace:changed":
		r.changed++
	}
	f := r.onProgress
	r.mu.Unlock()
	if name == "progress" && f != nil {
		f()
	}
}

func TestImportProgressAndCancel(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	for i := range 10 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprintf("Title %d\n\nBody %d.", i, i)), 0o600)
	}
	rec := &recorder{}
	ws.Events = rec
	sum, err := s.Import.ImportPaths([]string{dir}, ImportOptions{})
	if err != nil || sum.Imported != 10 {
		t.Fatalf("%+v %v", sum, err)
	}
	if len(rec.progress) != 10 || rec.progress[9] != (Progress{Task: "import", Done: 10, Total: 10, Label: "Title 9"}) {
		t.Errorf("progress events: %+v", rec.progress)
	}
	if rec.changed != 1 {
		t.Errorf("%d workspace:changed events, want 1 per import", rec.changed)
	}
	if s.Import.Cancel() {
		t.Error("Cancel reported a running import when none was")
	}

	// Cancel after the third file: three whole articles, the rest not started.
	dir2 := t.TempDir()
	for i := range 10 {
		os.WriteFile(filepath.Join(dir2, fmt.Sprintf("other-%02d.txt", i)), []byte(fmt.Sprintf("Other %d\n\nText %d.", i, i)), 0o600)
	}
	rec2 := &recorder{}
	rec2.onProgress = func() {
		if len(rec2.progress) == 3 && !s.Import.Cancel() {
			t.Error("Cancel found no running import")
		}
	}
	ws.Events = rec2
	sum, err = s.Import.ImportPaths([]string{dir2}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Cancelled || sum.Imported != 3 || len(sum.Items) != 3 {
		t.Errorf("cancelled import: %+v", sum)
	}
	if n := countArticles(t, ws); n != 13 {
		t.Errorf("%d articles, want 13", n)
	}
}

func TestImportVersionsReanchor(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const title = "Minister visits Pyongyang\n\n"
	v1 := "The minister met Kim Jong Un in Pyongyang on Monday. Officials said the visit was cordial and productive."
	o1 := importOne(t, s, write("story.txt", title+v1), ImportOptions{})
	if o1.Status != StatusImported {
		t.Fatalf("v1: %+v", o1)
	}
	mark := func(quote string, in SpanInput) Span {
		i := strings.Index(v1, quote)
		in.ArticleID, in.Start, in.End, in.Quote = o1.ArticleID, int64(len([]rune(v1[:i]))), int64(len([]rune(v1[:i]))+len([]rune(quote))), quote
		sp, err := s.Spans.Create(in)
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	kim := mark("Kim Jong Un", SpanInput{Kind: "entity", EntityType: "person", Tags: []string{"key"}})
	cordial := mark("the visit was cordial", SpanInput{Kind: "note", Note: "tone"})
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "They met on Monday", ArticleID: o1.ArticleID,
		Start: kim.Start - 17, End: kim.Start - 17 + 12, Quote: "The minister", RawValue: "Monday"})
	if err != nil {
		t.Fatal(err)
	}

	// v2: words inserted before the spans.
	v2 := "On a rainy morning, the minister met Kim Jong Un in Pyongyang on Monday. Officials said the visit was cordial and productive."
	o2 := importOne(t, s, write("story.txt", title+v2), ImportOptions{})
	if o2.Status != StatusVersion || o2.Version != 2 || o2.PreviousVersionID != o1.ArticleID {
		t.Fatalf("v2: %+v", o2)
	}
	spans2, err := s.Spans.ListForArticle(o2.ArticleID, true)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Span{}
	for _, sp := range spans2 {
		got[sp.Kind] = sp
		if sp.AnchorStatus != "orphan" && string([]rune(v2)[sp.Start:sp.End]) != sp.Quote {
			t.Errorf("span %q not at its offsets", sp.Quote)
		}
	}
	if e := got["entity"]; e.AnchorStatus != "exact" || e.Quote != "Kim Jong Un" || e.Start != kim.Start+20 ||
		len(e.Tags) != 1 || e.Tags[0].Name != "key" || e.EntityID == nil || *e.EntityID != *kim.EntityID {
		t.Errorf("entity span on v2: %+v", e)
	}
	if n := got["note"]; n.AnchorStatus != "exact" || n.Note != "tone" || n.Quote != cordial.Quote {
		t.Errorf("note on v2: %+v", n)
	}
	if c := got["claim"]; c.ClaimID == nil || *c.ClaimID != claim.ID || c.Quote != "the minister" {
		// "The minister" became "the minister": found approximately.
		t.Errorf("claim mention on v2: %+v", c)
	} else if c.AnchorStatus != "fuzzy" {
		t.Errorf("claim mention anchor %s, want fuzzy", c.AnchorStatus)
	}
	if o2.Anchors == nil || o2.Anchors.Exact != 2 || o2.Anchors.Fuzzy != 1 || o2.Anchors.Orphan != 0 {
		t.Errorf("v2 anchors: %+v", o2.Anchors)
	}

	// v3: the note's words deleted, the name respelled.
	v3 := "On a rainy morning, the minister met Kim Jong-un in Pyongyang on Monday. Officials said nothing."
	o3 := importOne(t, s, write("story.txt", title+v3), ImportOptions{})
	if o3.Status != StatusVersion || o3.Version != 3 || o3.PreviousVersionID != o2.ArticleID {
		t.Fatalf("v3: %+v", o3)
	}
	spans3, _ := s.Spans.ListForArticle(o3.ArticleID, true)
	got = map[string]Span{}
	for _, sp := range spans3 {
		got[sp.Kind] = sp
	}
	if e := got["entity"]; e.AnchorStatus != "fuzzy" || e.Quote != "Kim Jong-un" {
		t.Errorf("entity on v3: %+v", e)
	}
	n := got["note"]
	if n.AnchorStatus != "orphan" || n.Quote != "the visit was cordial" || n.End > int64(len([]rune(v3))) || n.Start >= n.End {
		t.Errorf("note on v3: %+v", n)
	}
	orphans, err := s.Import.Orphans()
	if err != nil || len(orphans) != 1 || orphans[0].SpanID != n.ID || orphans[0].ArticleID != o3.ArticleID ||
		orphans[0].Quote != "the visit was cordial" || orphans[0].Kind != "note" || orphans[0].ArticleVersion != 3 {
		t.Errorf("orphans: %+v %v", orphans, err)
	}

	// Every version is kept and listed; the old spans are untouched.
	versions, err := s.Import.Versions(o2.ArticleID)
	if err != nil || len(versions) != 3 || versions[0].ID != o1.ArticleID || versions[2].ID != o3.ArticleID ||
		versions[2].PreviousVersionID == nil || *versions[2].PreviousVersionID != o2.ArticleID {
		t.Errorf("versions: %+v %v", versions, err)
	}
	list, _ := s.Articles.List()
	if len(list) != 3 {
		t.Errorf("%d articles listed, want 3 versions", len(list))
	}
	if old, _ := s.Spans.ListForArticle(o1.ArticleID, true); len(old) != 3 || old[0].AnchorStatus != "exact" {
		t.Errorf("v1 spans changed: %+v", old)
	}
	// An unchanged re-import is a duplicate, not a version; an older text too.
	if o := importOne(t, s, write("story.txt", title+v3), ImportOptions{}); o.Status != StatusDuplicate || o.ArticleID != o3.ArticleID {
		t.Errorf("unchanged: %+v", o)
	}
	if o := importOne(t, s, write("story.txt", title+v1), ImportOptions{}); o.Status != StatusDuplicate || o.ArticleID != o1.ArticleID {
		t.Errorf("old text: %+v", o)
	}
	// The copies are audited, as one undoable action per version.
	hist, err := s.History.State()
	if err != nil || !hist.CanUndo || !strings.Contains(hist.UndoLabel, "version 3") {
		t.Errorf("history: %+v %v", hist, err)
	}
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Errorf("check: %v %v", problems, err)
	}
}

func TestImportVersionByURL(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	os.WriteFile(a, []byte(`{"title":"T","text":"First text.","url":"https://example.org/x"}`+"\n"+`{"title":"U","text":"Unrelated."}`), 0o600)
	b := filepath.Join(dir, "b.json")
	os.WriteFile(b, []byte(`[{"title":"T2","text":"Second text.","url":"https://example.org/x"},{"title":"V","text":"Also unrelated."}]`), 0o600)
	sum, err := s.Import.ImportPaths([]string{a, b}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 3 || sum.Versions != 1 || sum.Items[2].Status != StatusVersion || sum.Items[2].PreviousVersionID != sum.Items[0].ArticleID {
		t.Errorf("%+v", sum)
	}
}

func TestImportBindingsListed(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	found := false
	for _, b := range s.Bindings() {
		if b == any(s.Import) {
			found = true
		}
	}
	if !found {
		t.Error("ImportService is not bound")
	}
}

func isCode(err error, code Code) bool {
	e, ok := err.(*Error)
	return ok && e.Code == code
}

// BenchmarkImportTxt imports ~400-word plain-text articles into a temp workspace, one
// transaction each, and reports articles per second.
func BenchmarkImportTxt(b *testing.B) {
	_, s := MustOpenWorkspace(b, true)
	words := strings.Fields(strings.Repeat("North Korean leader Kim Jong Un met Russia's culture minister Olga Lyubimova in Pyongyang on Monday, KCNA said, as the two countries deepen ties. ", 20))[:400]
	const perCall = 100
	files := make([]ImportFile, 0, perCall)
	b.ResetTimer()
	cpu0 := cpuSeconds()
	done := 0
	for done < b.N {
		files = files[:0]
		for i := 0; i < perCall && done+i < b.N; i++ {
			text := fmt.Sprintf("Article %d\n\nSEOUL, June 30 (Reuters) - %s %d\n", done+i, strings.Join(words, " "), done+i)
			files = append(files, ImportFile{Name: fmt.Sprintf("a%07d.txt", done+i), Content: base64.StdEncoding.EncodeToString([]byte(text))})
		}
		sum, err := s.Import.ImportFiles(files, ImportOptions{})
		if err != nil || sum.Imported != len(files) {
			b.Fatalf("%+v %v", sum.Rejected, err)
		}
		done += len(files)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		// Throughput per CPU-second (all goroutines, GC included): steady on a busy machine.
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}

// With SuggestAfterImport on (window and serve), an import starts entity suggestions for
// what it added, in the background.
func TestImportStartsSuggestionsInTheBackground(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	s.SuggestAfterImport()
	text := "Minister visits Pyongyang\n\nRussian Culture Minister Olga Lyubimova arrived in Pyongyang on Saturday, KCNA said."
	sum, err := s.Import.ImportFiles([]ImportFile{{Name: "visit.txt", Content: base64.StdEncoding.EncodeToString([]byte(text))}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	id := sum.Items[0].ArticleID
	deadline := time.Now().Add(30 * time.Second) // a failure guard, not a speed budget
	for {
		spans, err := s.Spans.ListForArticle(id, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range spans {
			if sp.State == "suggested" && sp.Quote == "Olga Lyubimova" && sp.EntityType == "person" {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no suggestion for Olga Lyubimova after import; spans: %+v", spans)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
