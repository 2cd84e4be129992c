package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/db/store"
)

// The query of a large workspace's candidate articles takes the rarest words first, as
// many as fit in maxQueryArticles articles together, at most maxQueryWords, and never a
// word no article has; the rarest word is taken however common it is.
func TestRarestWordsQuery(t *testing.T) {
	row := func(w string, n int64) store.CountArticlesWithWordsRow {
		return store.CountArticlesWithWordsRow{Word: w, Articles: n}
	}
	for _, c := range []struct {
		name   string
		counts []store.CountArticlesWithWordsRow
		want   string
	}{
		{"rarest first, until the articles cap", []store.CountArticlesWithWordsRow{
			row("ferry", 5), row("velmora", 0), row("harbour", maxQueryArticles+1), row("dunholt", 1), row("river", 1500)},
			`"dunholt" OR "ferry" OR "river"`},
		{"a common word alone is still a query", []store.CountArticlesWithWordsRow{
			row("council", maxQueryArticles+1), row("friday", maxQueryArticles+1)},
			`"council"`},
		{"at most maxQueryWords", []store.CountArticlesWithWordsRow{
			row("a1", 1), row("a2", 1), row("a3", 1), row("a4", 1), row("a5", 1), row("a6", 1), row("a7", 1), row("a8", 1)},
			`"a1" OR "a2" OR "a3" OR "a4" OR "a5" OR "a6"`},
		{"a quote inside a word is doubled", []store.CountArticlesWithWordsRow{row(`o"neill`, 3)}, `"o""neill"`},
		{"no word in any article", []store.CountArticlesWithWordsRow{row("velmora", 0)}, ""},
		{"no words", nil, ""},
	} {
		if got := rarestWordsQuery(c.counts); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// fillerArticle is one of the large workspace's unrelated articles: every one of them
// names the port authority, a Friday and the council, none the ferry story's places.
func fillerArticle(i int) string {
	topics := []string{"the school budget", "a new bus line", "the library roof", "water meters", "the spring market", "parking fees", "a cycling lane"}
	verbs := []string{"approved", "postponed", "debated", "rejected", "reviewed"}
	return fmt.Sprintf("Council notes %d\n\nThe town council %s %s on Friday after a long evening session. "+
		"A member of the port authority asked for figures on the cost of motion %d. The council will meet again in %d weeks.",
		i, verbs[i%len(verbs)], topics[i%len(topics)], 100+i, 2+i%5)
}

// Above fullCorpusArticles articles, Propose reads only the candidate articles a ranked
// query of the claim's rarest words finds: the other outlet's account of the same ferry
// accident is proposed, and the words every article has (the port authority, Friday)
// are not in the query.
func TestProposeOnLargeWorkspace(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	files := []ImportFile{
		{Name: "coastal-gazette.txt", Content: b64("Ferry capsizes on the Velmora\n\nThe Velmora river ferry capsized near Dunholt on Friday, " +
			"and rescuers pulled 42 passengers from the cold water, the port authority said. Divers searched the hull until dark.")},
		{Name: "river-daily.txt", Content: b64("Rescue at Dunholt\n\nLocal fishermen joined the search in the morning. " +
			"Rescuers saved 42 people after a ferry overturned on the Velmora river near Dunholt on Friday, according to the port authority.")},
	}
	for i := range fullCorpusArticles + 20 {
		files = append(files, ImportFile{Name: fmt.Sprintf("council-%03d.txt", i), Content: b64(fillerArticle(i))})
	}
	sum, err := svc.Import.ImportFiles(files, ImportOptions{})
	if err != nil || sum.Imported != len(files) {
		t.Fatalf("import: %d of %d: versions %d duplicates %d rejected %d skipped %d %+v %v", sum.Imported, len(files), sum.Versions, sum.Duplicates, sum.Rejected, sum.Skipped, sum.Items[len(sum.Items)-1], err)
	}
	first, second := sum.Items[0].ArticleID, sum.Items[1].ArticleID
	a, err := svc.Articles.Get(first)
	if err != nil {
		t.Fatal(err)
	}
	quote := "The Velmora river ferry capsized near Dunholt on Friday, and rescuers pulled 42 passengers from the cold water, the port authority said."
	at := strings.Index(a.Body, quote)
	if at < 0 {
		t.Fatalf("mention not in %q", a.Body)
	}
	start := int64(utf8.RuneCountInString(a.Body[:at]))
	end := start + int64(utf8.RuneCountInString(quote))
	d, err := svc.Claims.AddMention(MentionInput{ArticleID: first, Start: start, End: end, Quote: quote,
		NewStatement: "The Velmora river ferry capsized near Dunholt on Friday; 42 passengers were rescued"})
	if err != nil {
		t.Fatal(err)
	}

	counts, err := ws.DB().Q.CountArticlesWithWords(ws.Context(), store.CountArticlesWithWordsParams{
		Words: `["velmora","friday","authority","nowhere","o\"neill"]`, MaxArticles: maxQueryArticles + 1})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, c := range counts {
		got[c.Word] = c.Articles
	}
	if got["velmora"] != 2 || got["friday"] != int64(len(files)) || got["authority"] != int64(len(files)) || got["nowhere"] != 0 || len(counts) != 5 {
		t.Errorf("articles per word: %v", got)
	}
	query := rarestWordsQuery(mustCountWords(t, ws, d.Statement+" "+quote))
	for _, common := range []string{`"friday"`, `"authority"`, `"port"`, `"council"`} {
		if strings.Contains(query, common) {
			t.Errorf("query %s has %s, a word of every article", query, common)
		}
	}
	if !strings.Contains(query, `"velmora"`) || !strings.Contains(query, `"dunholt"`) {
		t.Errorf("query %s misses the story's places", query)
	}

	cands, err := svc.Matching.Propose(d.ID)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range cands {
		if c.ArticleID == second && strings.HasPrefix(c.Quote, "Rescuers saved 42 people") {
			found = true
		}
		if c.ArticleID != second {
			t.Errorf("proposed from an unrelated article: %+v", c)
		}
	}
	if !found {
		t.Errorf("the other outlet's account is not proposed: %+v", cands)
	}

	// the counts Propose keeps are counted again after an import
	velmora := func() int64 {
		t.Helper()
		top, err := ws.DB().Q.CountArticlesForMatching(ws.Context())
		if err != nil {
			t.Fatal(err)
		}
		c, err := wordCounts.of(ws, ws.DB().Q, top, []string{"dunholt", "velmora"})
		if err != nil || len(c) != 2 || c[1].Word != "velmora" {
			t.Fatalf("counts %+v %v", c, err)
		}
		return c[1].Articles
	}
	if n := velmora(); n != 2 {
		t.Errorf("velmora in %d articles, want 2", n)
	}
	if _, err := svc.Import.ImportFiles([]ImportFile{{Name: "harbour-watch.txt", Content: b64("Velmora crossing\n\nThe Velmora crossing reopened on Monday.")}}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := velmora(); n != 3 {
		t.Errorf("after an import, velmora in %d articles, want 3", n)
	}
}

func mustCountWords(t *testing.T, ws *Workspace, text string) []store.CountArticlesWithWordsRow {
	t.Helper()
	words := queryWords(text)
	list := `["` + strings.Join(words, `","`) + `"]`
	counts, err := ws.DB().Q.CountArticlesWithWords(ws.Context(), store.CountArticlesWithWordsParams{Words: list, MaxArticles: maxQueryArticles + 1})
	if err != nil {
		t.Fatal(err)
	}
	return counts
}
