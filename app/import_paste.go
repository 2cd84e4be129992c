package app

import (
	"strings"
	"unicode/utf8"

	"claimdesk/app/ingest"
)

// PastedArticle is an article the analyst pasted: the text and the facts the "New
// article from pasted text" form shows, prefilled by ReadPaste and corrected by them.
type PastedArticle struct {
	Title       string `json:"title"`
	Body        string `json:"body"`
	Outlet      string `json:"outlet"`
	PublishedAt string `json:"publishedAt"` // YYYY-MM-DD or YYYY-MM-DDTHH:MM, or ""
	URL         string `json:"url"`
	Byline      string `json:"byline"`
	Language    string `json:"language"`
}

// maxPasteBytes bounds a paste like a file (the import's default size limit).
const maxPasteBytes = DefaultMaxBytes

// ReadPaste reads what the clipboard held (its plain text, and its HTML when the
// copy came from a web page) into a PastedArticle to prefill the form: from HTML,
// the page's main text and facts as for a fetched page; from text, the headline,
// dateline, outlet and byline as for a .txt file; a web address alone on a line
// of its own becomes the URL. Nothing is stored.
func (s *ImportService) ReadPaste(text, html string) (PastedArticle, error) {
	if len(text)+len(html) > maxPasteBytes {
		return PastedArticle{}, Invalid("the pasted text is over the %d MB limit; save it as a file and import that", maxPasteBytes>>20)
	}
	if !utf8.ValidString(text) || !utf8.ValidString(html) {
		return PastedArticle{}, Invalid("the pasted text is not valid UTF-8")
	}
	var d ingest.Doc
	if strings.TrimSpace(html) != "" {
		d = ingest.ParseHTML(ingest.Normalize(html))
	}
	if d.Body == "" || len([]rune(d.Body)) < len([]rune(strings.TrimSpace(text)))/2 {
		// A fragment copied from a page is often only a few paragraphs: its plain
		// text is then the better reading.
		url := ""
		var lines []string
		for _, l := range strings.Split(ingest.Normalize(text), "\n") {
			if u := ingest.CleanURL(l); u != "" && url == "" {
				url = u
				continue
			}
			lines = append(lines, l)
		}
		a := ingest.ParsePlainText(strings.Join(lines, "\n"))
		keepURL := firstNonEmpty(d.URL, url)
		d = ingest.Doc{Title: a.Title, Body: a.Body, Source: a.Outlet, PublishedAt: a.PublishedAt, Byline: a.Byline, URL: keepURL}
	}
	return PastedArticle{Title: d.Title, Body: d.Body, Outlet: d.Source, PublishedAt: d.PublishedAt,
		URL: d.URL, Byline: d.Byline, Language: d.Language}, nil
}

// ImportPasted stores a pasted article as the analyst confirmed it. The body is
// required; a date must be a real one (YYYY-MM-DD[THH:MM]); a URL must be http(s).
// The same text already in the workspace is reported as a duplicate.
func (s *ImportService) ImportPasted(a PastedArticle) (ImportSummary, error) {
	body := strings.TrimSpace(ingest.Normalize(a.Body))
	if body == "" {
		return ImportSummary{}, Invalid("the pasted article has no text")
	}
	if len(a.Body) > maxPasteBytes {
		return ImportSummary{}, Invalid("the pasted text is over the %d MB limit; save it as a file and import that", maxPasteBytes>>20)
	}
	d := ingest.Doc{Title: strings.TrimSpace(a.Title), Body: body, Source: strings.TrimSpace(a.Outlet),
		Byline: strings.TrimSpace(a.Byline), Language: strings.TrimSpace(a.Language)}
	if p := strings.TrimSpace(a.PublishedAt); p != "" {
		n, ok := ingest.NormalizeDate(p)
		if !ok {
			return ImportSummary{}, Invalid("%q is not a date: write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)", p)
		}
		d.PublishedAt = n
	}
	if u := strings.TrimSpace(a.URL); u != "" {
		if d.URL = ingest.CleanURL(u); d.URL == "" {
			return ImportSummary{}, Invalid("%q is not a web address (http:// or https://)", u)
		}
	}
	if d.Title == "" {
		first, _, _ := strings.Cut(body, "\n")
		d.Title = first
	}
	d.Cites = ingest.CitesOf(d)
	name := "pasted text"
	if d.URL != "" {
		name = d.URL
	}
	return s.run([]job{{display: name, doc: &d}}, ImportOptions{MaxBytes: DefaultMaxBytes})
}
