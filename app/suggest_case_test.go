package app

import "testing"

// A name the suggester read from a dateline or headline in capitals is proposed, and
// made on Accept, in the case the article writes it elsewhere, or in title case when it
// never does; a name the article writes in capitals in its sentences keeps them. The
// entity is found again from a mention written either way. Own words, invented places.
func TestNameFromCapitalsTakesTheArticlesCase(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	cases := []struct{ file, text, quote, want string }{
		{"written.txt", "Ferry service resumes\n\nVARNHOLM, March 3, 2026 (Coastline Press) — The ferry to the islands ran again on Tuesday. Families in Varnholm said the delay had cost them a week of work.\n", "VARNHOLM", "Varnholm"},
		{"never.txt", "Bridge reopens\n\nSTEDDINGEN, March 4, 2026 (Coastline Press) — The old bridge over the river reopened on Wednesday after two months of repairs.\n", "STEDDINGEN", "Steddingen"},
	}
	for _, c := range cases {
		id := importText(t, svc, c.file, c.text)
		if _, err := svc.Suggestions.Run(id); err != nil {
			t.Fatal(err)
		}
		var sg Suggestion
		for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
			if s.Quote == c.quote {
				sg = s
			}
		}
		if sg.SpanID == 0 {
			t.Fatalf("%s: no suggestion of %q", c.file, c.quote)
		}
		if sg.EntityName != c.want {
			t.Errorf("%s: %q proposed as %q, want %q", c.file, c.quote, sg.EntityName, c.want)
		}
		if _, err := svc.Suggestions.Accept([]int64{sg.SpanID}); err != nil {
			t.Fatal(err)
		}
		if sp, err := svc.Spans.Get(sg.SpanID); err != nil || sp.EntityName != c.want {
			t.Errorf("%s: accepted %q made entity %q (%v), want %q", c.file, c.quote, sp.EntityName, err, c.want)
		}
	}
	// A later mention written in mixed case links to the entity the capitals made.
	later := importText(t, svc, "later.txt", "Harbour works\n\nWork on the harbour wall in Varnholm began on Friday, the council said.\n")
	if _, err := svc.Suggestions.Run(later); err != nil {
		t.Fatal(err)
	}
	linked := false
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: later}) {
		linked = linked || s.Quote == "Varnholm" && s.EntityID != nil && s.EntityName == "Varnholm"
	}
	if !linked {
		t.Errorf("no later Varnholm linked to the entity: %+v", mustList(t, svc, SuggestionFilter{ArticleID: later}))
	}
	checkWorkspace(t, ws)
}

func TestCaseAsWritten(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"VARNHOLM, March 3 (Coastline Press) — Families in Varnholm waited.", "VARNHOLM", "Varnholm"},
		{"STEDDINGEN, March 4, 2026 (Coastline Press) — The bridge reopened.", "STEDDINGEN", "Steddingen"},
		{"NEW HARLOW — Rain fell on New Harlow all day.", "NEW HARLOW", "New Harlow"},
		// an acronym the article writes in capitals in its sentences keeps them
		{"Talks stalled, the union said.\n\nNORDA said the NORDA board would meet.", "NORDA", "NORDA"},
		// a name in capitals in a sentence, never elsewhere: as written
		{"The agency ARKON said talks stalled.", "ARKON", "ARKON"},
		// a headline in capitals
		{"STORMS HIT KELLSBY HARBOUR\n\nBoats were lost on Sunday.", "KELLSBY", "Kellsby"},
		{"Mixed Case Name stays", "Mixed", "Mixed"},
		// a word of capitals that reads as initials (three letters at most, or no vowel)
		// the article never writes otherwise: an acronym, not a name to title-case
		{"EU LEADERS AGREE FLOOD FUND\n\nEuropean Union leaders met in Brussels.", "EU", "EU"},
		{"NHS STAFF STRIKE\n\nNurses walked out on Monday.", "NHS", "NHS"},
		{"ODRA FLOODS\n\nThe river rose.", "ODRA", "Odra"},
		// a name that opens with a mark is searched for, not looked up by its first word
		{"«KELLSBY» FLOODED\n\nRain fell on «Kellsby» all week.", "«KELLSBY»", "«Kellsby»"},
		// a name the headline repeats: its other places in capitals tell nothing
		{"KELLSBY MOURNS KELLSBY FISHERMEN\n\nBoats were lost.", "KELLSBY", "Kellsby"},
	} {
		at := []rune(c.text)
		start := -1
		for i := range at {
			if string(at[i:min(len(at), i+len([]rune(c.name)))]) == c.name {
				start = i
				break
			}
		}
		if got := caseAsWritten(c.text, start, start+len([]rune(c.name)), c.name); got != c.want {
			t.Errorf("%q in %q: %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// The analyst's own paths make the same name: a mention marked by hand on the dateline,
// and an accepted suggestion retyped (organisation to place, as the walkthrough did).
func TestNameFromCapitalsByHandAndRetyped(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "hand.txt", "Ferry service resumes\n\nVARNHOLM, March 3, 2026 (Coastline Press) — The ferry ran again. Families in Varnholm said so.\n")
	var start int64
	if err := ws.DB().QueryRow("SELECT instr(body, 'VARNHOLM') - 1 FROM articles WHERE id = ?", id).Scan(&start); err != nil || start < 0 {
		t.Fatal(start, err)
	}
	sp, err := svc.Spans.Create(SpanInput{ArticleID: id, Kind: "entity", EntityType: "organisation", Start: start, End: start + 8, Quote: "VARNHOLM"})
	if err != nil {
		t.Fatal(err)
	}
	if sp.EntityName != "Varnholm" {
		t.Errorf("marked by hand: entity %q, want Varnholm", sp.EntityName)
	}
	place := "place"
	up, err := svc.Spans.Update(sp.ID, SpanPatch{EntityType: &place})
	if err != nil {
		t.Fatal(err)
	}
	if up.EntityName != "Varnholm" || up.EntityType != "place" {
		t.Errorf("retyped: %s %q, want place Varnholm", up.EntityType, up.EntityName)
	}
}

// Initials in a headline (here a crosshead) in capitals that the article never writes otherwise are what
// the analyst marked: an organisation marked by hand on "EU" is named "EU", not "Eu"
// (the capitals rule title-cased every name it found nowhere else). Own words.
func TestInitialsFromAHeadlineKeepTheirCapitals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := importText(t, svc, "eu.txt", "Flood fund agreed\n\nLeaders agreed on Monday to help the flooded valleys.\n\nEU PLEDGES MORE\n\nThe European Union will add to the fund next year.\n")
	var start int64
	if err := ws.DB().QueryRow("SELECT instr(body, 'EU PLEDGES') - 1 FROM articles WHERE id = ?", id).Scan(&start); err != nil || start < 0 {
		t.Fatal(start, err)
	}
	sp, err := svc.Spans.Create(SpanInput{ArticleID: id, Kind: "entity", EntityType: "organisation", Start: start, End: start + 2, Quote: "EU"})
	if err != nil {
		t.Fatal(err)
	}
	if sp.EntityName != "EU" {
		t.Errorf("marked by hand on the headline: entity %q, want EU", sp.EntityName)
	}
	checkWorkspace(t, ws)
}
