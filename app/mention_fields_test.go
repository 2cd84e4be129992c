package app

import (
	"errors"
	"strings"
	"testing"
)

// A mention's typed fields are refused, with a message and nothing written, when they hold
// a control character or are longer than the field keeps (never cut); ordinary values pass.
// Found by ratk3: a NUL in a raw value and a 100,000-character channel text were accepted.
func TestMentionFieldsRefuseControlCharactersAndOverlongText(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	const quote = "Customs officers seized 2,400 kilograms of cocaine at the port of Veltra on Monday"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Seizure at Veltra", Outlet: "Coast Herald", PublishedAt: "2026-03-03",
		Body: quote + ", officials said.\n"}, quote)
	count := func() int {
		var n int
		if err := ws.DB().QueryRow("SELECT count(*) FROM claim_mentions").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	bad := []MentionInput{
		{ArticleID: a.ID, Start: s, End: e, Quote: quote, RawValue: "2,400\x00 kg"},
		{ArticleID: a.ID, Start: s, End: e, Quote: quote, Hedge: "about\x1b"},
		{ArticleID: a.ID, Start: s, End: e, Quote: quote, ChannelText: strings.Repeat("citing Interfax ", 10000)},
	}
	for i, in := range bad {
		_, err := svc.Claims.AddMention(in)
		var ae *Error
		if !errors.As(err, &ae) || ae.Code != CodeInvalid {
			t.Errorf("case %d: got %v, want invalid", i, err)
		}
	}
	if n := count(); n != 0 {
		t.Fatalf("%d mentions written by refused calls", n)
	}
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: quote, RawValue: "2,400 kilograms", Hedge: "", ChannelText: "Coast Herald, citing customs"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := d.Mentions[0].SpanID
	long := strings.Repeat("x", maxRawValue+1)
	if _, err := svc.Claims.UpdateMention(spanID, MentionPatch{RawValue: &long}); err == nil || !strings.Contains(err.Error(), "at most") {
		t.Errorf("an overlong raw value was accepted: %v", err)
	}
	nul := "2,400\x00"
	if _, err := svc.Claims.UpdateMention(spanID, MentionPatch{RawValue: &nul}); err == nil {
		t.Error("a raw value with a NUL was accepted")
	}
	got, err := svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Mentions[0].RawValue != "2,400 kilograms" {
		t.Errorf("the raw value changed to %q after refused edits", got.Mentions[0].RawValue)
	}
}
