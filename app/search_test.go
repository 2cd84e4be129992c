package app

import (
	"strings"
	"testing"
)

// insertClaim is a test fixture: a claim written with direct SQL, so search tests do not
// depend on ClaimService.
func insertClaim(t *testing.T, ws *Workspace, statement, note string) int64 {
	t.Helper()
	res, err := ws.DB().Exec("INSERT INTO claims (statement, note, created_at, updated_at) VALUES (?, ?, ?, ?)",
		statement, note, ws.now(), ws.now())
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	return id
}

// insertClaimMention is a test fixture: a claim-mention span over [start, end) of body.
func insertClaimMention(t *testing.T, ws *Workspace, claimID, articleID, start, end int64, body string) int64 {
	t.Helper()
	quote := string([]rune(body)[start:end])
	res, err := ws.DB().Exec(`INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, created_at, updated_at)
		VALUES (?, 'claim', ?, ?, ?, ?, ?)`, articleID, start, end, quote, ws.now(), ws.now())
	if err != nil {
		t.Fatal(err)
	}
	spanID, _ := res.LastInsertId()
	if _, err := ws.DB().Exec("INSERT INTO claim_mentions (span_id, claim_id) VALUES (?, ?)", spanID, claimID); err != nil {
		t.Fatal(err)
	}
	return spanID
}

func TestSearchArticlesOffsets(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	hits, err := svc.Search.Search("Lyubimova", 50)
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, h := range hits {
		if h.Kind != "article" {
			t.Fatalf("only articles expected on fresh seeds: %+v", h)
		}
		articles++
		if h.ArticleID == nil || *h.ArticleID != h.ID || h.ClaimID != nil || h.Title == "" {
			t.Fatalf("hit: %+v", h)
		}
		if !strings.Contains(h.Snippet, marked("Lyubimova")) || strings.ContainsAny(h.Snippet, "<>") {
			t.Fatalf("snippet: %q", h.Snippet)
		}
		a, err := svc.Articles.Get(h.ID)
		if err != nil {
			t.Fatal(err)
		}
		if h.Start == nil || h.End == nil {
			t.Fatalf("no offsets: %+v", h)
		}
		body := []rune(a.Body)
		got := string(body[*h.Start:*h.End])
		if !strings.EqualFold(got, "Lyubimova") {
			t.Fatalf("article %d: body[%d:%d] = %q", h.ID, *h.Start, *h.End, got)
		}
		// It is the first match in the body.
		if first := strings.Index(strings.ToLower(a.Body), "lyubimova"); int64(len([]rune(a.Body[:first]))) != *h.Start {
			t.Fatalf("article %d: not the first match: %d", h.ID, *h.Start)
		}
	}
	if articles != 4 {
		t.Fatalf("Lyubimova is in 4 seed articles; got %d hits", articles)
	}

	// Prefix of the last word, case and diacritics folded.
	hits, err = svc.Search.Search("LYUBIMOVÁ", 50)
	if err != nil || len(hits) != 4 {
		t.Fatalf("folded: %d %v", len(hits), err)
	}
	hits, err = svc.Search.Search("culture lyubim", 50)
	if err != nil || len(hits) == 0 {
		t.Fatalf("prefix: %d %v", len(hits), err)
	}
	for _, h := range hits {
		if h.Start != nil {
			a, _ := svc.Articles.Get(h.ID)
			got := strings.ToLower(string([]rune(a.Body)[*h.Start:*h.End]))
			if got != "culture" && !strings.HasPrefix(got, "lyubim") {
				t.Fatalf("match %q", got)
			}
		}
	}
	// Offsets count code points, not bytes: a match after non-ASCII text.
	for _, q := range []string{"Pyongyang", "Kim"} {
		hits, _ := svc.Search.Search(q, 10)
		for _, h := range hits {
			if h.Start == nil {
				continue
			}
			a, _ := svc.Articles.Get(h.ID)
			if got := string([]rune(a.Body)[*h.Start:*h.End]); !strings.HasPrefix(strings.ToLower(got), strings.ToLower(q)) {
				t.Fatalf("%s in article %d: %q", q, h.ID, got)
			}
		}
	}
}

func TestSearchUserSyntaxIsText(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	for _, q := range []string{`"unbalanced ( AND`, `NOT`, `a OR`, `*`, `"`, `()`, `title:Kim`, `NEAR(kim un`, `kim - -`, `^kim`, `'`, "   ", ""} {
		hits, err := svc.Search.Search(q, 20)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if hits == nil {
			t.Fatalf("%q: nil, want []", q)
		}
	}
	// Operators are searched for as words: "Kim AND Un" needs the word "and" too.
	hits, err := svc.Search.Search(`(Kim) "Jong`, 20)
	if err != nil || len(hits) == 0 {
		t.Fatalf("punctuation around words: %d %v", len(hits), err)
	}
}

func TestSearchRawSyntax(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	hits, err := svc.Search.Search(`fts: "culture minister" OR Lyubimova`, 20)
	if err != nil || len(hits) == 0 {
		t.Fatalf("raw: %d %v", len(hits), err)
	}
	_, err = svc.Search.Search(`fts: "unbalanced ( AND`, 20)
	wantCode(t, err, CodeInvalid, "Hint")
}

func TestSearchClaimsAndNotes(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	claimID := insertClaim(t, ws, "Russia sent around 11,000 troops", "figures differ between Reuters and Yonhap")
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	note, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: "check her earlier troopship remarks"})
	if err != nil {
		t.Fatal(err)
	}

	hits, err := svc.Search.Search("troop", 20)
	if err != nil {
		t.Fatal(err)
	}
	var claim, noteHit *SearchHit
	kinds := []string{}
	for i := range hits {
		h := &hits[i]
		kinds = append(kinds, h.Kind)
		switch h.Kind {
		case "claim":
			claim = h
		case "note":
			noteHit = h
		}
	}
	if claim == nil || claim.ID != claimID || claim.ClaimID == nil || *claim.ClaimID != claimID || claim.ArticleID != nil ||
		claim.Start != nil || claim.Title != "Russia sent around 11,000 troops" || !strings.Contains(claim.Snippet, marked("troops")) {
		t.Fatalf("claim hit: %+v", claim)
	}
	if noteHit == nil || noteHit.ID != note.ID || *noteHit.ArticleID != a.ID || *noteHit.Start != s || *noteHit.End != e ||
		noteHit.Title != a.Title || !strings.Contains(noteHit.Snippet, marked("troopship")) {
		t.Fatalf("note hit: %+v", noteHit)
	}
	// Grouped by kind: articles, then claims, then notes.
	order := strings.Join(kinds, ",")
	if i, j := strings.Index(order, "claim"), strings.LastIndex(order, "article"); j > i && j >= 0 {
		t.Fatalf("order: %s", order)
	}
	if !strings.HasSuffix(order, "note") {
		t.Fatalf("order: %s", order)
	}

	// The claim's note is searched too.
	if hits, _ := svc.Search.Search("figures differ", 20); len(hits) == 0 || hits[len(hits)-1].Kind != "claim" {
		t.Fatalf("claim note: %+v", hits)
	}
	// Indexes follow edits and deletions, and undo.
	newNote := "nothing about ships"
	if _, err := svc.Spans.Update(note.ID, SpanPatch{Note: &newNote}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := svc.Search.Search("troopship", 20); len(hits) != 0 {
		t.Fatalf("old note still found: %+v", hits)
	}
	if hits, _ := svc.Search.Search("ships", 20); len(hits) != 1 || hits[0].Kind != "note" {
		t.Fatalf("new note: %+v", hits)
	}
	if _, err := svc.History.Undo(); err != nil {
		t.Fatal(err)
	}
	if hits, _ := svc.Search.Search("troopship", 20); len(hits) != 1 {
		t.Fatalf("note after undo: %+v", hits)
	}
	if err := svc.Spans.Delete(note.ID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := svc.Search.Search("troopship", 20); len(hits) != 0 {
		t.Fatalf("deleted note found: %+v", hits)
	}
	if _, err := ws.DB().Exec("UPDATE claims SET statement = 'Russia sent conscripts' WHERE id = ?", claimID); err != nil {
		t.Fatal(err)
	}
	if hits, _ := svc.Search.Search("conscripts", 20); len(hits) != 1 || hits[0].Kind != "claim" {
		t.Fatalf("updated claim: %+v", hits)
	}
	// The indexes stay consistent with their tables.
	for _, q := range []string{
		"INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)",
		"INSERT INTO span_notes_fts (span_notes_fts, rank) VALUES ('integrity-check', 1)",
	} {
		if _, err := ws.DB().Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	for _, n := range []int{0, -1, 201} {
		_, err := svc.Search.Search("Kim", n)
		wantCode(t, err, CodeInvalid, "limit")
	}
	for i := 0; i < 3; i++ {
		insertClaim(t, ws, "Kim met Lyubimova", "")
	}
	all, err := svc.Search.Search("Lyubimova", 200)
	if err != nil || len(all) != 7 {
		t.Fatalf("all: %d %v", len(all), err)
	}
	// A limit smaller than the hits keeps a share for each kind.
	two, err := svc.Search.Search("Lyubimova", 2)
	if err != nil || len(two) != 2 || two[0].Kind != "article" || two[1].Kind != "claim" {
		t.Fatalf("limit 2: %+v %v", two, err)
	}
}

func TestFTSQueryAndShares(t *testing.T) {
	for in, want := range map[string]string{
		"Lyubimova":            `"Lyubimova"*`,
		`culture "min`:         `"culture"* "min"*`,
		`"unbalanced ( AND`:    `"unbalanced AND"*`, // an unfinished phrase, typed so far
		`"troupe dance"`:       `"troupe dance"`,
		`“dance troupe” Gzhel`: `"dance troupe" "Gzhel"*`,
		`lyubim* culture`:      `"lyubim"* "culture"*`,
		`"a" "b"`:              `"a" "b"`,
		"Kim Jong-un":          `"Kim" "Jong"* "un"*`,
		"11,000 troops":        `"11" "000" "troop"*`,
		// a word's English forms (search_forms.go); words in quotes stay as typed
		"Pelgran warning":   `"Pelgran"* "warn"*`,
		"denied planned":    `("deni"* OR "deny"*) AND "plan"*`,
		"passed says":       `"pass"* "say"*`,
		`"warning" signs`:   `"warning" "sign"*`,
		"was warned":        `"was" "warn"*`,
		"  ":                "",
		`"()*`:              "",
		"Lyubimová Пхеньян": `"Lyubimová" "Пхеньян"*`,
		// ratk15: a word typed again adds nothing to an AND but a term FTS5 evaluates
		// (a pasted 20,000 repeated words took minutes); it is written once
		"deny deny denies troops troops": `("deny"* OR "deni"*) AND ("deni"* OR "deny"*) AND "troop"*`,
		`"a b" "a b" x`:                  `"a b" "x"*`,
	} {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %s; want %s", in, got, want)
		}
	}
	if got := fairShares(5, 10, 1, 10); got[0] != 2 || got[1] != 1 || got[2] != 2 {
		t.Errorf("shares: %v", got)
	}
	if got := fairShares(10, 3, 0, 0); got[0] != 3 {
		t.Errorf("shares: %v", got)
	}
	if s, e, ok := firstMark("𝓚é x \uFDD0Kim\uFDD1 \uFDD0Kim\uFDD1"); !ok || s != 5 || e != 8 {
		t.Errorf("firstMark: %d %d %v", s, e, ok)
	}
	if _, _, ok := firstMark("no marks"); ok {
		t.Errorf("firstMark without marks")
	}
}

// Quotes make a phrase: the words in that order, next to each other.
func TestSearchPhraseInQuotes(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	hits := func(q string) int {
		t.Helper()
		h, err := svc.Search.Search(q, 50)
		if err != nil {
			t.Fatal(err)
		}
		return len(h)
	}
	if n := hits(`"dance troupe"`); n == 0 {
		t.Error(`"dance troupe" (in the Reuters sample) found nothing`)
	}
	if n := hits(`"troupe dance"`); n != 0 {
		t.Errorf(`"troupe dance" found %d hits; the words in that order are in no article`, n)
	}
	if n := hits(`troupe dance`); n == 0 {
		t.Error("the words without quotes, in any order, found nothing")
	}
}
