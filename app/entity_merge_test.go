package app

import (
	"testing"
)

// mention tags needle in the first seed article containing it as a person and returns the span.
func mention(t *testing.T, svc *Services, outlet, needle string, entityID *int64) Span {
	t.Helper()
	a, s, e := articleWith(t, svc, outlet, needle)
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", EntityID: entityID, NewEntityName: needle, Start: s, End: e, Quote: needle})
	if err != nil {
		t.Fatal(err)
	}
	return sp
}

func TestProposeMergeThenMergeAndUndo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	// 001 spells the ambassador "Alexandr Matsegora"; make a second entity spelled
	// "Alexander Matsegora" as another article might.
	a := mention(t, svc, "NationPress", "Alexandr Matsegora", nil)
	other, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Alexander Matsegora"})
	if err != nil {
		t.Fatal(err)
	}
	unrelated := mention(t, svc, "Reuters", "Olga Lyubimova", nil)

	props, err := svc.Entities.ProposeMerges(10)
	if err != nil {
		t.Fatal(err)
	}
	if len(props) != 1 || props[0].A.ID != *a.EntityID || props[0].B.ID != other.ID || props[0].Score < 0.8 {
		t.Fatalf("proposals: %+v", props)
	}
	// Proposed, never merged on its own.
	if e, _ := svc.Entities.Get(*a.EntityID); e.Name != "Alexandr Matsegora" {
		t.Fatalf("entity changed by proposing: %+v", e)
	}

	merged, err := svc.Entities.Merge(*a.EntityID, other.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(merged.MentionList) != 1 || merged.MentionList[0].SpanID != a.ID {
		t.Fatalf("mention did not move: %+v", merged.MentionList)
	}
	found := false
	for _, al := range merged.Aliases {
		found = found || al == "Alexandr Matsegora"
	}
	if !found {
		t.Fatalf("aliases after merge: %v", merged.Aliases)
	}
	if list, _ := svc.Entities.List("alexandr", "person", 10); len(list) != 1 || list[0].ID != other.ID {
		t.Fatalf("type-ahead after merge: %+v", list)
	}
	if props, _ := svc.Entities.ProposeMerges(10); len(props) != 0 {
		t.Fatalf("merged pair proposed again: %+v", props)
	}
	// Undo puts everything back, including the proposal.
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if sp, _ := svc.Spans.Get(a.ID); *sp.EntityID != *a.EntityID {
		t.Fatalf("span after undo links %d", *sp.EntityID)
	}
	if props, _ := svc.Entities.ProposeMerges(10); len(props) != 1 {
		t.Fatalf("proposal after undo: %+v", props)
	}
	// Judged different: never proposed again.
	if err := svc.Entities.Judge(*a.EntityID, other.ID, "different"); err != nil {
		t.Fatal(err)
	}
	if props, _ := svc.Entities.ProposeMerges(10); len(props) != 0 {
		t.Fatalf("a pair judged different is proposed: %+v", props)
	}
	_, err = svc.Entities.Merge(*a.EntityID, *unrelated.EntityID+1000)
	wantCode(t, err, CodeNotFound, "entity")
	_, err = svc.Entities.Merge(*a.EntityID, *a.EntityID)
	wantCode(t, err, CodeInvalid, "itself")
	err = svc.Entities.Judge(*a.EntityID, other.ID, "maybe")
	wantCode(t, err, CodeInvalid, "same or different")
	if p, _ := ws.DB().Check(t.Context()); len(p) != 0 {
		t.Fatal(p)
	}
}

func TestSplitAliasOff(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	kim := mention(t, svc, "Reuters", "Kim Jong Un", nil)
	// Link "Kim Jong-un" elsewhere to the same entity, and add a wrong alias.
	other := mention(t, svc, "Yonhap", "Kim Jong-un", kim.EntityID)
	if *other.EntityID != *kim.EntityID {
		t.Fatal("not linked")
	}
	if _, err := svc.Entities.AddAlias(*kim.EntityID, "Kim Jong-il"); err != nil {
		t.Fatal(err)
	}
	split, err := svc.Entities.Split(*kim.EntityID, "Kim Jong-il")
	if err != nil {
		t.Fatal(err)
	}
	if split.Name != "Kim Jong-il" || split.ID == *kim.EntityID {
		t.Fatalf("split: %+v", split)
	}
	orig, _ := svc.Entities.Get(*kim.EntityID)
	for _, al := range orig.Aliases {
		if al == "Kim Jong-il" {
			t.Fatal("alias still on the original entity")
		}
	}
	// Different: never proposed for merging.
	if props, _ := svc.Entities.ProposeMerges(10); len(props) != 0 {
		t.Fatalf("split pair proposed: %+v", props)
	}
	_, err = svc.Entities.Split(*kim.EntityID, "Kim Jong Un")
	wantCode(t, err, CodeInvalid, "other than the entity's name")
	_, err = svc.Entities.Split(*kim.EntityID, "Nobody")
	wantCode(t, err, CodeNotFound, "no alias")
	if _, err := svc.History.Undo(); err != nil { // undo the split
		t.Fatal(err)
	}
	if e, _ := svc.Entities.Get(*kim.EntityID); len(e.Aliases) == 0 {
		t.Fatalf("aliases after undoing the split: %+v", e.Aliases)
	}
}

func TestCoOccurring(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	lyu := mention(t, svc, "Reuters", "Olga Lyubimova", nil)
	mention(t, svc, "Reuters", "Vladimir Putin", nil)
	co, err := svc.Entities.CoOccurring(*lyu.EntityID)
	if err != nil || len(co) != 1 || co[0].Name != "Vladimir Putin" || co[0].Articles != 1 {
		t.Fatalf("co-occurring: %+v %v", co, err)
	}
}
