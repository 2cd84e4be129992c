package ecbplus

import (
	"slices"
	"testing"
)

// testdata holds a made-up topic 7 in the corpus's format (written for this test): three
// documents (two of ECB's sub-topic, one of ECB+'s), an action chain over two sentences
// and two documents, a participant chain, a negated action in a within-document chain only,
// and the index with a trailing space.
func TestLoadTopic(t *testing.T) {
	tp, err := LoadTopic("testdata", 7)
	if err != nil {
		t.Fatal(err)
	}
	if len(tp.Docs) != 3 || tp.Docs[0].Name != "1ecb" || tp.Docs[0].Plus || tp.Docs[1].Name != "3ecb" || tp.Docs[2].Name != "2ecbplus" || !tp.Docs[2].Plus {
		t.Fatalf("documents: %+v", tp.Docs)
	}
	ecb := tp.Docs[0]
	if got := ecb.Events["ACT1"]; !slices.Equal(got, []int{0, 1}) {
		t.Errorf("ACT1 sentences %v, want [0 1]", got)
	}
	if _, ok := ecb.Events["HUM1"]; ok {
		t.Error("a participant chain was read as an event")
	}
	if len(ecb.Events) != 1 {
		t.Errorf("events %v: a within-document chain is no cross-document event", ecb.Events)
	}
	if got := tp.Docs[2].Events["ACT2"]; !slices.Equal(got, []int{1}) {
		t.Errorf("ACT2 sentences %v, want [1]", got)
	}
	if !tp.Indexed["1ecb"][1] || !tp.Indexed["2ecbplus"][1] || tp.Indexed["2ecbplus"][0] {
		t.Errorf("index %v", tp.Indexed)
	}
	if got, want := Text(ecb.Sentences[0]), `A heron stole the pond's carp, "sadly".`; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got, want := Text(ecb.Sentences[1]), `The theft didn't stop (yet).`; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

func TestLoadTopicMissing(t *testing.T) {
	if _, err := LoadTopic("testdata", 8); err == nil {
		t.Error("a topic with no files loaded without an error")
	}
	if _, err := LoadTopic(t.TempDir(), 7); err == nil {
		t.Error("a corpus without its index loaded without an error")
	}
}
