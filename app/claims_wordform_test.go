package app

import "testing"

// The analyst types a word as they remember it: the claims filter finds the claim that
// says it in another form, and still keeps the words' order and the literal characters.
func TestClaimFilterMatchesWordForms(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	mk := func(statement string) int64 {
		t.Helper()
		c, err := svc.Claims.Create(ClaimInput{Statement: statement})
		if err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	flood := mk("Officials ordered 300 families to evacuate the riverside district of Osterby")
	ferry := mk("The Dunmere ferry stopped running after a hull crack was found")
	find := func(text string) map[int64]bool {
		t.Helper()
		list, err := svc.Claims.List(ClaimFilter{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]bool{}
		for _, c := range list {
			out[c.ID] = true
		}
		return out
	}
	for _, q := range []string{"evacuated", "evacuation", "Evacuating", "ferries", "stops", "hull cracks"} {
		got := find(q)
		want := flood
		if q != "evacuated" && q != "evacuation" && q != "Evacuating" {
			want = ferry
		}
		if !got[want] || len(got) != 1 {
			t.Errorf("%q finds %v, want only claim %d", q, got, want)
		}
	}
	if got := find("crack hull"); !got[ferry] || len(got) != 1 {
		t.Errorf("words in another order: %v, want only claim %d", got, ferry)
	}
	if got := find("300 famil"); !got[flood] {
		t.Errorf("a figure and a word start: %v", got)
	}
	if got := find("The Dunmere ferry stoppe"); !got[ferry] || len(got) != 1 {
		t.Errorf("a last word still being typed ('stoppe' of 'stopped'): %v", got)
	}
	if got := find("famil "); len(got) != 0 {
		t.Errorf("a finished word (a space after it) is no word start: %v", got)
	}
	if got := find("300 ferries"); len(got) != 0 {
		t.Errorf("every word must be there: %v", got)
	}
	// "fired" finds the forms of fire and not "first"
	fire := mk("Crews fought the fire at the Ambry mill")
	firing := mk("Police were firing rubber bullets at Ambry")
	fires := mk("Two fires broke out near Ambry")
	first := mk("The first Ambry ferry left at six")
	if got := find("fired"); !got[fire] || !got[firing] || !got[fires] || got[first] || len(got) != 3 {
		t.Errorf(`"fired" finds %v; want %d, %d, %d and not %d`, got, fire, firing, fires, first)
	}
}
