package app

import (
	"path/filepath"
	"testing"
)

// A suggestion run waits while another runs (an import's run in the background behind the
// last one), and the analyst removes one of its articles meanwhile. The run failed on the
// article gone ("article N does not exist") and stored nothing for the others, a failure
// the window only logs; it passes over the removed article and suggests in the rest.
// Invented articles.
func TestSuggestRunPassesOverAnArticleRemovedMeanwhile(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	root := t.TempDir()
	var ids []int64
	for i, text := range []string{
		"Quay works in Tarrow\nTarrow Post\n\nThe harbour board of Tarrow said on Monday that divers led by Ilse Brandt would inspect the north quay.\n",
		"Ferry fares in Corvale\nHarbour Gazette\n\nMayor Ilsa Brandt said on Monday that ferry fares in Corvale will rise in May.\n",
		"Tides at Oster Island\nTide Weekly\n\nThe harbour master of Oster Island, Jon Velde, redrew the tide chart on Friday.\n",
	} {
		o := importOne(t, svc, writeFile(t, filepath.Join(root, []string{"a.txt", "b.txt", "c.txt"}[i]), text), ImportOptions{})
		ids = append(ids, o.ArticleID)
	}
	s := svc.Suggestions
	s.run.Lock() // another run, still going
	type result struct {
		sum RunSummary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := s.RunForArticles(ids)
		done <- result{sum, err}
	}()
	for queued := false; !queued; { // the run has checked its ids and waits its turn
		s.mu.Lock()
		queued = len(s.cancels) == 1
		s.mu.Unlock()
	}
	if _, err := svc.Articles.Remove([]int64{ids[1]}); err != nil {
		s.run.Unlock()
		t.Fatal(err)
	}
	s.run.Unlock()
	r := <-done
	if r.err != nil {
		t.Fatalf("the run failed on the article removed meanwhile: %v", r.err)
	}
	for _, id := range []int64{ids[0], ids[2]} {
		if n := count(t, ws, "SELECT count(*) FROM spans WHERE article_id = ? AND state = 'suggested'", id); n == 0 {
			t.Errorf("article %d got no suggestions", id)
		}
	}
	for _, it := range r.sum.Items {
		if it.ArticleID == ids[1] {
			t.Errorf("the summary names the removed article: %+v", r.sum.Items)
		}
	}
	if r.sum.Articles != 2 {
		t.Errorf("the run says %d articles; want the 2 left", r.sum.Articles)
	}
	mustCheck(t, ws)
}
