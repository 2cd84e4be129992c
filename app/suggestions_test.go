package app

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"claimdesk/app/ingest"
	"claimdesk/app/suggest"
)

var suggestDocWarmup = suggest.Document{Text: "Kim Jong Un met Olga Lyubimova in Pyongyang on Monday."}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Seed articles by their original file name.
const (
	seedNoDate     = "seeds/000_b3b08793afee1b92.txt" // no date, no source
	seedNationPres = "seeds/001_e444e9a1ed229513.txt" // "Kim Jong-un", 2025-06-30
	seedReuters    = "seeds/002_ce3785d345ddf9d0.txt" // "Kim Jong Un", 2025-06-29
)

// seedIDs maps the seeds' original names to their article ids.
func seedIDs(t testing.TB, ws *Workspace) map[string]int64 {
	t.Helper()
	rows, err := ws.DB().Query("SELECT id, original_name FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			t.Fatal(err)
		}
		out[name] = id
	}
	return out
}

// sugEvents records progress and workspace:changed events.
type sugEvents struct {
	mu         sync.Mutex
	progress   []Progress
	changed    int
	onProgress func(p Progress)
}

func (r *sugEvents) Emit(name string, data any) {
	r.mu.Lock()
	var p Progress
	switch name {
	case "progress":
		p = data.(Progress)
		r.progress = append(r.progress, p)
	case "workspace:changed":
		r.changed++
	}
	f := r.onProgress
	r.mu.Unlock()
	if name == "progress" && f != nil {
		f(p)
	}
}

func errCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func mustList(t testing.TB, svc *Services, f SuggestionFilter) []Suggestion {
	t.Helper()
	list, err := svc.Suggestions.List(f)
	if err != nil {
		t.Fatal(err)
	}
	return list
}

// findSuggestion returns the first suggestion with that type and quote (and article, if
// not 0).
func findSuggestion(t testing.TB, list []Suggestion, articleID int64, typ, quote string) Suggestion {
	t.Helper()
	for _, s := range list {
		if s.Type == typ && s.Quote == quote && (articleID == 0 || s.ArticleID == articleID) {
			return s
		}
	}
	t.Fatalf("no %s suggestion %q in article %d", typ, quote, articleID)
	return Suggestion{}
}

func spanState(t testing.TB, ws *Workspace, id int64) (state string, entityID *int64) {
	t.Helper()
	var eid *int64
	if err := ws.DB().QueryRow("SELECT state, entity_id FROM spans WHERE id = ?", id).Scan(&state, &eid); err != nil {
		t.Fatal(err)
	}
	return state, eid
}

func count(t testing.TB, ws *Workspace, query string, args ...any) int {
	t.Helper()
	var n int
	if err := ws.DB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func checkWorkspace(t testing.TB, ws *Workspace) {
	t.Helper()
	problems, err := ws.DB().Check(ws.Context())
	if err != nil || len(problems) != 0 {
		t.Fatalf("check: %v %v", problems, err)
	}
}

func TestSuggestRunOnSeeds(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ids := seedIDs(t, ws)
	rec := &sugEvents{}
	ws.Events = rec
	sum, err := svc.Suggestions.Run(0)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 5 || sum.Suggested < 100 || sum.Cancelled || len(sum.Items) != 5 {
		t.Fatalf("run: %+v", sum)
	}
	for _, it := range sum.Items {
		t.Logf("article %d %q: %d suggested, %d skipped", it.ArticleID, it.Title, it.Suggested, it.Skipped)
	}
	if len(rec.progress) != 5 || rec.progress[4].Task != "suggest" || rec.progress[4].Done != 5 || rec.progress[4].Total != 5 || rec.progress[4].Label == "" {
		t.Errorf("progress: %+v", rec.progress)
	}
	if rec.changed != 1 {
		t.Errorf("%d workspace:changed events, want 1 per run", rec.changed)
	}
	all := mustList(t, svc, SuggestionFilter{})
	if len(all) != sum.Suggested {
		t.Fatalf("list has %d, run stored %d", len(all), sum.Suggested)
	}
	olga := findSuggestion(t, all, 0, "person", "Olga Lyubimova")
	if olga.EntityName != "Olga Lyubimova" || !olga.IsNewEntity || olga.EntityID != nil || olga.Confidence <= 0 || olga.Confidence > 1 ||
		olga.Rule == "" || olga.Origin != "rule:"+olga.Rule || olga.ArticleTitle == "" {
		t.Errorf("Olga Lyubimova: %+v", olga)
	}
	findSuggestion(t, all, 0, "place", "North Korea")
	if k := findSuggestion(t, all, 0, "organisation", "Korean Central News Agency"); k.EntityName != "Korean Central News Agency" {
		t.Errorf("KCNA: %+v", k)
	}
	if k := findSuggestion(t, all, 0, "organisation", "KCNA"); k.EntityName != "Korean Central News Agency" {
		t.Errorf("KCNA acronym: %+v", k)
	}
	// Dates resolve against the article's publication date (Reuters, 2025-06-29).
	if d := findSuggestion(t, all, ids[seedReuters], "date", "Saturday"); d.Normalized != "2025-06-28" || d.EntityName != "2025-06-28" {
		t.Errorf("Saturday: %+v", d)
	}
	if d := findSuggestion(t, all, ids[seedNationPres], "date", "June 19, 2024"); d.Normalized != "2024-06-19" {
		t.Errorf("June 19, 2024: %+v", d)
	}
	if n := findSuggestion(t, all, ids[seedNoDate], "number", "thousands"); n.Normalized != "2,000–19,999 troops" || n.Hedge != "reportedly" { // docs/reading.md
		t.Errorf("thousands: %+v", n)
	}
	if n := findSuggestion(t, all, 0, "number", "11,000"); n.Normalized != "9,900–12,100 troops" || n.Hedge != "around" {
		t.Errorf("11,000: %+v", n)
	}
	speakers := 0
	for _, s := range all {
		if s.Type == "quote" && s.SpeakerName == "Olga Lyubimova" {
			speakers++
		}
		// Offsets, quote and context agree with the text.
		var ok int
		ws.DB().QueryRow(`SELECT substr(a.body, sp.start_cp + 1, sp.end_cp - sp.start_cp) = sp.quote
			AND substr(a.body, max(1, sp.start_cp - 31), min(32, sp.start_cp)) = sp.prefix
			FROM spans sp JOIN articles a ON a.id = sp.article_id WHERE sp.id = ?`, s.SpanID).Scan(&ok)
		if ok != 1 {
			t.Errorf("span %d does not match its text: %+v", s.SpanID, s)
		}
	}
	if speakers == 0 {
		t.Error("no quote attributed to Olga Lyubimova")
	}
	// Nothing of the analyst's: no entity was made; the views show suggestions as such.
	if n := count(t, ws, "SELECT count(*) FROM entities"); n != 0 {
		t.Errorf("%d entities made by a run", n)
	}
	if n := count(t, ws, "SELECT sum(suggestions) FROM v_articles"); n != sum.Suggested {
		t.Errorf("v_articles counts %d suggestions", n)
	}
	// One audited action per article.
	if n := count(t, ws, "SELECT count(DISTINCT batch) FROM audit_log WHERE summary LIKE 'suggest %'"); n != 5 {
		t.Errorf("%d suggestion batches, want 5", n)
	}
	if st, _ := svc.History.State(); !strings.HasPrefix(st.UndoLabel, "suggest ") || !strings.Contains(st.UndoLabel, " entities in “") {
		t.Errorf("undo label %q", st.UndoLabel)
	}

	// A second run proposes nothing new.
	again, err := svc.Suggestions.Run(0)
	if err != nil || again.Suggested != 0 || again.Skipped < sum.Suggested || again.Articles != 5 {
		t.Fatalf("second run: %+v %v", again, err)
	}
	if n := count(t, ws, "SELECT count(DISTINCT batch) FROM audit_log WHERE summary LIKE 'suggest %'"); n != 5 {
		t.Errorf("a run with nothing new left %d batches", n)
	}

	// Filters.
	people := mustList(t, svc, SuggestionFilter{Type: "person", MinConfidence: 0.8, ArticleID: ids[seedReuters]})
	if len(people) == 0 {
		t.Fatal("no people in Reuters")
	}
	for _, p := range people {
		if p.Type != "person" || p.Confidence < 0.8 || p.ArticleID != ids[seedReuters] {
			t.Errorf("filter let through %+v", p)
		}
	}
	for _, p := range mustList(t, svc, SuggestionFilter{Rule: "gazetteer"}) {
		if p.Rule != "gazetteer" {
			t.Errorf("rule filter let through %+v", p)
		}
	}
	if l := mustList(t, svc, SuggestionFilter{Limit: 3}); len(l) != 3 {
		t.Errorf("limit 3 gave %d", len(l))
	}
	raw, _ := json.Marshal(olga)
	for _, k := range []string{`"spanId"`, `"entityId":null`, `"isNewEntity":true`, `"speakerName"`, `"normalized"`, `"articleTitle"`} {
		if !strings.Contains(string(raw), k) {
			t.Errorf("JSON lacks %s: %s", k, raw)
		}
	}
	checkWorkspace(t, ws)
}

func TestSuggestRejectedNeverProposedAgain(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.Run(reuters); err != nil {
		t.Fatal(err)
	}
	dates := mustList(t, svc, SuggestionFilter{ArticleID: reuters, Type: "date"})
	if len(dates) < 2 {
		t.Fatalf("dates: %+v", dates)
	}
	var ids []int64
	for _, d := range dates {
		ids = append(ids, d.SpanID)
	}
	n, err := svc.Suggestions.Reject(ids)
	if err != nil || n != len(ids) {
		t.Fatalf("reject: %d %v", n, err)
	}
	if st, _ := svc.History.State(); st.UndoLabel != fmt.Sprintf("reject %d suggestions", len(ids)) {
		t.Errorf("undo label %q", st.UndoLabel)
	}
	if n, err := svc.Suggestions.Reject(ids[:1]); err != nil || n != 0 {
		t.Errorf("rejecting again: %d %v", n, err)
	}
	if l := mustList(t, svc, SuggestionFilter{ArticleID: reuters, Type: "date"}); len(l) != 0 {
		t.Errorf("rejected still listed: %+v", l)
	}
	sum, err := svc.Suggestions.Run(reuters)
	if err != nil || sum.Suggested != 0 {
		t.Fatalf("run after reject: %+v %v", sum, err)
	}
	for _, d := range dates {
		if st, _ := spanState(t, ws, d.SpanID); st != "rejected" {
			t.Errorf("span %d is %s", d.SpanID, st)
		}
		if n := count(t, ws, "SELECT count(*) FROM spans WHERE article_id = ? AND start_cp = ? AND end_cp = ?", reuters, d.Start, d.End); n != 1 {
			t.Errorf("%d spans at %q", n, d.Quote)
		}
	}
	// Also when the other suggestions are gone: the engine is told what was rejected.
	if _, err := ws.DB().Exec("DELETE FROM spans WHERE article_id = ? AND state = 'suggested'", reuters); err != nil {
		t.Fatal(err)
	}
	sum, err = svc.Suggestions.Run(reuters)
	if err != nil || sum.Suggested == 0 {
		t.Fatalf("run after clearing: %+v %v", sum, err)
	}
	if l := mustList(t, svc, SuggestionFilter{ArticleID: reuters, Type: "date"}); len(l) != 0 {
		t.Errorf("rejected dates proposed again: %+v", l)
	}
}

func TestSuggestAcceptNewPersonAndUndo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.Run(reuters); err != nil {
		t.Fatal(err)
	}
	all := mustList(t, svc, SuggestionFilter{ArticleID: reuters})
	olga := findSuggestion(t, all, reuters, "person", "Olga Lyubimova")
	before := count(t, ws, "SELECT count(*) FROM audit_log")
	n, err := svc.Suggestions.Accept([]int64{olga.SpanID})
	if err != nil || n != 1 {
		t.Fatalf("accept: %d %v", n, err)
	}
	st, eid := spanState(t, ws, olga.SpanID)
	if st != "accepted" || eid == nil {
		t.Fatalf("span after accept: %s %v", st, eid)
	}
	ents, err := svc.Entities.List("Olga Lyubimova", "person", 0)
	if err != nil || len(ents) != 1 || ents[0].ID != *eid || ents[0].Name != "Olga Lyubimova" || ents[0].Mentions != 1 {
		t.Fatalf("entity: %+v %v", ents, err)
	}
	sp, _ := svc.Spans.Get(olga.SpanID)
	if sp.State != "accepted" || sp.EntityName != "Olga Lyubimova" || sp.Annotator != ws.Analyst || sp.Origin != olga.Origin {
		t.Errorf("span: %+v", sp)
	}
	if hs, _ := svc.History.State(); hs.UndoLabel != "accept “Olga Lyubimova” as person" {
		t.Errorf("undo label %q", hs.UndoLabel)
	}
	if after := count(t, ws, "SELECT count(*) FROM audit_log"); after <= before {
		t.Error("accept was not audited")
	}
	// Accepting again changes nothing.
	if n, err := svc.Suggestions.Accept([]int64{olga.SpanID}); err != nil || n != 0 {
		t.Errorf("accept again: %d %v", n, err)
	}
	// "Lyubimova" later in the article links to the same person, without becoming an
	// alias (a bare surname stays within its article).
	bare := findSuggestion(t, all, reuters, "person", "Lyubimova")
	if _, err := svc.Suggestions.Accept([]int64{bare.SpanID}); err != nil {
		t.Fatal(err)
	}
	if _, eid2 := spanState(t, ws, bare.SpanID); eid2 == nil || *eid2 != *eid {
		t.Errorf("bare surname linked to %v, want %d", eid2, *eid)
	}
	if d, _ := svc.Entities.Get(*eid); len(d.Aliases) != 0 {
		t.Errorf("aliases: %v", d.Aliases)
	}
	// Undo both accepts: suggested again, and the entity made by the first is gone.
	for range 2 {
		if _, err := svc.History.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if st, eid := spanState(t, ws, olga.SpanID); st != "suggested" || eid != nil {
		t.Errorf("after undo: %s %v", st, eid)
	}
	if n := count(t, ws, "SELECT count(*) FROM entities") + count(t, ws, "SELECT count(*) FROM entity_aliases"); n != 0 {
		t.Errorf("%d entity rows left after undo", n)
	}
	if l := mustList(t, svc, SuggestionFilter{ArticleID: reuters, Type: "person"}); len(l) == 0 {
		t.Error("suggestions not back in the list")
	}
	// Redo brings it back.
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if st, _ := spanState(t, ws, olga.SpanID); st != "accepted" {
		t.Errorf("after redo: %s", st)
	}
	checkWorkspace(t, ws)
}

func TestSuggestAcceptLinksSpellingsAndFeedsGazetteer(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ids := seedIDs(t, ws)
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	all := mustList(t, svc, SuggestionFilter{})
	kimUn := findSuggestion(t, all, ids[seedReuters], "person", "Kim Jong Un")
	kimDash := findSuggestion(t, all, ids[seedNationPres], "person", "Kim Jong-un")
	for _, id := range []int64{kimUn.SpanID, kimDash.SpanID} {
		if _, err := svc.Suggestions.Accept([]int64{id}); err != nil {
			t.Fatal(err)
		}
	}
	_, e1 := spanState(t, ws, kimUn.SpanID)
	_, e2 := spanState(t, ws, kimDash.SpanID)
	if e1 == nil || e2 == nil || *e1 != *e2 {
		t.Fatalf("Kim Jong Un → %v, Kim Jong-un → %v: want one entity", e1, e2)
	}
	if n := count(t, ws, "SELECT count(*) FROM entities WHERE type = 'person'"); n != 1 {
		t.Errorf("%d people", n)
	}

	// An accepted acronym becomes an alias of its organisation.
	kcna := findSuggestion(t, all, 0, "organisation", "KCNA")
	if _, err := svc.Suggestions.Accept([]int64{kcna.SpanID}); err != nil {
		t.Fatal(err)
	}
	orgs, _ := svc.Entities.List("Korean Central", "organisation", 0)
	if len(orgs) != 1 || !hasString(orgs[0].Aliases, "KCNA") {
		t.Fatalf("organisation: %+v", orgs)
	}
	// "the North" for North Korea is only meant within its article: no alias.
	if north := func() *Suggestion {
		for _, s := range all {
			if s.Type == "place" && s.Quote == "North" && s.Rule == "alias" {
				return &s
			}
		}
		return nil
	}(); north != nil {
		if _, err := svc.Suggestions.Accept([]int64{north.SpanID}); err != nil {
			t.Fatal(err)
		}
		places, _ := svc.Entities.List("North Korea", "place", 0)
		if len(places) != 1 || len(places[0].Aliases) != 0 {
			t.Errorf("North Korea: %+v", places)
		}
	}

	// A new article: its mentions link to the entities the analyst accepted.
	o := ws.importText(ws.Context(), "new.txt", []byte("Talks in Pyongyang\n\nKim Jong-un met envoys on Monday, KCNA reported. The Korean Central News Agency gave no details.\n"), "")
	if o.Status != StatusImported {
		t.Fatalf("import: %+v", o)
	}
	if _, err := svc.Suggestions.Run(o.ArticleID); err != nil {
		t.Fatal(err)
	}
	fresh := mustList(t, svc, SuggestionFilter{ArticleID: o.ArticleID})
	if k := findSuggestion(t, fresh, o.ArticleID, "person", "Kim Jong-un"); k.EntityID == nil || *k.EntityID != *e1 || k.IsNewEntity || k.EntityName != "Kim Jong Un" {
		t.Errorf("Kim in the new article: %+v", k)
	}
	if k := findSuggestion(t, fresh, o.ArticleID, "organisation", "KCNA"); k.EntityID == nil || *k.EntityID != orgs[0].ID {
		t.Errorf("KCNA in the new article: %+v", k)
	}
	checkWorkspace(t, ws)
}

func TestSuggestAcceptWhere(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	ids := seedIDs(t, ws)
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	f := SuggestionFilter{Type: "place", MinConfidence: 0.9}
	want := mustList(t, svc, f)
	if len(want) < 5 {
		t.Fatalf("places above 0.9: %d", len(want))
	}
	total := len(mustList(t, svc, SuggestionFilter{}))
	n, err := svc.Suggestions.AcceptWhere(f)
	if err != nil || n != len(want) {
		t.Fatalf("accept where: %d %v; want %d", n, err, len(want))
	}
	if l := mustList(t, svc, f); len(l) != 0 {
		t.Errorf("still listed: %d", len(l))
	}
	if l := mustList(t, svc, SuggestionFilter{}); len(l) != total-n {
		t.Errorf("%d left, want %d", len(l), total-n)
	}
	if hs, _ := svc.History.State(); hs.UndoLabel != fmt.Sprintf("accept all above 0.90 (place) across the workspace (%d)", n) {
		t.Errorf("undo label %q", hs.UndoLabel)
	}
	// All "North Korea" mentions across articles are one place.
	if c := count(t, ws, "SELECT count(*) FROM entities WHERE type = 'place' AND name = 'North Korea'"); c != 1 {
		t.Errorf("%d North Korea entities", c)
	}
	// Per article.
	reuters := ids[seedReuters]
	people := mustList(t, svc, SuggestionFilter{ArticleID: reuters, Type: "person"})
	if m, err := svc.Suggestions.AcceptWhere(SuggestionFilter{ArticleID: reuters, Type: "person"}); err != nil || m != len(people) {
		t.Errorf("people in Reuters: %d %v; want %d", m, err, len(people))
	}
	if hs, _ := svc.History.State(); !strings.Contains(hs.UndoLabel, "(person) in “Russian culture minister") {
		t.Errorf("undo label %q", hs.UndoLabel)
	}
	// Undo the workspace-wide accept (after the per-article one): the places are back.
	svc.History.Undo()
	svc.History.Undo()
	if l := mustList(t, svc, f); len(l) != len(want) {
		t.Errorf("after undo %d places, want %d", len(l), len(want))
	}
	if c := count(t, ws, "SELECT count(*) FROM entities"); c != 0 {
		t.Errorf("%d entities after undo", c)
	}
	if m, err := svc.Suggestions.AcceptWhere(SuggestionFilter{MinConfidence: 1}); err != nil || m != 0 {
		t.Errorf("nothing at confidence 1: %d %v", m, err)
	}
	checkWorkspace(t, ws)
}

func TestSuggestUndoRunRemovesItsSuggestions(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	sum, err := svc.Suggestions.Run(reuters)
	if err != nil || sum.Suggested == 0 {
		t.Fatal(sum, err)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans"); n != 0 {
		t.Errorf("%d spans after undoing the run", n)
	}
	if _, err := svc.History.Redo(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans WHERE state = 'suggested' AND proposed_name <> ''"); n == 0 {
		t.Error("redo lost the proposals")
	}
	checkWorkspace(t, ws)
}

func TestSuggestRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Suggestions.Run(99999); errCode(err) != CodeNotFound {
		t.Errorf("unknown article: %v", err)
	}
	if _, err := svc.Suggestions.Run(-1); errCode(err) != CodeInvalid {
		t.Errorf("negative article: %v", err)
	}
	reuters := seedIDs(t, ws)[seedReuters]
	if _, err := svc.Suggestions.RunForArticles([]int64{reuters, 99999}); errCode(err) != CodeNotFound {
		t.Errorf("unknown article in a list: %v", err)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans"); n != 0 {
		t.Errorf("a refused run stored %d spans", n)
	}
	if sum, err := svc.Suggestions.RunForArticles(nil); err != nil || sum.Articles != 0 {
		t.Errorf("no articles: %+v %v", sum, err)
	}
	for _, f := range []SuggestionFilter{{Type: "thing"}, {MinConfidence: 1.5}, {MinConfidence: -0.1}, {Limit: -1}} {
		if _, err := svc.Suggestions.List(f); errCode(err) != CodeInvalid {
			t.Errorf("List(%+v): %v", f, err)
		}
	}
	if _, err := svc.Suggestions.List(SuggestionFilter{ArticleID: 99999}); errCode(err) != CodeNotFound {
		t.Errorf("List of an unknown article: %v", err)
	}
	if _, err := svc.Suggestions.AcceptWhere(SuggestionFilter{Type: "thing"}); errCode(err) != CodeInvalid {
		t.Errorf("AcceptWhere bad type: %v", err)
	}
	if _, err := svc.Suggestions.Accept(nil); errCode(err) != CodeInvalid {
		t.Errorf("accept nothing: %v", err)
	}
	if _, err := svc.Suggestions.Reject([]int64{99999}); errCode(err) != CodeNotFound {
		t.Errorf("reject unknown: %v", err)
	}
	// The analyst's own marks are not suggestions.
	a, _ := svc.Articles.Get(reuters)
	start := int64(strings.Index(a.Body, "Pyongyang"))
	start = int64(len([]rune(a.Body[:start])))
	own, err := svc.Spans.Create(SpanInput{ArticleID: reuters, Kind: "entity", EntityType: "place", Start: start, End: start + 9, Quote: "Pyongyang"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Suggestions.Reject([]int64{own.ID}); errCode(err) != CodeInvalid {
		t.Errorf("reject the analyst's mark: %v", err)
	}
	// ... and a run does not propose what the analyst marked.
	if _, err := svc.Suggestions.Run(reuters); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans WHERE article_id = ? AND start_cp = ? AND end_cp = ?", reuters, start, start+9); n != 1 {
		t.Errorf("%d spans on the analyst's Pyongyang", n)
	}
	// A failed accept (one bad id) changes nothing.
	list := mustList(t, svc, SuggestionFilter{ArticleID: reuters})
	if _, err := svc.Suggestions.Accept([]int64{list[0].SpanID, 99999}); errCode(err) != CodeNotFound {
		t.Errorf("accept with an unknown id: %v", err)
	}
	if st, _ := spanState(t, ws, list[0].SpanID); st != "suggested" {
		t.Errorf("half an accept happened: %s", st)
	}
}

func TestSuggestCancel(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	if svc.Suggestions.Cancel() {
		t.Error("Cancel reported a run when none was going")
	}
	rec := &sugEvents{}
	rec.onProgress = func(p Progress) {
		if p.Done == 2 && !svc.Suggestions.Cancel() {
			t.Error("Cancel found no run")
		}
	}
	ws.Events = rec
	sum, err := svc.Suggestions.Run(0)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Cancelled || sum.Articles != 2 || len(sum.Items) != 2 {
		t.Fatalf("cancelled run: %+v", sum)
	}
	if n := count(t, ws, "SELECT count(DISTINCT article_id) FROM spans"); n != 2 {
		t.Errorf("suggestions in %d articles, want 2", n)
	}
	// The rest can be done later.
	ws.Events = NoEvents{}
	rest, err := svc.Suggestions.Run(0)
	if err != nil || rest.Cancelled || rest.Articles != 5 {
		t.Fatalf("rest: %+v %v", rest, err)
	}
	if n := count(t, ws, "SELECT count(DISTINCT article_id) FROM spans"); n != 5 {
		t.Errorf("suggestions in %d articles, want 5", n)
	}
}

// Spans written before schema v3 have no proposal columns in their audit images;
// undoing their deletion must still restore them.
func TestSuggestColumnsRestoreFromOldImages(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	reuters := seedIDs(t, ws)[seedReuters]
	old := fmt.Sprintf(`{"id":500,"article_id":%d,"kind":"note","entity_type":null,"entity_id":null,"start_cp":0,"end_cp":3,"quote":"SEO","prefix":"","suffix":"","anchor_status":"exact","state":"accepted","origin":"analyst","confidence":1.0,"note":"n","annotator":"a","created_at":"x","updated_at":"x"}`, reuters)
	if err := ws.DB().Q.RestoreSpans(ws.Context(), old); err != nil {
		t.Fatal(err)
	}
	if err := ws.DB().Q.RevertSpans(ws.Context(), old); err != nil {
		t.Fatal(err)
	}
	var p, n, h, s string
	if err := ws.DB().QueryRow("SELECT proposed_name, normalized, hedge, speaker_name FROM spans WHERE id = 500").Scan(&p, &n, &h, &s); err != nil || p+n+h+s != "" {
		t.Errorf("%q %q %q %q %v", p, n, h, s, err)
	}
}

// The gold standard through the service: run on the whole workspace and score what the
// review list holds against the hand-marked mentions (lenient: overlap, same type).
func TestSuggestGoldThroughService(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	raw, err := os.ReadFile("suggest/testdata/seed-entities.gold.json")
	if err != nil {
		t.Skip("no gold file:", err)
	}
	var gold struct {
		Documents map[string][]struct {
			Type       string `json:"type"`
			Start, End int
			Text       string `json:"text"`
			Canon      string `json:"canon"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{"PERSON": "person", "ORG": "organisation", "PLACE": "place", "DATE": "date", "NUMBER": "number", "QUOTE": "quote"}
	ids := seedIDs(t, ws)
	type tally struct{ tp, fp, fn int }
	per := map[string]*tally{}
	get := func(typ string) *tally {
		if per[typ] == nil {
			per[typ] = &tally{}
		}
		return per[typ]
	}
	counts := map[string]int{}
	type pair struct {
		canon  string
		spanID int64
	}
	var matched []pair // named mentions found, for alias clustering
	for _, s := range mustList(t, svc, SuggestionFilter{}) {
		counts[s.Type]++
	}
	docs := make([]string, 0, len(gold.Documents))
	for d := range gold.Documents {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	for _, doc := range docs {
		id, ok := ids["seeds/"+doc]
		if !ok {
			t.Fatalf("seed %s not in the workspace", doc)
		}
		file, err := seedsFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		// Gold offsets count over the whole file; the stored body starts after the title.
		off := ingest.ParsePlainText(ingest.Normalize(string(file))).BodyOffset
		art, err := svc.Articles.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		body := []rune(art.Body)
		pred := mustList(t, svc, SuggestionFilter{ArticleID: id})
		used := make([]bool, len(pred))
		for _, g := range gold.Documents[doc] {
			s, e := g.Start-off, g.End-off
			if s < 0 {
				continue // in the title line, which is not part of the body
			}
			if e > len(body) || string(body[s:e]) != g.Text {
				t.Fatalf("%s: gold %q does not map onto the body at %d–%d", doc, g.Text, s, e)
			}
			typ := types[g.Type]
			best, bestOv := -1, 0
			for i, p := range pred {
				if used[i] || p.Type != typ {
					continue
				}
				if ov := min(e, int(p.End)) - max(s, int(p.Start)); ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if best >= 0 {
				used[best] = true
				get(typ).tp++
				if g.Canon != "" && nameTypes[typ] {
					matched = append(matched, pair{g.Canon, pred[best].SpanID})
				}
			} else {
				get(typ).fn++
			}
		}
		for i, p := range pred {
			if !used[i] {
				get(p.Type).fp++
			}
		}
	}
	var all tally
	typs := make([]string, 0, len(per))
	for typ := range per {
		typs = append(typs, typ)
	}
	sort.Strings(typs)
	for _, typ := range typs {
		c := per[typ]
		all.tp, all.fp, all.fn = all.tp+c.tp, all.fp+c.fp, all.fn+c.fn
		t.Logf("%-12s accept-able %3d  wrong %3d  missed %3d  P %.2f R %.2f  (workspace: %d suggested)",
			typ, c.tp, c.fp, c.fn, ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn), counts[typ])
	}
	p, r := ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn)
	t.Logf("overall      accept-able %3d  wrong %3d  missed %3d  P %.2f R %.2f", all.tp, all.fp, all.fn, p, r)
	if p < 0.85 || r < 0.80 {
		t.Errorf("through the service: precision %.2f recall %.2f (the suggester alone must reach 0.90/0.85)", p, r)
	}

	// Accept everything, then score how the mentions cluster into entities (pairwise,
	// across articles): the same real-world entity should be one entity.
	if _, err := svc.Suggestions.AcceptWhere(SuggestionFilter{}); err != nil {
		t.Fatal(err)
	}
	entity := make([]int64, len(matched))
	for i, m := range matched {
		_, eid := spanState(t, ws, m.spanID)
		if eid == nil {
			t.Fatalf("accepted span %d has no entity", m.spanID)
		}
		entity[i] = *eid
	}
	var both, sameGold, sameEnt int
	for i := range matched {
		for j := i + 1; j < len(matched); j++ {
			g, e := matched[i].canon == matched[j].canon, entity[i] == entity[j]
			if g {
				sameGold++
			}
			if e {
				sameEnt++
			}
			if g && e {
				both++
			}
		}
	}
	cp, cr := ratio(both, sameEnt), ratio(both, sameGold)
	t.Logf("alias clustering after accepting all (%d named mentions): P %.2f R %.2f F %.2f; %d entities",
		len(matched), cp, cr, 2*cp*cr/max(cp+cr, 1e-9), count(t, ws, "SELECT count(*) FROM entities WHERE type IN ('person', 'organisation', 'place')"))
	if cp < 0.9 || cr < 0.9 {
		t.Errorf("alias clustering through the service: P %.2f R %.2f", cp, cr)
	}
	checkWorkspace(t, ws)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// BenchmarkRunSuggestions runs the suggestion service over ~400-word articles made from
// the seed texts, DB writes and audit log included, and reports articles per second.
func BenchmarkRunSuggestions(b *testing.B) {
	ws, svc := MustOpenWorkspace(b, true)
	var words []string
	for _, name := range []string{"000_b3b08793afee1b92.txt", "001_e444e9a1ed229513.txt", "002_ce3785d345ddf9d0.txt", "003_894f7f2f22c13c32.txt", "004_4a9b0e748a88a5c0.txt"} {
		raw, err := seedsFile(name)
		if err != nil {
			b.Fatal(err)
		}
		words = append(words, strings.Fields(ingest.ParsePlainText(ingest.Normalize(string(raw))).Body)...)
	}
	var ids []int64
	for done := 0; done < b.N; {
		var files []ImportFile
		for i := 0; i < 100 && done+i < b.N; i++ {
			k := (done + i) * 37 % (len(words) - 400)
			text := fmt.Sprintf("Article %d\n\nSEOUL, June 30 (Reuters) - %s (%d)\n", done+i, strings.Join(words[k:k+400], " "), done+i)
			files = append(files, ImportFile{Name: fmt.Sprintf("a%07d.txt", done+i), Content: base64.StdEncoding.EncodeToString([]byte(text))})
		}
		sum, err := svc.Import.ImportFiles(files, ImportOptions{})
		if err != nil || sum.Imported != len(files) {
			b.Fatalf("%+v %v", sum, err)
		}
		for _, it := range sum.Items {
			ids = append(ids, it.ArticleID)
		}
		done += len(files)
	}
	svc.Suggestions.eng().Suggest(suggestDocWarmup) // build the gazetteer outside the timer
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	sum, err := svc.Suggestions.RunForArticles(ids)
	if err != nil || sum.Articles != b.N {
		b.Fatalf("%+v %v", sum.Articles, err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s") // steadier on a busy machine
	}
	b.ReportMetric(float64(sum.Suggested)/float64(b.N), "suggestions/article")
	_ = ws
}

// Two runs at once (an import's background run and the button) are serialised: nothing
// is stored twice.
func TestSuggestConcurrentRuns(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	var wg sync.WaitGroup
	sums := make([]RunSummary, 2)
	errs := make([]error, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i], errs[i] = svc.Suggestions.Run(0)
		}()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatal(errs)
	}
	total := sums[0].Suggested + sums[1].Suggested
	if total == 0 || (sums[0].Suggested != 0 && sums[1].Suggested != 0) {
		t.Errorf("runs: %+v / %+v", sums[0], sums[1])
	}
	if n := count(t, ws, "SELECT count(*) FROM (SELECT 1 FROM spans GROUP BY article_id, start_cp, end_cp, entity_type HAVING count(*) > 1)"); n != 0 {
		t.Errorf("%d duplicated suggestions", n)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans"); n != total {
		t.Errorf("%d spans, runs stored %d", n, total)
	}
}

// Counts agrees with List for each article and confidence filter, per type.
func TestSuggestionCountsMatchList(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	var first int64
	for _, id := range seedIDs(t, ws) {
		first = id
		break
	}
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	for _, f := range []SuggestionFilter{{}, {MinConfidence: 0.8}, {ArticleID: first}, {Type: "person", Limit: 3}} {
		want := map[string]int64{}
		for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: f.ArticleID, MinConfidence: f.MinConfidence}) {
			want[s.Type]++
		}
		got, err := svc.Suggestions.Counts(f)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%+v: counts %v, list %v", f, got, want)
		}
	}
	if _, err := svc.Suggestions.Counts(SuggestionFilter{MinConfidence: 2}); errCode(err) != CodeInvalid {
		t.Errorf("confidence 2: %v", err)
	}
}
