package app

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func i64(v int64) *int64 { return &v }

// troopClaim marks the troop claim in 000 (no outlet) and in 004 (with a figure and hedge).
func troopClaim(t *testing.T, svc *Services) (ClaimDetail, Article, Article) {
	t.Helper()
	a0, s0, e0 := articleWith(t, svc, "", "North Korea has sent troops to support Russia")
	d, err := svc.Claims.AddMention(MentionInput{
		NewStatement: "North Korea sent troops to support Russia", ArticleID: a0.ID,
		Start: s0, End: e0, Quote: "North Korea has sent troops to support Russia",
	})
	if err != nil {
		t.Fatal(err)
	}
	a4, s4, e4 := articleWith(t, svc, "", "around 11,000 elite troops")
	d, err = svc.Claims.AddMention(MentionInput{
		ClaimID: &d.ID, ArticleID: a4.ID, Start: s4, End: e4, Quote: "around 11,000 elite troops",
		RawValue: "11,000", Hedge: "around",
	})
	if err != nil {
		t.Fatal(err)
	}
	return d, a0, a4
}

func mentionIn(t *testing.T, d ClaimDetail, articleID int64) Mention {
	t.Helper()
	for _, m := range d.Mentions {
		if m.ArticleID == articleID {
			return m
		}
	}
	t.Fatalf("claim %d has no mention in article %d: %+v", d.ID, articleID, d.Mentions)
	return Mention{}
}

func countRows(t *testing.T, ws *Workspace, tables ...string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range tables {
		var n int
		if err := ws.DB().QueryRow("SELECT count(*) FROM " + tb).Scan(&n); err != nil {
			t.Fatal(err)
		}
		out[tb] = n
	}
	return out
}

var claimTables = []string{"claims", "spans", "claim_mentions", "assessments", "evidence", "claim_tags", "tags", "audit_log"}

func mustCheck(t *testing.T, ws *Workspace) {
	t.Helper()
	problems, err := ws.DB().Check(t.Context())
	if err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestTroopClaimAcrossArticles(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, a0, a4 := troopClaim(t, svc)
	if d.Statement != "North Korea sent troops to support Russia" || len(d.Mentions) != 2 || d.Articles != 2 {
		t.Fatalf("claim: %+v", d)
	}
	if d.Credibility != nil || d.CredibilityLabel != "" || d.CreatedBy == "" {
		t.Fatalf("new claim should be ungraded: %+v", d)
	}
	m0, m4 := mentionIn(t, d, a0.ID), mentionIn(t, d, a4.ID)
	if m4.RawValue != "11,000" || m4.Hedge != "around" || m4.Quote != "around 11,000 elite troops" || m4.State != "accepted" {
		t.Fatalf("004 mention: %+v", m4)
	}
	if m0.Source != "" || m0.SourceReliability != "F" || m0.Grade != "F-" {
		t.Fatalf("000 mention (no outlet): %+v", m0)
	}
	// The mention is a span of kind claim that the span view also shows.
	sp, err := svc.Spans.Get(m4.SpanID)
	if err != nil || sp.Kind != "claim" || sp.ClaimID == nil || *sp.ClaimID != d.ID {
		t.Fatalf("span: %+v %v", sp, err)
	}
	if _, err := svc.Tags.TagClaim(d.ID, "troops"); err != nil {
		t.Fatal(err)
	}

	first, err := svc.Assessments.Add(AssessmentInput{
		ClaimID: d.ID, Credibility: 2, Rationale: "two outlets, one origin",
		Evidence: []EvidenceInput{
			{Stance: "supports", SpanID: &m4.SpanID, Note: "figure"},
			{Stance: "context", URL: "https://www.gov.uk/government/news/defence-intelligence-update"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if first.Credibility != 2 || first.CredibilityLabel != "Probably true" || first.Analyst == "" || first.Origin != "analyst" || len(first.Evidence) != 2 {
		t.Fatalf("assessment: %+v", first)
	}
	ev := first.Evidence[0]
	if ev.SpanID == nil || *ev.SpanID != m4.SpanID || ev.ArticleID == nil || *ev.ArticleID != a4.ID || ev.ArticleTitle != a4.Title || ev.Quote != "around 11,000 elite troops" {
		t.Fatalf("span evidence: %+v", ev)
	}
	if first.Evidence[1].SpanID != nil || first.Evidence[1].ArticleID != nil || !strings.HasPrefix(first.Evidence[1].URL, "https://") {
		t.Fatalf("url evidence: %+v", first.Evidence[1])
	}
	d, err = svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Credibility == nil || *d.Credibility != 2 || d.CredibilityLabel != "Probably true" || len(d.Mentions) != 2 || d.Articles != 2 || len(d.Assessments) != 1 {
		t.Fatalf("graded claim: %+v", d)
	}
	// 000 states it unattributed; 004 has it from Ukraine's defence minister: one origin
	if m := mentionIn(t, d, a4.ID); d.Origins != 1 || m.OriginName != "Government of Ukraine" || mentionIn(t, d, a0.ID).OriginKey != "" {
		t.Fatalf("origins: %d (%+v)", d.Origins, d.Mentions)
	}
	if g := mentionIn(t, d, a0.ID).Grade; g != "F2" {
		t.Fatalf("grade %q", g)
	}

	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: d.ID, Credibility: 3, Rationale: "figures differ",
		Evidence: []EvidenceInput{{Stance: "refutes", ArticleID: &a0.ID}}}); err != nil {
		t.Fatal(err)
	}
	hist, err := svc.Assessments.ListForClaim(d.ID)
	if err != nil || len(hist) != 2 || hist[0].Credibility != 3 || hist[1].Credibility != 2 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	if hist[0].Evidence[0].ArticleTitle != a0.Title || hist[0].Evidence[0].SpanID != nil {
		t.Fatalf("article evidence: %+v", hist[0].Evidence[0])
	}
	if got, _ := svc.Claims.Get(d.ID); *got.Credibility != 3 || got.CredibilityLabel != "Possibly true" {
		t.Fatalf("latest: %+v", got)
	}
	// Undo the second assessment: the first is current again.
	st, _ := svc.History.State()
	if !strings.Contains(st.UndoLabel, "grade") {
		t.Fatalf("undo label %q", st.UndoLabel)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if *d.Credibility != 2 || len(d.Assessments) != 1 {
		t.Fatalf("after undo: %+v", d)
	}
	list, _ := svc.Claims.List(ClaimFilter{})
	if len(list) != 1 || list[0].Mentions != 2 || list[0].Articles != 2 || list[0].Origins != 1 || *list[0].Credibility != 2 || len(list[0].Tags) != 1 {
		t.Fatalf("list: %+v", list)
	}

	// Delete the claim, then undo: everything is back exactly.
	// readAt is when each was read (the log grows with the delete and its undo), not the claim
	d.ReadAt = 0
	before, _ := json.Marshal(d)
	rowsBefore := countRows(t, ws, "claims", "spans", "claim_mentions", "assessments", "evidence", "claim_tags")
	if err := svc.Claims.Delete(d.ID); err != nil {
		t.Fatal(err)
	}
	_, err = svc.Claims.Get(d.ID)
	wantCode(t, err, CodeNotFound, "claim")
	for tb, n := range countRows(t, ws, "claims", "spans", "claim_mentions", "assessments", "evidence", "claim_tags") {
		if n != 0 {
			t.Fatalf("%d %s rows left after delete", n, tb)
		}
	}
	if _, err := svc.Spans.Get(m4.SpanID); err == nil {
		t.Fatal("mention span survived the claim")
	}
	mustCheck(t, ws)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	back, err := svc.Claims.Get(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	back.ReadAt = 0
	after, _ := json.Marshal(back)
	if string(before) != string(after) {
		t.Fatalf("undo delete:\nbefore %s\nafter  %s", before, after)
	}
	if got := countRows(t, ws, "claims", "spans", "claim_mentions", "assessments", "evidence", "claim_tags"); !reflect.DeepEqual(got, rowsBefore) {
		t.Fatalf("rows: %v, want %v", got, rowsBefore)
	}
	mustCheck(t, ws)
	// Redo deletes again; the delete and its undo are in the claim's history.
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Claims.Get(d.ID); err == nil {
		t.Fatal("redo did not delete")
	}
	h, err := svc.History.ForRow("claims", d.ID)
	if err != nil || len(h) < 4 {
		t.Fatalf("claim history: %d %v", len(h), err)
	}
	mustCheck(t, ws)
}

func TestClaimCreateUpdate(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	d, err := svc.Claims.Create(ClaimInput{Statement: "  Russia and North Korea signed a   treaty ", Note: "check date", Tags: []string{"treaty", "dates"}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Statement != "Russia and North Korea signed a treaty" || d.Note != "check date" || len(d.Tags) != 2 || len(d.Mentions) != 0 || d.Origins != 0 {
		t.Fatalf("created: %+v", d)
	}
	if d.Mentions == nil || d.Assessments == nil {
		t.Fatal("empty lists must be [] not null")
	}
	st := "Russia and North Korea signed a defence treaty"
	d, err = svc.Claims.Update(d.ID, ClaimPatch{Statement: &st})
	if err != nil || d.Statement != st || d.Note != "check date" {
		t.Fatalf("update: %+v %v", d, err)
	}
	note := ""
	d, err = svc.Claims.Update(d.ID, ClaimPatch{Note: &note})
	if err != nil || d.Note != "" || d.Statement != st {
		t.Fatalf("update note: %+v %v", d, err)
	}
	svc.History.Undo()
	if got, _ := svc.Claims.Get(d.ID); got.Note != "check date" {
		t.Fatalf("undo note: %+v", got)
	}
	// A mention without a new statement starts a claim named after the quote.
	a, s, e := articleWith(t, svc, "Reuters", "125-strong delegation")
	d2, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e})
	if err != nil || d2.Statement != "125-strong delegation" || len(d2.Mentions) != 1 || d2.Mentions[0].Quote != "125-strong delegation" {
		t.Fatalf("default statement: %+v %v", d2, err)
	}
	// One action: undo removes the claim and its mention together.
	svc.History.Undo()
	if _, err := svc.Claims.Get(d2.ID); err == nil {
		t.Fatal("undo left the new claim")
	}
	if _, err := svc.Spans.Get(d2.Mentions[0].SpanID); err == nil {
		t.Fatal("undo left the mention span")
	}
}

func TestMentionUpdateAndRemove(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, _, a4 := troopClaim(t, svc)
	m4 := mentionIn(t, d, a4.ID)
	// A speaker entity and a channel source.
	ak, ks, ke := articleWith(t, svc, "", "Korean Central News Agency")
	ent, err := svc.Spans.Create(SpanInput{ArticleID: ak.ID, Kind: "entity", EntityType: "organisation", Start: ks, End: ke})
	if err != nil {
		t.Fatal(err)
	}
	kcna, err := svc.Sources.Create(SourceInput{Name: "KCNA test channel", Kind: "state_media", Reliability: "E"})
	if err != nil {
		t.Fatal(err)
	}
	raw, hedge, ch, yes := "about 11,000", "around", "according to U.K. defense intelligence", true
	d, err = svc.Claims.UpdateMention(m4.SpanID, MentionPatch{RawValue: &raw, Hedge: &hedge, SpeakerEntityID: ent.EntityID,
		ChannelSourceID: &kcna.ID, ChannelText: &ch, IsDirectQuote: &yes})
	if err != nil {
		t.Fatal(err)
	}
	m := mentionIn(t, d, a4.ID)
	if m.RawValue != raw || m.SpeakerEntityID == nil || m.SpeakerName != "Korean Central News Agency" || m.ChannelSourceID == nil ||
		m.ChannelName != "KCNA test channel" || m.ChannelText != ch || !m.IsDirectQuote {
		t.Fatalf("updated mention: %+v", m)
	}
	// 0 clears a link; nil leaves it.
	d, err = svc.Claims.UpdateMention(m4.SpanID, MentionPatch{SpeakerEntityID: i64(0)})
	if m = mentionIn(t, d, a4.ID); err != nil || m.SpeakerEntityID != nil || m.ChannelSourceID == nil || m.RawValue != raw {
		t.Fatalf("cleared speaker: %+v %v", m, err)
	}
	_, err = svc.Claims.UpdateMention(m4.SpanID, MentionPatch{SpeakerEntityID: i64(777)})
	wantCode(t, err, CodeNotFound, "entity 777")
	_, err = svc.Claims.UpdateMention(m4.SpanID, MentionPatch{ChannelSourceID: i64(888)})
	wantCode(t, err, CodeNotFound, "source 888")
	_, err = svc.Claims.UpdateMention(999, MentionPatch{RawValue: &raw})
	wantCode(t, err, CodeNotFound, "claim mention 999")
	_, err = svc.Claims.UpdateMention(ent.ID, MentionPatch{RawValue: &raw})
	wantCode(t, err, CodeNotFound, "claim mention")

	// Evidence of another claim cites the mention; removing the mention keeps that
	// evidence pointing at the article, and undo restores the span link.
	other, _ := svc.Claims.Create(ClaimInput{Statement: "Troops were elite units"})
	ass, err := svc.Assessments.Add(AssessmentInput{ClaimID: other.ID, Credibility: 4, Evidence: []EvidenceInput{{Stance: "supports", SpanID: &m4.SpanID}}})
	if err != nil {
		t.Fatal(err)
	}
	d, err = svc.Claims.RemoveMention(m4.SpanID)
	if err != nil || len(d.Mentions) != 1 || d.Articles != 1 {
		t.Fatalf("remove: %+v %v", d, err)
	}
	if _, err := svc.Spans.Get(m4.SpanID); err == nil {
		t.Fatal("span still there")
	}
	evs, _ := svc.Assessments.ListForClaim(other.ID)
	if e := evs[0].Evidence[0]; e.SpanID != nil || e.ArticleID == nil || *e.ArticleID != a4.ID || e.ArticleTitle != a4.Title {
		t.Fatalf("detached evidence: %+v", e)
	}
	mustCheck(t, ws)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	evs, _ = svc.Assessments.ListForClaim(other.ID)
	if e := evs[0].Evidence[0]; e.SpanID == nil || *e.SpanID != m4.SpanID || e.ID != ass.Evidence[0].ID {
		t.Fatalf("evidence after undo: %+v", e)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := mentionIn(t, d, a4.ID); m.ChannelName != "KCNA test channel" || m.RawValue != raw {
		t.Fatalf("mention after undo: %+v", m)
	}
	_, err = svc.Claims.RemoveMention(999)
	wantCode(t, err, CodeNotFound, "claim mention 999")
	mustCheck(t, ws)
}

func TestClaimRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "", "North Korea has sent troops")
	before := countRows(t, ws, claimTables...)
	_, err := svc.Claims.Create(ClaimInput{Statement: "  "})
	wantCode(t, err, CodeInvalid, "statement")
	_, err = svc.Claims.Get(999)
	wantCode(t, err, CodeNotFound, "claim 999")
	st := "x"
	_, err = svc.Claims.Update(999, ClaimPatch{Statement: &st})
	wantCode(t, err, CodeNotFound, "claim 999")
	wantCode(t, svc.Claims.Delete(999), CodeNotFound, "claim 999")
	_, err = svc.Claims.List(ClaimFilter{Credibility: 8})
	wantCode(t, err, CodeInvalid, "credibility")
	in := func(mod func(*MentionInput)) MentionInput {
		i := MentionInput{ArticleID: a.ID, Start: s, End: e, Quote: "North Korea has sent troops"}
		mod(&i)
		return i
	}
	cases := []struct {
		name string
		in   MentionInput
		code Code
		msg  string
	}{
		{"end before start", in(func(i *MentionInput) { i.Start, i.End = e, s }), CodeInvalid, "end after it starts"},
		{"past the end", in(func(i *MentionInput) { i.End = a.CharCount + 5 }), CodeInvalid, "outside the text"},
		{"negative", in(func(i *MentionInput) { i.Start = -1 }), CodeInvalid, "negative"},
		{"wrong quote", in(func(i *MentionInput) { i.Quote = "South Korea" }), CodeInvalid, "does not match"},
		{"unknown article", in(func(i *MentionInput) { i.ArticleID = 9999 }), CodeNotFound, "article 9999"},
		{"unknown claim", in(func(i *MentionInput) { i.ClaimID = i64(999) }), CodeNotFound, "claim 999"},
		{"unknown speaker", in(func(i *MentionInput) { i.SpeakerEntityID = i64(777) }), CodeNotFound, "entity 777"},
		{"unknown channel", in(func(i *MentionInput) { i.ChannelSourceID = i64(888) }), CodeNotFound, "source 888"},
	}
	for _, c := range cases {
		_, err := svc.Claims.AddMention(c.in)
		wantCode(t, err, c.code, c.msg)
	}
	if after := countRows(t, ws, claimTables...); !reflect.DeepEqual(before, after) {
		t.Fatalf("refusals wrote rows: %v -> %v", before, after)
	}
}

func TestFailedActionsLeaveNothing(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, a0, _ := troopClaim(t, svc)
	_, s, e := articleWith(t, svc, "", "North Korea has sent troops")
	before := countRows(t, ws, claimTables...)
	// An existing claim, bad offsets.
	_, err := svc.Claims.AddMention(MentionInput{ClaimID: &d.ID, ArticleID: a0.ID, Start: s, End: e + 100000})
	wantCode(t, err, CodeInvalid, "outside the text")
	// A new claim is created and logged, then a tag fails: all rolled back.
	_, err = svc.Claims.Create(ClaimInput{Statement: "New claim", Tags: []string{"fine", strings.Repeat("x", 65)}})
	wantCode(t, err, CodeInvalid, "at most 64")
	// The assessment and its first evidence are written and logged, then the second
	// evidence names a missing span: all rolled back.
	_, err = svc.Assessments.Add(AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{
		{Stance: "supports", ArticleID: &a0.ID}, {Stance: "supports", SpanID: i64(9999)},
	}})
	wantCode(t, err, CodeNotFound, "span 9999")
	if after := countRows(t, ws, claimTables...); !reflect.DeepEqual(before, after) {
		t.Fatalf("failed actions wrote rows: %v -> %v", before, after)
	}
	if got, _ := svc.Claims.Get(d.ID); got.Credibility != nil || len(got.Mentions) != 2 {
		t.Fatalf("claim changed: %+v", got)
	}
}

func TestClaimListFilters(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	ws.Clock = func() time.Time { now = now.Add(time.Minute); return now }

	troops, a0, _ := troopClaim(t, svc)
	svc.Tags.TagClaim(troops.ID, "Military")
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: troops.ID, Credibility: 2}); err != nil {
		t.Fatal(err)
	}
	ar, s, e := articleWith(t, svc, "Reuters", "125-strong delegation")
	deleg, err := svc.Claims.AddMention(MentionInput{NewStatement: "Russia sent a 125-strong delegation", ArticleID: ar.ID, Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	culture, err := svc.Claims.Create(ClaimInput{Statement: "Kim discussed culture", Note: "100% from KCNA_wire"})
	if err != nil {
		t.Fatal(err)
	}
	// An entity mention inside the troop claim's mention in 000, and one elsewhere.
	_, ns, ne := articleWith(t, svc, "", "North Korea has sent troops")
	nk, err := svc.Spans.Create(SpanInput{ArticleID: a0.ID, Kind: "entity", EntityType: "place", Start: ns, End: ns + int64(len("North Korea")), Quote: "North Korea"})
	if err != nil || ne <= ns {
		t.Fatal(err)
	}
	_, ls, le := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	olga, err := svc.Spans.Create(SpanInput{ArticleID: ar.ID, Kind: "entity", EntityType: "person", Start: ls, End: le})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(f ClaimFilter) []int64 {
		t.Helper()
		list, err := svc.Claims.List(f)
		if err != nil {
			t.Fatal(err)
		}
		out := []int64{}
		for _, c := range list {
			out = append(out, c.ID)
		}
		return out
	}
	want := func(f ClaimFilter, w ...int64) {
		t.Helper()
		if w == nil {
			w = []int64{}
		}
		if got := ids(f); !reflect.DeepEqual(got, w) {
			t.Fatalf("filter %+v: got %v, want %v", f, got, w)
		}
	}
	// Most recently changed first.
	want(ClaimFilter{}, culture.ID, deleg.ID, troops.ID)
	want(ClaimFilter{Text: "TROOPS"}, troops.ID)
	want(ClaimFilter{Text: "kcna_wire"}, culture.ID)
	want(ClaimFilter{Text: "100%"}, culture.ID)
	want(ClaimFilter{Text: "%"}, culture.ID)
	want(ClaimFilter{Text: "CN_"}) // _ is literal, not "any character" (CNA would match)
	want(ClaimFilter{Text: "kcna_w"}, culture.ID)
	want(ClaimFilter{Text: "a_w"}) // a piece with a letter first starts a word
	want(ClaimFilter{Text: "nothing like this"})
	want(ClaimFilter{Credibility: 2}, troops.ID)
	want(ClaimFilter{Credibility: 3})
	want(ClaimFilter{Credibility: 7}, culture.ID, deleg.ID)
	want(ClaimFilter{Tag: "military"}, troops.ID)
	want(ClaimFilter{Tag: "none"})
	want(ClaimFilter{ArticleID: a0.ID}, troops.ID)
	want(ClaimFilter{ArticleID: ar.ID}, deleg.ID)
	want(ClaimFilter{SourceID: *ar.SourceID}, deleg.ID)
	want(ClaimFilter{EntityID: *nk.EntityID}, troops.ID)
	want(ClaimFilter{EntityID: *olga.EntityID}) // in the same article, but not inside the mention
	want(ClaimFilter{Text: "troops", Credibility: 7})
	// Editing a claim moves it to the top.
	note := "seen"
	svc.Claims.Update(troops.ID, ClaimPatch{Note: &note})
	want(ClaimFilter{}, troops.ID, culture.ID, deleg.ID)
	for _, f := range []ClaimFilter{{}, {Text: "troops"}, {Tag: "Military"}, {ArticleID: ar.ID}, {Credibility: 7}} {
		claimPagesMatchList(t, svc, f)
	}
}

// claimPagesMatchList checks that ListPage's pages, one claim each, put together are
// List's answer for the filter (counts, origins and tags read for the page only).
func claimPagesMatchList(t *testing.T, svc *Services, f ClaimFilter) {
	t.Helper()
	list, err := svc.Claims.List(f)
	if err != nil {
		t.Fatal(err)
	}
	for off := int64(0); off <= int64(len(list)); off++ {
		p, err := svc.Claims.ListPage(f, off, 1)
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != int64(len(list)) || p.Offset != off {
			t.Fatalf("%+v page at %d: total %d offset %d, want %d", f, off, p.Total, p.Offset, len(list))
		}
		if off == int64(len(list)) {
			if len(p.Items) != 0 {
				t.Fatalf("%+v: a page past the end holds %d claims", f, len(p.Items))
			}
			break
		}
		if len(p.Items) != 1 || !reflect.DeepEqual(p.Items[0], list[off]) {
			t.Errorf("%+v row %d: page %+v, list %+v", f, off, p.Items, list[off])
		}
	}
	if _, err := svc.Claims.ListPage(f, 0, 0); err == nil {
		t.Error("a page of 0 claims was accepted")
	}
}

// Origins are counted per mention: the distinct roots of the accepted mentions' chains.
// The analyst sets each mention's chain; repeats of one root count once, an unattributed
// mention adds none, the outlet's own reporting adds the outlet; refusals change nothing.
func TestClaimOriginsCountIndependentSources(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, a0, a4 := troopClaim(t, svc)
	a2, s, e := articleWith(t, svc, "Reuters", "deployment of North Korean troops")
	d, err := svc.Claims.AddMention(MentionInput{ClaimID: &d.ID, ArticleID: a2.ID, Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	kcna, err := svc.Sources.Create(SourceInput{Name: "Origin agency", Kind: "state_media"})
	if err != nil {
		t.Fatal(err)
	}
	yonhap, err := svc.Sources.Create(SourceInput{Name: "Relay agency", Kind: "agency"})
	if err != nil {
		t.Fatal(err)
	}
	set := func(articleID int64, p MentionPatch) ClaimDetail {
		t.Helper()
		d, err := svc.Claims.UpdateMention(mentionIn(t, d, articleID).SpanID, p)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	none, no := int64(0), false
	for _, a := range []int64{a0.ID, a4.ID, a2.ID} { // start from unattributed mentions
		d = set(a, MentionPatch{OriginSourceID: &none, ChannelSourceID: &none, SpeakerEntityID: &none, OwnReporting: &no})
	}
	if d.Origins != 0 || !strings.HasPrefix(d.OriginSummary, "3 articles, 0 origins") {
		t.Fatalf("three unattributed mentions: %d origins, %q", d.Origins, d.OriginSummary)
	}
	// 000 and 004 both rest on the agency (004 through the relay): one origin
	d = set(a0.ID, MentionPatch{OriginSourceID: &kcna.ID})
	d = set(a4.ID, MentionPatch{OriginSourceID: &kcna.ID, ChannelSourceID: &yonhap.ID})
	if d.Origins != 1 || d.OriginSummary != "3 articles, 1 origin: Origin agency (1 mention unattributed)" {
		t.Fatalf("one origin: %d, %q", d.Origins, d.OriginSummary)
	}
	if m := mentionIn(t, d, a4.ID); chainText(m.OriginChain) != "Relay agency ← Origin agency" || m.AttributionBy != "analyst" || m.OriginKey == "" {
		t.Fatalf("004's chain: %+v", m)
	}
	// Reuters' own reporting is a second origin
	yes := true
	d = set(a2.ID, MentionPatch{OwnReporting: &yes})
	if d.Origins != 2 || mentionIn(t, d, a2.ID).OriginName != "Reuters" {
		t.Fatalf("with Reuters' own reporting: %d %+v", d.Origins, mentionIn(t, d, a2.ID))
	}
	list, _ := svc.Claims.List(ClaimFilter{})
	if list[0].Origins != 2 || list[0].Mentions != 3 || list[0].Articles != 3 {
		t.Fatalf("summary: %+v", list[0])
	}
	ch, err := svc.Origins.ClaimOrigins(d.ID)
	if err != nil || len(ch.Origins) != 2 || ch.Summary != d.OriginSummary || len(ch.Origins[0].Articles) != 2 {
		t.Fatalf("ClaimOrigins: %+v %v", ch, err)
	}
	claimPagesMatchList(t, svc, ClaimFilter{})

	// refusals: each leaves the mention as it was
	before := mentionIn(t, d, a4.ID)
	span := before.SpanID
	bad := "disputes"
	_, err = svc.Claims.UpdateMention(span, MentionPatch{Stance: &bad})
	wantCode(t, err, CodeInvalid, "stance must be one of")
	_, err = svc.Claims.UpdateMention(span, MentionPatch{OriginSourceID: &yonhap.ID}) // relayed by itself
	wantCode(t, err, CodeInvalid, "loops")
	reutersID := mustSourceID(t, svc, "Reuters")
	_, err = svc.Claims.UpdateMention(mentionIn(t, d, a2.ID).SpanID, MentionPatch{OriginSourceID: &reutersID, ChannelSourceID: &yonhap.ID})
	wantCode(t, err, CodeInvalid, "loops")
	missing := int64(99999)
	_, err = svc.Claims.UpdateMention(span, MentionPatch{OriginSourceID: &missing})
	wantCode(t, err, CodeNotFound, "source 99999")
	_, err = svc.Claims.UpdateMention(99999, MentionPatch{Stance: &bad})
	wantCode(t, err, CodeNotFound, "claim mention 99999")
	after, _ := svc.Claims.Get(d.ID)
	if m := mentionIn(t, after, a4.ID); !reflect.DeepEqual(m, before) {
		t.Fatalf("a refused edit changed the mention:\n%+v\n%+v", m, before)
	}
	// a stance the analyst sets; asserts against denies is a contradiction
	denies := "denies"
	d = set(a2.ID, MentionPatch{Stance: &denies})
	if m := mentionIn(t, d, a2.ID); m.Stance != "denies" || m.StanceBy != "analyst" {
		t.Fatalf("stance: %+v", m)
	}
	n := 0
	for _, c := range d.Contradictions {
		if c.Kind == "stance" {
			n++
			if c.Message == "" || (c.A.Stance != "denies" && c.B.Stance != "denies") {
				t.Fatalf("stance contradiction: %+v", c)
			}
		}
	}
	if n != 2 {
		t.Fatalf("stance contradictions: %d (%+v)", n, d.Contradictions)
	}
	if g, _ := svc.Grades.Suggest(d.ID); g.Credibility != 4 {
		t.Fatalf("a contradiction makes the claim doubtful: %+v", g)
	}
	mustCheck(t, ws)
}

func mustSourceID(t *testing.T, svc *Services, name string) int64 {
	t.Helper()
	list, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Name == name {
			return s.ID
		}
	}
	t.Fatalf("no source %q", name)
	return 0
}
