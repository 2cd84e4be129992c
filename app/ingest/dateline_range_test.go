package ingest

import (
	"strings"
	"testing"
)

// A dateline's date is a publication date only within the range every other date the
// importer reads is held to (validDate: 1900–2200). "TOKYO, June 3, 9999 (Reuters)" was
// stored as published 9999-06-03, a date the article editor refuses, and every relative
// date in the story ("last year") was then resolved against it.
func TestDatelineDateOutOfRangeIsNoPublicationDate(t *testing.T) {
	for _, text := range []string{
		"Dam holds\n\nTOKYO, June 3, 9999 (Reuters) - A dam held after the tremor, officials said.\n",
		"Dam holds\n\nTOKYO, June 3, 1066 (Reuters) - A dam held after the tremor, officials said.\n",
		"Ferry late\n\nOSAKA, Feb 28 (Kyodo) - The ferry left late, the harbour master said on December 31, 2200.\n",
	} {
		a := ParsePlainText(text)
		if a.PublishedAt != "" {
			t.Errorf("%q: published %q, want none", text, a.PublishedAt)
		}
		if a.Outlet == "" {
			t.Errorf("%q: the outlet was lost with the date", text)
		}
	}
	if a := ParsePlainText("Dam holds\n\nTOKYO, June 3, 2025 (Reuters) - A dam held.\n"); a.PublishedAt != "2025-06-03" {
		t.Errorf("a plausible dateline date: %q", a.PublishedAt)
	}
}

// A page whose site name is no name (12,000 characters of og:site_name) gives no outlet:
// it became a source of 12,006 characters, which the source editor would refuse and
// which no list can show. The article is still imported, its outlet read from the text.
func TestOverlongSiteNameIsNoOutlet(t *testing.T) {
	long := "Daily " + strings.Repeat("Planet", 2000)
	page := `<html><head><title>Dam holds</title><meta property="og:site_name" content="` + long + `"></head>
<body><article><h1>Dam holds</h1><p>LANZHOU, Nov 7 (Reuters) - A dam upstream of the town held after the tremor, the county office said.</p></article></body></html>`
	d := ParseHTML(page)
	if d.Source != "Reuters" || d.Body == "" {
		t.Errorf("source %d characters %.40q, body %d bytes; want Reuters from the dateline", len([]rune(d.Source)), d.Source, len(d.Body))
	}
	fine := strings.Replace(page, long, "Daily Planet", 1)
	if d := ParseHTML(fine); d.Source != "Daily Planet" {
		t.Errorf("a site name of ordinary length: %q", d.Source)
	}
}
