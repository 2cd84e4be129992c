package app

import (
	"reflect"
	"testing"
)

// The confirmation is a preview; the analyst reads it, and only then confirms. Meanwhile
// another window marks a new claim in the article. The removal must not take more than the
// confirmation named (it took the new claim, which the confirmation never mentioned): it
// is refused in words, with nothing removed; confirmed again after reading the new
// preview, it removes exactly what that said. Own words.
func TestRemoveDoesWhatItsConfirmationSaid(t *testing.T) {
	f := newRemoveFixture(t)
	svc2 := secondWindow(t, f.ws)
	preview, err := f.svc.Articles.PreviewRemove([]int64{f.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	mustMark(t, svc2, f.a, "The port office confirmed", "The port office confirmed the works", nil)
	before := fullDump(t, f.ws)
	_, err = f.svc.Articles.RemoveConfirmed([]int64{f.a.ID}, preview.Summary)
	wantCode(t, err, CodeConflict, "What removing this article takes has changed since you were asked")
	sameFullDump(t, "after the refused removal", fullDump(t, f.ws), before)

	again, err := f.svc.Articles.PreviewRemove([]int64{f.a.ID})
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.svc.Articles.RemoveConfirmed([]int64{f.a.ID}, again.Summary)
	if err != nil {
		t.Fatalf("confirmed after reading the new preview: %v", err)
	}
	if !reflect.DeepEqual(got, again) || !containsString(got.Claims, "The port office confirmed the works") {
		t.Errorf("the removal took\n %v\nthe confirmation said\n %v", got.Summary, again.Summary)
	}
	if _, err := f.svc.Articles.Get(f.a.ID); err == nil {
		t.Error("the article is still there")
	}
}
