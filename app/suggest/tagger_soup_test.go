package suggest

import (
	"bytes"
	"math"
	"testing"
)

// TestSoupAveragesTheSeeds: a soup of one seed is that seed's model byte for
// byte; a soup of two holds every feature either seed kept, each weight the
// mean of the two seeds' averaged weights (to one quantisation step); the
// callback hands over each seed's own model as Train builds it.
func TestSoupAveragesTheSeeds(t *testing.T) {
	docs := []TrainDoc{
		{Text: "Varo Lindqvist spoke to reporters in Oslo on Monday.", Spans: []GoldSpan{{0, 14, TypePerson}, {37, 41, TypePlace}}},
		{Text: "Shares in Tomo Bank rose after the results.", Spans: []GoldSpan{{10, 19, TypeOrganisation}}},
		{Text: "Ema Castell flew to Lima for Brandauer Steel.", Spans: []GoldSpan{{0, 11, TypePerson}, {20, 24, TypePlace}, {29, 44, TypeOrganisation}}},
		{Text: "In Oslo, Tomo Bank said Ema Castell would lead it.", Spans: []GoldSpan{{3, 7, TypePlace}, {9, 18, TypeOrganisation}, {24, 35, TypePerson}}},
	}
	gaz := DefaultGazetteer()
	opt := TrainOptions{Epochs: 4, MinWeight: 0.5}
	write := func(m *Model) []byte {
		var b bytes.Buffer
		if err := WriteModel(&b, m); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	single := func(seed int64) *Model { o := opt; o.Seed = seed; return Train(docs, gaz, o) }

	if !bytes.Equal(write(TrainSoup(docs, gaz, opt, []int64{3}, nil)), write(single(3))) {
		t.Fatal("a soup of one seed differs from that seed's model")
	}

	var singles []*Model
	soup := TrainSoup(docs, gaz, opt, []int64{1, 2}, func(n int, one, _ *Model) { singles = append(singles, one) })
	for i, seed := range []int64{1, 2} {
		if !bytes.Equal(write(singles[i]), write(single(seed))) {
			t.Fatalf("the soup's seed %d model differs from Train with that seed", seed)
		}
	}
	if bytes.Equal(write(singles[0]), write(singles[1])) {
		t.Fatal("seeds 1 and 2 gave the same model: the test cannot tell a soup from one seed")
	}
	ps := make([]prepared, len(docs))
	for i, d := range docs {
		ps[i] = prepareTrain(d, gaz, nil, BIO)
	}
	runs := []map[uint64][nLabels]float64{}
	for _, seed := range []int64{1, 2} {
		o := opt
		o.Seed = seed
		runs = append(runs, learn(ps, o))
	}
	kept := 0
	for _, k := range append(singles[0].keysSorted(), singles[1].keysSorted()...) {
		if soup.weightsOf(k) == nil {
			// a feature one seed kept may fall under MinWeight in the mean
			var mean float64
			for l := 0; l < nLabels; l++ {
				mean = math.Max(mean, math.Abs((runs[0][k][l]+runs[1][k][l])/2))
			}
			if mean >= float64(opt.MinWeight) {
				t.Fatalf("feature %x: mean weight %.2f but not in the soup", k, mean)
			}
			continue
		}
		kept++
		w := soup.weightsOf(k)
		for l := 0; l < bioLabels; l++ {
			want := (runs[0][k][l] + runs[1][k][l]) / 2
			got := float64(w[l]) * float64(soup.scale)
			if math.Abs(got-want) > float64(soup.scale) {
				t.Fatalf("feature %x label %d: soup weight %.4f, mean of the seeds %.4f", k, l, got, want)
			}
		}
	}
	if kept == 0 {
		t.Fatal("the soup kept none of the seeds' features")
	}
}
