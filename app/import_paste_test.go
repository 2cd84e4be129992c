package app

import (
	"strings"
	"testing"
)

func TestReadPasteAndImportPasted(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	text := "Ferry service resumes after storm\n\nhttps://news.example/ferry-resumes\n\nKIRKWALL, March 4 (Northern Wire) - Ferries between the islands sailed again on Tuesday after three days of gales kept them in port, the operator said.\n\nAbout 1,200 passengers had been stranded."
	p, err := s.Import.ReadPaste(text, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Ferry service resumes after storm" || p.URL != "https://news.example/ferry-resumes" || !strings.HasPrefix(p.Body, "KIRKWALL") {
		t.Errorf("prefill from text: %+v", p)
	}
	page := `<html><head><title>Dam inspection finds cracks | Valley Post</title><meta property="og:site_name" content="Valley Post"><link rel="canonical" href="https://valleypost.example/dam"><meta property="article:published_time" content="2025-05-06"></head><body><nav><a href="/">Home</a></nav><article><h1>Dam inspection finds cracks</h1><p>Inspectors found cracks in the spillway of the upper reservoir dam during a routine check last week, the water board said on Tuesday.</p><p>The board said there was no immediate danger.</p></article></body></html>`
	p, err = s.Import.ReadPaste("Dam inspection finds cracks\nInspectors found cracks", page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "Dam inspection finds cracks" || p.Outlet != "Valley Post" || p.URL != "https://valleypost.example/dam" || p.PublishedAt != "2025-05-06" || strings.Contains(p.Body, "Home") {
		t.Errorf("prefill from HTML: %+v", p)
	}

	p.Outlet = "Valley Post (print)"
	sum, err := s.Import.ImportPasted(p)
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	a, _ := s.Articles.Get(sum.Items[0].ArticleID)
	if a.Source != "Valley Post (print)" || a.PublishedAt != "2025-05-06" || a.URL != "https://valleypost.example/dam" {
		t.Errorf("stored as confirmed: %+v", a.ArticleSummary)
	}
	again, err := s.Import.ImportPasted(p)
	if err != nil || again.Duplicates != 1 {
		t.Errorf("same paste twice: %+v %v", again, err)
	}

	_, err = s.Import.ImportPasted(PastedArticle{Title: "x", Body: "  "})
	wantCode(t, err, CodeInvalid, "no text")
	_, err = s.Import.ImportPasted(PastedArticle{Body: "Some text.", PublishedAt: "2025-02-30"})
	wantCode(t, err, CodeInvalid, "not a date")
	_, err = s.Import.ImportPasted(PastedArticle{Body: "Some text.", URL: "javascript:alert(1)"})
	wantCode(t, err, CodeInvalid, "not a web address")
	_, err = s.Import.ReadPaste(strings.Repeat("x", DefaultMaxBytes+1), "")
	wantCode(t, err, CodeInvalid, "over the 10 MB limit")
}
