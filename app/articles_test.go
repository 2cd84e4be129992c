package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestNewWorkspaceHoldsTheSeeds(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	list, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 5 {
		t.Fatalf("want 5 seed articles, got %d", len(list))
	}
	byTitle := map[string]ArticleSummary{}
	for _, a := range list {
		byTitle[a.Title] = a
	}
	want := []struct{ title, source, date string }{
		{"Russian culture minister in North Korea praises 'unprecedented' cooperation", "Reuters", "2025-06-29"},
		{"Russian cultural delegation visits N. Korea amid deepening ties", "Yonhap", "2024-03-19T10:45"},
		{"What Did North Korea's Kim Jong-un Discuss with Russian Culture Minister?", "NationPress", "2025-06-30"},
		{"Russian Culture Minister Visits North Korea Amid Deepening Ties", "", ""},
		{"Kim Jong-un meets Russian culture minister amid deepening North Korea-Russia ties", "", ""},
	}
	for _, w := range want {
		a, ok := byTitle[w.title]
		if !ok {
			t.Errorf("missing article %q", w.title)
			continue
		}
		if a.Source != w.source || a.PublishedAt != w.date {
			t.Errorf("%q: source %q date %q; want %q %q", w.title, a.Source, a.PublishedAt, w.source, w.date)
		}
		if (a.SourceID == nil) != (w.source == "") {
			t.Errorf("%q: sourceId %v disagrees with source %q", w.title, a.SourceID, w.source)
		}
	}
	// Newest first, unknown dates last.
	if list[0].PublishedAt != "2025-06-30" || list[4].PublishedAt != "" {
		t.Errorf("order: first %q last %q", list[0].PublishedAt, list[4].PublishedAt)
	}
}

func TestGetArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	list, _ := svc.Articles.List()
	var reuters ArticleSummary
	for _, a := range list {
		if a.Source == "Reuters" {
			reuters = a
		}
	}
	a, err := svc.Articles.Get(reuters.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "125-strong delegation") || strings.HasPrefix(a.Body, a.Title) {
		t.Errorf("body: %.80q", a.Body)
	}
	if len(a.SHA256) != 64 || a.Encoding != "utf-8" || a.OriginalName != "seeds/002_ce3785d345ddf9d0.txt" {
		t.Errorf("metadata: sha %q encoding %q name %q", a.SHA256, a.Encoding, a.OriginalName)
	}
	if int(a.CharCount) != len([]rune(a.Body)) {
		t.Errorf("charCount %d, body has %d code points", a.CharCount, len([]rune(a.Body)))
	}
	// Code-point offsets: SQLite's substr counts the same units as Go runes.
	var quote string
	idx := strings.Index(a.Body, "125-strong")
	cp := len([]rune(a.Body[:idx]))
	if err := svc.Articles.ws.DB().QueryRow("SELECT substr(body, ?, 10) FROM articles WHERE id = ?", cp+1, a.ID).Scan(&quote); err != nil || quote != "125-strong" {
		t.Errorf("substr at code point %d = %q, %v", cp, quote, err)
	}
}

func TestGetArticleErrors(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	for _, c := range []struct {
		id   int64
		code Code
	}{{0, CodeInvalid}, {-3, CodeInvalid}, {999, CodeNotFound}} {
		_, err := svc.Articles.Get(c.id)
		var e *Error
		if !errors.As(err, &e) || e.Code != c.code {
			t.Errorf("Get(%d): %v; want code %s", c.id, err, c.code)
		}
	}
}

func TestEmptyWorkspaceAndReopenDoesNotReseed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ws.db")
	ctx := context.Background()
	ws, err := OpenWorkspace(ctx, path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	ws, err = OpenWorkspace(ctx, path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	info, err := NewServices(ws).Workspace.Info()
	if err != nil || info.Articles != 5 || info.SchemaVersion < 1 || info.Path != path {
		t.Fatalf("info after reopen: %+v %v", info, err)
	}

	_, empty := MustOpenWorkspace(t, true)
	if list, err := empty.Articles.List(); err != nil || len(list) != 0 {
		t.Fatalf("--empty workspace lists %d articles, %v", len(list), err)
	}
}

func TestDuplicateTextIsSkipped(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	raw, _ := seedsFile("002_ce3785d345ddf9d0.txt")
	o := ws.importText(context.Background(), "again.txt", raw, "")
	if o.Status != "duplicate" || o.ArticleID == 0 {
		t.Fatalf("re-import: %+v", o)
	}
	o = ws.importText(context.Background(), "empty.txt", []byte{}, "")
	if o.Status != "rejected" || o.Reason == "" {
		t.Fatalf("empty file: %+v", o)
	}
}

func TestSeedImportIsAuditedAndRecordsCitedOrigins(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ctx := context.Background()
	var audits int
	ws.DB().QueryRow("SELECT count(*) FROM audit_log WHERE action = 'import'").Scan(&audits)
	if audits != 5 {
		t.Errorf("want 5 import audit entries, got %d", audits)
	}
	list, _ := svc.Articles.List()
	for _, a := range list {
		if a.Source != "Yonhap" {
			continue
		}
		origins, err := ws.DB().Q.ListArticleOrigins(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(origins) == 0 || origins[0].OriginName != "Korean Central News Agency" || origins[0].State != "suggested" {
			t.Errorf("Yonhap article origins: %+v", origins)
		}
	}
	problems, err := ws.DB().Check(ctx)
	if err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestArticleListCounts(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, NewStatement: "Lyubimova is in Pyongyang"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Suggestions.Run(a.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := svc.Articles.List()
	for _, r := range list {
		if r.ID == a.ID && (r.Entities != 1 || r.Claims != 1 || r.Suggestions == 0) {
			t.Fatalf("counts: %+v", r)
		}
		if r.ID != a.ID && (r.Entities != 0 || r.Claims != 0) {
			t.Fatalf("another article has counts: %+v", r)
		}
	}
}

func TestListPageMatchesList(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	list, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	var paged []ArticleSummary
	for off := int64(0); ; off += 2 {
		p, err := svc.Articles.ListPage(off, 2)
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != int64(len(list)) || p.Offset != off {
			t.Fatalf("page at %d: total %d offset %d, want %d %d", off, p.Total, p.Offset, len(list), off)
		}
		if len(p.Items) == 0 {
			break
		}
		paged = append(paged, p.Items...)
	}
	if len(paged) != len(list) {
		t.Fatalf("pages hold %d articles, List %d", len(paged), len(list))
	}
	for i := range list {
		a, b := paged[i], list[i]
		if a.ID != b.ID || a.Title != b.Title || a.Source != b.Source || a.PublishedAt != b.PublishedAt ||
			a.Entities != b.Entities || a.Claims != b.Claims || a.Suggestions != b.Suggestions {
			t.Errorf("row %d: page %+v, list %+v", i, paged[i], list[i])
		}
	}
	past, err := svc.Articles.ListPage(100, 10)
	if err != nil || len(past.Items) != 0 || past.Items == nil || past.Total != int64(len(list)) {
		t.Errorf("past the end: %+v, %v", past, err)
	}
	for _, bad := range [][2]int64{{-1, 10}, {0, 0}, {0, MaxArticlePage + 1}} {
		var e *Error
		if _, err := svc.Articles.ListPage(bad[0], bad[1]); !errors.As(err, &e) || e.Code != CodeInvalid {
			t.Errorf("ListPage(%d, %d): want invalid, got %v", bad[0], bad[1], err)
		}
	}
}

// Find with no words gives List's first articles; with words, the articles of List whose
// title has them (the last as a prefix), in List's order.
func TestArticleFind(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	all, err := svc.Articles.List()
	if err != nil || len(all) < 3 {
		t.Fatalf("List: %d %v", len(all), err)
	}
	for _, q := range []string{"", "  ", "--"} {
		got, err := svc.Articles.Find(q, 2)
		if err != nil || len(got) != 2 {
			t.Fatalf("Find(%q, 2): %+v %v", q, got, err)
		}
		for i, c := range got {
			if c.ID != all[i].ID || c.Title != all[i].Title || c.Source != all[i].Source || c.PublishedAt != all[i].PublishedAt {
				t.Fatalf("Find(%q)[%d] = %+v; List has %+v", q, i, c, all[i])
			}
		}
	}
	// A word of the first title, and its first three letters as a prefix.
	word := strings.Fields(all[0].Title)[0]
	word = strings.Trim(word, ",.:;\"'")
	for _, q := range []string{word, strings.ToUpper(word[:3])} {
		var want []int64
		for _, a := range all {
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if strings.HasPrefix(w, strings.ToLower(q)) && (q != word || w == strings.ToLower(word)) {
					want = append(want, a.ID)
					break
				}
			}
		}
		got, err := svc.Articles.Find(q, MaxArticleChoices)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, c := range got {
			ids = append(ids, c.ID)
		}
		if len(want) == 0 || fmt.Sprint(ids) != fmt.Sprint(want) {
			t.Fatalf("Find(%q): %v; want %v", q, ids, want)
		}
	}
	if got, err := svc.Articles.Find("zzzqqq", 10); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("no match must be []: %#v %v", got, err)
	}
	for _, bad := range []int64{0, MaxArticleChoices + 1} {
		_, err := svc.Articles.Find("", bad)
		wantCode(t, err, CodeInvalid, "limit")
	}
}
