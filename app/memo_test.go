package app

import (
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"claimdesk/app/export"

	"golang.org/x/net/html"
)

// The verification memo on real temp-file workspaces. The stories, outlets and names are
// written for these tests (Corvale, Lantern Wire, Harbour Gazette are invented).

const (
	memoStatement = "The Corvale flood killed 300 people"
	// an article title, an outlet, a note and a name that try to be markup or reorder text
	hostileTitle  = `Flood toll <script>window.pwned=1</script> report`
	hostileOutlet = `Harbour <img src=x onerror="window.pwned=2"> Gazette`
	hostileNote   = "Check with the <a href=\"javascript:window.pwned=3\">authority</a>; did \u202eton\u202c happen?"
	rtlSpeaker    = "נועה לוי"           // a Hebrew name (written for this test)
	rtlAgency     = "وكالة أنباء كورفال" // an Arabic agency name (invented)
)

type memoFixture struct {
	svc     *Services
	claimID int64
	arts    []int64
}

// memoClaim makes a claim stated by three articles: Lantern Wire (300 people, through an
// Arabic-named agency), Harbour Gazette with a hostile outlet name, title and a
// javascript: URL (450 people: a contradiction), and an unattributed third article that
// denies it. The claim is assessed with evidence and carries a hostile note.
func memoClaim(t *testing.T) memoFixture {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, true)
	texts := []struct{ title, source, url, body, quote, value string }{
		{"Corvale counts its dead", "Lantern Wire", "https://lantern.example/corvale-flood",
			"Rescue teams searched the river banks on Monday. The flood killed around 300 people, according to the agency. Roads stay closed.",
			"The flood killed around 300 people", "around 300 people"},
		{hostileTitle, hostileOutlet, "https://gazette.example/toll",
			"The flood killed 450 people, the river office said on Tuesday. Schools reopen next week.",
			"The flood killed 450 people", "450 people"},
		{"No deaths, says mayor", "", "",
			"The mayor said it is not true that the flood killed 300 people. He called the reports exaggerated.",
			"it is not true that the flood killed 300 people", "300 people"},
	}
	var fx memoFixture
	fx.svc = svc
	agency, err := svc.Sources.Create(SourceInput{Name: rtlAgency, Kind: "agency", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range texts {
		rec := fmt.Sprintf(`{"title":%q,"source":%q,"url":%q,"published_at":"2026-03-0%d","text":%q}`, x.title, x.source, x.url, i+2, x.body)
		sum, err := svc.Import.ImportFiles([]ImportFile{{Name: fmt.Sprintf("memo%d.json", i), Content: base64.StdEncoding.EncodeToString([]byte(rec))}}, ImportOptions{})
		if err != nil || sum.Imported != 1 {
			t.Fatalf("import %d: %+v %v", i, sum, err)
		}
		id := sum.Items[0].ArticleID
		fx.arts = append(fx.arts, id)
		at := int64(len([]rune(x.body[:strings.Index(x.body, x.quote)])))
		in := MentionInput{ArticleID: id, Start: at, End: at + int64(len([]rune(x.quote))), Quote: x.quote, RawValue: x.value}
		if fx.claimID == 0 {
			in.NewStatement = memoStatement
		} else {
			in.ClaimID = &fx.claimID
		}
		if i == 0 {
			in.ChannelSourceID = &agency.ID
			in.ChannelText = "according to the agency"
		}
		d, err := svc.Claims.AddMention(in)
		if err != nil {
			t.Fatalf("mention %d: %v", i, err)
		}
		fx.claimID = d.ID
		if i == 2 {
			span := d.Mentions[len(d.Mentions)-1].SpanID
			for _, m := range d.Mentions {
				if m.ArticleID == id {
					span = m.SpanID
				}
			}
			denies := "denies"
			speaker := NewSpeaker{Type: "person", Name: rtlSpeaker}
			if _, err := svc.Claims.UpdateMention(span, MentionPatch{Stance: &denies, NewSpeaker: &speaker}); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The import refuses a URL that is not http(s); another tool writing the file (the
	// sqlite3 shell, a script) does not ask.
	if _, err := ws.DB().Exec(`UPDATE articles SET url = 'javascript:window.pwned=4' WHERE id = ?`, fx.arts[1]); err != nil {
		t.Fatal(err)
	}
	note := hostileNote
	if _, err := svc.Claims.Update(fx.claimID, ClaimPatch{Note: &note}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: fx.claimID, Credibility: 4, Rationale: "Two outlets disagree on the toll;\nthe mayor denies it.",
		Evidence: []EvidenceInput{{Stance: "refutes", ArticleID: &fx.arts[2], Note: "the mayor's denial"}, {Stance: "context", URL: "https://river.example/levels", Note: "a link that must stay text"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`UPDATE evidence SET url = 'javascript:window.pwned=5' WHERE url = 'https://river.example/levels'`); err != nil {
		t.Fatal(err)
	}
	return fx
}

func memoOf(t *testing.T, svc *Services, o MemoOptions) string {
	t.Helper()
	res, err := svc.Export.Memo(o)
	if err != nil {
		t.Fatalf("memo %+v: %v", o, err)
	}
	return res.Content
}

// TestMemoHoldsTheClaimPage: the HTML and the text memo say the same things the claim
// page does: statement, verdict, the reasons for the suggested grade, origins in words,
// each mention's chain, stance, value as written, outlet, date, sentence and title, the
// contradiction and why, the assessment with its evidence, the note, and the workspace's
// name and state.
func TestMemoHoldsTheClaimPage(t *testing.T) {
	fx := memoClaim(t)
	d, err := fx.svc.Claims.Get(fx.claimID)
	if err != nil {
		t.Fatal(err)
	}
	g, err := fx.svc.Grades.Suggest(fx.claimID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contradictions) == 0 || len(g.Reasons) == 0 {
		t.Fatalf("the fixture has %d contradictions and %d reasons; want some of each", len(d.Contradictions), len(g.Reasons))
	}
	for _, format := range MemoFormats {
		res, err := fx.svc.Export.Memo(MemoOptions{ClaimIDs: []int64{fx.claimID}, Format: format})
		if err != nil {
			t.Fatal(err)
		}
		text := res.Content
		if format == "html" {
			text = visibleText(t, res.Content)
		}
		want := []string{
			memoStatement, "4 Doubtful", "Two outlets disagree on the toll", "the mayor denies it.",
			d.OriginSummary, fmt.Sprintf("%d %s", g.Credibility, g.Label),
			"Lantern Wire", "Lantern Wire ← " + rtlAgency, "around 300 people", "450 people", "2026-03-02",
			"Rescue teams searched", "Roads stay closed", // not the sentence: the mention's own sentence only
			"Corvale counts its dead", hostileTitle, "No deaths, says mayor", "denies it", rtlSpeaker,
			d.Contradictions[0].Message, "refutes", "the mayor's denial", "javascript:window.pwned=5",
			"Check with the <a href=\"javascript:window.pwned=3\">authority</a>; did ◂ton▪ happen?",
			"workspace “" + strings.TrimSuffix(filepath.Base(fx.svc.Export.ws.DB().Path), ".db") + "”",
		}
		for _, r := range g.Reasons {
			want = append(want, export.Shown(r))
		}
		for _, w := range want {
			if w == "Rescue teams searched" || w == "Roads stay closed" {
				if strings.Contains(text, w) {
					t.Errorf("%s memo quotes %q, outside the mention's sentence", format, w)
				}
				continue
			}
			if !strings.Contains(text, w) {
				t.Errorf("%s memo lacks %q", format, w)
			}
		}
		if strings.Contains(text, fx.svc.Export.ws.DB().Path) || strings.Contains(text, filepath.Dir(fx.svc.Export.ws.DB().Path)) {
			t.Errorf("%s memo names the workspace's path", format)
		}
		sentence := "The flood killed around 300 people, according to the agency."
		if format == "text" {
			sentence = "«The flood killed around 300 people», according to the agency."
		}
		if !strings.Contains(text, sentence) {
			t.Errorf("%s memo does not quote the mention's sentence whole", format)
		}
		if res.Rows != 1 || !strings.HasPrefix(res.Filename, fmt.Sprintf("claimdesk-memo-claim%d-", fx.claimID)) {
			t.Errorf("%s memo: rows %d, filename %q", format, res.Rows, res.Filename)
		}
	}
}

// TestMemoHTMLIsInertData: markup, event handlers, javascript: links and bidi controls in
// article titles, outlet names, notes, URLs and evidence are text in the memo: no
// script, no handler, no link but http(s), controls shown as marks, and a CSP that
// allows only the memo's own style (whose hash it names).
func TestMemoHTMLIsInertData(t *testing.T) {
	fx := memoClaim(t)
	page := memoOf(t, fx.svc, MemoOptions{ClaimIDs: []int64{fx.claimID}})
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var csp, style string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "img", "form", "base", "link":
				t.Errorf("the memo holds a <%s> element", n.Data)
			case "style":
				if n.FirstChild != nil {
					style = n.FirstChild.Data
				}
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("<%s> has the handler %s=%q", n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "#claim-") {
					t.Errorf("<%s> links to %q", n.Data, a.Val)
				}
				if n.Data == "meta" && a.Key == "http-equiv" && a.Val == "Content-Security-Policy" {
					for _, b := range n.Attr {
						if b.Key == "content" {
							csp = b.Val
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if csp != export.MemoCSP() || !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
	if !strings.Contains(csp, "'sha256-"+sha256b64(style)+"'") {
		t.Errorf("the CSP does not allow the memo's own style sheet by its hash: %q", csp)
	}
	for _, c := range []string{"\u202e", "\u202c"} {
		if strings.Contains(page, c) {
			t.Errorf("the memo holds the bidi control %U as is", []rune(c)[0])
		}
	}
	if !strings.Contains(page, "<bdi>"+rtlAgency+"</bdi>") && !strings.Contains(page, "← "+rtlAgency+"</bdi>") {
		t.Errorf("the right-to-left agency name is not isolated in <bdi>")
	}
	if !strings.Contains(page, `<a href="https://lantern.example/corvale-flood"`) {
		t.Errorf("the http(s) article URL is not a link")
	}
	text := memoOf(t, fx.svc, MemoOptions{ClaimIDs: []int64{fx.claimID}, Format: "text"})
	for _, c := range []string{"\u202e", "\u202c", "\x1b"} {
		if strings.Contains(text, c) {
			t.Errorf("the text memo holds the control %U as is", []rune(c)[0])
		}
	}
}

// TestMemoTextShowsTerminalControls: an escape sequence in a note would move a terminal's
// cursor when the CLI prints the text memo; it is shown as ␛.
func TestMemoTextShowsTerminalControls(t *testing.T) {
	fx := memoClaim(t)
	note := "first line\x1b[2J\x1b[1;1Hfake screen\r\nnext"
	if _, err := fx.svc.Claims.Update(fx.claimID, ClaimPatch{Note: &note}); err != nil {
		t.Fatal(err)
	}
	text := memoOf(t, fx.svc, MemoOptions{ClaimIDs: []int64{fx.claimID}, Format: "text"})
	if strings.ContainsRune(text, 0x1b) || !strings.Contains(text, "first line␛[2J␛[1;1Hfake screen") {
		t.Fatalf("the escape sequence is not shown as text:\n%s", text)
	}
}

// TestMemoOfSeveralClaimsAndATag: several claims are one document with a contents list
// linking to each; a tag's claims likewise; the selection is named.
func TestMemoOfSeveralClaimsAndATag(t *testing.T) {
	fx := memoClaim(t)
	other, err := fx.svc.Claims.Create(ClaimInput{Statement: "Schools in Corvale reopen next week"})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{fx.claimID, other.ID} {
		if _, err := fx.svc.Tags.TagClaim(id, "corvale flood"); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range []MemoOptions{{ClaimIDs: []int64{fx.claimID, other.ID, fx.claimID}}, {Tag: "Corvale Flood"}} {
		page := memoOf(t, fx.svc, o)
		for _, id := range []int64{fx.claimID, other.ID} {
			if !strings.Contains(page, fmt.Sprintf(`<a href="#claim-%d">`, id)) || !strings.Contains(page, fmt.Sprintf(`<article class="claim" id="claim-%d"`, id)) {
				t.Errorf("%+v: claim %d is not in the contents and the document", o, id)
			}
		}
		if n := strings.Count(page, `<article class="claim"`); n != 2 {
			t.Errorf("%+v: %d claims in the memo, want 2 (a repeated id once)", o, n)
		}
		if !strings.Contains(page, "Contents") || !strings.Contains(page, "Claim 2 of 2") {
			t.Errorf("%+v: no contents or numbering", o)
		}
		text := memoOf(t, fx.svc, MemoOptions{ClaimIDs: o.ClaimIDs, Tag: o.Tag, Format: "text"})
		if !strings.Contains(text, "CONTENTS") || !strings.Contains(text, "CLAIM 2 OF 2") || !strings.Contains(text, "Schools in Corvale reopen next week") {
			t.Errorf("%+v: the text memo lacks the contents or the second claim", o)
		}
	}
	if page := memoOf(t, fx.svc, MemoOptions{Tag: "corvale flood"}); !strings.Contains(page, "the 2 claims tagged “corvale flood”") {
		t.Errorf("the tag memo does not name its selection")
	}
}

// TestMemoBadInput: a deleted claim, an unknown tag, a tag on no claim, no claim at all,
// both ids and a tag, a wrong format, too many claims: each a clear error, nothing written.
func TestMemoBadInput(t *testing.T) {
	fx := memoClaim(t)
	other, err := fx.svc.Claims.Create(ClaimInput{Statement: "A claim to delete"})
	if err != nil {
		t.Fatal(err)
	}
	if err := fx.svc.Claims.Delete(other.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := fx.svc.Tags.Create("empty tag", ""); err != nil {
		t.Fatal(err)
	}
	many := make([]int64, MaxMemoClaims+1)
	for i := range many {
		many[i] = int64(i + 1)
	}
	cases := []struct {
		o    MemoOptions
		code Code
		says string
	}{
		{MemoOptions{ClaimIDs: []int64{other.ID}}, CodeNotFound, fmt.Sprintf("claim %d does not exist", other.ID)},
		{MemoOptions{ClaimIDs: []int64{fx.claimID, other.ID}}, CodeNotFound, fmt.Sprintf("claim %d does not exist", other.ID)},
		{MemoOptions{Tag: "no such tag"}, CodeNotFound, "does not exist"},
		{MemoOptions{Tag: "empty tag"}, CodeInvalid, "no claim carries the tag"},
		{MemoOptions{}, CodeInvalid, "needs a claim"},
		{MemoOptions{ClaimIDs: []int64{fx.claimID}, Tag: "x"}, CodeInvalid, "one of them"},
		{MemoOptions{Tag: "x", Filter: &ClaimFilter{}}, CodeInvalid, "one of them"},
		{MemoOptions{ClaimIDs: []int64{-1}}, CodeInvalid, "positive"},
		{MemoOptions{ClaimIDs: []int64{fx.claimID}, Format: "pdf"}, CodeInvalid, "html or text"},
		{MemoOptions{ClaimIDs: many}, CodeInvalid, fmt.Sprintf("at most %d claims", MaxMemoClaims)},
	}
	dir := t.TempDir()
	for _, c := range cases {
		_, err := fx.svc.Export.Memo(c.o)
		var ae *Error
		if !errors.As(err, &ae) || ae.Code != c.code || !strings.Contains(ae.Message, c.says) {
			t.Errorf("%+v: %v, want %s saying %q", c.o, err, c.code, c.says)
		}
		path := filepath.Join(dir, "memo.html")
		if _, err := fx.svc.Export.MemoToFile(path, false, c.o); err == nil {
			t.Errorf("%+v: written to a file", c.o)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("%+v: a file was left at %s", c.o, path)
		}
	}
}

// TestMemoToFile writes the file the window's save dialog names: .html or .txt as the
// format asks, never over an existing file without overwrite, owner-only.
func TestMemoToFile(t *testing.T) {
	fx := memoClaim(t)
	dir := t.TempDir()
	o := MemoOptions{ClaimIDs: []int64{fx.claimID}}
	if _, err := fx.svc.Export.MemoToFile(filepath.Join(dir, "memo.csv"), false, o); err == nil || !strings.Contains(err.Error(), ".html") {
		t.Errorf("a memo saved as .csv: %v", err)
	}
	path := filepath.Join(dir, "memo.html")
	res, err := fx.svc.Export.MemoToFile(path, false, o)
	if err != nil || res.Rows != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", st, err)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), memoStatement) {
		t.Errorf("the file lacks the statement")
	}
	if _, err := fx.svc.Export.MemoToFile(path, false, o); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("an existing file was not refused: %v", err)
	}
	if _, err := fx.svc.Export.MemoToFile(filepath.Join(dir, "memo.txt"), false, MemoOptions{ClaimIDs: o.ClaimIDs, Format: "text"}); err != nil {
		t.Error(err)
	}
}

// TestMemoOfAClaimWithoutMentions says so rather than leaving empty sections.
func TestMemoOfAClaimWithoutMentions(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	c, err := svc.Claims.Create(ClaimInput{Statement: "A bridge in Corvale was closed"})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range MemoFormats {
		m := memoOf(t, svc, MemoOptions{ClaimIDs: []int64{c.ID}, Format: format})
		for _, w := range []string{"A bridge in Corvale was closed", "No accepted mention", "Not assessed yet", "0 articles, 0 origins", "No contradiction found"} {
			if !strings.Contains(m, w) {
				t.Errorf("%s memo of a claim without mentions lacks %q", format, w)
			}
		}
	}
}

// TestMemoOfTenThousandMentions lists the first 200 accepted mentions, as the claim page
// draws them, and says how many more there are; the contradiction is there.
func TestMemoOfTenThousandMentions(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := manyMentionClaim(t, ws, svc, 10000, 2)
	for _, format := range MemoFormats {
		m := memoOf(t, svc, MemoOptions{ClaimIDs: []int64{id}, Format: format})
		n := strings.Count(m, `class="mention"`)
		if format == "text" {
			n = len(regexp.MustCompile(`(?m)^\s+\d+\. no outlet recorded`).FindAllString(m, -1))
		}
		if n != maxMemoMentions {
			t.Errorf("%s memo lists %d mentions, want %d", format, n, maxMemoMentions)
		}
		if !strings.Contains(m, "and 9800 more accepted mentions, not listed here") {
			t.Errorf("%s memo does not say how many more", format)
		}
		if !strings.Contains(m, "and 4999 more mentions say 300 people") {
			t.Errorf("%s memo lacks the contradiction's others", format)
		}
		if len(m) > 2<<20 {
			t.Errorf("%s memo of one claim is %d bytes", format, len(m))
		}
	}
}

// visibleText is the text a reader of the HTML sees (elements' text joined), without markup.
func visibleText(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "style" || n.Data == "head") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

func sha256b64(s string) string {
	sum := sha256.Sum256([]byte(s))
	return base64.StdEncoding.EncodeToString(sum[:])
}

// BenchmarkMemoOfTenThousandMentions: the memo of a claim of 10,000 accepted mentions
// (200 listed), HTML.
func BenchmarkMemoOfTenThousandMentions(b *testing.B) {
	ws, svc := MustOpenWorkspace(b, true)
	id := manyMentionClaim(b, ws, svc, 10000, 2)
	b.ResetTimer()
	for range b.N {
		if _, err := svc.Export.Memo(MemoOptions{ClaimIDs: []int64{id}}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMemoOfATagOverTheCapIsRefused: a tag on more claims than a memo holds is refused
// with the count, not cut to the first 200.
func TestMemoOfATagOverTheCapIsRefused(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	tag, err := svc.Tags.Create("every flood", "")
	if err != nil {
		t.Fatal(err)
	}
	// written in one statement each (a change per claim would take a minute), into the real schema
	if _, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Flood claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`, MaxMemoClaims+1); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`INSERT INTO claim_tags (claim_id, tag_id) SELECT id, ? FROM claims`, tag.ID); err != nil {
		t.Fatal(err)
	}
	_, err = svc.Export.Memo(MemoOptions{Tag: "every flood"})
	var ae *Error
	if !errors.As(err, &ae) || ae.Code != CodeInvalid || !strings.Contains(ae.Message, fmt.Sprintf("%d claims carry the tag", MaxMemoClaims+1)) {
		t.Fatalf("a tag on %d claims: %v", MaxMemoClaims+1, err)
	}
}
