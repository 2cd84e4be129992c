package app

import (
	"strings"
	"testing"
)

// A date that frames a figure ("Its March reading was 12.6 per cent") leaves the figure to be
// compared too, and a change of a rate in basis points is one in percentage points.
// Sentences written for this test, on a real workspace file; no raw value is typed, as when
// a mention is accepted from a match proposal.
func TestConflictsReadFiguresFramedByADate(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	text := "Prices Ease in Valdoria\n\nApril 20, 2026\n\n" +
		"Consumer inflation eased to 9.8 per cent in March, the statistics office said.\n\n" +
		"A private survey disagrees: its March reading was 12.6 per cent.\n\n" +
		"In March, consumer prices rose 9.8 per cent on a year earlier.\n\n" +
		"The bank raised its rate by 75 basis points on Tuesday.\n\n" +
		"On Tuesday the bank lifted its rate by 0.75 percentage points to 11.5 per cent.\n\n" +
		"On Tuesday the bank lifted its rate by 1.25 percentage points.\n"
	out := ws.importText(ws.Context(), "prices.txt", []byte(text), "")
	if out.Status != StatusImported {
		t.Fatalf("import: %+v", out)
	}
	a, _ := svc.Articles.Get(out.ArticleID)
	mark := func(sentence string, claimID *int64) ClaimDetail {
		t.Helper()
		i := strings.Index(a.Body, sentence)
		start := int64(len([]rune(a.Body[:i])))
		d, err := svc.Claims.AddMention(MentionInput{ClaimID: claimID, ArticleID: a.ID,
			Start: start, End: start + int64(len([]rune(sentence))), Quote: sentence})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	conflictsOf := func(claimID int64) []string {
		t.Helper()
		cs, err := svc.Conflicts.ForClaim(claimID)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			if c.Kind == "figure" { // a "unit" conflict (11.5 per cent against 1.25 points) is no contradiction
				out = append(out, c.A.Quote[:12]+" / "+c.B.Quote[:12])
			}
		}
		return out
	}
	infl := mark("Consumer inflation eased to 9.8 per cent in March, the statistics office said.", nil)
	mark("In March, consumer prices rose 9.8 per cent on a year earlier.", &infl.ID)
	if got := conflictsOf(infl.ID); len(got) != 0 {
		t.Fatalf("9.8 per cent in March, twice: %v", got)
	}
	mark("A private survey disagrees: its March reading was 12.6 per cent.", &infl.ID)
	if got := conflictsOf(infl.ID); len(got) != 2 {
		t.Fatalf("12.6 against 9.8 per cent, both for March: want two figure conflicts, got %v", got)
	}
	rate := mark("The bank raised its rate by 75 basis points on Tuesday.", nil)
	mark("On Tuesday the bank lifted its rate by 0.75 percentage points to 11.5 per cent.", &rate.ID)
	if got := conflictsOf(rate.ID); len(got) != 0 {
		t.Fatalf("75 basis points against 0.75 percentage points (and the new rate): %v", got)
	}
	mark("On Tuesday the bank lifted its rate by 1.25 percentage points.", &rate.ID)
	if got := conflictsOf(rate.ID); len(got) != 2 {
		t.Fatalf("1.25 percentage points against 75 basis points and 0.75 points: want two conflicts, got %v", got)
	}
}
