package ingest

import "testing"

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
