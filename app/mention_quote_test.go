package app

import (
	"strings"
	"testing"
)

// A mention marked on a sentence that is mostly a quotation ("\"...,\" the operator said.")
// is a direct quote, read as such when the mention is made, like its origin; and the
// channel words of "The operator, Vantor Lines, says" keep no comma before the verb.
// Sentences written for this test; the names are invented.
func TestMentionReadsItsQuotationAndChannelWords(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	body := "Ferries to Dalby island resumed on Friday after three days of storms.\n\n" +
		"\"No vessel of ours will sail in winds above force eight,\" the company said.\n\n" +
		"The operator, Vantor Lines, says the crossing was never unsafe.\n\n" +
		"Harbour staff said the first ferry left at noon with 40 cars aboard."
	quoted := "\"No vessel of ours will sail in winds above force eight,\" the company said."
	said := "The operator, Vantor Lines, says the crossing was never unsafe."
	plain := "Harbour staff said the first ferry left at noon with 40 cars aboard."
	a, _, _ := pasteOne(t, svc, PastedArticle{Title: "Dalby ferries sail again", Body: body, Outlet: "Skerry Gazette", PublishedAt: "2026-03-06"}, quoted)
	mention := func(needle string) Mention {
		t.Helper()
		i := strings.Index(a.Body, needle)
		s, e := int64(len([]rune(a.Body[:i]))), int64(len([]rune(a.Body[:i])))+int64(len([]rune(needle)))
		d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: needle})
		if err != nil {
			t.Fatal(err)
		}
		return d.Mentions[0]
	}
	if m := mention(quoted); !m.IsDirectQuote {
		t.Errorf("%q: not read as a direct quote (channel %q)", quoted, m.ChannelText)
	}
	if m := mention(plain); m.IsDirectQuote {
		t.Errorf("%q: read as a direct quote", plain)
	}
	m := mention(said)
	if m.IsDirectQuote {
		t.Errorf("%q: read as a direct quote", said)
	}
	if strings.Contains(m.ChannelText, ",") || !strings.Contains(m.ChannelText, "says") {
		t.Errorf("%q: channel words %q, want them without the apposition's comma", said, m.ChannelText)
	}
}
