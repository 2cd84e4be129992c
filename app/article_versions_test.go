package app

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
)

// A story and its revision are one article: a claim carried over onto the new version
// (import copies the annotations) was counted as stated by two articles, an outlet-less
// article's own reporting as two origins, and the revised figure read as two sources
// disagreeing.
func TestVersionsOfOneArticleCountOnce(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	path := writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory)
	first := importOne(t, s, path, ImportOptions{})
	body := article(t, s, first.ArticleID).Body
	quote := "would close for three weeks"
	start := int64(len([]rune(body[:strings.Index(body, quote)])))
	claim, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link closes for three weeks", ArticleID: first.ArticleID,
		Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, ferryRevised)
	second := importOne(t, s, path, ImportOptions{})
	if second.Status != StatusVersion {
		t.Fatalf("the revised text: %+v, want a new version", second)
	}
	d, err := s.Claims.Get(claim.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 2 {
		t.Fatalf("%d mentions, want the first version's and the one carried over: %+v", len(d.Mentions), d.Mentions)
	}
	// The analyst says it is the paper's own reporting (no outlet on a plain text file).
	yes, none := true, int64(0)
	for _, m := range d.Mentions {
		if d, err = s.Claims.UpdateMention(m.SpanID, MentionPatch{OwnReporting: &yes, SpeakerEntityID: &none, OriginSourceID: &none}); err != nil {
			t.Fatal(err)
		}
	}
	if d.Articles != 1 || d.Origins != 1 || !strings.HasPrefix(d.OriginSummary, "1 article, 1 origin") {
		t.Errorf("claim page: %d articles, %d origins, %q; want 1 and 1", d.Articles, d.Origins, d.OriginSummary)
	}
	list, err := s.Claims.List(ClaimFilter{})
	if err != nil || len(list) != 1 || list[0].Articles != 1 || list[0].Origins != 1 {
		t.Errorf("claim list: %+v %v, want 1 article and 1 origin", list, err)
	}
	inArticle, err := s.Claims.List(ClaimFilter{ArticleID: second.ArticleID})
	if err != nil || len(inArticle) != 1 || inArticle[0].Articles != 1 {
		t.Errorf("claims of the new version: %+v %v, want 1 article", inArticle, err)
	}
	g, err := s.Grades.Suggest(claim.ID)
	if err != nil || g.Articles != 1 || g.Origins != 1 {
		t.Errorf("suggested grade: %+v %v, want 1 article and 1 origin", g, err)
	}
	if !strings.Contains(strings.Join(g.Reasons, " "), "two versions of one article") {
		t.Errorf("the grade's reasons do not say the contradiction is a revision: %q", g.Reasons)
	}
	if len(d.Contradictions) != 1 || !d.Contradictions[0].Revised {
		t.Errorf("three weeks vs four weeks across the two versions: %+v, want one contradiction marked as a revision", d.Contradictions)
	}
	res, err := s.Export.Export(ExportOptions{What: "claims"})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(res.Content, "\ufeff"))).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("claims CSV: %d records, %v", len(recs), err)
	}
	for i, h := range recs[0] {
		if (h == "articles" || h == "origins") && recs[1][i] != "1" {
			t.Errorf("claims CSV %s = %s, want 1", h, recs[1][i])
		}
	}

	// A second, different article stating it counts.
	other := importOne(t, s, writeFile(t, filepath.Join(root, "other.txt"), "Ramp works\n\nThe Dunmore ferry link would close for three weeks, the island council said."), ImportOptions{})
	ob := article(t, s, other.ArticleID).Body
	oq := "would close for three weeks"
	os := int64(len([]rune(ob[:strings.Index(ob, oq)])))
	if d, err = s.Claims.AddMention(MentionInput{ClaimID: &claim.ID, ArticleID: other.ArticleID, Start: os, End: os + int64(len([]rune(oq))), Quote: oq}); err != nil {
		t.Fatal(err)
	}
	if d.Articles != 2 {
		t.Errorf("with another article: %d articles, want 2", d.Articles)
	}
}

// Two mentions in one version of an article that give other figures are a contradiction
// inside that article, not a revision.
func TestConflictInOneArticleIsNotARevision(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	text := "Ramp works\n\nThe Dunmore ferry link would close for three weeks, the island council said on Monday. " +
		"On Tuesday the harbour authority said the ferry link would close for four weeks."
	a := importOne(t, s, writeFile(t, filepath.Join(t.TempDir(), "ramp.txt"), text), ImportOptions{})
	body := article(t, s, a.ArticleID).Body
	st, en := cpRangeOf(t, body, "would close for three weeks")
	d, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link closes for three weeks", ArticleID: a.ArticleID, Start: st, End: en, Quote: "would close for three weeks"})
	if err != nil {
		t.Fatal(err)
	}
	st, en = cpRangeOf(t, body, "would close for four weeks")
	if d, err = s.Claims.AddMention(MentionInput{ClaimID: &d.ID, ArticleID: a.ArticleID, Start: st, End: en, Quote: "would close for four weeks"}); err != nil {
		t.Fatal(err)
	}
	if len(d.Contradictions) != 1 || d.Contradictions[0].Revised {
		t.Errorf("three weeks vs four weeks in one article: %+v, want one contradiction not marked as a revision", d.Contradictions)
	}
}
