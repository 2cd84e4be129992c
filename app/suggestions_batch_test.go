package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A suggestion run stores several articles per transaction. When storing one fails, the
// open batch is rolled back whole and the run stops with an error: the summary lists
// only the articles committed before it, and no article is left with part of its
// suggestions. Run with one batch for everything and with batches of two.
func TestSuggestBatchFailureStopsWithWholeArticles(t *testing.T) {
	for _, max := range []int{200, 2} {
		t.Run(fmt.Sprintf("batch%d", max), func(t *testing.T) {
			old := suggestBatchMax
			suggestBatchMax = max
			defer func() { suggestBatchMax = old }()
			ws, svc := MustOpenWorkspace(t, false)
			var ids []int64
			for _, id := range seedIDs(t, ws) {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			if len(ids) < 4 {
				t.Fatalf("%d sample articles", len(ids))
			}
			// The third article's tenth suggestion is refused.
			if _, err := ws.DB().Exec(fmt.Sprintf(`CREATE TRIGGER test_refuse BEFORE INSERT ON spans
				WHEN NEW.article_id = %d AND (SELECT count(*) FROM spans WHERE article_id = NEW.article_id) = 9
				BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`, ids[2])); err != nil {
				t.Fatal(err)
			}
			sum, err := svc.Suggestions.RunForArticles(ids)
			if err == nil || !strings.Contains(err.Error(), "refused for the test") {
				t.Fatalf("want the refusal, got %v", err)
			}
			committed := 0
			if max == 2 {
				committed = 2 // the first batch was committed before the third article
			}
			if sum.Articles != committed || len(sum.Items) != committed {
				t.Fatalf("summary after the failure: %+v", sum)
			}
			if n := count(t, ws, "SELECT count(DISTINCT article_id) FROM spans"); n != committed {
				t.Errorf("suggestions in %d articles, want %d", n, committed)
			}
			if n := count(t, ws, "SELECT count(*) FROM spans WHERE article_id = "+fmt.Sprint(ids[2])); n != 0 {
				t.Errorf("%d spans of the failing article stayed", n)
			}
			if n := count(t, ws, "SELECT count(*) FROM audit_log a LEFT JOIN spans s ON s.id = a.row_id WHERE a.table_name = 'spans' AND s.id IS NULL"); n != 0 {
				t.Errorf("%d audit entries for spans that are not there", n)
			}
			if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) != 0 {
				t.Errorf("check: %v %v", problems, err)
			}
		})
	}
}
