package app

import "testing"

// A hand tag and a suggestion of the same text are one mention, whichever comes first.

// lyubimovaSuggestion runs the suggester on the Reuters seed and returns its first
// suggestion of "Olga Lyubimova" as a person.
func lyubimovaSuggestion(t *testing.T, ws *Workspace, svc *Services) (int64, Suggestion) {
	t.Helper()
	id := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	return id, findSuggestion(t, mustList(t, svc, SuggestionFilter{ArticleID: id}), id, "person", "Olga Lyubimova")
}

func personMentions(t *testing.T, ws *Workspace, articleID, start, end int64) int {
	return count(t, ws, `SELECT count(*) FROM spans WHERE article_id = ? AND start_cp = ? AND end_cp = ?
		AND kind = 'entity' AND entity_type = 'person' AND state <> 'rejected'`, articleID, start, end)
}

func TestHandTagSettlesTheWaitingSuggestion(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	article, sg := lyubimovaSuggestion(t, ws, svc)
	sp, err := svc.Spans.Create(SpanInput{ArticleID: article, Kind: "entity", EntityType: "person",
		NewEntityName: "Olga Lyubimova", Start: sg.Start, End: sg.End, Quote: sg.Quote, Note: "minister"})
	if err != nil {
		t.Fatal(err)
	}
	if sp.ID != sg.SpanID {
		t.Errorf("the hand tag made span %d beside the waiting suggestion %d", sp.ID, sg.SpanID)
	}
	if state, eid := spanState(t, ws, sg.SpanID); state != "accepted" || eid == nil || *eid != *sp.EntityID {
		t.Errorf("suggestion after the hand tag: state %s, entity %v; want accepted, %d", state, eid, *sp.EntityID)
	}
	if sp.Note != "minister" {
		t.Errorf("the hand tag's note was lost: %q", sp.Note)
	}
	if n := personMentions(t, ws, article, sg.Start, sg.End); n != 1 {
		t.Errorf("%d person mentions at the tagged text, want 1", n)
	}
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: article}) {
		if s.SpanID == sg.SpanID {
			t.Error("the settled suggestion is still listed for review")
		}
	}
	// One action: undo brings the suggestion back as it was.
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if state, _ := spanState(t, ws, sg.SpanID); state != "suggested" {
		t.Errorf("after undo the suggestion is %s, want suggested", state)
	}
	checkWorkspace(t, ws)
}

func TestAcceptingASuggestionTheAnalystAlreadyTaggedMerges(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	article, sg := lyubimovaSuggestion(t, ws, svc)
	// A span the analyst made before this fix: beside the suggestion, not over it.
	if _, err := ws.DB().Exec(`INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, prefix, suffix,
		anchor_status, state, origin, confidence, note, annotator, created_at, updated_at)
		SELECT article_id, kind, entity_type, start_cp, end_cp, quote, prefix, suffix, 'exact', 'accepted', 'analyst', 1, '',
		'analyst', created_at, updated_at FROM spans WHERE id = ?`, sg.SpanID); err != nil {
		t.Fatal(err)
	}
	if n := personMentions(t, ws, article, sg.Start, sg.End); n != 2 {
		t.Fatalf("setup: %d mentions, want the hand tag and the suggestion", n)
	}
	n, err := svc.Suggestions.Accept([]int64{sg.SpanID})
	if err != nil || n != 1 {
		t.Fatalf("accept: %d, %v", n, err)
	}
	if n := personMentions(t, ws, article, sg.Start, sg.End); n != 1 {
		t.Errorf("%d person mentions after accepting, want 1 (merged into the hand tag)", n)
	}
	checkWorkspace(t, ws)
}

func TestSuggestionOfAnEntityMadeSinceIsNotNew(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	article, sg := lyubimovaSuggestion(t, ws, svc)
	if !sg.IsNewEntity {
		t.Fatal("setup: the seed workspace already has an Olga Lyubimova entity")
	}
	// Another mention of her, tagged by hand, makes the entity.
	var other Suggestion
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: article}) {
		if s.Type == "person" && s.EntityName == sg.EntityName && s.SpanID != sg.SpanID {
			other = s
		}
	}
	if other.SpanID == 0 {
		t.Fatal("setup: only one suggestion of her in the article")
	}
	sp, err := svc.Spans.Create(SpanInput{ArticleID: article, Kind: "entity", EntityType: "person",
		NewEntityName: sg.EntityName, Start: other.Start, End: other.End, Quote: other.Quote})
	if err != nil {
		t.Fatal(err)
	}
	got := findSuggestion(t, mustList(t, svc, SuggestionFilter{ArticleID: article}), article, "person", sg.Quote)
	if got.IsNewEntity || got.EntityID == nil || *got.EntityID != *sp.EntityID {
		t.Errorf("suggestion %q after the entity exists: new %v, entity %v; want existing %d", got.Quote, got.IsNewEntity, got.EntityID, *sp.EntityID)
	}
}
