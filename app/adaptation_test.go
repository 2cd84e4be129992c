package app

import (
	"fmt"
	"testing"
)

// importText imports one text article and returns its id.
func importText(t testing.TB, svc *Services, name, text string) int64 {
	t.Helper()
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: name, Content: b64(text)}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import %s: %+v %v", name, sum, err)
	}
	return sum.Items[0].ArticleID
}

// namedAs reports whether an article has a name suggestion (person, organisation or
// place) with that quote.
func namedAs(t *testing.T, svc *Services, articleID int64, quote string) bool {
	t.Helper()
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: articleID}) {
		if s.Quote == quote && nameTypes[s.Type] {
			return true
		}
	}
	return false
}

// marketStory is a short crypto-market report; every one names Bitcoin, which the
// shipped tagger takes for a person.
func marketStory(i int) string {
	cities := []string{"Singapore", "Tokyo", "Seoul", "Sydney", "Mumbai", "Dubai", "Zurich", "Toronto", "Chicago", "Lagos", "Lima", "Oslo"}
	return fmt.Sprintf("Crypto markets %d\n\nTraders bought Bitcoin on Monday, lifting prices 2 percent. Trading was busiest in %s, brokers said.\n", i, cities[i%len(cities)])
}

// runAndSplit runs the suggester on an article and returns its suggestions' span ids
// quoting word and the others.
func runAndSplit(t *testing.T, svc *Services, id int64, word string) (quoting, others []int64) {
	t.Helper()
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == word {
			quoting = append(quoting, s.SpanID)
		} else {
			others = append(others, s.SpanID)
		}
	}
	return quoting, others
}

// The analyst's rejections teach the tagger: once "Bitcoin" is rejected in a few
// reviewed articles it is not proposed in a new one; undoing the rejections undoes that.
func TestSuggestLearnsFromAnalystAndUndo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	probe := importText(t, svc, "probe.txt", marketStory(0))
	if _, err := svc.Suggestions.Run(probe); err != nil {
		t.Fatal(err)
	}
	if !namedAs(t, svc, probe, "Bitcoin") {
		t.Fatal("the shipped tagger no longer takes Bitcoin for a name: pick another word for this test")
	}
	decisions := 0
	for i := 1; i <= 4; i++ {
		id := importText(t, svc, fmt.Sprintf("m%d.txt", i), marketStory(i))
		reject, accept := runAndSplit(t, svc, id, "Bitcoin")
		if len(reject) == 0 && i == 1 {
			t.Fatalf("article %d: no Bitcoin suggestion to reject", i)
		}
		if len(reject) == 0 {
			continue // learned already
		}
		if _, err := svc.Suggestions.Reject(reject); err != nil {
			t.Fatal(err)
		}
		decisions++
		if len(accept) > 0 {
			if _, err := svc.Suggestions.Accept(accept); err != nil {
				t.Fatal(err)
			}
			decisions++
		}
	}
	after := importText(t, svc, "after.txt", marketStory(10))
	if _, err := svc.Suggestions.Run(after); err != nil {
		t.Fatal(err)
	}
	if namedAs(t, svc, after, "Bitcoin") {
		t.Error("Bitcoin still proposed as a name after the analyst rejected it in four reviewed articles")
	}
	// Undo back to before the first rejection: the next article is read
	// as the shipped tagger reads it.
	for undos := 0; count(t, ws, "SELECT count(*) FROM spans WHERE state = 'rejected'") > 0; undos++ {
		if undos > decisions+20 {
			t.Fatal("rejections still there after undoing everything")
		}
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	again := importText(t, svc, "again.txt", marketStory(11))
	if _, err := svc.Suggestions.Run(again); err != nil {
		t.Fatal(err)
	}
	if !namedAs(t, svc, again, "Bitcoin") {
		t.Error("after undoing the rejections, the adaptation still holds")
	}
	checkWorkspace(t, ws)
}
