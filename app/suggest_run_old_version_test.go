package app

import "testing"

// The suggester asked to run on an old version of an article (`claimdesk suggest --article
// ID` with an id from before a revision, or an import that stored a story's two versions in
// one run) stored suggestions there that no list shows and no decision may settle (both
// look at the newest version only), and said "4 new". It runs on the story's newest version
// instead, once, and says which. Invented article.
func TestSuggestOnAnOldVersionRunsOnTheNewest(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	story := ferryStrikeStory
	sum, err := svc.Import.ImportPasted(story("Ferries to Oster Island did not sail."))
	if err != nil {
		t.Fatal(err)
	}
	v1 := sum.Items[0].ArticleID
	sum, err = svc.Import.ImportPasted(story("Ferries to Oster Island did not sail; the port expects them back on Thursday."))
	if err != nil || sum.Items[0].Status != StatusVersion {
		t.Fatalf("the revision: %+v %v", sum.Items, err)
	}
	v2 := sum.Items[0].ArticleID
	waiting := func(id int64) int {
		return count(t, ws, "SELECT count(*) FROM spans WHERE article_id = ? AND state = 'suggested'", id)
	}
	run, err := svc.Suggestions.Run(v1)
	if err != nil {
		t.Fatal(err)
	}
	if n := waiting(v1); n != 0 {
		t.Errorf("%d suggestions stored on the old version, which no list shows", n)
	}
	if len(run.Items) != 1 || run.Items[0].ArticleID != v2 || run.Suggested == 0 || int(run.Suggested) != waiting(v2) {
		t.Errorf("the run said %+v; want it on article %d (the newest version), with its %d suggestions", run, v2, waiting(v2))
	}
	listed, err := svc.Suggestions.List(SuggestionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(listed) != waiting(v2) {
		t.Errorf("the list shows %d suggestions; the run stored %d", len(listed), waiting(v2))
	}
	// both versions asked at once (an import of a story's two texts): the newest, once
	again, err := svc.Suggestions.RunForArticles([]int64{v1, v2})
	if err != nil || again.Articles != 1 || len(again.Items) != 1 || again.Items[0].ArticleID != v2 {
		t.Errorf("run over both versions: %+v %v; want one run, on article %d", again, err, v2)
	}
	if n := waiting(v1); n != 0 {
		t.Errorf("%d suggestions stored on the old version", n)
	}
}
