package app

import (
	"strings"
	"unicode"
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
	text = strings.TrimPrefix(text, "\ufeff") // a byte-order mark is not text, as in a file
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
	if len(a.Body) > maxPasteBytes {
		return ImportSummary{}, Invalid("the pasted text is over the %d MB limit; save it as a file and import that", maxPasteBytes>>20)
	}
	// Checked as a file's text is (ingest.Decode): no NUL, valid UTF-8, no byte-order mark.
	if i := strings.IndexByte(a.Body, 0); i >= 0 {
		return ImportSummary{}, Invalid("the pasted text contains a NUL character (at character %d): it is not text", utf8.RuneCountInString(a.Body[:i])+1)
	}
	if !utf8.ValidString(a.Body) {
		return ImportSummary{}, Invalid("the pasted text is not valid UTF-8")
	}
	body := strings.TrimSpace(strings.TrimPrefix(ingest.Normalize(a.Body), "\ufeff"))
	if body == "" {
		return ImportSummary{}, Invalid("the pasted article has no text")
	}
	title := strings.TrimSpace(a.Title)
	switch {
	case !utf8.ValidString(title) || strings.ContainsFunc(title, unicode.IsControl):
		return ImportSummary{}, Invalid("the title must be plain text on one line")
	case utf8.RuneCountInString(title) > ingest.MaxTitle:
		return ImportSummary{}, Invalid("the title is longer than %d characters", ingest.MaxTitle)
	case title == "":
		first, _, _ := strings.Cut(body, "\n")
		title = ingest.CapTitle(strings.TrimSpace(first)) // as a file's first line
	}
	published := strings.TrimSpace(a.PublishedAt)
	if published != "" {
		n, ok := ingest.NormalizeDate(published)
		if !ok {
			return ImportSummary{}, Invalid("%q is not a date: write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)", published)
		}
		published = n
	}
	link := ""
	if u := strings.TrimSpace(a.URL); u != "" {
		if link = ingest.CleanURL(u); link == "" {
			return ImportSummary{}, Invalid("%q is not a web address (http:// or https://)", u)
		}
	}
	// The facts the form shows are the ones Edit details edits: checked by its rules. A
	// page's lang="EN" (tags are case-insensitive, and ReadPaste keeps a page's as written)
	// is written as Edit details wants it, "en".
	lang := strings.TrimSpace(a.Language)
	primary, _, _ := strings.Cut(lang, "-")
	lang = strings.ToLower(primary) + lang[len(primary):]
	facts, err := (&ArticleService{ws: s.ws}).cleanUpdate(ArticleUpdate{Outlet: a.Outlet, PublishedAt: published,
		URL: link, Byline: a.Byline, Language: lang})
	if err == nil {
		err = (&ArticleService{ws: s.ws}).notAhead(facts.PublishedAt)
	}
	if err != nil {
		return ImportSummary{}, err
	}
	d := ingest.Doc{Title: title, Body: body, Source: facts.Outlet, Byline: facts.Byline, Language: facts.Language,
		PublishedAt: facts.PublishedAt, URL: facts.URL}
	d.Cites = ingest.CitesOf(d)
	name := "pasted text"
	if d.URL != "" {
		name = d.URL
	}
	return s.run([]job{{display: name, doc: &d}}, ImportOptions{MaxBytes: DefaultMaxBytes})
}
