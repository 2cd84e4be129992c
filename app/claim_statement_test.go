package app

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A statement that shows nothing or holds a control character is invalid, with a clear
// message, and nothing is written: "\u200b" made a claim whose row reads blank, and
// "\x00…" failed the table's check and came back as a "conflict" quoting SQLite. A
// statement of 100,000 characters is kept whole, and its CSV export warns about Excel's
// cell limit instead of cutting it.
func TestClaimStatementRefusalsAndALongOne(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	before := countRows(t, ws, "claims", "audit_log")
	for _, st := range []string{"", "  \n\t ", "\u200b", "\u2060\ufeff \u00ad", "\x00Korvin arrived", "Korvin\x07 arrived"} {
		_, err := svc.Claims.Create(ClaimInput{Statement: st})
		wantCode(t, err, CodeInvalid, "statement")
	}
	d, err := svc.Claims.Create(ClaimInput{Statement: "Korvin arrived in Tallinn"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.Claims.Update(d.ID, ClaimPatch{Statement: ptr("\u200b")})
	wantCode(t, err, CodeInvalid, "statement")
	const quote = "Finance Minister Alda Korvin arrived in Tallinn on Tuesday"
	a, s, e := pasteOne(t, svc, PastedArticle{Title: "Korvin in Tallinn", Outlet: "Harbour Wire", Body: quote + " for talks.\n"}, quote)
	_, err = svc.Claims.AddMention(MentionInput{NewStatement: "\x00", ArticleID: a.ID, Start: s, End: e, Quote: quote})
	wantCode(t, err, CodeInvalid, "statement")
	if n := countRows(t, ws, "claims")["claims"]; n != before["claims"]+1 {
		t.Errorf("the refusals left claims: %d, want %d", n, before["claims"]+1)
	}
	if got, _ := svc.Claims.Get(d.ID); got.Statement != "Korvin arrived in Tallinn" {
		t.Errorf("a refused edit changed the statement to %q", got.Statement)
	}
	long := strings.Repeat("Korvin arrived in Tallinn for talks on port fees. ", 2000)[:100000]
	d, err = svc.Claims.Create(ClaimInput{Statement: long})
	if err != nil {
		t.Fatal(err)
	}
	if n := utf8.RuneCountInString(d.Statement); n != 100000-1 { // the trailing space cleaned
		t.Errorf("a 100,000-character statement stored as %d characters", n)
	}
	res, err := svc.Export.Export(ExportOptions{What: "claims"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Content, d.Statement) || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "32767") {
		t.Errorf("the export cut the long statement or did not warn: %v", res.Warnings)
	}
	if _, err := svc.Matching.Propose(d.ID); err != nil {
		t.Errorf("proposals for a 100,000-character statement: %v", err)
	}
}
