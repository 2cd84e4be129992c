package match

import "testing"

// A denial or a doubt of what happened is a mention of the same statement; a denial of
// what someone else did, or of another statement about the event, is not. Sentences
// written for this test.
func TestDeniedStatement(t *testing.T) {
	all := []string{
		"Peru and Bolivia signed an agreement on gas deliveries on Tuesday",
		"But officials in La Paz said no agreement had been reached.",
		"It is unclear whether any agreement was signed on Tuesday.",
		"Lima and La Paz signed a water treaty in 2019",
		"Two Chilean trawlers crossed into Argentine waters on Monday",
		"Buenos Aires denied that its ships had crossed the line.",
		"The crossing on Monday was the first by Chilean boats this year",
		"Chile denied that its trawlers had crossed into Argentine waters.",
		"Protesters blocked the bridge for three hours",
	}
	var fs []Features
	for _, s := range all {
		f := NewFeatures(s, nil)
		for _, c := range Countries(s, s) { // as app's featuresWith reads them
			f.Terms[c] = 1
		}
		fs = append(fs, f)
	}
	ix := NewIndex(fs)
	for _, c := range []struct {
		ref, cand int
		want      string
	}{
		{0, 1, StanceDenies}, // "no agreement had been reached"
		{1, 0, StanceDenies}, // the other way round
		{0, 2, StanceDoubts}, // "it is unclear whether"
		{4, 7, StanceDenies}, // Chile denies what Chile is said to have done
		{4, 5, ""},           // Argentina denies that its own ships crossed: another statement
		{6, 7, ""},           // "the crossing was the first": about the crossing, not that it happened
		{0, 8, ""},           // no shared event
	} {
		r := ix.Compare(fs[c.ref], fs[c.cand])
		if r.Opposed != c.want {
			t.Errorf("%q ~ %q: opposed %q, want %q (score %.3f)", all[c.ref], all[c.cand], r.Opposed, c.want, r.Score)
		}
		if c.want != "" && r.Score < DeniedScore {
			t.Errorf("%q ~ %q: score %.3f under %.2f", all[c.ref], all[c.cand], r.Score, DeniedScore)
		}
	}
}
