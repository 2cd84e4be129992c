package app

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"
)

// A pasted article is checked as a file and as Edit details check the same facts (ratk14):
// before, ImportPasted stored a NUL in the text and the title (a file with one is "not a
// text file"), kept a byte-order mark at the text's start (a file's is dropped, so the same
// text pasted and imported were two articles), took a title of 200,000 characters or the
// whole first line of a one-line paste as the title (a file's is capped at 300), a title on
// two lines, and an outlet, byline, language and date Edit details refuses. Texts written
// for this test.
func TestImportPastedChecksWhatAFileAndEditDetailsCheck(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	const body = "Harbour cranes stood still on Friday as dockers walked out over a pay offer, the port authority said."
	refused := []struct {
		what string
		in   PastedArticle
		want string
	}{
		{"NUL in the text", PastedArticle{Title: "Dock strike", Body: "Harbour cranes\x00 stood still."}, "NUL"},
		{"NUL in the title", PastedArticle{Title: "Dock\x00strike", Body: body}, "title"},
		{"a title on two lines", PastedArticle{Title: "Dock strike\nPort shut", Body: body}, "title"},
		{"a title of 200,000 characters", PastedArticle{Title: strings.Repeat("t", 200000), Body: body}, "title"},
		{"an escape in the outlet", PastedArticle{Title: "Dock strike", Body: body, Outlet: "Port \x1b[31mNews"}, "outlet"},
		{"a byline of 5,000 characters", PastedArticle{Title: "Dock strike", Body: body, Byline: strings.Repeat("b", 5000)}, "byline"},
		{"a language that is no tag", PastedArticle{Title: "Dock strike", Body: body, Language: "en-<b>"}, "language"},
		{"a date in the future", PastedArticle{Title: "Dock strike", Body: body, PublishedAt: "2199-01-01"}, "future"},
	}
	for _, c := range refused {
		before := fullDump(t, ws)
		_, err := s.Import.ImportPasted(c.in)
		wantCode(t, err, CodeInvalid, c.want)
		sameFullDump(t, c.what, fullDump(t, ws), before)
	}

	// A paste that is one long line: its title is capped as a file's is.
	long := strings.Repeat("word ", 2000) + "end."
	sum, err := s.Import.ImportPasted(PastedArticle{Body: long})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("one-line paste: %+v %v", sum, err)
	}
	a, _ := s.Articles.Get(sum.Items[0].ArticleID)
	if n := utf8.RuneCountInString(a.Title); n > 300 || !strings.HasSuffix(a.Title, "…") {
		t.Errorf("the title of a one-line paste is %d characters, want at most 300 ending in …", n)
	}

	// A byte-order mark is not text: the same text pasted and then imported as a file is one article.
	sum, err = s.Import.ImportPasted(PastedArticle{Title: "Dock strike", Body: "\ufeff" + body})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("paste with a BOM: %+v %v", sum, err)
	}
	a, _ = s.Articles.Get(sum.Items[0].ArticleID)
	if strings.HasPrefix(a.Body, "\ufeff") {
		t.Errorf("the stored text starts with a byte-order mark")
	}
	file := base64.StdEncoding.EncodeToString([]byte("\ufeffDock strike\n\n" + body))
	again, err := s.Import.ImportFiles([]ImportFile{{Name: "dock.txt", Content: file}}, ImportOptions{})
	if err != nil || again.Duplicates != 1 {
		t.Errorf("the same text as a file: %+v %v (want a duplicate)", again, err)
	}
	// A page's lang="EN" is a language tag: stored as Edit details writes it.
	sum, err = s.Import.ImportPasted(PastedArticle{Title: "Dock strike ends", Body: body + " It ended.", Language: "EN-gb"})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("paste with lang EN-gb: %+v %v", sum, err)
	}
	if a, _ = s.Articles.Get(sum.Items[0].ArticleID); a.Language != "en-gb" {
		t.Errorf("language stored as %q, want en-gb", a.Language)
	}
	p, err := s.Import.ReadPaste("\ufeffDock strike\r\n\r\n"+body, "")
	if err != nil || p.Title != "Dock strike" {
		t.Errorf("ReadPaste of a text with a BOM: title %q, %v", p.Title, err)
	}
}
