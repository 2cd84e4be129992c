package app

import (
	"fmt"
	"testing"
)

// knownRuleFor reports whether an article has a suggestion of quote made by the "known"
// rule (an entity or alias of the workspace found by name).
func knownRuleFor(t *testing.T, svc *Services, articleID int64, quote string) bool {
	t.Helper()
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: articleID}) {
		if s.Quote == quote && s.Rule == "known" {
			return true
		}
	}
	return false
}

// The analyst accepts "Bitcoin" as a person, then takes it back by rejecting every
// mention. The entity the acceptance made is still there (it may carry notes), but with
// no mention left standing it must not go on proposing "Bitcoin" in every new article as
// a name the analyst accepted.
func TestRejectingEveryMentionStopsTheKnownName(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	var bitcoin []int64
	for i := 1; i <= 2; i++ {
		id := importText(t, svc, fmt.Sprintf("m%d.txt", i), marketStory(i))
		if _, err := svc.Suggestions.Run(id); err != nil {
			t.Fatal(err)
		}
		for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
			if s.Quote == "Bitcoin" {
				bitcoin = append(bitcoin, s.SpanID)
			}
		}
		if len(bitcoin) == 0 {
			t.Fatal("the shipped tagger does not propose Bitcoin: pick another word for this test")
		}
		if _, err := svc.Suggestions.Accept(bitcoin); err != nil {
			t.Fatal(err)
		}
	}
	probe := importText(t, svc, "probe.txt", marketStory(3))
	if _, err := svc.Suggestions.Run(probe); err != nil {
		t.Fatal(err)
	}
	if !knownRuleFor(t, svc, probe, "Bitcoin") {
		t.Fatal("Bitcoin, accepted twice, is not proposed as a known name")
	}
	// Taken back: every mention rejected, the probe's suggestion too.
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: probe}) {
		if s.Quote == "Bitcoin" {
			bitcoin = append(bitcoin, s.SpanID)
		}
	}
	if _, err := svc.Suggestions.Reject(bitcoin); err != nil {
		t.Fatal(err)
	}
	after := importText(t, svc, "after.txt", marketStory(4))
	if _, err := svc.Suggestions.Run(after); err != nil {
		t.Fatal(err)
	}
	if knownRuleFor(t, svc, after, "Bitcoin") {
		t.Error("Bitcoin is still proposed as a name the analyst accepted, after the analyst rejected every mention of it")
	}
	// Accepting one mention again makes it known again.
	if _, err := svc.Suggestions.Accept(bitcoin[:1]); err != nil {
		t.Fatal(err)
	}
	again := importText(t, svc, "again.txt", marketStory(5))
	if _, err := svc.Suggestions.Run(again); err != nil {
		t.Fatal(err)
	}
	if !knownRuleFor(t, svc, again, "Bitcoin") {
		t.Error("Bitcoin accepted again is not proposed as a known name")
	}
	checkWorkspace(t, ws)
}
