package app

import "testing"

// After a new version of an article copies its waiting suggestions onto itself, the old
// version's copies are no longer the analyst's to decide: the reader shows the new text.
// The review list and its counts show only the newest version's suggestions, and Accept,
// Reject, AcceptAs and the span panel's SetState on an old version's suggestion are
// refused with conflict naming the new version, nothing written. Invented article.
func TestSuggestionOnAnOldVersionIsRefused(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	story := ferryStrikeStory
	sum, err := svc.Import.ImportPasted(story("Ferries to Oster Island did not sail."))
	if err != nil {
		t.Fatal(err)
	}
	v1 := sum.Items[0].ArticleID
	if _, err := svc.Suggestions.Run(v1); err != nil {
		t.Fatal(err)
	}
	old := findSuggestion(t, mustList(t, svc, SuggestionFilter{ArticleID: v1}), v1, "organisation", "Velmar Port Authority")
	sum, err = svc.Import.ImportPasted(story("Ferries to Oster Island did not sail; the port expects them back on Thursday."))
	if err != nil || sum.Items[0].Status != StatusVersion {
		t.Fatalf("the revision: %+v %v", sum.Items, err)
	}
	v2 := sum.Items[0].ArticleID

	// the list and its counts: v2's suggestions only, none of v1's
	all := mustList(t, svc, SuggestionFilter{})
	perType := map[string]int64{}
	var onV2 bool
	for _, s := range all {
		if s.ArticleID == v1 {
			t.Errorf("the list offers the old version's suggestion %q (span %d)", s.Quote, s.SpanID)
		}
		if s.ArticleID == v2 && s.Quote == "Velmar Port Authority" {
			onV2 = true
		}
		perType[s.Type]++
	}
	if !onV2 {
		t.Fatalf("the new version's copy of Velmar Port Authority is not listed: %+v", all)
	}
	counts, err := svc.Suggestions.Counts(SuggestionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for typ, n := range perType {
		if counts[typ] != n {
			t.Errorf("Counts[%s] = %d; the list has %d", typ, counts[typ], n)
		}
	}
	var total int64
	for typ, n := range counts {
		total += n
		if perType[typ] != n {
			t.Errorf("Counts[%s] = %d; the list has %d", typ, n, perType[typ])
		}
	}
	if waiting := count(t, ws, "SELECT count(*) FROM spans WHERE article_id = ? AND kind = 'entity' AND state = 'suggested'", v2); total != int64(waiting) {
		t.Errorf("Counts total %d; the new version has %d waiting", total, waiting)
	}

	// deciding on v1's span is refused, naming the new version, and writes nothing
	tables := []string{"spans", "entities", "entity_aliases", "audit_log"}
	before := countRows(t, ws, tables...)
	_, err = svc.Suggestions.Accept([]int64{old.SpanID})
	wantCode(t, err, CodeConflict, "This article has a newer version (version 2")
	_, err = svc.Suggestions.Reject([]int64{old.SpanID})
	wantCode(t, err, CodeConflict, "decide there")
	_, err = svc.Suggestions.AcceptAs(old.SpanID, "place")
	wantCode(t, err, CodeConflict, "decide there")
	err = svc.Spans.SetState([]int64{old.SpanID}, "accepted")
	wantCode(t, err, CodeConflict, "decide there")
	after := countRows(t, ws, tables...)
	for _, tb := range tables {
		if after[tb] != before[tb] {
			t.Errorf("a refused decision changed %s: %d -> %d", tb, before[tb], after[tb])
		}
	}
	if sp, _ := svc.Spans.Get(old.SpanID); sp.State != "suggested" || sp.EntityType != "organisation" {
		t.Errorf("the old version's span is now %s, %s", sp.State, sp.EntityType)
	}

	// on v2 the same decision works
	fresh := findSuggestion(t, all, v2, "organisation", "Velmar Port Authority")
	if n, err := svc.Suggestions.Accept([]int64{fresh.SpanID}); err != nil || n != 1 {
		t.Fatalf("Accept on the new version = %d, %v", n, err)
	}
	checkWorkspace(t, ws)
}

// ferryStrikeStory is an invented article, the same URL for each text: each import after
// the first is a new version of it.
func ferryStrikeStory(tail string) PastedArticle {
	return PastedArticle{Title: "Ferry strike", Outlet: "Harbour Daily", PublishedAt: "2026-06-02", URL: "https://harbour.example/ferry",
		Body: "Crews of the Velmar Port Authority walked out on Monday, said Ilse Brandt, who speaks for the union.\n\n" + tail + "\n"}
}
