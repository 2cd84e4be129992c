package suggest

import (
	"bytes"
	"math/rand"
	"testing"
)

// vectorWords makes word vectors in four directions, with noise: towns,
// firms, given names and verbs of saying, each a group of eight made-up
// words.
func vectorWords() ([]string, [][]float32) {
	groups := [][]string{
		{"brindlemoor", "castlevane", "dunharrow", "eastwick", "fallowmere", "glenross", "harrowgate", "ivybridge"},
		{"zentrocorp", "quillnet", "marrowtech", "bexaro", "voltrine", "kestrix", "ulmafoods", "yarrowsoft"},
		{"adaeze", "birgitta", "cormac", "dagny", "eluned", "fintan", "grainne", "hakon"},
		{"said", "added", "stated", "claimed", "noted", "told", "argued", "warned"},
	}
	rng := rand.New(rand.NewSource(7))
	var words []string
	var vecs [][]float32
	for g, ws := range groups {
		for _, w := range ws {
			v := make([]float32, 12)
			v[g*3] = 1 // the group's direction
			for i := range v {
				v[i] += float32(rng.NormFloat64() * 0.1)
			}
			words = append(words, w)
			vecs = append(vecs, v)
		}
	}
	return words, vecs
}

func TestVectorClassesGroupWordsByDirection(t *testing.T) {
	words, vecs := vectorWords()
	opt := VectorOptions{Branch: []int{4, 2}, Rounds: 10, Seed: 1}
	v, err := LearnVectorClasses(words, vecs, opt)
	if err != nil {
		t.Fatal(err)
	}
	top := func(w string) int {
		leaf, ok := v.leafOf(w)
		if !ok {
			t.Fatalf("%s has no class", w)
		}
		return v.levelOf(leaf, 0)
	}
	if top("brindlemoor") != top("ivybridge") || top("said") != top("warned") || top("adaeze") != top("hakon") {
		t.Error("words whose vectors point the same way should share their top class")
	}
	if top("brindlemoor") == top("zentrocorp") || top("said") == top("adaeze") {
		t.Error("a town and a firm, or a verb and a name, should not share their top class")
	}
	if _, ok := v.leafOf("ouagadougou"); ok {
		t.Error("a word outside the vectors has no class")
	}
	if v.Words() != len(words) || v.Leaves() != 8 {
		t.Errorf("%d words in %d leaves, want %d in 8", v.Words(), v.Leaves(), len(words))
	}
	// a leaf's class at the finer level lies inside its class at the top
	for _, w := range words {
		leaf, _ := v.leafOf(w)
		if v.levelOf(leaf, 1)/2 != v.levelOf(leaf, 0) {
			t.Errorf("%s: leaf %d is not inside its top class", w, leaf)
		}
	}
	// the same vectors and options give the same classes
	again, _ := LearnVectorClasses(words, vecs, opt)
	for k, l := range v.leaf {
		if again.leaf[k] != l {
			t.Fatal("the vector classes are not deterministic")
		}
	}
}

func TestVectorClassesRefuseBadInput(t *testing.T) {
	words, vecs := vectorWords()
	for name, tc := range map[string]struct {
		words  []string
		vecs   [][]float32
		branch []int
	}{
		"fewer vectors than words": {words, vecs[:3], []int{2}},
		"no levels":                {words, vecs, nil},
		"one child":                {words, vecs, []int{1}},
		"too many leaves":          {words, vecs, []int{255, 255, 2}},
		"ragged vectors":           {words[:2], [][]float32{{1, 2}, {1, 2, 3}}, []int{2}},
	} {
		if _, err := LearnVectorClasses(tc.words, tc.vecs, VectorOptions{Branch: tc.branch, Rounds: 3, Seed: 1}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// A model keeps its vector classes through a round trip, beside the word
// clusters or alone; one cut short inside them is refused.
func TestModelKeepsItsVectorClasses(t *testing.T) {
	words, vecs := vectorWords()
	v, err := LearnVectorClasses(words, vecs, VectorOptions{Branch: []int{4, 2}, Rounds: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	docs := []TrainDoc{{Text: "Adaeze said on Monday that Brindlemoor was ready.", Spans: []GoldSpan{{0, 6, TypePerson}, {27, 38, TypePlace}}}}
	for _, withClusters := range []bool{true, false} {
		var cl *WordClusters
		if withClusters {
			cl = LearnClusters(clusterTexts(), ClusterOptions{Clusters: 6, Coarse: 2, MinCount: 2, Context: 20, Rounds: 10, Seed: 1})
		}
		cl = cl.WithVectorClasses(v)
		m := Train(docs, DefaultGazetteer(), TrainOptions{Epochs: 2, Seed: 1, Clusters: cl})
		var buf bytes.Buffer
		if err := WriteModel(&buf, m); err != nil {
			t.Fatal(err)
		}
		raw := gunzip(t, buf.Bytes())
		back, err := ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if back.clusters.Words() != cl.Words() || back.clusters.vectors.Words() != len(words) {
			t.Fatalf("clusters %v: %d words and %d vector words after a round trip", withClusters, back.clusters.Words(), back.clusters.vectors.Words())
		}
		for _, w := range words {
			l1, _ := v.leafOf(w)
			l2, ok := back.clusters.vectors.leafOf(w)
			if !ok || l1 != l2 {
				t.Errorf("%s: leaf %d before, %d after", w, l1, l2)
			}
		}
		// the tagger reads the classes: a word's features name its class
		d := prepare([]rune(docs[0].Text), tagTokens([]rune(docs[0].Text)), DefaultGazetteer(), nil, back.clusters)
		leaf, _ := v.leafOf("adaeze")
		want := feat(fVecClass).b(0).b(0).b(byte(v.levelOf(leaf, 0)))
		found := false
		for _, f := range d.featuresAt(0) {
			found = found || f == want
		}
		if !found {
			t.Error("the first word's features do not name its vector class")
		}
		for _, cut := range []int{1, 3, 9} { // inside the vector classes, which come last
			if _, err := ReadModel(bytes.NewReader(gzipped(t, raw[:len(raw)-cut]))); err == nil {
				t.Errorf("a model cut %d bytes short was read", cut)
			}
		}
	}
}
