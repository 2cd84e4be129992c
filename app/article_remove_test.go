package app

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Texts written for these tests.
const (
	removeTextA = "Ferry fares rise in Corvale\nHarbour Gazette\n\nMayor Ilsa Brandt said on Monday that ferry fares will rise by 12 percent in May. " +
		"The port office confirmed the quayside works will cost 4 million crowns.\n"
	removeTextB = "Corvale budget debated\nValley Courier\n\nCouncillors argued on Tuesday about the quayside works, which will cost 4 million crowns. " +
		"Nobody spoke of the ferries.\n"
)

// removeFixture is a workspace with two articles of the analyst's: A (Harbour Gazette) has
// a claim only it makes, a mention of a claim B makes too, an entity only it names with a
// tag, suggestions, and evidence citing one of its spans in the shared claim's assessment.
type removeFixture struct {
	ws           *Workspace
	svc          *Services
	a, b         Article
	onlyA, share ClaimDetail
	brandt       int64 // entity only A names
}

func newRemoveFixture(t *testing.T) removeFixture {
	t.Helper()
	ws, svc := MustOpenWorkspace(t, true)
	root := t.TempDir()
	ia := importOne(t, svc, writeFile(t, filepath.Join(root, "fares.txt"), removeTextA), ImportOptions{})
	ib := importOne(t, svc, writeFile(t, filepath.Join(root, "budget.txt"), removeTextB), ImportOptions{})
	f := removeFixture{ws: ws, svc: svc, a: article(t, svc, ia.ArticleID), b: article(t, svc, ib.ArticleID)}
	if _, err := svc.Suggestions.RunForArticles([]int64{f.a.ID}); err != nil {
		t.Fatal(err)
	}
	f.onlyA = mustMark(t, svc, f.a, "ferry fares will rise by 12 percent in May", "Corvale ferry fares rise 12 percent", nil)
	f.share = mustMark(t, svc, f.b, "the quayside works, which will cost 4 million crowns", "Quayside works cost 4 million crowns", nil)
	mustMark(t, svc, f.a, "the quayside works will cost 4 million crowns", "", &f.share.ID)
	i := strings.Index(f.a.Body, "Ilsa Brandt")
	start := int64(len([]rune(f.a.Body[:i])))
	sp, err := svc.Spans.Create(SpanInput{ArticleID: f.a.ID, Kind: "entity", EntityType: "person", Start: start, End: start + 11,
		Quote: "Ilsa Brandt", Tags: []string{"officials"}})
	if err != nil {
		t.Fatal(err)
	}
	f.brandt = *sp.EntityID
	spanID := sp.ID
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: f.share.ID, Credibility: 2, Rationale: "two outlets",
		Evidence: []EvidenceInput{{Stance: "supports", SpanID: &spanID, Note: "the mayor"}, {Stance: "context", URL: "https://example.org/budget"}}}); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRemoveArticleTakesItsOwnWorkAndUndoBringsItBack(t *testing.T) {
	f := newRemoveFixture(t)
	ws, svc := f.ws, f.svc
	before := fullDump(t, ws)

	preview, err := svc.Articles.PreviewRemove([]int64{f.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after the preview", fullDump(t, ws), before)

	got, err := svc.Articles.Remove([]int64{f.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, preview) {
		t.Errorf("Remove did\n %+v\nthe preview said\n %+v", got, preview)
	}
	if len(got.Articles) != 1 || got.Articles[0].ID != f.a.ID || got.ClaimMentions != 2 || got.Suggestions == 0 ||
		got.SpanTags != 1 || got.Evidence != 1 || !reflect.DeepEqual(got.Claims, []string{f.onlyA.Statement}) ||
		!containsString(got.Sources, "Harbour Gazette") {
		t.Errorf("removal %+v", got)
	}
	if !containsString(got.Entities, "Ilsa Brandt") {
		t.Errorf("entities removed %v, want Ilsa Brandt (only the removed article named her)", got.Entities)
	}
	text := strings.Join(got.Summary, " ")
	for _, want := range []string{"Ferry fares rise in Corvale", "2 claim mentions", "tag on them (the tag itself stays)",
		"1 piece of evidence", "1 claim no other article mentions goes too", "Ilsa Brandt", "Harbour Gazette", "Undo brings all of it back"} {
		if !strings.Contains(text, want) {
			t.Errorf("confirmation %q does not say %q", text, want)
		}
	}

	_, err = svc.Articles.Get(f.a.ID)
	wantCode(t, err, CodeNotFound, "does not exist")
	if _, err := svc.Claims.Get(f.onlyA.ID); err == nil {
		t.Error("the claim only the removed article made is still there")
	}
	shared, err := svc.Claims.Get(f.share.ID)
	if err != nil || len(shared.Mentions) != 1 || shared.Mentions[0].ArticleID != f.b.ID {
		t.Errorf("the shared claim after the removal: %+v %v, want its one mention in the other article", shared, err)
	}
	if hits, _ := svc.Search.Search("ferry fares", 20); len(hits) != 0 {
		t.Errorf("search still finds the removed article: %+v", hits)
	}
	if _, err := svc.Entities.Get(f.brandt); err == nil {
		t.Error("the entity only the removed article named is still there")
	}
	if tags, _ := svc.Tags.List(); len(tags) != 1 || tags[0].Name != "officials" {
		t.Errorf("tags %+v, want the tag kept", tags)
	}
	removed := fullDump(t, ws)

	st, err := svc.History.Undo()
	if err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, ws), before)
	if !st.CanRedo || !strings.Contains(st.RedoLabel, "remove article “Ferry fares rise in Corvale”") {
		t.Errorf("redo label %q", st.RedoLabel)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Redo", fullDump(t, ws), removed)
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after a second Undo", fullDump(t, ws), before)
	if problems, err := ws.DB().Check(ws.Context()); err != nil || len(problems) > 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// Removing one version removes its story: every version, in one action.
func TestRemoveOneVersionRemovesTheStory(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	root := t.TempDir()
	first := importOne(t, svc, writeFile(t, filepath.Join(root, "v1.txt"), removeTextA), ImportOptions{})
	second := importOne(t, svc, writeFile(t, filepath.Join(root, "v2.txt"), removeTextA+"Updated: the rise starts in June.\n"), ImportOptions{VersionOf: first.ArticleID})
	other := importOne(t, svc, writeFile(t, filepath.Join(root, "b.txt"), removeTextB), ImportOptions{})
	before := fullDump(t, ws)
	r, err := svc.Articles.Remove([]int64{first.ArticleID})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 2 || r.Versions != 1 || !strings.Contains(strings.Join(r.Summary, " "), "1 other version of the same story") {
		t.Errorf("removal %+v, want both versions named", r)
	}
	for _, id := range []int64{first.ArticleID, second.ArticleID} {
		if _, err := svc.Articles.Get(id); err == nil {
			t.Errorf("version %d is still there", id)
		}
	}
	if _, err := svc.Articles.Get(other.ArticleID); err != nil {
		t.Errorf("the other article went too: %v", err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, ws), before)
}

// Several at once; an unknown id among them refuses the whole removal.
func TestRemoveSeveralAndRefusals(t *testing.T) {
	f := newRemoveFixture(t)
	before := fullDump(t, f.ws)
	_, err := f.svc.Articles.Remove([]int64{f.a.ID, 999})
	wantCode(t, err, CodeNotFound, "article 999 does not exist")
	sameFullDump(t, "after a refused removal", fullDump(t, f.ws), before)
	_, err = f.svc.Articles.Remove(nil)
	wantCode(t, err, CodeInvalid, "no article")
	_, err = f.svc.Articles.PreviewRemove([]int64{0})
	wantCode(t, err, CodeInvalid, "positive")

	r, err := f.svc.Articles.Remove([]int64{f.a.ID, f.b.ID, f.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 2 || len(r.Claims) != 2 || r.Assessments != 1 {
		t.Errorf("removal %+v, want 2 articles and both claims (the shared one with its assessment)", r)
	}
	if n, _ := f.svc.Articles.List(); len(n) != 0 {
		t.Errorf("%d articles left", len(n))
	}
	if _, err := f.svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, f.ws), before)
}

// The sample articles a new workspace starts with are found, and removing them leaves an
// empty workspace: no article, span, claim, entity or source left.
func TestRemoveTheSampleArticles(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Suggestions.RunForArticles(mustSampleIDs(t, svc)); err != nil {
		t.Fatal(err)
	}
	ids := mustSampleIDs(t, svc)
	if len(ids) != 5 {
		t.Fatalf("%d sample articles, want 5", len(ids))
	}
	if _, err := svc.Articles.Remove(ids); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles", "spans", "claims", "entities", "sources"} {
		var n int
		if err := ws.DB().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d rows left (%v)", table, n, err)
		}
	}
	if left := mustSampleIDs(t, svc); len(left) != 0 {
		t.Errorf("sample ids after removal: %v", left)
	}
	// an article of the analyst's is no sample
	mustImportText(t, ws, svc, "mine.txt", removeTextB)
	if left := mustSampleIDs(t, svc); len(left) != 0 {
		t.Errorf("sample ids %v, want none", left)
	}
}

func mustSampleIDs(t *testing.T, svc *Services) []int64 {
	t.Helper()
	ids, err := svc.Articles.SampleIDs()
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// While another program holds the write lock, the removal waits, then says so, and
// nothing is removed.
func TestRemoveWhileAnotherProgramHoldsTheLock(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (make setup installs it)")
	}
	f := newRemoveFixture(t)
	before := fullDump(t, f.ws)
	release := shellHoldingLock(t, f.ws.DB().Path, "BEGIN IMMEDIATE;")
	_, err := f.svc.Articles.Remove([]int64{f.a.ID})
	wantCode(t, err, CodeConflict, "workspace busy")
	release()
	sameFullDump(t, "after a removal refused by the lock", fullDump(t, f.ws), before)
	if _, err := f.svc.Articles.Remove([]int64{f.a.ID}); err != nil {
		t.Fatalf("after the lock was released: %v", err)
	}
}

// removeWriterEnv makes the test binary, re-run as a child, remove the workspace's first
// sample article and undo the removal in a loop until it is killed.
const removeWriterEnv = "CLAIMDESK_REMOVE_WRITER"

func removeWriter(path string) int {
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	svc := NewServices(ws)
	ids, err := svc.Articles.SampleIDs()
	if err == nil && len(ids) < 5 { // killed after a removal committed: take it back first
		if _, err = svc.History.Undo(); err == nil {
			ids, err = svc.Articles.SampleIDs()
		}
	}
	if err != nil || len(ids) == 0 {
		fmt.Fprintln(os.Stderr, "no sample article", err)
		return 1
	}
	for {
		if _, err := svc.Articles.Remove(ids[:1]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Println("removed")
		if _, err := svc.History.Undo(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Println("restored")
	}
}

// A removal killed at any moment leaves the article whole or gone whole: after each kill
// the workspace passes Check and holds either every row of the article or none.
func TestRemoveKilledInTheMiddle(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	path := filepath.Join(t.TempDir(), "remove.db")
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{Create: true, SuggestSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := NewServices(ws).Articles.SampleIDs()
	if err != nil || len(ids) == 0 {
		t.Fatal("no sample article", err)
	}
	id := ids[0]
	whole := fullDump(t, ws)
	var spans int
	ws.DB().QueryRow("SELECT count(*) FROM spans WHERE article_id = ?", id).Scan(&spans)
	ws.Close()
	if spans < 20 {
		t.Fatalf("the sample article has %d spans; the test needs a removal with many rows", spans)
	}
	rng := rand.New(rand.NewSource(20261207))
	removedSeen, restoredSeen := 0, 0
	for k := 0; k < 12; k++ {
		lines := killChild(t, removeWriterEnv+"="+path, time.Duration(150+rng.Intn(500))*time.Millisecond)
		ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
		if err != nil {
			t.Fatalf("kill %d: reopening: %v", k, err)
		}
		if problems, err := ws.DB().Check(context.Background()); err != nil || len(problems) > 0 {
			t.Fatalf("kill %d: check: %v %v", k, problems, err)
		}
		var articles, left int
		ws.DB().QueryRow("SELECT count(*) FROM articles WHERE id = ?", id).Scan(&articles)
		ws.DB().QueryRow("SELECT count(*) FROM spans WHERE article_id = ?", id).Scan(&left)
		switch {
		case articles == 1 && left == spans:
			restoredSeen++
			sameFullDump(t, fmt.Sprintf("kill %d, article whole", k), fullDump(t, ws), whole)
		case articles == 0 && left == 0:
			removedSeen++
		default:
			t.Fatalf("kill %d (after %d steps): article rows %d, %d of its %d spans: half removed", k, len(lines), articles, left, spans)
		}
		ws.Close()
	}
	t.Logf("12 kills: article whole %d times, gone whole %d times", restoredSeen, removedSeen)
}

// An article imported from the web goes with its saved pages (and their redirects), and
// the feed item it came from shows as not imported; Undo brings the pages back byte for
// byte and links the feed item again.
func TestRemoveWebArticleKeepsItsPagesForUndo(t *testing.T) {
	ws, s := MustOpenWorkspace(t, true)
	pages := newsSite(t)
	feeds, _, _ := feedSite(t, pages)
	sum, err := s.Import.ImportURLs([]string{pages.URL + "/short/1"}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	web := sum.Items[0].ArticleID
	f, err := s.Feeds.Add(feeds.URL + "/rss")
	if err != nil {
		t.Fatal(err)
	}
	items, _ := s.Feeds.Items(f.ID, true)
	imp, err := s.Feeds.ImportItems([]int64{items[0].ID}, ImportOptions{})
	if err != nil || imp.Imported != 1 {
		t.Fatalf("import of a feed item: %+v %v", imp, err)
	}
	fromFeed := imp.Items[0].ArticleID
	before := fullDump(t, ws)
	snaps, _ := s.Articles.Snapshots(web)
	if len(snaps) != 1 || len(snaps[0].Redirects) != 1 {
		t.Fatalf("snapshots %+v, want one page reached through one redirect", snaps)
	}

	r, err := s.Articles.Remove([]int64{web, fromFeed})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(r.Summary, " ")
	if r.Snapshots != 2 || r.FeedItems != 1 || !strings.Contains(text, "2 saved copies of the web pages") ||
		!strings.Contains(text, "1 feed item it was imported from will show as not imported") {
		t.Errorf("removal %+v", r)
	}
	if left, _ := s.Feeds.Items(f.ID, true); len(left) != len(items) {
		t.Errorf("%d feed items not imported after the removal, want all %d", len(left), len(items))
	}
	if _, err := s.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameFullDump(t, "after Undo", fullDump(t, ws), before)
	if _, err := s.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Articles.Get(web); err == nil {
		t.Error("Redo left the web article")
	}
}
