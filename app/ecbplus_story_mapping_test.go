package app

import (
	"path/filepath"
	"testing"
)

// TestECBPlusMapping maps app/ecbplus's made-up topic 7 (written for the reader's test)
// onto a gold story: the event in two articles is a claim; the one left with one article
// after a shared sentence went to the other is not; the one in one article only is not;
// quotes are the file's text at their offsets; the ECB+ document's address line is left out.
func TestECBPlusMapping(t *testing.T) {
	tp := ecbLoadTopic(t, filepath.Join("ecbplus", "testdata"), 7)
	if tp.events != 2 || tp.shared != 1 {
		t.Errorf("events %d, shared sentences %d; want 2 and 1", tp.events, tp.shared)
	}
	if len(tp.Claims) != 1 || len(tp.Mentions) != 3 {
		t.Fatalf("claims %+v, mentions %+v; want one claim of three mentions", tp.Claims, tp.Mentions)
	}
	wantQuotes := []struct{ file, quote string }{
		{"1ecb.txt", `A heron stole the pond's carp, "sadly".`},
		{"1ecb.txt", "The theft didn't stop (yet)."},
		{"3ecb.txt", "The heron took a carp and flew."}, // told by both events: the first told takes it
	}
	for i, m := range tp.Mentions {
		if m.Claim != "E1" || m.Article != wantQuotes[i].file || m.Quote != wantQuotes[i].quote {
			t.Errorf("mention %d: %s %s %q, want E1 %s %q", i, m.Claim, m.Article, m.Quote, wantQuotes[i].file, wantQuotes[i].quote)
		}
		if got := string([]rune(tp.Texts[m.Article])[m.Start:m.End]); got != m.Quote {
			t.Errorf("mention %s: the file holds %q at its offsets", m.ID, got)
		}
		if s := tp.sentenceAt(m.Article, m.Start+1, m.End-1); s == nil || s.mention != m.ID || !s.indexed {
			t.Errorf("mention %s: sentenceAt gives %+v", m.ID, s)
		}
	}
	if first, _ := tp.FirstMention("E1"); first.ID != tp.Mentions[0].ID {
		t.Errorf("the analyst marks %s, want the first told", first.ID)
	}
	if want := "Topic 7, document 2ecbplus\n\nHerons took fish.\n\nThey flew.\n\n"; tp.Texts["2ecbplus.txt"] != want {
		t.Errorf("2ecbplus.txt = %q, want %q (no address line)", tp.Texts["2ecbplus.txt"], want)
	}
	if tp.headers["2ecbplus.txt"] != len([]rune("Topic 7, document 2ecbplus\n\n")) {
		t.Errorf("header %d", tp.headers["2ecbplus.txt"])
	}
	for item, plus := range map[string]bool{"E1:1ecb/0": false, "E4:2ecbplus/1": true, "other 2ecbplus/2": true,
		"other 3ecb/1": false, "span 2ecbplus.txt:3-9": true, "span 1ecb.txt:0-5": false} {
		if tp.plusOf(item) != plus {
			t.Errorf("plusOf(%q) = %v", item, !plus)
		}
	}
}
