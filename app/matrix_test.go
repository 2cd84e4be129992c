package app

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// markClaim adds a claim mention of needle (in the article from outlet containing it) and
// returns the claim id and the new span id.
func markClaim(t *testing.T, svc *Services, claimID int64, statement, outlet, needle, raw, hedge string) (int64, int64) {
	t.Helper()
	a, s, e := articleWith(t, svc, outlet, needle)
	in := MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: needle, RawValue: raw, Hedge: hedge, NewStatement: statement}
	if claimID != 0 {
		in.ClaimID = &claimID
	}
	d, err := svc.Claims.AddMention(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		if m.ArticleID == a.ID && m.Start == s {
			return d.ID, m.SpanID
		}
	}
	t.Fatalf("mention of %q not found", needle)
	return 0, 0
}

type storedValue struct {
	kind, unit, start, end, precision, hedge string
	low, high                                sql.NullFloat64
}

func stored(t *testing.T, ws *Workspace, spanID int64) storedValue {
	t.Helper()
	var v storedValue
	err := ws.DB().QueryRow(`SELECT value_kind, value_unit, date_start, date_end, date_precision, hedge, value_low, value_high
		FROM claim_mentions WHERE span_id = ?`, spanID).Scan(&v.kind, &v.unit, &v.start, &v.end, &v.precision, &v.hedge, &v.low, &v.high)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func setPublished(t *testing.T, ws *Workspace, articleID int64, date string) {
	t.Helper()
	if _, err := ws.DB().Exec(`UPDATE articles SET published_at = ? WHERE id = ?`, date, articleID); err != nil {
		t.Fatal(err)
	}
}

// The troop figures of the seeds: 000 "reportedly sending thousands of troops", 004 "deployed
// around 11,000 elite troops" and "likely suffered over 6,000 casualties". Expected values
// written by hand from the readings documented in docs/api.md.
func TestNormalizeSeedTroopFigures(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	claim, thousands := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea reportedly sending thousands of troops to support Russia", "thousands", "")
	_, eleven := markClaim(t, svc, claim, "", "", "North Korea has deployed around 11,000 elite troops", "11,000", "")
	_, reuters := markClaim(t, svc, claim, "", "Reuters", "disclosed the deployment of North Korean troops", "", "")

	got, err := svc.Figures.NormalizeClaim(claim)
	if err != nil || len(got) != 3 {
		t.Fatalf("NormalizeClaim: %v %+v", err, got)
	}
	v := stored(t, ws, thousands)
	if v.kind != "figure" || v.low.Float64 != 2000 || v.high.Float64 != 19999 || v.unit != "troops" || v.hedge != "reportedly" {
		t.Fatalf("thousands of troops: %+v", v)
	}
	v = stored(t, ws, eleven)
	if v.kind != "figure" || v.low.Float64 != 9900 || v.high.Float64 != 12100 || v.unit != "troops" || v.hedge != "around" {
		t.Fatalf("around 11,000 elite troops: %+v", v)
	}
	if v = stored(t, ws, reuters); v.kind != "none" {
		t.Fatalf("Reuters has no figure: %+v", v)
	}
	// normalising is an audited action of its own, undoable
	var n int
	ws.DB().QueryRow(`SELECT count(*) FROM audit_log WHERE table_name = 'claim_mentions' AND action = 'update' AND row_id = ?`, eleven).Scan(&n)
	if n != 1 {
		t.Fatalf("audit entries for the normalisation: %d", n)
	}
	// normalising again changes nothing and logs nothing
	if _, err := svc.Figures.Normalize(eleven); err != nil {
		t.Fatal(err)
	}
	ws.DB().QueryRow(`SELECT count(*) FROM audit_log WHERE table_name = 'claim_mentions' AND action = 'update' AND row_id = ?`, eleven).Scan(&n)
	if n != 1 {
		t.Fatalf("a no-op normalisation was logged: %d", n)
	}

	// "thousands" and "around 11,000" are compatible: no conflict, every cell agrees
	conflicts, err := svc.Conflicts.ForClaim(claim)
	if err != nil || len(conflicts) != 0 {
		t.Fatalf("conflicts: %v %+v", err, conflicts)
	}
	m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{claim}})
	if err != nil || len(m.Rows) != 1 {
		t.Fatalf("matrix: %v %+v", err, m)
	}
	for _, c := range m.Rows[0].Cells {
		if c.Agreement != "agrees" {
			t.Fatalf("cell %s: %s %v", c.ColumnID, c.Agreement, c.Reasons)
		}
	}

	// "over 6,000 casualties" on the same claim: flagged against both troop figures, with a
	// message that says they may be different claims
	_, six := markClaim(t, svc, claim, "", "", "North Korea has likely suffered over 6,000 casualties", "over 6,000", "")
	if _, err := svc.Figures.Normalize(six); err != nil {
		t.Fatal(err)
	}
	v = stored(t, ws, six)
	if v.kind != "figure" || v.low.Float64 != 6001 || v.high.Valid || v.unit != "casualties" || v.hedge != "likely over" {
		t.Fatalf("over 6,000 casualties: %+v", v)
	}
	conflicts, err = svc.Conflicts.ForClaim(claim)
	if err != nil || len(conflicts) != 2 {
		t.Fatalf("conflicts: %v %+v", err, conflicts)
	}
	for _, c := range conflicts {
		if c.B.SpanID != six && c.A.SpanID != six {
			t.Fatalf("conflict without the 6,000: %+v", c)
		}
		if c.Kind != "unit" || !strings.Contains(c.Message, "different claims") || !strings.Contains(c.Message, "the analyst decides") {
			t.Fatalf("conflict message: %+v", c)
		}
	}
	if _, err := svc.Conflicts.ForClaim(99999); err == nil {
		t.Fatal("conflicts of a missing claim")
	}
}

// The treaty dates: 000 "in June of last year" vs 001 "signed on June 19, 2024"; the
// arrival "on Saturday" in 002 (Sunday 29 Jun 2025) and 001 (Monday 30 Jun 2025).
func TestNormalizeSeedDates(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	treaty, lastYear := markClaim(t, svc, 0, "Russia and North Korea signed the treaty in June 2024", "", "Kim Jong-un in June of last year", "June of last year", "")
	_, june19 := markClaim(t, svc, treaty, "", "NationPress", "mutual defense treaty signed on June 19, 2024, in Pyongyang", "", "")
	if _, err := svc.Figures.NormalizeClaim(treaty); err != nil {
		t.Fatal(err)
	}
	if v := stored(t, ws, june19); v.kind != "date" || v.start != "2024-06-19" || v.end != "2024-06-19" || v.precision != "day" {
		t.Fatalf("June 19, 2024 (from the quote): %+v", v)
	}
	// the seed 000 carries no publication date: "June of last year" stays unresolved and is
	// not a conflict
	if v := stored(t, ws, lastYear); v.kind != "date" || v.start != "" || v.precision != "" {
		t.Fatalf("June of last year without a publication date: %+v", v)
	}
	if c, _ := svc.Conflicts.ForClaim(treaty); len(c) != 0 {
		t.Fatalf("unresolved date flagged: %+v", c)
	}
	m, _ := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{treaty}})
	for _, c := range m.Rows[0].Cells {
		if c.Agreement != "unknown" {
			t.Fatalf("cell %s: %s; want unknown", c.ColumnID, c.Agreement)
		}
	}
	// published on 2025-06-29 (as the brief's case): June 2024, and it agrees with June 19, 2024
	a0, _, _ := articleWith(t, svc, "", "Kim Jong-un in June of last year")
	setPublished(t, ws, a0.ID, "2025-06-29")
	if _, err := svc.Figures.Normalize(lastYear); err != nil {
		t.Fatal(err)
	}
	if v := stored(t, ws, lastYear); v.start != "2024-06-01" || v.end != "2024-06-30" || v.precision != "month" {
		t.Fatalf("June of last year: %+v", v)
	}
	if c, _ := svc.Conflicts.ForClaim(treaty); len(c) != 0 {
		t.Fatalf("June of last year vs June 19, 2024 flagged: %+v", c)
	}
	m, _ = svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{treaty}})
	for _, c := range m.Rows[0].Cells {
		if c.Agreement != "agrees" {
			t.Fatalf("cell %s: %s %v", c.ColumnID, c.Agreement, c.Reasons)
		}
	}

	arrival, sat := markClaim(t, svc, 0, "Lyubimova arrived in Pyongyang on 28 June 2025", "Reuters", "Olga Lyubimova arrived in North Korea on Saturday", "Saturday", "")
	_, sat2 := markClaim(t, svc, arrival, "", "NationPress", "arrived in Pyongyang on Saturday", "on Saturday", "")
	_, fall := markClaim(t, svc, 0, "North Korean troops first deployed to Kursk in fall 2024", "", "since troops were first deployed to Russia’s Kursk Oblast in fall 2024", "fall 2024", "")
	for _, id := range []int64{sat, sat2, fall} {
		if _, err := svc.Figures.Normalize(id); err != nil {
			t.Fatal(err)
		}
	}
	for id, want := range map[int64][3]string{sat: {"2025-06-28", "2025-06-28", "day"}, sat2: {"2025-06-28", "2025-06-28", "day"}, fall: {"2024-09-01", "2024-11-30", "season"}} {
		if v := stored(t, ws, id); v.start != want[0] || v.end != want[1] || v.precision != want[2] {
			t.Fatalf("span %d: %+v; want %v", id, v, want)
		}
	}
	// a wrong date on the same claim is flagged, with both values in the message
	_, wrong := markClaim(t, svc, arrival, "", "Yonhap", "March 19, 2024", "March 19, 2024", "")
	if _, err := svc.Figures.Normalize(wrong); err != nil {
		t.Fatal(err)
	}
	// (the two "Saturday" mentions read the same: one row stands for both pairs, and
	// says so: one more mention on that side)
	c, _ := svc.Conflicts.ForClaim(arrival)
	if len(c) != 1 || c[0].Kind != "date" || c[0].MoreA+c[0].MoreB != 1 || !strings.Contains(c[0].Message, "2025-06-28") || !strings.Contains(c[0].Message, "2024-03-19") {
		t.Fatalf("date conflicts: %+v", c)
	}
	// the preview parses without storing
	p, err := svc.Figures.Parse("June of last year", "2025-06-29")
	if err != nil || p.Text != "2024-06" {
		t.Fatalf("preview: %+v %v", p, err)
	}
	_, err = svc.Figures.Parse("June", "29/06/2025")
	wantCode(t, err, CodeInvalid, "publishedAt")
}

func TestMatrixShapeAndTimeline(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	troops, _ := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea reportedly sending thousands of troops to support Russia", "thousands", "")
	markClaim(t, svc, troops, "", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	markClaim(t, svc, troops, "", "Reuters", "disclosed the deployment of North Korean troops", "", "")
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: mustArticle(t, svc, "Yonhap", "around 300 people"), Start: 0, End: 0, Quote: "x"})
	_ = d
	if err == nil {
		t.Fatal("bad mention accepted")
	}
	delegation, _ := markClaim(t, svc, 0, "Lyubimova led a 125-strong delegation", "Reuters", "with a 125-strong delegation of performers", "125-strong", "")
	empty, err := svc.Claims.Create(ClaimInput{Statement: "An unverified claim with no mention", Tags: []string{"watch"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Tags.TagClaim(troops, "watch"); err != nil {
		t.Fatal(err)
	}

	m, err := svc.Matrix.Get(MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// five seed articles, dated first (oldest first), undated last
	if len(m.Columns) != 5 || m.By != "article" {
		t.Fatalf("columns: %+v", m.Columns)
	}
	wantDates := []string{"2024-03-19T10:45", "2025-06-29", "2025-06-30", "", ""}
	for i, c := range m.Columns {
		if c.PublishedAt != wantDates[i] || c.Kind != "article" || c.ID != fmt.Sprintf("a%d", *c.ArticleID) {
			t.Fatalf("column %d: %+v", i, c)
		}
	}
	if len(m.Rows) != 3 {
		t.Fatalf("rows: %+v", m.Rows)
	}
	// timeline: the delegation (Reuters, 2025-06-29) and the troops (first in Reuters too,
	// 2025-06-29) by id, then the claim with no mention
	if m.Rows[0].ClaimID != troops || m.Rows[1].ClaimID != delegation || m.Rows[2].ClaimID != empty.ID {
		t.Fatalf("row order: %d %d %d", m.Rows[0].ClaimID, m.Rows[1].ClaimID, m.Rows[2].ClaimID)
	}
	row := m.Rows[0]
	reuters, _, _ := articleWith(t, svc, "Reuters", "125-strong")
	if row.FirstAppearance == nil || row.FirstAppearance.ArticleID != reuters.ID || row.FirstAppearance.PublishedAt != "2025-06-29" {
		t.Fatalf("first appearance: %+v", row.FirstAppearance)
	}
	// origins per mention: the ministries the troop figures come from (one mention unattributed)
	if len(row.Cells) != 3 || row.Articles != 3 || row.Origins != 2 || row.Credibility != nil || len(row.Tags) != 1 {
		t.Fatalf("troops row: %+v", row)
	}
	// the origin count is the claim list's
	list, _ := svc.Claims.List(ClaimFilter{})
	for _, c := range list {
		for _, r := range m.Rows {
			if r.ClaimID == c.ID && int64(r.Origins) != c.Origins {
				t.Fatalf("claim %d: matrix counts %d origins, the claim list %d", c.ID, r.Origins, c.Origins)
			}
		}
	}
	var eleven MatrixCell
	for _, c := range row.Cells {
		if c.RawValue == "around 11,000" {
			eleven = c
		}
	}
	if eleven.Normalized.Kind != "figure" || eleven.Normalized.Text != "9,900–12,100 troops" || eleven.Hedge != "around" ||
		eleven.Agreement != "agrees" || len(eleven.SpanIDs) != 1 || !strings.Contains(eleven.Quote, "11,000") {
		t.Fatalf("11,000 cell: %+v", eleven)
	}
	if m.Rows[1].Cells[0].Agreement != "only" || m.Rows[1].Cells[0].Normalized.Text != "125 performers" {
		t.Fatalf("delegation cell: %+v", m.Rows[1].Cells[0])
	}
	if m.Rows[2].FirstAppearance != nil || len(m.Rows[2].Cells) != 0 || m.Rows[2].SuggestedCredibility != 6 {
		t.Fatalf("empty row: %+v", m.Rows[2])
	}

	// filters: tag, articles, claims; by source
	m, _ = svc.Matrix.Get(MatrixFilter{Tag: "WATCH"})
	if len(m.Rows) != 2 {
		t.Fatalf("tag filter: %d rows", len(m.Rows))
	}
	m, _ = svc.Matrix.Get(MatrixFilter{ArticleIDs: []int64{reuters.ID}})
	if len(m.Columns) != 1 || len(m.Rows) != 2 || m.Columns[0].Mentions != 2 {
		t.Fatalf("article filter: %+v", m)
	}
	m, err = svc.Matrix.Get(MatrixFilter{By: "source"})
	if err != nil {
		t.Fatal(err)
	}
	// three outlets (NationPress, Reuters, Yonhap) and two articles without one
	kinds := map[string]int{}
	for _, c := range m.Columns {
		kinds[c.Kind]++
	}
	if kinds["source"] != 3 || kinds["article"] != 2 {
		t.Fatalf("by source: %+v", m.Columns)
	}
	_, err = svc.Matrix.Get(MatrixFilter{By: "outlet"})
	wantCode(t, err, CodeInvalid, "by must be")
	_ = ws
}

func mustArticle(t *testing.T, svc *Services, outlet, needle string) int64 {
	a, _, _ := articleWith(t, svc, outlet, needle)
	return a.ID
}

// A claim in three articles that all rest on KCNA is one origin: not "1 Confirmed".
func TestSuggestedGradeCountsOrigins(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	claim, _ := markClaim(t, svc, 0, "Kim Jong-un met Olga Lyubimova in Pyongyang", "NationPress", "Kim Jong-un, recently engaged in discussions with Russia's Culture Minister Olga Lyubimova in Pyongyang", "", "")
	markClaim(t, svc, claim, "", "", "North Korean leader Kim Jong-un met with Russian Culture Minister Olga Lyubimova in Pyongyang", "", "")
	markClaim(t, svc, claim, "", "", "Olga Lyubimova has made a visit to North Korea", "", "")

	// each mention names its origin: three different roots are three origins (1 Confirmed)
	ctx := context.Background()
	d, _ := svc.Claims.Get(claim)
	for i, m := range d.Mentions {
		src, err := svc.Sources.Create(SourceInput{Name: fmt.Sprintf("Witness %d", i), Kind: "official"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Claims.UpdateMention(m.SpanID, MentionPatch{OriginSourceID: &src.ID}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := svc.Grades.Suggest(claim)
	if err != nil || g.Origins != 3 || g.Credibility != 1 {
		t.Fatalf("three origins: %+v %v", g, err)
	}
	// record that all three rest on KCNA
	kcna, err := ws.DB().Q.GetSourceByName(ctx, "Korean Central News Agency")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		if _, err := svc.Claims.UpdateMention(m.SpanID, MentionPatch{OriginSourceID: &kcna.ID}); err != nil {
			t.Fatal(err)
		}
	}
	g, err = svc.Grades.Suggest(claim)
	if err != nil {
		t.Fatal(err)
	}
	if g.Credibility == 1 || g.Credibility != 6 || g.Articles != 3 || g.Origins != 1 || g.OriginNames[0] != "Korean Central News Agency" {
		t.Fatalf("one origin: %+v", g)
	}
	if !strings.Contains(strings.Join(g.Reasons, "\n"), "3 articles, 1 independent origin: Korean Central News Agency") ||
		!strings.Contains(strings.Join(g.Reasons, "\n"), "not confirmation") {
		t.Fatalf("reasons: %q", g.Reasons)
	}
	if d, _ := svc.Claims.Get(claim); d.Origins != 1 {
		t.Fatalf("ClaimService counts %d origins", d.Origins)
	}
	// KCNA graded B (usually reliable): one reliable origin = 2 Probably true
	if _, err := ws.DB().Exec(`UPDATE sources SET reliability = 'B' WHERE id = ?`, kcna.ID); err != nil {
		t.Fatal(err)
	}
	if g, _ = svc.Grades.Suggest(claim); g.Credibility != 2 {
		t.Fatalf("one B origin: %+v", g)
	}

	// accept: an assessment with origin "suggested" and the reasons as rationale
	a, err := svc.Grades.Accept(claim, g.Credibility, 0)
	if err != nil || a.Credibility != 2 || a.Origin != "suggested" || !strings.Contains(a.Rationale, "1 independent origin") {
		t.Fatalf("accept: %+v %v", a, err)
	}
	// override: a reason is required
	_, err = svc.Grades.Override(claim, 3, "  ")
	wantCode(t, err, CodeInvalid, "reason")
	_, err = svc.Grades.Override(claim, 9, "why not")
	wantCode(t, err, CodeInvalid, "credibility")
	o, err := svc.Grades.Override(claim, 3, "KCNA is state media; nothing independent yet")
	if err != nil || o.Credibility != 3 || o.Origin != "analyst" || o.Rationale != "KCNA is state media; nothing independent yet" {
		t.Fatalf("override: %+v %v", o, err)
	}
	list, _ := svc.Assessments.ListForClaim(claim)
	if len(list) != 2 || list[0].ID != o.ID || list[1].ID != a.ID {
		t.Fatalf("both appended: %+v", list)
	}
	if _, err := svc.Grades.Suggest(424242); err == nil {
		t.Fatal("suggest for a missing claim")
	}

	// a contradiction makes it doubtful
	c2, _ := markClaim(t, svc, 0, "Lyubimova arrived on 28 June 2025", "Reuters", "Olga Lyubimova arrived in North Korea on Saturday", "Saturday", "")
	markClaim(t, svc, c2, "", "Yonhap", "March 19, 2024", "March 19, 2024", "")
	if g, _ = svc.Grades.Suggest(c2); g.Credibility != 4 || !strings.Contains(strings.Join(g.Reasons, "\n"), "contradiction") {
		t.Fatalf("contradiction: %+v", g)
	}
	// a reason never ends on a colon with its details apart (issue 16: "…uncertainty:")
	for _, r := range g.Reasons {
		if strings.HasSuffix(strings.TrimSpace(r), ":") {
			t.Errorf("reason %q ends on a colon", r)
		}
	}
}

// As of a date: the grade and the mentions as they stood then.
func TestMatrixAsOf(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	at := func(day string) {
		tm, _ := time.Parse("2006-01-02T15:04", day)
		ws.Clock = func() time.Time { return tm }
	}
	at("2030-03-01T10:00")
	claim, early := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea reportedly sending thousands of troops to support Russia", "thousands", "")
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: claim, Credibility: 3, Rationale: "one report"}); err != nil {
		t.Fatal(err)
	}
	at("2030-03-05T23:59")
	_, late := markClaim(t, svc, claim, "", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	if _, err := svc.Grades.Override(claim, 2, "a second article"); err != nil {
		t.Fatal(err)
	}
	at("2030-03-07T08:00")
	if _, err := svc.Claims.RemoveMention(early); err != nil {
		t.Fatal(err)
	}

	spans := func(m Matrix) map[int64]bool {
		out := map[int64]bool{}
		for _, r := range m.Rows {
			for _, c := range r.Cells {
				for _, id := range c.SpanIDs {
					out[id] = true
				}
			}
		}
		return out
	}
	cases := []struct {
		asOf  string
		rows  int
		cred  int64
		spans []int64
	}{
		{"2030-02-28", 0, 0, nil},                  // the claim did not exist yet
		{"2030-03-01", 1, 3, []int64{early}},       // graded 3 that day
		{"2030-03-04", 1, 3, []int64{early}},       // still 3
		{"2030-03-05", 1, 2, []int64{early, late}}, // regraded at 23:59 that day
		{"2030-03-06", 1, 2, []int64{early, late}}, // the early mention still there (deleted on the 7th)
		{"2030-03-07", 1, 2, []int64{late}},        // deleted
		{"", 1, 2, []int64{late}},                  // now
	}
	for _, c := range cases {
		m, err := svc.Matrix.Get(MatrixFilter{AsOf: c.asOf})
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Rows) != c.rows {
			t.Fatalf("as of %q: %d rows", c.asOf, len(m.Rows))
		}
		if c.rows == 0 {
			continue
		}
		r := m.Rows[0]
		if r.Credibility == nil || *r.Credibility != c.cred {
			t.Fatalf("as of %q: credibility %v; want %d", c.asOf, r.Credibility, c.cred)
		}
		got := spans(m)
		if len(got) != len(c.spans) {
			t.Fatalf("as of %q: spans %v; want %v", c.asOf, got, c.spans)
		}
		for _, id := range c.spans {
			if !got[id] {
				t.Fatalf("as of %q: spans %v; want %v", c.asOf, got, c.spans)
			}
		}
	}
	// the deleted mention is restored from the audit log with its figure
	m, _ := svc.Matrix.Get(MatrixFilter{AsOf: "2030-03-06"})
	for _, c := range m.Rows[0].Cells {
		if c.SpanIDs[0] == early && (c.RawValue != "thousands" || c.Normalized.Text != "2,000–19,999 troops") {
			t.Fatalf("restored cell: %+v", c)
		}
	}
	g, err := svc.Grades.SuggestAsOf(claim, "2030-03-01")
	if err != nil || g.Articles != 1 || g.AsOf != "2030-03-01" {
		t.Fatalf("suggest as of: %+v %v", g, err)
	}
	for _, bad := range []string{"2030-13-01", "yesterday", "2030-3-1", "2030-03-01T00:00"} {
		_, err := svc.Matrix.Get(MatrixFilter{AsOf: bad})
		wantCode(t, err, CodeInvalid, "asOf")
	}
}

// buildSynthetic fills an empty workspace with claims × articles, every claim mentioned with
// a figure in one article of every `every` (2: half the grid is filled), in one transaction
// of direct SQL.
func buildSynthetic(tb testing.TB, ws *Workspace, claims, articles, every int) {
	tb.Helper()
	tx, err := ws.DB().Begin()
	if err != nil {
		tb.Fatal(err)
	}
	now := ws.now()
	exec := func(q string, args ...any) int64 {
		res, err := tx.Exec(q, args...)
		if err != nil {
			tb.Fatal(err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	var sources []int64
	for i := 0; i < 10; i++ {
		sources = append(sources, exec(`INSERT INTO sources (name, reliability, created_at, updated_at) VALUES (?, ?, ?, ?)`, fmt.Sprintf("Outlet %d", i), string(rune('A'+i%6)), now, now))
	}
	body := strings.Repeat("North Korea has deployed around 11,000 elite troops. ", 40)
	var arts []int64
	for i := 0; i < articles; i++ {
		sum := sha256.Sum256([]byte(fmt.Sprintf("%d", i)))
		arts = append(arts, exec(`INSERT INTO articles (source_id, title, body, body_sha256, char_count, published_at, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			sources[i%len(sources)], fmt.Sprintf("Article %d", i), body, hex.EncodeToString(sum[:]), len([]rune(body)), fmt.Sprintf("2025-06-%02d", 1+i%28), now))
		if i%3 == 0 {
			exec(`INSERT INTO article_origins (article_id, origin_source_id, created_at) VALUES (?, ?, ?)`, arts[i], sources[0], now)
		}
	}
	for c := 0; c < claims; c++ {
		cid := exec(`INSERT INTO claims (statement, created_at, updated_at) VALUES (?, ?, ?)`, fmt.Sprintf("Claim %d", c), now, now)
		if c%2 == 0 {
			exec(`INSERT INTO assessments (claim_id, credibility, assessed_at) VALUES (?, ?, ?)`, cid, 1+c%6, now)
		}
		for a := 0; a < articles; a++ {
			if (a+c)%every != 0 {
				continue
			}
			sid := exec(`INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, created_at, updated_at) VALUES (?, 'claim', 0, 52, ?, ?, ?)`,
				arts[a], body[:52], now, now)
			low := float64(10000 + (a*c)%3000)
			exec(`INSERT INTO claim_mentions (span_id, claim_id, raw_value, value_kind, value_low, value_high, value_unit, hedge, channel_text) VALUES (?, ?, ?, 'figure', ?, ?, 'troops', 'around', 'according to KCNA')`,
				sid, cid, fmt.Sprintf("around %d", int(low)), low*0.9, low*1.1)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkMatrix200x50: half the cells filled (5,000 mentions, 60,000 value comparisons).
func BenchmarkMatrix200x50(b *testing.B) { benchMatrix(b, 2) }

// BenchmarkMatrix200x50Sparse: a claim in one article of ten (1,000 mentions), closer to
// real use.
func BenchmarkMatrix200x50Sparse(b *testing.B) { benchMatrix(b, 10) }

func benchMatrix(b *testing.B, every int) {
	ws, svc := MustOpenWorkspace(b, true)
	buildSynthetic(b, ws, 200, 50, every)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		m, err := svc.Matrix.Get(MatrixFilter{})
		if err != nil || len(m.Rows) != 200 || len(m.Columns) != 50 {
			b.Fatalf("%v %d×%d", err, len(m.Rows), len(m.Columns))
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/Get")
}

// A matrix of some claims or articles reads only their part of the workspace
// (matrixScope); it must be the same grid as the one built from the whole workspace.
func TestMatrixScopedEqualsWhole(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	buildSynthetic(t, ws, 30, 12, 3)
	if _, err := ws.DB().Exec(`INSERT INTO tags (name, color, created_at) VALUES ('army', '#ff0000', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`INSERT INTO claim_tags (claim_id, tag_id) SELECT id, 1 FROM claims WHERE id % 4 = 0`); err != nil {
		t.Fatal(err)
	}
	// a rejected mention in article 2 of claim 5: its claim is a candidate, but not a row
	if _, err := ws.DB().Exec(`UPDATE spans SET state = 'rejected' WHERE id IN (SELECT cm.span_id FROM claim_mentions cm JOIN spans sp ON sp.id = cm.span_id WHERE cm.claim_id = 5 LIMIT 1)`); err != nil {
		t.Fatal(err)
	}
	whole, err := loadSnapshot(ws.Context(), ws.DB().Q, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	filters := []MatrixFilter{
		{ClaimIDs: []int64{1, 2, 5, 9, 30}, ArticleIDs: []int64{1, 2, 3, 4}},
		{ClaimIDs: []int64{3, 4, 5, 6, 7, 8}},
		{ArticleIDs: []int64{2, 7, 11}},
		{ArticleIDs: []int64{2, 7, 11}, By: "source"},
		{ClaimIDs: []int64{4, 8, 12, 13}, Tag: "army", By: "source"},
		{ArticleIDs: []int64{999}}, // (a claim id that does not exist is not_found: TestMatrixNoLimitIsTheUIsAndADeletedClaimIsNotFound)
	}
	cells := 0
	for _, f := range filters {
		got, err := svc.Matrix.Get(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range got.Rows {
			cells += len(r.Cells)
		}
		by := f.By
		if by == "" {
			by = "article"
		}
		if want := whole.matrix(f, by); !reflect.DeepEqual(got, want) {
			t.Errorf("filter %+v: the scoped matrix differs from the whole one:\n got %+v\nwant %+v", f, got, want)
		}
	}
	if cells < 20 {
		t.Fatalf("only %d cells in all: the filters test nothing", cells)
	}
	for _, id := range []int64{1, 5, 12} {
		got, err := svc.Grades.Suggest(id)
		if err != nil {
			t.Fatal(err)
		}
		want := whole.suggest(whole.byID[id])
		if !reflect.DeepEqual(got, want) {
			t.Errorf("claim %d: suggestion %+v, want %+v", id, got, want)
		}
	}
}

// The default scope of a big workspace (MatrixFilter.Limit): past the cap, the grid holds
// the cap's most recently changed claims that pass the filters and only the columns with a
// cell, and says how many claims passed; under it, the grid is the one without a cap.
func TestMatrixLimit(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	buildSynthetic(t, ws, 30, 12, 3)
	// claim 1 changed last, claim 30 first
	if _, err := ws.DB().Exec(`UPDATE claims SET updated_at = printf('2025-01-01T00:00:%02dZ', 59 - id)`); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`INSERT INTO tags (name, color, created_at) VALUES ('army', '#ff0000', '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`INSERT INTO claim_tags (claim_id, tag_id) SELECT id, 1 FROM claims WHERE id % 4 = 0`); err != nil {
		t.Fatal(err)
	}
	whole, err := loadSnapshot(ws.Context(), ws.DB().Q, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	rowIDs := func(m Matrix) []int64 { // sorted (the grid's order is by first appearance)
		ids := []int64{}
		for _, r := range m.Rows {
			ids = append(ids, r.ClaimID)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		return ids
	}
	seq := func(ids ...int64) []int64 { return append([]int64{}, ids...) }
	cases := []struct {
		f       MatrixFilter
		limited bool
		total   int
		claims  []int64 // the rows' claims, by id (claim n's statement is "Claim n-1")
	}{
		{MatrixFilter{Limit: 10}, true, 30, seq(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)},
		{MatrixFilter{Limit: 10, By: "source"}, true, 30, seq(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)},
		{MatrixFilter{Limit: 3, Tag: "army"}, true, 7, seq(4, 8, 12)},
		{MatrixFilter{Limit: 10, Tag: "army"}, false, 7, seq(4, 8, 12, 16, 20, 24, 28)},
		{MatrixFilter{Limit: 5, Text: "claim 2"}, true, 11, seq(3, 21, 22, 23, 24)},
		{MatrixFilter{Text: "Claim 1"}, false, 11, seq(2, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)},
		{MatrixFilter{Limit: 5, Text: "no such claim"}, false, 0, seq()},
		{MatrixFilter{Limit: 5, Tag: "no such tag"}, false, 0, seq()},
		{MatrixFilter{Limit: 5, Tag: "ARMY", Text: "claim 1"}, false, 3, seq(12, 16, 20)},
		{MatrixFilter{Limit: 4, ArticleIDs: []int64{2}}, true, 10, seq(3, 6, 9, 12)},
		{MatrixFilter{Limit: 10, AsOf: time.Now().UTC().Format("2006-01-02")}, true, 30, seq(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)},
	}
	for _, c := range cases {
		got, err := svc.Matrix.Get(c.f)
		if err != nil {
			t.Fatalf("%+v: %v", c.f, err)
		}
		if got.Limited != c.limited || got.TotalClaims != c.total || !reflect.DeepEqual(rowIDs(got), c.claims) {
			t.Errorf("%+v: limited %v, total %d, rows %v; want %v, %d, %v", c.f, got.Limited, got.TotalClaims, rowIDs(got), c.limited, c.total, c.claims)
			continue
		}
		// the rows are those of the whole workspace's grid of these claims
		by := c.f.By
		if by == "" {
			by = "article"
		}
		wf := c.f
		wf.ClaimIDs = c.claims
		want := whole.matrix(wf, by)
		if !reflect.DeepEqual(got.Rows, want.Rows) {
			t.Errorf("%+v: rows differ from the whole grid's:\n got %+v\nwant %+v", c.f, got.Rows, want.Rows)
		}
		if !c.limited && (c.f.Limit == 0 || c.f.Tag == "" && c.f.Text == "") {
			if !reflect.DeepEqual(got.Columns, want.Columns) {
				t.Errorf("%+v: under the cap, every column is kept", c.f)
			}
			continue
		}
		// capped, or a limit with a filter: only the columns with a cell, in the whole grid's order
		var wantCols []MatrixColumn
		for _, col := range want.Columns {
			if col.Mentions > 0 {
				wantCols = append(wantCols, col)
			}
		}
		if len(wantCols) == 0 && len(c.claims) > 0 || !reflect.DeepEqual(orEmpty(got.Columns), orEmpty(wantCols)) {
			t.Errorf("%+v: columns %+v, want those with a cell %+v", c.f, got.Columns, wantCols)
		}
	}
	// under the cap (or without one), the grid is the uncapped one
	all, err := svc.Matrix.Get(MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if all.TotalClaims != 30 || all.Limited {
		t.Errorf("uncapped: total %d, limited %v", all.TotalClaims, all.Limited)
	}
	capped, err := svc.Matrix.Get(MatrixFilter{Limit: 30})
	if err != nil || !reflect.DeepEqual(capped, all) {
		t.Errorf("Limit 30 of 30 claims differs from no limit (%v)", err)
	}
	var e *Error
	if _, err := svc.Matrix.Get(MatrixFilter{Limit: -1}); !errors.As(err, &e) || e.Code != CodeInvalid {
		t.Errorf("Limit -1: %v, want invalid", err)
	}
}

// The seed workspace (five articles, a handful of claims) is far under the UI's cap: its
// grid is the same with or without it.
func TestMatrixLimitSeedUnchanged(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	troops, _ := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea reportedly sending thousands of troops to support Russia", "thousands", "")
	markClaim(t, svc, troops, "", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	markClaim(t, svc, 0, "Lyubimova led a 125-strong delegation", "Reuters", "with a 125-strong delegation of performers", "125-strong", "")
	for _, by := range []string{"article", "source"} {
		all, err := svc.Matrix.Get(MatrixFilter{By: by})
		if err != nil {
			t.Fatal(err)
		}
		capped, err := svc.Matrix.Get(MatrixFilter{By: by, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(capped, all) || capped.Limited || capped.TotalClaims != len(all.Rows) || len(all.Columns) != 5 && by == "article" {
			t.Errorf("by %s: the seed grid changed under the cap: limited %v total %d, %d columns", by, capped.Limited, capped.TotalClaims, len(capped.Columns))
		}
	}
}
