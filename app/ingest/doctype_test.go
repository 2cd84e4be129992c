package ingest

import (
	"strings"
	"testing"
)

// Issue 15, smaller ones: an HTML file with a DOCTYPE internal subset left a stray
// "]>" (and the rest of the subset) in the article text.
func TestParseHTMLDoctypeInternalSubset(t *testing.T) {
	pages := map[string]string{
		"subset": `<!DOCTYPE html [ <!ENTITY minister "Olga Lyubimova"> ]>
<html><head><title>Visit</title></head><body><p>The culture minister arrived on Monday.</p></body></html>`,
		"xml declaration, comment, > and ] in quotes": `<?xml version="1.0"?>
<!-- saved by an XML editor -->
<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd" [
  <!ENTITY arrow "->">
  <!ENTITY bracket ']>'>
  <!-- a ] in a comment -->
]>
<html><body><p>The culture minister arrived on Monday.</p></body></html>`,
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			d := ParseHTML(page)
			if d.Body != "The culture minister arrived on Monday." {
				t.Errorf("body %q", d.Body)
			}
		})
	}
	// Without a subset, or a subset that never closes, nothing changes.
	for _, s := range []string{"<!DOCTYPE html><p>x</p>", "<p>[x]></p>", "<!DOCTYPE html [ <!ENTITY a 'b'>"} {
		if got := dropDoctypeSubset(s); got != s {
			t.Errorf("dropDoctypeSubset(%q) = %q", s, got)
		}
	}
	if got := dropDoctypeSubset("<!DOCTYPE html [ <!ENTITY a 'b'> ]><p>x</p>"); !strings.HasPrefix(got, "<!DOCTYPE html >") {
		t.Errorf("subset kept: %q", got)
	}
}
