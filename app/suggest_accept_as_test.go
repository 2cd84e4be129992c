package app

import "testing"

// A suggestion of the wrong type is accepted as the right one in one action: the span
// takes the type, links to an entity of that type named as proposed, and one undo puts
// the suggestion back as it was, waiting, with no entity left behind.
func TestAcceptAsAnotherTypeInOneAction(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "strike.txt", strikeStory("Monday"))
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	var org Suggestion
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == "Velmar Port Authority" && s.Type == "organisation" {
			org = s
		}
	}
	if org.SpanID == 0 {
		t.Fatal("no organisation suggestion for Velmar Port Authority")
	}
	actions := count(t, ws, "SELECT count(DISTINCT batch) FROM audit_log")
	n, err := svc.Suggestions.AcceptAs(org.SpanID, "place")
	if err != nil || n != 1 {
		t.Fatalf("AcceptAs = %d, %v; want 1, nil", n, err)
	}
	sp, err := svc.Spans.Get(org.SpanID)
	if err != nil {
		t.Fatal(err)
	}
	if sp.State != "accepted" || sp.EntityType != "place" || sp.EntityID == nil {
		t.Fatalf("after AcceptAs the span is %s, %s, entity %v; want accepted, place, linked", sp.State, sp.EntityType, sp.EntityID)
	}
	if got := count(t, ws, "SELECT count(*) FROM entities WHERE id = ? AND type = 'place' AND name = 'Velmar Port Authority'", *sp.EntityID); got != 1 {
		t.Errorf("the span links to entity %d, not a place named Velmar Port Authority", *sp.EntityID)
	}
	if got := count(t, ws, "SELECT count(DISTINCT batch) FROM audit_log") - actions; got != 1 {
		t.Errorf("AcceptAs made %d actions; want 1", got)
	}
	// a second Accept as (a double key press) is refused and leaves the first as it was
	_, err = svc.Suggestions.AcceptAs(org.SpanID, "event")
	wantCode(t, err, CodeConflict, "accepted already")
	if again, _ := svc.Spans.Get(org.SpanID); again.EntityType != "place" || again.EntityID == nil || *again.EntityID != *sp.EntityID {
		t.Errorf("after a refused second Accept as the span is %s, entity %v", again.EntityType, again.EntityID)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	back, err := svc.Spans.Get(org.SpanID)
	if err != nil {
		t.Fatal(err)
	}
	if back.State != "suggested" || back.EntityType != "organisation" {
		t.Errorf("after one undo the span is %s, %s; want suggested, organisation", back.State, back.EntityType)
	}
	if got := count(t, ws, "SELECT count(*) FROM entities WHERE type = 'place' AND name = 'Velmar Port Authority'"); got != 0 {
		t.Errorf("after one undo %d places named Velmar Port Authority are left", got)
	}
	// redo takes it again whole: accepted, a place, linked to a place of that name
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	redone, _ := svc.Spans.Get(org.SpanID)
	if redone.State != "accepted" || redone.EntityType != "place" || redone.EntityID == nil ||
		count(t, ws, "SELECT count(*) FROM entities WHERE id = ? AND type = 'place' AND name = 'Velmar Port Authority'", *redone.EntityID) != 1 {
		t.Errorf("after redo the span is %s, %s, entity %v", redone.State, redone.EntityType, redone.EntityID)
	}
	checkWorkspace(t, ws)
}

// AcceptAs refuses, changing nothing: an unknown span, an unknown type, an analyst's own
// mark and a suggestion decided already.
func TestAcceptAsRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "strike.txt", strikeStory("Monday"))
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	list := mustList(t, svc, SuggestionFilter{ArticleID: id})
	if len(list) < 2 {
		t.Fatalf("want 2 suggestions, got %d", len(list))
	}
	if _, err := svc.Suggestions.Accept([]int64{list[0].SpanID}); err != nil {
		t.Fatal(err)
	}
	a, s, e := articleWith(t, svc, "", "Velmar")
	// an organisation: the place "Velmar" accepted just above is a mark there already
	own, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "organisation", Start: s, End: e, Quote: "Velmar"})
	if err != nil {
		t.Fatal(err)
	}
	before := count(t, ws, "SELECT count(*) FROM audit_log")
	_, err = svc.Suggestions.AcceptAs(999999, "place")
	wantCode(t, err, CodeNotFound, "span 999999")
	_, err = svc.Suggestions.AcceptAs(list[1].SpanID, "vegetable")
	wantCode(t, err, CodeInvalid, "entity type must be one of")
	_, err = svc.Suggestions.AcceptAs(own.ID, "person")
	wantCode(t, err, CodeInvalid, "not a suggestion")
	_, err = svc.Suggestions.AcceptAs(list[0].SpanID, "event")
	wantCode(t, err, CodeConflict, "accepted already")
	if got := count(t, ws, "SELECT count(*) FROM audit_log"); got != before {
		t.Errorf("the refusals wrote %d audit rows", got-before)
	}
	if sp, _ := svc.Spans.Get(list[1].SpanID); sp.State != "suggested" || sp.EntityType != list[1].Type {
		t.Errorf("refused, the suggestion is %s, %s", sp.State, sp.EntityType)
	}
	checkWorkspace(t, ws)
}
