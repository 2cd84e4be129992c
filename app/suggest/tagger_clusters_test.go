package suggest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

// clusterTexts writes sentences in which weekdays and verbs of saying fill
// the same slots, with different neighbours from one another.
func clusterTexts() []string {
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	verbs := []string{"said", "added", "stated", "claimed"}
	people := []string{"Okafor", "Lindqvist", "Brennan", "Takeda"}
	var texts []string
	for i := 0; i < 40; i++ {
		d, v, p := days[i%4], verbs[(i/4)%4], people[(i/2)%4]
		texts = append(texts, fmt.Sprintf("The council met on %s and %s %s the plan was ready.\nOn %s the mayor %s that rates would rise.", d, p, v, days[(i+1)%4], verbs[(i+3)%4]))
	}
	return texts
}

func TestLearnClustersGroupsWordsByContext(t *testing.T) {
	opt := ClusterOptions{Clusters: 6, Coarse: 2, MinCount: 2, Context: 20, Rounds: 10, Seed: 1}
	c := LearnClusters(clusterTexts(), opt)
	same := func(a, b string) bool {
		fa, _, oka := c.of(a)
		fb, _, okb := c.of(b)
		return oka && okb && fa == fb
	}
	if !same("monday", "friday") || !same("said", "claimed") {
		t.Errorf("words used alike should share a cluster")
	}
	if same("monday", "said") {
		t.Errorf("a weekday and a verb of saying should not share a cluster")
	}
	if _, _, ok := c.of("zanzibar"); ok {
		t.Errorf("an unseen word has no cluster")
	}
	// the same texts and options give the same clusters
	again := LearnClusters(clusterTexts(), opt)
	for k, v := range c.fine {
		if again.fine[k] != v {
			t.Fatal("clustering is not deterministic")
		}
	}
}

func TestModelKeepsItsClusters(t *testing.T) {
	c := LearnClusters(clusterTexts(), ClusterOptions{Clusters: 6, Coarse: 2, MinCount: 2, Context: 20, Rounds: 10, Seed: 1})
	docs := []TrainDoc{{Text: "Okafor said on Monday that Lagos was ready.", Spans: []GoldSpan{{0, 6, TypePerson}, {27, 32, TypePlace}}}}
	m := Train(docs, DefaultGazetteer(), TrainOptions{Epochs: 2, Seed: 1, Clusters: c})
	var buf bytes.Buffer
	if err := WriteModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.clusters.Words() != c.Words() || c.Words() == 0 {
		t.Fatalf("clusters after a round trip: %d words, want %d", back.clusters.Words(), c.Words())
	}
	for _, w := range []string{"monday", "said", "okafor"} {
		f1, g1, ok1 := c.of(w)
		f2, g2, ok2 := back.clusters.of(w)
		if f1 != f2 || g1 != g2 || ok1 != ok2 {
			t.Errorf("%s: cluster %d/%d before, %d/%d after", w, f1, g1, f2, g2)
		}
	}
}

// A model file cut short or damaged in its cluster table is refused with an
// error, never a panic or a half-read table.
func TestDamagedClusterTableRefused(t *testing.T) {
	c := LearnClusters(clusterTexts(), ClusterOptions{Clusters: 6, Coarse: 2, MinCount: 2, Context: 20, Rounds: 10, Seed: 1})
	m := Train([]TrainDoc{{Text: "Okafor said on Monday.", Spans: []GoldSpan{{0, 6, TypePerson}}}}, DefaultGazetteer(), TrainOptions{Epochs: 1, Seed: 1, Clusters: c})
	var buf bytes.Buffer
	if err := WriteModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	raw := gunzip(t, buf.Bytes())
	for _, cut := range []int{1, 2, 5, 17} { // inside the cluster table, which comes last
		if _, err := ReadModel(bytes.NewReader(gzipped(t, raw[:len(raw)-cut]))); err == nil {
			t.Errorf("a model cut %d bytes short was read", cut)
		}
	}
	// a word's cluster beyond the coarse table
	bad := append(append([]byte{}, raw[:len(raw)-1]...), 0x7f)
	if _, err := ReadModel(bytes.NewReader(gzipped(t, bad))); err == nil {
		t.Error("a cluster number out of range was read")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func gzipped(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
