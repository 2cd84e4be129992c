package app

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

func TestEntityCreateListGet(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	kim, err := svc.Entities.Create(EntityInput{Type: "person", Name: "  Kim Jong-un ", Aliases: []string{"Kim Jong Un", "kim jong-UN", "Kim"}, Note: "leader"})
	if err != nil {
		t.Fatal(err)
	}
	if kim.Name != "Kim Jong-un" || kim.Type != "person" || kim.Note != "leader" {
		t.Fatalf("created: %+v", kim)
	}
	// "Kim Jong Un" has the name's key: it is the name, not another alias; "kim jong-UN" too.
	if strings.Join(kim.Aliases, "|") != "Kim" {
		t.Fatalf("aliases: %q", kim.Aliases)
	}
	if kim.MentionList == nil || kim.Claims == nil {
		t.Fatalf("lists must be [] not null: %+v", kim)
	}
	org, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Korean Central News Agency", Aliases: []string{"KCNA"}})
	if err != nil {
		t.Fatal(err)
	}

	list, err := svc.Entities.List("kim j", "person", 10)
	if err != nil || len(list) != 1 || list[0].ID != kim.ID {
		t.Fatalf("List(kim j, person): %+v %v", list, err)
	}
	// Word prefixes inside a name or alias match too, and the key ignores punctuation.
	for _, q := range []string{"jong-u", "KIM", "kim jong un", "Kim Jong-Un"} {
		if list, err := svc.Entities.List(q, "", 10); err != nil || len(list) != 1 || list[0].ID != kim.ID {
			t.Fatalf("List(%q): %+v %v", q, list, err)
		}
	}
	if list, _ := svc.Entities.List("kcn", "", 10); len(list) != 1 || list[0].ID != org.ID || strings.Join(list[0].Aliases, "|") != "KCNA" {
		t.Fatalf("List(kcn): %+v", list)
	}
	if list, _ := svc.Entities.List("kim", "organisation", 10); len(list) != 0 {
		t.Fatalf("type filter: %+v", list)
	}
	if list, _ := svc.Entities.List("zzz", "", 10); list == nil || len(list) != 0 {
		t.Fatalf("no match must be []: %#v", list)
	}
	if list, _ := svc.Entities.List("--", "", 10); list == nil || len(list) != 0 {
		t.Fatalf("punctuation only: %#v", list)
	}
	if list, _ := svc.Entities.List("", "", 1); len(list) != 1 {
		t.Fatalf("limit 1: %+v", list)
	}

	// Mentions order the list and show up in Get, with their articles' titles.
	a, s, e := articleWith(t, svc, "Reuters", "Kim Jong Un")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Kim Jong Un"})
	if err != nil || *sp.EntityID != kim.ID {
		t.Fatalf("span links by alias key: %+v %v", sp, err)
	}
	b, s2, e2 := articleWith(t, svc, "", "Korean Central News Agency")
	if _, err := svc.Spans.Create(SpanInput{ArticleID: b.ID, Kind: "entity", EntityType: "organisation", EntityID: &org.ID, Start: s2, End: e2, Quote: "Korean Central News Agency"}); err != nil {
		t.Fatal(err)
	}
	a3, s3, e3 := articleWith(t, svc, "Yonhap", "Kim Jong-un")
	sp3, err := svc.Spans.Create(SpanInput{ArticleID: a3.ID, Kind: "entity", EntityType: "person", Start: s3, End: e3, Quote: "Kim Jong-un"})
	if err != nil || *sp3.EntityID != kim.ID {
		t.Fatal(err)
	}
	if err := svc.Spans.SetState([]int64{sp3.ID}, "suggested"); err != nil {
		t.Fatal(err)
	}
	list, _ = svc.Entities.List("", "", 10)
	if len(list) != 2 || list[0].ID != kim.ID || list[0].Mentions != 1 || list[0].Articles != 1 || list[1].Mentions != 1 {
		t.Fatalf("ordered by mentions then name: %+v", list)
	}
	d, err := svc.Entities.Get(kim.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.MentionList) != 2 {
		t.Fatalf("accepted and suggested mentions: %+v", d.MentionList)
	}
	for _, m := range d.MentionList {
		if m.ArticleTitle == "" || m.End <= m.Start || (m.State != "accepted" && m.State != "suggested") {
			t.Fatalf("mention: %+v", m)
		}
	}
	// JSON: "mentions" in the detail is the list, as docs/api.md has it.
	raw, _ := json.Marshal(d)
	var js map[string]any
	json.Unmarshal(raw, &js)
	if _, ok := js["mentions"].([]any); !ok || js["articles"] == nil || js["aliases"] == nil || js["note"] != "leader" {
		t.Fatalf("json: %s", raw)
	}
	if err := svc.Spans.SetState([]int64{sp3.ID}, "rejected"); err != nil {
		t.Fatal(err)
	}
	if d, _ := svc.Entities.Get(kim.ID); len(d.MentionList) != 1 {
		t.Fatalf("rejected mentions are left out: %+v", d.MentionList)
	}
}

func TestEntityClaimsOverlappingMentions(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	claimID := insertClaim(t, ws, "Lyubimova visited Pyongyang", "")
	other := insertClaim(t, ws, "Unrelated claim", "")
	insertClaimMention(t, ws, claimID, a.ID, s-5, e+5, a.Body)
	insertClaimMention(t, ws, other, a.ID, e+1, e+4, a.Body)
	d, err := svc.Entities.Get(*sp.EntityID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Claims) != 1 || d.Claims[0].ID != claimID || d.Claims[0].Statement != "Lyubimova visited Pyongyang" {
		t.Fatalf("claims: %+v", d.Claims)
	}
}

func TestEntityUpdateRenameAndUndo(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	kim, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Kim Jong-un", Aliases: []string{"Kim Jong Un"}})
	if err != nil {
		t.Fatal(err)
	}
	name := "Kim Jong Un (leader)"
	note := "DPRK leader"
	d, err := svc.Entities.Update(kim.ID, EntityPatch{Name: &name, Note: &note})
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != name || d.Note != note || !contains(d.Aliases, "Kim Jong-un") {
		t.Fatalf("renamed: %+v", d)
	}
	// Both names are found.
	if list, _ := svc.Entities.List("kim jong un l", "person", 10); len(list) != 1 {
		t.Fatalf("new name not found: %+v", list)
	}
	st, _ := svc.History.State()
	if !st.CanUndo || !strings.Contains(st.UndoLabel, "rename Kim Jong-un") {
		t.Fatalf("history: %+v", st)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	d, _ = svc.Entities.Get(kim.ID)
	if d.Name != "Kim Jong-un" || d.Note != "" || contains(d.Aliases, name) {
		t.Fatalf("after undo: %+v", d)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if d, _ = svc.Entities.Get(kim.ID); d.Name != name {
		t.Fatalf("after redo: %+v", d)
	}

	// A change of type follows onto the mentions.
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "organisation", Start: s, End: e, Quote: "Olga Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	person := "person"
	if _, err := svc.Entities.Update(*sp.EntityID, EntityPatch{Type: &person}); err != nil {
		t.Fatal(err)
	}
	if got, _ := svc.Spans.Get(sp.ID); got.EntityType != "person" {
		t.Fatalf("span type: %+v", got)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if got, _ := svc.Spans.Get(sp.ID); got.EntityType != "organisation" {
		t.Fatalf("span type after undo: %+v", got)
	}
}

func TestEntityAliases(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	e, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Korean Central News Agency"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := svc.Entities.AddAlias(e.ID, " KCNA ")
	if err != nil || strings.Join(d.Aliases, "|") != "KCNA" {
		t.Fatalf("add: %+v %v", d, err)
	}
	if d, err = svc.Entities.AddAlias(e.ID, "kcna"); err != nil || len(d.Aliases) != 1 {
		t.Fatalf("same key twice: %+v %v", d, err)
	}
	if list, _ := svc.Entities.List("kcna", "", 5); len(list) != 1 {
		t.Fatalf("alias not found: %+v", list)
	}
	if d, err = svc.Entities.RemoveAlias(e.ID, "kcna"); err != nil || len(d.Aliases) != 0 {
		t.Fatalf("remove: %+v %v", d, err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if d, _ = svc.Entities.Get(e.ID); strings.Join(d.Aliases, "|") != "KCNA" {
		t.Fatalf("undo remove: %+v", d)
	}
	_, err = svc.Entities.RemoveAlias(e.ID, "korean central news-agency")
	wantCode(t, err, CodeInvalid, "rename the entity")
	_, err = svc.Entities.RemoveAlias(e.ID, "Yonhap")
	wantCode(t, err, CodeNotFound, "no alias")
	_, err = svc.Entities.RemoveAlias(e.ID, "...")
	wantCode(t, err, CodeInvalid, "letters or digits")
	_, err = svc.Entities.AddAlias(e.ID, "  ")
	wantCode(t, err, CodeInvalid, "letters or digits")
	_, err = svc.Entities.AddAlias(e.ID, "bad\x07bell")
	wantCode(t, err, CodeInvalid, "control")
	_, err = svc.Entities.AddAlias(9999, "X")
	wantCode(t, err, CodeNotFound, "entity 9999")
	_, err = svc.Entities.RemoveAlias(9999, "X")
	wantCode(t, err, CodeNotFound, "entity 9999")
}

func TestEntityCreateExistingKeyReturnsIt(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	first, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Olga Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	again, err := svc.Entities.Create(EntityInput{Type: "person", Name: "olga lyubimová", Aliases: []string{"Lyubimova"}, Note: "ignored"})
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != first.ID || again.Name != "Olga Lyubimova" || again.Note != "" || strings.Join(again.Aliases, "|") != "Lyubimova" {
		t.Fatalf("existing entity returned with the new alias: %+v", again)
	}
	// Another type with the same name is another entity.
	place, err := svc.Entities.Create(EntityInput{Type: "place", Name: "Olga Lyubimova"})
	if err != nil || place.ID == first.ID {
		t.Fatalf("other type: %+v %v", place, err)
	}
}

func TestEntityRefusals(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	_, err := svc.Entities.Create(EntityInput{Type: "animal", Name: "Rex"})
	wantCode(t, err, CodeInvalid, "entity type")
	_, err = svc.Entities.Create(EntityInput{Type: "person", Name: "  "})
	wantCode(t, err, CodeInvalid, "letters or digits")
	_, err = svc.Entities.Create(EntityInput{Type: "person", Name: strings.Repeat("a", 301)})
	wantCode(t, err, CodeInvalid, "too long")
	_, err = svc.Entities.Create(EntityInput{Type: "person", Name: "Ok", Aliases: []string{"!!"}})
	wantCode(t, err, CodeInvalid, "alias")
	_, err = svc.Entities.List("", "animal", 10)
	wantCode(t, err, CodeInvalid, "entity type")
	_, err = svc.Entities.List("", "", 1001)
	wantCode(t, err, CodeInvalid, "limit")
	_, err = svc.Entities.Get(4242)
	wantCode(t, err, CodeNotFound, "entity 4242")

	a, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Andrei Belousov"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := svc.Entities.Create(EntityInput{Type: "person", Name: "Belousov"})
	if err != nil {
		t.Fatal(err)
	}
	bad := "animal"
	_, err = svc.Entities.Update(a.ID, EntityPatch{Type: &bad})
	wantCode(t, err, CodeInvalid, "entity type")
	empty := " "
	_, err = svc.Entities.Update(a.ID, EntityPatch{Name: &empty})
	wantCode(t, err, CodeInvalid, "letters or digits")
	clash := "andrei  BELOUSOV"
	_, err = svc.Entities.Update(b.ID, EntityPatch{Name: &clash})
	wantCode(t, err, CodeConflict, "same entity")
	_, err = svc.Entities.Update(4242, EntityPatch{Name: &clash})
	wantCode(t, err, CodeNotFound, "entity 4242")
	// A change of case only is not a clash with itself.
	if d, err := svc.Entities.Update(a.ID, EntityPatch{Name: &clash}); err != nil || d.Name != "andrei BELOUSOV" {
		t.Fatalf("recase: %+v %v", d, err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Get returns the first page of an entity's mentions with their total; Mentions pages
// on. Together the pages are what the unpaged query (before paging) returned, in order.
func TestEntityMentionsPaged(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	e, err := svc.Entities.Create(EntityInput{Type: "place", Name: "Paging Town"})
	if err != nil {
		t.Fatal(err)
	}
	list, err := svc.Articles.List()
	if err != nil || len(list) < 2 {
		t.Fatalf("seed articles: %d %v", len(list), err)
	}
	var ids []int64
	for _, s := range list {
		a, err := svc.Articles.Get(s.ID)
		if err != nil {
			t.Fatal(err)
		}
		body := []rune(a.Body)
		for i := 0; i+4 < len(body) && i < 4*90; i += 4 {
			sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "place", EntityID: &e.ID, Start: int64(i), End: int64(i + 3), Quote: string(body[i : i+3])})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, sp.ID)
		}
	}
	if len(ids) <= EntityMentionPageSize {
		t.Fatalf("only %d mentions made", len(ids))
	}
	// Some suggested (listed), some rejected (left out).
	if err := svc.Spans.SetState([]int64{ids[1], ids[len(ids)-2]}, "suggested"); err != nil {
		t.Fatal(err)
	}
	if err := svc.Spans.SetState([]int64{ids[0], ids[5], ids[len(ids)-1]}, "rejected"); err != nil {
		t.Fatal(err)
	}
	// The query as it was before paging.
	rows, err := ws.DB().Query(`SELECT sp.id, sp.article_id, a.title, sp.start_cp, sp.end_cp, sp.quote, sp.state
		FROM spans sp JOIN articles a ON a.id = sp.article_id
		WHERE sp.entity_id = ? AND sp.state IN ('accepted', 'suggested')
		ORDER BY a.published_at, a.id, sp.start_cp, sp.id`, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	var want []EntityMention
	for rows.Next() {
		var m EntityMention
		if err := rows.Scan(&m.SpanID, &m.ArticleID, &m.ArticleTitle, &m.Start, &m.End, &m.Quote, &m.State); err != nil {
			t.Fatal(err)
		}
		want = append(want, m)
	}
	rows.Close()
	if len(want) != len(ids)-3 {
		t.Fatalf("old query: %d rows for %d mentions", len(want), len(ids))
	}

	d, err := svc.Entities.Get(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.MentionTotal != int64(len(want)) || len(d.MentionList) != EntityMentionPageSize {
		t.Fatalf("Get: %d mentions of %d; want %d of %d", len(d.MentionList), d.MentionTotal, EntityMentionPageSize, len(want))
	}
	for i, m := range d.MentionList {
		if m != want[i] {
			t.Fatalf("Get mention %d: %+v; want %+v", i, m, want[i])
		}
	}
	var got []EntityMention
	for off := int64(0); ; off += 7 {
		p, err := svc.Entities.Mentions(e.ID, off, 7)
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != int64(len(want)) || p.Mentions == nil {
			t.Fatalf("page at %d: total %d, %v", off, p.Total, p.Mentions)
		}
		if len(p.Mentions) == 0 {
			break
		}
		got = append(got, p.Mentions...)
	}
	if len(got) != len(want) {
		t.Fatalf("pages: %d mentions; want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("mention %d: %+v; want %+v", i, got[i], want[i])
		}
	}
	raw, _ := json.Marshal(d)
	if !strings.Contains(string(raw), `"mentionTotal":`) {
		t.Fatalf("json: no mentionTotal")
	}
	for _, bad := range [][2]int64{{-1, 10}, {0, 0}, {0, MaxEntityMentionPage + 1}} {
		_, err := svc.Entities.Mentions(e.ID, bad[0], bad[1])
		wantCode(t, err, CodeInvalid, "")
	}
	_, err = svc.Entities.Mentions(999999, 0, 10)
	wantCode(t, err, CodeNotFound, "")
}

// Get returns the first EntityMentionPageSize of an entity's claims with their total;
// Claims pages on, in the same order (by id), and together the pages are every claim.
func TestEntityClaimsPaged(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	n := EntityMentionPageSize + 5
	var want []int64
	for i := 0; i < n; i++ {
		id := insertClaim(t, ws, fmt.Sprintf("Lyubimova claim %d", i), "")
		insertClaimMention(t, ws, id, a.ID, s, e+int64(i%3), a.Body)
		want = append(want, id)
	}
	sort.Slice(want, func(i, j int) bool { return want[i] < want[j] })
	d, err := svc.Entities.Get(*sp.EntityID)
	if err != nil {
		t.Fatal(err)
	}
	if d.ClaimTotal != int64(n) || len(d.Claims) != EntityMentionPageSize || d.Claims[0].ID != want[0] {
		t.Fatalf("Get: %d claims of %d", len(d.Claims), d.ClaimTotal)
	}
	var got []int64
	for off := int64(0); off < int64(n)+10; off += 9 {
		p, err := svc.Entities.Claims(*sp.EntityID, off, 9)
		if err != nil || p.Total != int64(n) || p.Claims == nil {
			t.Fatalf("page at %d: %+v %v", off, p, err)
		}
		for _, c := range p.Claims {
			got = append(got, c.ID)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("pages: %v\nwant %v", got, want)
	}
	_, err = svc.Entities.Claims(*sp.EntityID, 0, 0)
	wantCode(t, err, CodeInvalid, "")
	_, err = svc.Entities.Claims(999999, 0, 10)
	wantCode(t, err, CodeNotFound, "")
}

// An article names a body by some of its words in another order ("the water ministry"
// for the Ministry of Water Resources): the type-ahead under the selected text offered
// only "Create new", so the analyst made a second entity or had to retype the name.
// Each word of the query starts a word of one name or alias, in any order.
func TestEntityListFindsTheWordsInAnyOrder(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	ministry, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Ministry of Water Resources"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Entities.Create(EntityInput{Type: "organisation", Name: "Water Board of Breska"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"water ministry", "the water ministry", "Ministry of Water", "resources water min", "the ministry"} {
		list, err := svc.Entities.List(q, "organisation", 10)
		if err != nil || len(list) != 1 || list[0].ID != ministry.ID {
			t.Errorf("List(%q): %+v %v", q, list, err)
		}
	}
	// every word must be found: one that is in no name finds nothing
	for _, q := range []string{"water agency", "ministry of health"} {
		if list, _ := svc.Entities.List(q, "organisation", 10); len(list) != 0 {
			t.Errorf("List(%q) found %+v", q, list)
		}
	}
}
