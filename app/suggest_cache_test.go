package app

import (
	"context"
	"database/sql"
	"testing"
)

// The suggester keeps the known names between runs (suggest_cache.go). Each test below
// warms that cache with a run, changes the workspace one way — in the same window, or in
// a second Workspace on the same file (another window or claimdesk process) — and checks
// that the next run sees the change. Each fails when the cache ignores that change.

const cacheProbe = "Ferry timetable agreed\n\nHalden Vorst spoke to reporters in the harbour town on Tuesday.\n\n" +
	"Vorst said the new ferry timetable would start next month, and that the council had agreed to it.\n"

const cacheOther = "Council meets again\n\nThe council met again on Wednesday.\n\n" +
	"Halden Vorst told the meeting that the ferry would run twice a day.\n"

// windows opens the workspace of a test twice: changer makes the changes, prober runs
// the suggester. In "same window" they are one.
func windows(t *testing.T, other bool) (changer, prober *Services) {
	t.Helper()
	ws1, s1 := MustOpenWorkspace(t, true)
	if !other {
		return s1, s1
	}
	ws2, err := OpenWorkspace(context.Background(), ws1.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws2.Close() })
	ws2.Clock = ws1.Clock
	return NewServices(ws2), s1
}

// knownAs runs the suggester over the article and returns the entity the run linked its
// suggestion of quote to, from the known names (0: none, a new entity); the run is
// undone afterwards, so the article is fresh for the next probe. It reads the stored
// span, not List, which looks a new entity's name up again when it lists it.
func knownAs(t *testing.T, svc *Services, articleID int64, quote string) int64 {
	t.Helper()
	sum, err := svc.Suggestions.Run(articleID)
	if err != nil {
		t.Fatal(err)
	}
	var id sql.NullInt64
	err = svc.Suggestions.ws.DB().QueryRow(`SELECT entity_id FROM spans
		WHERE article_id = ? AND quote = ? AND state = 'suggested' AND kind = 'entity'`, articleID, quote).Scan(&id)
	if err != nil {
		t.Fatalf("no suggestion of %q: %v", quote, err)
	}
	if sum.Suggested > 0 {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	return id.Int64
}

func mustEntity(t *testing.T, svc *Services, name string, aliases ...string) int64 {
	t.Helper()
	e, err := svc.Entities.Create(EntityInput{Type: "person", Name: name, Aliases: aliases})
	if err != nil {
		t.Fatal(err)
	}
	return e.ID
}

// eachWindow runs a test once with the change made in the prober's window and once in
// another one.
func eachWindow(t *testing.T, test func(t *testing.T, changer, prober *Services)) {
	for _, w := range []struct {
		name  string
		other bool
	}{{"same window", false}, {"another window", true}} {
		t.Run(w.name, func(t *testing.T) {
			changer, prober := windows(t, w.other)
			test(t, changer, prober)
		})
	}
}

func TestKnownNamesCacheSeesANewEntity(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		probe := importText(t, prober, "probe.txt", cacheProbe)
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != 0 {
			t.Fatalf("Halden Vorst is known (entity %d) before there is such an entity", got)
		}
		id := mustEntity(t, changer, "Halden Vorst")
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != id {
			t.Errorf("after Halden Vorst was made (entity %d), the run links him to %d", id, got)
		}
	})
}

func TestKnownNamesCacheSeesARename(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		id := mustEntity(t, changer, "Marek Olsin")
		probe := importText(t, prober, "probe.txt", cacheProbe)
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != 0 {
			t.Fatalf("Halden Vorst is known (entity %d) before any entity has that name", got)
		}
		name := "Halden Vorst"
		if _, err := changer.Entities.Update(id, EntityPatch{Name: &name}); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != id {
			t.Errorf("after entity %d was renamed Halden Vorst, the run links the name to %d", id, got)
		}
	})
}

func TestKnownNamesCacheSeesAnAliasAddedAndRemoved(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		id := mustEntity(t, changer, "Marek Olsin")
		probe := importText(t, prober, "probe.txt", cacheProbe)
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != 0 {
			t.Fatalf("Halden Vorst is known (entity %d) before it is an alias", got)
		}
		if _, err := changer.Entities.AddAlias(id, "Halden Vorst"); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != id {
			t.Fatalf("after Halden Vorst became an alias of entity %d, the run links it to %d", id, got)
		}
		if _, err := changer.Entities.RemoveAlias(id, "Halden Vorst"); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != 0 {
			t.Errorf("after the alias was removed, the run still links Halden Vorst to entity %d", got)
		}
	})
}

func TestKnownNamesCacheSeesAMerge(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		from := mustEntity(t, changer, "Halden Vorst")
		into := mustEntity(t, changer, "Marek Olsin")
		probe := importText(t, prober, "probe.txt", cacheProbe)
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != from {
			t.Fatalf("before the merge Halden Vorst links to %d, not entity %d", got, from)
		}
		if _, err := changer.Entities.Merge(from, into); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got == from {
			t.Errorf("after entity %d was merged into %d, the run still links Halden Vorst to the merged one", from, into)
		}
	})
}

// An undone creation deletes the entity; redone (in another window: in the same one the
// probe's own run is what would be redone), it is back.
func TestKnownNamesCacheSeesUndoAndRedo(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		probe := importText(t, prober, "probe.txt", cacheProbe)
		id := mustEntity(t, changer, "Halden Vorst")
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != id {
			t.Fatalf("Halden Vorst (entity %d) is linked to %d", id, got)
		}
		if _, err := changer.History.Undo(); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != 0 {
			t.Fatalf("after the entity's creation was undone, the run still links Halden Vorst to %d", got)
		}
		if changer == prober {
			return // the probe's own run (undone) is what this window would redo now
		}
		if _, err := changer.History.Redo(); err != nil {
			t.Fatal(err)
		}
		if got := knownAs(t, prober, probe, "Halden Vorst"); got != id {
			t.Errorf("after the creation was redone, the run links Halden Vorst to %d, not %d", got, id)
		}
	})
}

// Taken back: the entity an accepted suggestion made stays, but once every mention of it
// is rejected it is no longer a known name. Only spans change, not entities or aliases.
func TestKnownNamesCacheSeesAnEntityTakenBack(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		other := importText(t, changer, "other.txt", cacheOther)
		probe := importText(t, prober, "probe.txt", cacheProbe)
		if _, err := changer.Suggestions.Run(other); err != nil {
			t.Fatal(err)
		}
		var span int64
		for _, s := range mustList(t, changer, SuggestionFilter{ArticleID: other}) {
			if s.Quote == "Halden Vorst" {
				span = s.SpanID
			}
		}
		if span == 0 {
			t.Fatal("the tagger does not propose Halden Vorst in the other story: pick another name for this test")
		}
		if _, err := changer.Suggestions.Accept([]int64{span}); err != nil {
			t.Fatal(err)
		}
		id := knownAs(t, prober, probe, "Halden Vorst")
		if id == 0 {
			t.Fatal("Halden Vorst, accepted, is not a known name")
		}
		if _, err := changer.Suggestions.Reject([]int64{span}); err != nil {
			t.Fatal(err)
		}
		// Rejected as a person, it is not proposed as a new person either
		// (TestRejectedNameNotProposedInNextArticles); never as the entity taken back.
		if _, err := prober.Suggestions.Run(probe); err != nil {
			t.Fatal(err)
		}
		var linked int64
		if err := prober.Suggestions.ws.DB().QueryRow(`SELECT coalesce(max(entity_id), 0) FROM spans
			WHERE article_id = ? AND quote = 'Halden Vorst' AND state = 'suggested'`, probe).Scan(&linked); err != nil {
			t.Fatal(err)
		} else if linked != 0 {
			t.Errorf("after the only mention was rejected, the run still links Halden Vorst to entity %d", linked)
		}
	})
}

// A run's own suggestions change only spans: the next run reuses the known names it
// read rather than reading them again (the point of the cache).
func TestKnownNamesCacheIsReusedAfterARun(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	mustEntity(t, svc, "Halden Vorst")
	probe := importText(t, svc, "probe.txt", cacheProbe)
	knownAs(t, svc, probe, "Halden Vorst")
	first := svc.Suggestions.knownCache.known
	if first == nil {
		t.Fatal("a run kept no known names")
	}
	knownAs(t, svc, probe, "Halden Vorst")
	if svc.Suggestions.knownCache.known != first {
		t.Error("the known names were read again although no entity, alias or taken-back entity changed")
	}
}

// A decision in an article the adaptation was not learned from — made after the last run,
// in this window or another — is learned from by the next run.
func TestAdaptationCacheSeesADecisionInANewArticle(t *testing.T) {
	eachWindow(t, func(t *testing.T, changer, prober *Services) {
		first := importText(t, changer, "m1.txt", marketStory(1))
		second := importText(t, changer, "m2.txt", marketStory(2))
		probe := importText(t, prober, "probe.txt", cacheProbe)
		for _, id := range []int64{first, second} {
			if _, err := changer.Suggestions.Run(id); err != nil {
				t.Fatal(err)
			}
		}
		// One text of this article alone ("Tokyo"): a rejection also rejects the same
		// text's waiting suggestions in the other articles (rejectSameElsewhere), which
		// would decide the second article with the first.
		decideOne := func(articleID int64) {
			t.Helper()
			elsewhere := map[string]bool{}
			for _, s := range mustList(t, changer, SuggestionFilter{}) {
				if s.ArticleID != articleID {
					elsewhere[s.Quote] = true
				}
			}
			for _, s := range mustList(t, changer, SuggestionFilter{ArticleID: articleID}) {
				if !elsewhere[s.Quote] {
					if _, err := changer.Suggestions.Reject([]int64{s.SpanID}); err != nil {
						t.Fatal(err)
					}
					return
				}
			}
			t.Fatalf("no suggestion in article %d alone", articleID)
		}
		decideOne(first)
		knownAs(t, prober, probe, "Halden Vorst")
		learned := prober.Suggestions.adapt.model
		if learned == nil || !prober.Suggestions.adapt.articles[first] || prober.Suggestions.adapt.articles[second] {
			t.Fatalf("the adaptation was not learned from the first article alone: %v", prober.Suggestions.adapt.articles)
		}
		decideOne(second)
		knownAs(t, prober, probe, "Halden Vorst")
		if prober.Suggestions.adapt.model == learned || !prober.Suggestions.adapt.articles[second] {
			t.Error("the run kept the adaptation learned before the decision in the second article")
		}
	})
}
