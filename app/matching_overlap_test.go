package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// cpRangeOf is quote's code-point offsets in body.
func cpRangeOf(t *testing.T, body, quote string) (int64, int64) {
	t.Helper()
	i := strings.Index(body, quote)
	if i < 0 {
		t.Fatalf("%q is not in the article", quote)
	}
	start := int64(len([]rune(body[:i])))
	return start, start + int64(len([]rune(quote)))
}

// Accepting a sentence that overlaps the claim's own mention at other offsets did
// nothing and said nothing (left by ratk3): the analyst believed it added.
func TestAcceptOverlappingOwnMentionIsRefused(t *testing.T) {
	_, s := MustOpenWorkspace(t, true)
	root := t.TempDir()
	ferry := importOne(t, s, writeFile(t, filepath.Join(root, "ferry.txt"), ferryStory), ImportOptions{})
	body := article(t, s, ferry.ArticleID).Body
	start, end := cpRangeOf(t, body, "would close for three weeks")
	d, err := s.Claims.AddMention(MentionInput{NewStatement: "The ferry link closes for three weeks", ArticleID: ferry.ArticleID,
		Start: start, End: end, Quote: "would close for three weeks"})
	if err != nil {
		t.Fatal(err)
	}
	sentence := "The harbour authority in Dunmore said on Tuesday that the ferry link to the islands would close for three weeks while engineers replace the main ramp."
	ss, se := cpRangeOf(t, body, sentence)
	_, err = s.Matching.Accept(d.ID, []CandidateRef{{ArticleID: ferry.ArticleID, Start: ss, End: se, Quote: sentence, Score: 0.5}})
	if !isCode(err, CodeConflict) || !strings.Contains(err.Error(), "resize that mention") {
		t.Errorf("accepting a sentence around the claim's own mention: %v, want a conflict saying to resize the mention", err)
	}
	if got, _ := s.Claims.Get(d.ID); len(got.Mentions) != 1 || got.Mentions[0].Start != start {
		t.Errorf("the refused accept changed the mentions: %+v", got.Mentions)
	}
	// The mention itself again: nothing to do, no error.
	if _, err := s.Matching.Accept(d.ID, []CandidateRef{{ArticleID: ferry.ArticleID, Start: start, End: end, Quote: "would close for three weeks"}}); err != nil {
		t.Errorf("accepting the mention again: %v", err)
	}
	// In one call, a sentence of another article and a clause inside it: the sentence is
	// taken, the clause with it (as before), without an error.
	other := importOne(t, s, writeFile(t, filepath.Join(root, "other.txt"), "Ramp works\n\nThe Dunmore ferry link would close for three weeks, the island council said on Wednesday."), ImportOptions{})
	ob := article(t, s, other.ArticleID).Body
	os1, oe1 := cpRangeOf(t, ob, "The Dunmore ferry link would close for three weeks, the island council said on Wednesday.")
	os2, oe2 := cpRangeOf(t, ob, "would close for three weeks")
	got, err := s.Matching.Accept(d.ID, []CandidateRef{
		{ArticleID: other.ArticleID, Start: os1, End: oe1, Quote: "The Dunmore ferry link would close for three weeks, the island council said on Wednesday.", Score: 0.6},
		{ArticleID: other.ArticleID, Start: os2, End: oe2, Quote: "would close for three weeks", Score: 0.6},
	})
	if err != nil || len(got.Mentions) != 2 {
		t.Errorf("a sentence and its clause in one call: %v, %d mentions, want 2", err, len(got.Mentions))
	}
}
