package app

import (
	"testing"
)

func sourceNamed(t *testing.T, svc *Services, name string) Source {
	t.Helper()
	list, err := svc.Sources.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no source %q in %+v", name, list)
	return Source{}
}

func TestSourceReliabilityRegradesMentions(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "125-strong delegation")
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "Russia sent a 125-strong delegation", ArticleID: a.ID, Start: s, End: e})
	if err != nil {
		t.Fatal(err)
	}
	if d.Mentions[0].Grade != "F-" || d.Mentions[0].Source != "Reuters" {
		t.Fatalf("ungraded: %+v", d.Mentions[0])
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: d.ID, Credibility: 2}); err != nil {
		t.Fatal(err)
	}
	reuters := sourceNamed(t, svc, "Reuters")
	if reuters.Reliability != "F" || reuters.Articles < 1 || reuters.ReliabilityLabel != "Reliability cannot be judged" {
		t.Fatalf("seed source: %+v", reuters)
	}
	rel := "b"
	up, err := svc.Sources.Update(reuters.ID, SourcePatch{Reliability: &rel})
	if err != nil || up.Reliability != "B" || up.ReliabilityLabel != "Usually reliable" || up.Name != "Reuters" || up.Kind != reuters.Kind {
		t.Fatalf("update: %+v %v", up, err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := d.Mentions[0]; m.Grade != "B2" || m.SourceReliability != "B" {
		t.Fatalf("after regrading the source: %+v", m)
	}
	svc.History.Undo()
	if d, _ = svc.Claims.Get(d.ID); d.Mentions[0].Grade != "F2" {
		t.Fatalf("after undo: %+v", d.Mentions[0])
	}
}

func TestSourceCRUDAndRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	src, err := svc.Sources.Create(SourceInput{Name: " U.K.  Ministry of Defence ", Kind: "government", Reliability: "c", URL: "https://www.gov.uk/mod", Note: "intelligence updates"})
	if err != nil {
		t.Fatal(err)
	}
	if src.Name != "U.K. Ministry of Defence" || src.Reliability != "C" || src.ReliabilityLabel != "Fairly reliable" || src.Articles != 0 || src.URL != "https://www.gov.uk/mod" {
		t.Fatalf("created: %+v", src)
	}
	def, err := svc.Sources.Create(SourceInput{Name: "Some blog"})
	if err != nil || def.Kind != "outlet" || def.Reliability != "F" {
		t.Fatalf("defaults: %+v %v", def, err)
	}
	_, err = svc.Sources.Create(SourceInput{Name: "u.k. ministry of defence"})
	wantCode(t, err, CodeConflict, "already exists")
	_, err = svc.Sources.Create(SourceInput{Name: "  "})
	wantCode(t, err, CodeInvalid, "needs a name")
	_, err = svc.Sources.Create(SourceInput{Name: "X", Kind: "blog"})
	wantCode(t, err, CodeInvalid, "source kind must be one of")
	_, err = svc.Sources.Create(SourceInput{Name: "X", Reliability: "G"})
	wantCode(t, err, CodeInvalid, "reliability must be A–F")
	_, err = svc.Sources.Create(SourceInput{Name: "X", URL: "javascript:alert(1)"})
	wantCode(t, err, CodeInvalid, "http")
	name := "Reuters"
	_, err = svc.Sources.Update(src.ID, SourcePatch{Name: &name})
	wantCode(t, err, CodeConflict, "already exists")
	_, err = svc.Sources.Update(999, SourcePatch{Name: &name})
	wantCode(t, err, CodeNotFound, "source 999")
	bad := "Z"
	_, err = svc.Sources.Update(src.ID, SourcePatch{Reliability: &bad})
	wantCode(t, err, CodeInvalid, "reliability")
	kind := "weblog"
	_, err = svc.Sources.Update(src.ID, SourcePatch{Kind: &kind})
	wantCode(t, err, CodeInvalid, "kind")
	// Renaming to its own name in another case is fine.
	lower := "U.K. Ministry of defence"
	if got, err := svc.Sources.Update(src.ID, SourcePatch{Name: &lower}); err != nil || got.Name != lower || got.Note != "intelligence updates" {
		t.Fatalf("rename: %+v %v", got, err)
	}
	wantCode(t, svc.Sources.Delete(999), CodeNotFound, "source 999")
	reuters := sourceNamed(t, svc, "Reuters")
	wantCode(t, svc.Sources.Delete(reuters.ID), CodeConflict, "outlet of 1 article")

	// Deleting a source used as a mention's channel and as an article origin: the
	// channel is cleared and the origin removed, and undo brings both back.
	d, a0, a4 := troopClaim(t, svc)
	m4 := mentionIn(t, d, a4.ID)
	if _, err := svc.Claims.UpdateMention(m4.SpanID, MentionPatch{ChannelSourceID: &src.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := ws.DB().Exec(`INSERT INTO article_origins (article_id, origin_source_id, via_source_id, state, created_at) VALUES (?, ?, NULL, 'accepted', '2026-01-01T00:00:00.000Z'), (?, ?, ?, 'accepted', '2026-01-01T00:00:00.000Z')`,
		a0.ID, src.ID, a4.ID, def.ID, src.ID); err != nil {
		t.Fatal(err)
	}
	if err := svc.Sources.Delete(src.ID); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := mentionIn(t, d, a4.ID); m.ChannelSourceID != nil {
		t.Fatalf("channel not cleared: %+v", m)
	}
	var origins, vias int
	ws.DB().QueryRow(`SELECT count(*), count(via_source_id) FROM article_origins WHERE origin_source_id = ? OR via_source_id = ? OR origin_source_id = ?`, src.ID, src.ID, def.ID).Scan(&origins, &vias)
	if origins != 1 || vias != 0 {
		t.Fatalf("origins %d, vias %d", origins, vias)
	}
	mustCheck(t, ws)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Claims.Get(d.ID)
	if m := mentionIn(t, d, a4.ID); m.ChannelSourceID == nil || *m.ChannelSourceID != src.ID || m.ChannelName != lower {
		t.Fatalf("channel after undo: %+v", m)
	}
	ws.DB().QueryRow(`SELECT count(*), count(via_source_id) FROM article_origins WHERE origin_source_id = ? OR via_source_id = ? OR origin_source_id = ?`, src.ID, src.ID, def.ID).Scan(&origins, &vias)
	if origins != 2 || vias != 1 {
		t.Fatalf("after undo: origins %d, vias %d", origins, vias)
	}
	mustCheck(t, ws)
}
