package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The claims export's counted columns (articles, independent_origins, grade,
// contradictions, mentions) are read for a whole page of claims at once; each must say
// what the claim page says of that claim alone (ClaimService.Get, the per-claim reading),
// in CSV and JSONL, across page boundaries. The workspace holds contradictions of every
// kind (figures, dates, a denial, exclusive states, figures in another unit, mentions of
// several values), a story and its revision, an article without an outlet, a claim with
// no mention and one with a rejected mention. Sentences written for this test.
func TestClaimsExportColumnsMatchTheClaimPage(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	paste := func(title, outlet, published, body string) {
		t.Helper()
		if _, err := svc.Import.ImportPasted(PastedArticle{Title: title, Outlet: outlet, PublishedAt: published, Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	paste("Brannock docks busy", "Harbour Gazette", "2026-06-20",
		"Dock crews at Brannock unloaded 120 containers on Tuesday, the harbour master said. "+
			"The Brannock lock gates were open on Tuesday morning, a pilot said. "+
			"The storm at Brannock injured 12 people and flooded 30 homes on 4 May. "+
			"The Brannock regatta was held on 9 June.\n")
	paste("Brannock unloading", "Coast Wire", "2026-06-20",
		"Dock crews at Brannock unloaded 180 containers on Tuesday, a union official said. "+
			"The Brannock lock gates were closed on Tuesday morning, according to the port office. "+
			"The storm at Brannock injured 19 people and flooded 30 homes on 4 May.\n")
	paste("Port office statement", "Valley Post", "2026-06-20",
		"The port office denied that dock crews at Brannock had unloaded containers on Tuesday.\n")
	paste("Regional round-up", "", "2026-06-21",
		"The Brannock regatta was held on 16 June. Dock crews at Brannock unloaded 40 per cent of the cargo on Tuesday.\n")

	containers, _ := markClaim(t, svc, 0, "Dock crews unloaded containers at Brannock", "Harbour Gazette", "Dock crews at Brannock unloaded 120 containers on Tuesday", "120 containers", "")
	markClaim(t, svc, containers, "", "Coast Wire", "Dock crews at Brannock unloaded 180 containers on Tuesday", "180 containers", "")
	_, denial := markClaim(t, svc, containers, "", "Valley Post", "The port office denied that dock crews at Brannock had unloaded containers on Tuesday", "", "")
	markClaim(t, svc, containers, "", "", "Dock crews at Brannock unloaded 40 per cent of the cargo on Tuesday", "40 per cent", "")
	denies := "denies"
	if _, err := svc.Claims.UpdateMention(denial, MentionPatch{Stance: &denies}); err != nil {
		t.Fatal(err)
	}
	gates, _ := markClaim(t, svc, 0, "The Brannock lock gates were open", "Harbour Gazette", "The Brannock lock gates were open on Tuesday morning", "", "")
	markClaim(t, svc, gates, "", "Coast Wire", "The Brannock lock gates were closed on Tuesday morning", "", "")
	storm, _ := markClaim(t, svc, 0, "The storm at Brannock injured people and flooded homes", "Harbour Gazette", "The storm at Brannock injured 12 people and flooded 30 homes on 4 May", "12 people and 30 homes", "")
	markClaim(t, svc, storm, "", "Coast Wire", "The storm at Brannock injured 19 people and flooded 30 homes on 4 May", "19 people and 30 homes", "")
	regatta, _ := markClaim(t, svc, 0, "The Brannock regatta took place", "Harbour Gazette", "The Brannock regatta was held on 9 June", "9 June", "")
	markClaim(t, svc, regatta, "", "", "The Brannock regatta was held on 16 June", "16 June", "")
	single, _ := markClaim(t, svc, 0, "A pilot spoke about the lock gates", "Harbour Gazette", "a pilot said", "", "")
	empty, err := svc.Claims.Create(ClaimInput{Statement: "Nobody has reported this yet"})
	if err != nil {
		t.Fatal(err)
	}
	rejectedOnly, rejectedSpan := markClaim(t, svc, 0, "The union official spoke", "Coast Wire", "a union official said", "", "")
	if _, err := ws.DB().Exec(`UPDATE spans SET state = 'rejected' WHERE id = ?`, rejectedSpan); err != nil {
		t.Fatal(err)
	}

	// a story and its revision: the claim carried over onto the new version, whose figure changed
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "bridge.txt"), "Bridge Repairs\n\nJune 2, 2026\n\nThe Orlen bridge will stay shut for 10 days while its deck is mended.\n")
	first := importOne(t, svc, path, ImportOptions{})
	bridge, _ := markClaim(t, svc, 0, "The Orlen bridge is shut for repairs", "", "The Orlen bridge will stay shut for 10 days", "10 days", "")
	writeFile(t, path, "Bridge Repairs\n\nJune 2, 2026\n\nThe Orlen bridge will stay shut for 14 days while its deck is mended.\n")
	if v := importOne(t, svc, path, ImportOptions{}); v.Status != StatusVersion || v.ArticleID == first.ArticleID {
		t.Fatalf("the revised text: %+v, want a new version", v)
	}
	// graded outlets, so the grade's letter is read from the reporting articles
	if _, err := ws.DB().Exec(`UPDATE sources SET reliability = CASE name WHEN 'Coast Wire' THEN 'B' WHEN 'Valley Post' THEN 'D' ELSE 'C' END`); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: storm, Credibility: 3, Rationale: "one figure differs"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: containers, Credibility: 4, Rationale: "two figures and a denial"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: regatta, Credibility: 2, Rationale: "dates differ"}); err != nil {
		t.Fatal(err)
	}

	// the fixture holds what it says it holds
	kinds := map[string]int{}
	ids := []int64{containers, gates, storm, regatta, single, empty.ID, rejectedOnly, bridge}
	want := map[int64]map[string]string{}
	for _, id := range ids {
		d, err := svc.Claims.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Contradictions {
			kinds[c.Kind]++
		}
		accepted, best := 0, ""
		for _, m := range d.Mentions {
			if m.State != "accepted" {
				continue
			}
			accepted++
			if m.Source != "" && (best == "" || m.SourceReliability < best) {
				best = m.SourceReliability
			}
		}
		grade := ""
		if d.Credibility != nil {
			grade = Grade(best, d.Credibility)
		}
		want[id] = map[string]string{"contradictions": strconv.Itoa(d.ContradictionsCount), "articles": fmt.Sprint(d.Articles),
			"independent_origins": fmt.Sprint(d.Origins), "mentions": strconv.Itoa(accepted), "grade": grade}
	}
	t.Logf("per claim: %v", want)
	for _, k := range []string{"figure", "date", "stance", "contrary", "unit"} {
		if kinds[k] == 0 {
			t.Errorf("the fixture has no contradiction of kind %q: %v", k, kinds)
		}
	}
	var further int
	ws.DB().QueryRow(`SELECT count(*) FROM claim_mention_values`).Scan(&further)
	if further == 0 {
		t.Error("the fixture has no mention of several values")
	}
	if want[bridge]["articles"] != "1" || want[bridge]["contradictions"] != "0" {
		t.Errorf("the bridge story and its revision: %v, want 1 article and no contradiction", want[bridge])
	}

	// The claim list sorted by contradictions (or first seen) reads its counts from the
	// same one read of the mentions: each row as the default order's (articles, origins,
	// tags), its contradictions as the claim page's.
	for _, tag := range []string{"harbour", "weather"} {
		if _, err := svc.Tags.TagClaim(storm, tag); err != nil {
			t.Fatal(err)
		}
	}
	plain, err := svc.Claims.List(ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]ClaimSummary{}
	for _, r := range plain {
		byID[r.ID] = r
	}
	for _, order := range []string{SortContradictions, SortFirstSeen} {
		sorted, err := svc.Claims.List(ClaimFilter{Sort: order})
		if err != nil || len(sorted) != len(plain) {
			t.Fatalf("sorted by %s: %d rows, %v; want %d", order, len(sorted), err, len(plain))
		}
		for _, r := range sorted {
			p := byID[r.ID]
			if fmt.Sprint(r.Articles, r.Origins, r.Mentions, r.Tags, gradeRank(r.Credibility)) != fmt.Sprint(p.Articles, p.Origins, p.Mentions, p.Tags, gradeRank(p.Credibility)) {
				t.Errorf("sorted by %s, claim %d: %+v; the default order says %+v", order, r.ID, r, p)
			}
			if order == SortContradictions && strconv.FormatInt(r.Contradictions, 10) != want[r.ID]["contradictions"] {
				t.Errorf("sorted by contradictions, claim %d: %d contradictions; the claim page says %s", r.ID, r.Contradictions, want[r.ID]["contradictions"])
			}
		}
	}

	defer func(n int64) { exportPageSize = n }(exportPageSize)
	exportPageSize = 3 // pages cut through the claims
	csvRows := byHeader(t, readCSV(t, mustExport(t, svc, ExportOptions{What: "claims", Format: "csv"}).Content))
	jsonRows := readJSONL(t, mustExport(t, svc, ExportOptions{What: "claims", Format: "jsonl"}).Content)
	if len(csvRows) != len(ids) || len(jsonRows) != len(ids) {
		t.Fatalf("%d CSV rows, %d JSONL rows; want %d", len(csvRows), len(jsonRows), len(ids))
	}
	for i, row := range csvRows {
		id, _ := strconv.ParseInt(row["claim_id"], 10, 64)
		for col, w := range want[id] {
			if row[col] != w {
				t.Errorf("claim %d, CSV %s = %q; the claim page says %q", id, col, row[col], w)
			}
			got := jsonRows[i][col]
			if got == nil {
				got = ""
			}
			if fmt.Sprint(got) != w {
				t.Errorf("claim %d, JSONL %s = %v; the claim page says %q", id, col, jsonRows[i][col], w)
			}
		}
	}
	if t.Failed() {
		t.Logf("CSV:\n%s", strings.Join(func() []string {
			var out []string
			for _, r := range csvRows {
				out = append(out, fmt.Sprint(r))
			}
			return out
		}(), "\n"))
	}
}

// A claims export to a file stopped after its first page (cancelled, as a kill or an
// error midway) leaves no half-written file at the target: a file already there stays
// whole, and none is made where there was none (the export writes beside the target and
// renames it into place when whole: atomicfile).
func TestClaimsExportStoppedMidwayLeavesNoHalfFile(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	if _, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Ferry claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`); err != nil {
		t.Fatal(err)
	}
	defer func(n int64) { exportPageSize = n }(exportPageSize)
	exportPageSize = 10
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.csv")
	writeFile(t, kept, "an earlier export\n")
	events := ws.Events
	ws.Events = cancelAfter{svc: svc.Export, n: 1}
	for _, c := range []struct {
		path, want string
	}{{kept, "an earlier export\n"}, {filepath.Join(dir, "new.csv"), ""}} {
		_, err := svc.Export.ExportToFile(c.path, true, ExportOptions{What: "claims", Format: "csv"})
		wantCode(t, err, CodeConflict, "cancelled")
		got, rerr := os.ReadFile(c.path)
		switch {
		case c.want == "" && rerr == nil:
			t.Errorf("%s: a stopped export left a file of %d bytes", c.path, len(got))
		case c.want != "" && string(got) != c.want:
			t.Errorf("%s: a stopped export changed the file there: %q", c.path, got)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 1 {
		t.Errorf("files left in the folder: %v", left)
	}
	ws.Events = events
	if res, err := svc.Export.ExportToFile(kept, true, ExportOptions{What: "claims", Format: "csv"}); err != nil || res.Rows != 30 {
		t.Fatalf("the whole export: %+v %v", res, err)
	}
}

// The claims export reads claimsPageSize claims a page, whatever exportPageSize says:
// each page holds its claims' mentions, articles and contradictions' snapshot at once,
// so a page of 5,000 claims kept the 50,000-claim export over its memory budget
// (docs/performance.md, "The claims export within its memory budget"). Progress is
// reported after each page, so no step between two reports may pass claimsPageSize;
// every claim is written once, in id order.
func TestClaimsExportPagesAreSmall(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	n := 2*claimsPageSize + 1
	if _, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Lighthouse claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`, n); err != nil {
		t.Fatal(err)
	}
	if exportPageSize <= claimsPageSize {
		t.Fatalf("exportPageSize %d: the other exports' pages should be larger than the claims export's (%d)", exportPageSize, claimsPageSize)
	}
	ev := &recordingEvents{}
	ws.Events = ev
	rows := byHeader(t, readCSV(t, mustExport(t, svc, ExportOptions{What: "claims", Format: "csv"}).Content))
	if len(rows) != n {
		t.Fatalf("%d rows; want %d", len(rows), n)
	}
	var last int64
	for _, r := range rows {
		id, _ := strconv.ParseInt(r["claim_id"], 10, 64)
		if id <= last {
			t.Fatalf("claim %d after %d: not in id order, or twice", id, last)
		}
		last = id
	}
	done := 0
	for _, p := range ev.progress("export") {
		if p.Done-done > claimsPageSize {
			t.Errorf("a page of %d claims (progress %d -> %d); at most %d", p.Done-done, done, p.Done, claimsPageSize)
		}
		done = p.Done
	}
	if done != n {
		t.Errorf("progress ends at %d; want %d", done, n)
	}
}
