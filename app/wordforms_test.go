package app

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"claimdesk/app/match"
)

// wordPairs: a typed word, a word a claim says, and whether an analyst means that word
// by it (written for this test: inflections should meet, other words that share a
// start should not).
var wordPairs = []struct {
	typed, says string
	same        bool
}{
	{"fired", "fire", true}, {"fired", "fires", true}, {"fired", "firing", true}, {"fired", "first", false},
	{"fired", "fireworks", false}, {"firing", "fired", true}, {"fires", "fire", true},
	{"evacuated", "evacuate", true}, {"evacuation", "evacuate", true}, {"evacuating", "evacuated", true},
	{"ferries", "ferry", true}, {"ferry", "ferries", true}, {"stops", "stopped", true}, {"stopped", "stop", true},
	{"cracks", "crack", true}, {"crack", "cracked", true}, {"resigned", "resign", true},
	{"resigned", "resident", false}, {"residents", "resigned", false}, {"strikes", "striking", true},
	{"striker", "strict", false}, {"flooded", "flood", true}, {"floods", "flooding", true},
	{"flooded", "floor", false}, {"protested", "protest", true}, {"protesters", "protest", false},
	{"delayed", "delay", true}, {"delays", "delayed", true}, {"council", "councils", true},
	{"council", "counsel", false}, {"hospitals", "hospital", true}, {"hospital", "hospitality", false},
	{"arrested", "arrests", true}, {"arrested", "arrive", false}, {"denied", "deny", true},
	{"denies", "denied", true}, {"carried", "carry", true}, {"carried", "carriage", false},
	{"walked", "walking", true}, {"wall", "walked", false}, {"bridges", "bridge", true},
	{"bridged", "bride", false}, {"minister", "ministers", true}, {"minister", "mining", false},
	{"lamps", "lamp", true}, {"lamp", "lampoon", false},
}

// lightStemForm is the text filter's earlier rule (match.Stem, a y for "ies" dropped),
// which matched a claim containing it anywhere.
func lightStemForm(w string) string {
	if len(w) < 4 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return w
	}
	st := match.Stem(strings.ToLower(w))
	if strings.HasSuffix(st, "y") && len(st) > 3 {
		st = st[:len(st)-1]
	}
	return st
}

// The Porter stems (SQLite's FTS5 porter tokenizer) against the light stem, on the word
// pairs above: how many of the pairs an analyst means as one word each finds (recall),
// and how many of what it finds are meant (precision). The figures are in docs/api.md;
// the floors here guard them.
func TestWordFormsAgainstLightStem(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	ctx, q := context.Background(), svc.Claims.ws.DB().Q
	type score struct{ tp, fp, fn int }
	var light, porter score
	add := func(s *score, found, same bool) {
		switch {
		case found && same:
			s.tp++
		case found:
			s.fp++
		case same:
			s.fn++
		}
	}
	for _, p := range wordPairs {
		add(&light, strings.Contains(strings.ToLower(p.says), lightStemForm(p.typed)), p.same)
		c, err := svc.Claims.Create(ClaimInput{Statement: "The report says " + p.says})
		if err != nil {
			t.Fatal(err)
		}
		wq, err := parseWordQuery(ctx, p.typed+" ") // a finished word: as typed with more after it
		if err != nil {
			t.Fatal(err)
		}
		ok, err := matchingClaims(ctx, q, []int64{c.ID}, wq)
		if err != nil {
			t.Fatal(err)
		}
		add(&porter, ok[c.ID], p.same)
		if ok[c.ID] != p.same {
			t.Logf("porter: %q finds %q: %v (meant %v)", p.typed, p.says, ok[c.ID], p.same)
		}
		if err := svc.Claims.Delete(c.ID); err != nil {
			t.Fatal(err)
		}
	}
	rate := func(a, b int) float64 { return float64(a) / float64(max(1, a+b)) }
	t.Logf("light stem: precision %.2f recall %.2f (tp %d fp %d fn %d)", rate(light.tp, light.fp), rate(light.tp, light.fn), light.tp, light.fp, light.fn)
	t.Logf("porter:     precision %.2f recall %.2f (tp %d fp %d fn %d)", rate(porter.tp, porter.fp), rate(porter.tp, porter.fn), porter.tp, porter.fp, porter.fn)
	if rate(porter.tp, porter.fp) < 0.90 || rate(porter.tp, porter.fn) < 0.95 {
		t.Errorf("porter below its floors (precision 0.90, recall 0.95)")
	}
	if rate(porter.tp, porter.fp) <= rate(light.tp, light.fp) {
		t.Errorf("porter's precision is no better than the light stem's")
	}
}
