package app

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// articleWith returns the seed article from outlet and the code-point offsets of needle in it.
func articleWith(t *testing.T, svc *Services, outlet, needle string) (Article, int64, int64) {
	t.Helper()
	list, err := svc.Articles.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		a, _ := svc.Articles.Get(s.ID)
		if s.Source != outlet && outlet != "" {
			continue
		}
		if i := strings.Index(a.Body, needle); i >= 0 {
			start := int64(len([]rune(a.Body[:i])))
			return a, start, start + int64(len([]rune(needle)))
		}
	}
	t.Fatalf("no article from %q contains %q", outlet, needle)
	return Article{}, 0, 0
}

func wantCode(t *testing.T, err error, code Code, contains string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Code != code || !strings.Contains(e.Message, contains) {
		t.Fatalf("got %v; want %s containing %q", err, code, contains)
	}
}

func TestCreateEntitySpanAndReadBack(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova", Tags: []string{"key people"}})
	if err != nil {
		t.Fatal(err)
	}
	if sp.EntityName != "Olga Lyubimova" || sp.EntityID == nil || sp.State != "accepted" || sp.Origin != "analyst" || sp.Annotator == "" {
		t.Fatalf("span: %+v", sp)
	}
	if len(sp.Tags) != 1 || sp.Tags[0].Name != "key people" {
		t.Fatalf("tags: %+v", sp.Tags)
	}
	if !strings.HasSuffix(sp.Prefix, "Minister of Culture ") || !strings.HasPrefix(sp.Suffix, " attends") {
		t.Fatalf("context: %q / %q", sp.Prefix, sp.Suffix)
	}
	// The stored offsets give the quote back through SQLite's substr().
	var quote string
	ws.DB().QueryRow(`SELECT substr(a.body, s.start_cp + 1, s.end_cp - s.start_cp) FROM spans s JOIN articles a ON a.id = s.article_id WHERE s.id = ?`, sp.ID).Scan(&quote)
	if quote != "Olga Lyubimova" {
		t.Fatalf("substr gives %q", quote)
	}
	// A second mention with another spelling links to the same entity by its key.
	a2, s2, e2 := articleWith(t, svc, "Yonhap", "Kim Jong-un")
	k1, err := svc.Spans.Create(SpanInput{ArticleID: a2.ID, Kind: "entity", EntityType: "person", Start: s2, End: e2, Quote: "Kim Jong-un"})
	if err != nil {
		t.Fatal(err)
	}
	a3, s3, e3 := articleWith(t, svc, "Reuters", "Kim Jong Un")
	k2, err := svc.Spans.Create(SpanInput{ArticleID: a3.ID, Kind: "entity", EntityType: "person", Start: s3, End: e3, Quote: "Kim Jong Un"})
	if err != nil {
		t.Fatal(err)
	}
	if *k1.EntityID != *k2.EntityID {
		t.Fatalf("Kim Jong-un and Kim Jong Un are different entities: %d %d", *k1.EntityID, *k2.EntityID)
	}
	list, err := svc.Spans.ListForArticle(a.ID, false)
	if err != nil || len(list) != 2 {
		t.Fatalf("list: %d %v", len(list), err)
	}
}

func TestSpanRefusals(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	in := func(mod func(*SpanInput)) SpanInput {
		i := SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova"}
		mod(&i)
		return i
	}
	cases := []struct {
		name string
		in   SpanInput
		code Code
		msg  string
	}{
		{"end before start", in(func(i *SpanInput) { i.Start, i.End = e, s }), CodeInvalid, "end after it starts"},
		{"empty span", in(func(i *SpanInput) { i.End = i.Start }), CodeInvalid, "end after it starts"},
		{"negative", in(func(i *SpanInput) { i.Start = -4 }), CodeInvalid, "negative"},
		{"past the end", in(func(i *SpanInput) { i.End = a.CharCount + 1 }), CodeInvalid, "outside the text"},
		{"wrong quote", in(func(i *SpanInput) { i.Quote = "Vladimir Putin" }), CodeInvalid, "does not match"},
		{"unknown article", in(func(i *SpanInput) { i.ArticleID = 9999 }), CodeNotFound, "article 9999"},
		{"unknown entity", in(func(i *SpanInput) { x := int64(777); i.EntityID = &x }), CodeNotFound, "entity 777"},
		{"bad type", in(func(i *SpanInput) { i.EntityType = "weapon" }), CodeInvalid, "entity type"},
		{"bad kind", in(func(i *SpanInput) { i.Kind = "blob" }), CodeInvalid, "kind"},
		{"empty note", in(func(i *SpanInput) { i.Kind, i.EntityType, i.Note = "note", "", " " }), CodeInvalid, "note needs some text or a tag"},
	}
	for _, c := range cases {
		_, err := svc.Spans.Create(c.in)
		wantCode(t, err, c.code, c.msg)
	}
	list, _ := svc.Spans.ListForArticle(a.ID, true)
	if len(list) != 0 {
		t.Fatalf("refused creates left %d spans", len(list))
	}
}

func TestUpdateDeleteUndoRedo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s + 5, End: e, Quote: "Lyubimova", Tags: []string{"minister"}})
	if err != nil {
		t.Fatal(err)
	}
	// Extend to the full name.
	start := s
	sp2, err := svc.Spans.Update(sp.ID, SpanPatch{Start: &start})
	if err != nil || sp2.Quote != "Olga Lyubimova" {
		t.Fatalf("extend: %+v %v", sp2, err)
	}
	if err := svc.Spans.Delete(sp.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Spans.Get(sp.ID); err == nil {
		t.Fatal("deleted span still there")
	}
	st, _ := svc.History.State()
	if !st.CanUndo || !strings.Contains(st.UndoLabel, "delete") {
		t.Fatalf("state: %+v", st)
	}
	// Undo the delete: the span comes back with its tag and extent.
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	back, err := svc.Spans.Get(sp.ID)
	if err != nil || back.Quote != "Olga Lyubimova" || len(back.Tags) != 1 {
		t.Fatalf("after undo: %+v %v", back, err)
	}
	// Undo the extension, then redo it.
	svc.History.Undo()
	if got, _ := svc.Spans.Get(sp.ID); got.Quote != "Lyubimova" {
		t.Fatalf("after second undo: %q", got.Quote)
	}
	svc.History.Redo()
	if got, _ := svc.Spans.Get(sp.ID); got.Quote != "Olga Lyubimova" {
		t.Fatalf("after redo: %q", got.Quote)
	}
	// Undo everything: no span, no entity, no tag left; then nothing more to undo.
	for i := 0; i < 2; i++ {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	ws.DB().QueryRow("SELECT (SELECT count(*) FROM spans) + (SELECT count(*) FROM entities) + (SELECT count(*) FROM tags) + (SELECT count(*) FROM span_tags)").Scan(&n)
	if n != 0 {
		t.Fatalf("%d rows left after undoing everything", n)
	}
	_, err = svc.History.Undo()
	wantCode(t, err, CodeInvalid, "nothing to undo")
	// The undo stack survives a restart: reopen and redo.
	path := ws.DB().Path
	ws.Close()
	ws2, err := OpenWorkspace(t.Context(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.Close()
	svc2 := NewServices(ws2)
	st, _ = svc2.History.State()
	if !st.CanRedo || st.CanUndo {
		t.Fatalf("state after restart: %+v", st)
	}
	if _, err := svc2.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if got, err := svc2.Spans.Get(sp.ID); err != nil || got.Quote != "Lyubimova" {
		t.Fatalf("redo after restart: %+v %v", got, err)
	}
	hist, err := svc2.History.ForRow("spans", sp.ID)
	if err != nil || len(hist) < 5 {
		t.Fatalf("history: %d entries, %v", len(hist), err)
	}
	problems, _ := ws2.DB().Check(t.Context())
	if len(problems) != 0 {
		t.Fatal(problems)
	}
}

func TestNewActionClearsRedo(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e})
	svc.History.Undo()
	svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Note: "check her title"})
	st, _ := svc.History.State()
	if st.CanRedo || !st.CanUndo {
		t.Fatalf("state: %+v", st)
	}
}

// Tagging a selection makes a note span with tags and no text.
func TestTagOnlySpan(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Pyatnitsky Choir")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Pyatnitsky Choir", Tags: []string{"culture"}})
	if err != nil || len(sp.Tags) != 1 || sp.Note != "" {
		t.Fatalf("tag-only span: %+v %v", sp, err)
	}
}

// ListForReader gives the spans ListForArticle gives without rejected ones, in the same
// order, every field the reader uses equal.
func TestListForReaderMatchesListForArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: "Olga Lyubimova", Tags: []string{"key people", "culture"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: s + 4, Quote: "Olga", Note: "first name"}); err != nil {
		t.Fatal(err)
	}
	gone, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "place", Start: s + 5, End: e, Quote: "Lyubimova"})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Spans.SetState([]int64{gone.ID}, "rejected"); err != nil {
		t.Fatal(err)
	}
	full, err := svc.Spans.ListForArticle(a.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	lean, err := svc.Spans.ListForReader(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(full) < 2 || len(lean) != len(full) {
		t.Fatalf("ListForArticle %d spans, ListForReader %d", len(full), len(lean))
	}
	for i, f := range full {
		want := ReaderSpan{ID: f.ID, ArticleID: f.ArticleID, Kind: f.Kind, EntityType: f.EntityType, EntityID: f.EntityID,
			EntityName: f.EntityName, ClaimID: f.ClaimID, ClaimStatement: f.ClaimStatement, Start: f.Start, End: f.End,
			Quote: f.Quote, AnchorStatus: f.AnchorStatus, State: f.State, Origin: f.Origin, Confidence: f.Confidence,
			Note: f.Note, Tags: f.Tags, ReadAt: f.ReadAt}
		if !reflect.DeepEqual(lean[i], want) {
			t.Fatalf("span %d:\n lean %+v\n want %+v", i, lean[i], want)
		}
	}
	if lean[0].ID != sp.ID && lean[1].ID != sp.ID {
		t.Fatalf("the entity span is missing: %+v", lean)
	}
	if _, err := svc.Spans.ListForReader(999999); err == nil {
		t.Fatal("an unknown article gave no error")
	}
}

// TestReaderSpanNamesWhatASuggestionWouldLinkTo: the reader's side panel names the entity
// a waiting suggestion would be linked to (a date by its normalised value), instead of
// "—"; once accepted the span carries the entity's own name and no proposal.
func TestReaderSpanNamesWhatASuggestionWouldLinkTo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.Run(reuters); err != nil {
		t.Fatal(err)
	}
	all := mustList(t, svc, SuggestionFilter{ArticleID: reuters})
	var date Suggestion
	for _, sg := range all {
		if sg.Type == "date" && sg.IsNewEntity && sg.Normalized != "" {
			date = sg
			break
		}
	}
	if date.SpanID == 0 {
		t.Fatalf("no new date among %d suggestions", len(all))
	}
	find := func() ReaderSpan {
		t.Helper()
		spans, err := svc.Spans.ListForReader(reuters)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range spans {
			if sp.ID == date.SpanID {
				return sp
			}
		}
		t.Fatalf("span %d not listed", date.SpanID)
		return ReaderSpan{}
	}
	before := find()
	if before.EntityName != "" || before.ProposedName != date.Normalized {
		t.Fatalf("suggested date %q: entity %q, proposed %q; want the proposal %q", date.Quote, before.EntityName, before.ProposedName, date.Normalized)
	}
	if _, err := svc.Suggestions.Accept([]int64{date.SpanID}); err != nil {
		t.Fatal(err)
	}
	after := find()
	if after.EntityName != date.Normalized || after.ProposedName != "" {
		t.Fatalf("accepted date: entity %q, proposed %q", after.EntityName, after.ProposedName)
	}
}
