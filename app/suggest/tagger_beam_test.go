package suggest

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// Beam decoding finds the better whole reading where greedy decoding commits
// too early: with these weights "Alpha" alone leans organisation (2 against
// 1), but after a person's first word "Beta" is the rest of the name (+10), so
// "Alpha Beta" as a person scores 11 and "Alpha" as an organisation 3.
func TestBeamFindsTheBetterReading(t *testing.T) {
	runes := []rune("Alpha Beta said.")
	toks := tagTokens(runes)
	d := prepare(runes, toks, nil, nil, nil)
	only := func(i int) uint64 { // a feature of token i that token 1-i lacks
		for _, f := range d.featuresAt(i) {
			if !slices.Contains(d.featuresAt(1-i), f) {
				return uint64(f)
			}
		}
		t.Fatalf("token %d has no feature of its own", i)
		return 0
	}
	m := newModel(BIO, 8, 1)
	var alpha, afterPer, afterOrg [nLabels]int16
	alpha[lBOrg], alpha[lBPer] = 2, 1
	afterPer[lBPer+1] = 10
	afterOrg[lO] = 1
	m.putWeights(only(0), alpha[:])
	m.putWeights(uint64(feat(fPrevTagWord).b(byte(lBPer)).s("beta")), afterPer[:])
	m.putWeights(uint64(feat(fPrevTagWord).b(byte(lBOrg)).s("beta")), afterOrg[:])

	greedy, _ := decode(d, m, nil)
	if greedy[0] != lBOrg || greedy[1] != lO {
		t.Fatalf("greedy labels %v: the test's weights should mislead it", greedy)
	}
	for _, width := range []int{2, 4} {
		labels, margins := decodeBeam(d, m, nil, width)
		if labels[0] != lBPer || labels[1] != lBPer+1 || labels[2] != lO {
			t.Fatalf("width %d: labels %v, want person over two words", width, labels)
		}
		if margins[0] != -1 || margins[1] != 10 {
			t.Fatalf("width %d: margins %v, want -1 (organisation led by one) and 10", width, margins)
		}
	}
	if got, _ := decodeBeam(d, m, nil, 1); got[0] != lBOrg {
		t.Fatalf("width 1 keeps one reading: %v", got)
	}
}

// Training with the beam learns from whole readings: on invented sentences
// where a two-word name's first word is also a one-word firm elsewhere, the
// model learns the sentences back (every span, both kinds of reading), and
// training is deterministic.
func TestBeamTrainingLearns(t *testing.T) {
	span := func(text, word, typ string) GoldSpan { // ASCII text: bytes are code points
		at := strings.Index(text, word)
		return GoldSpan{at, at + len(word), typ}
	}
	var docs []TrainDoc
	people := []string{"Varo Lindqvist", "Ema Castell", "Tomo Reyes", "Ilse Brandauer"}
	firms := []string{"Tomo", "Ilse", "Varo", "Ema"}
	for i := range people {
		p := people[i] + " spoke to reporters in Oslo on Monday."
		f := "Shares in " + firms[i] + " rose after the results."
		docs = append(docs,
			TrainDoc{Text: p, Spans: []GoldSpan{span(p, people[i], TypePerson), span(p, "Oslo", TypePlace)}},
			TrainDoc{Text: f, Spans: []GoldSpan{span(f, firms[i], TypeOrganisation)}})
	}
	train := func() *Model { return Train(docs, DefaultGazetteer(), TrainOptions{Epochs: 6, Seed: 1, Beam: 4}) }
	m := train()
	for _, td := range docs {
		if got, _ := beamSpans(m, td.Text); !slices.Equal(got, td.Spans) {
			t.Fatalf("%q: spans %v, want %v", td.Text, got, td.Spans)
		}
	}
	var a, b bytes.Buffer
	if err := WriteModel(&a, m); err != nil {
		t.Fatal(err)
	}
	if err := WriteModel(&b, train()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings with the same seed wrote different models")
	}
}

// beamSpans decodes a text with a beam of four (no clusters) and returns its
// spans and the labels.
func beamSpans(m *Model, text string) ([]GoldSpan, []int) {
	runes := []rune(text)
	toks := tagTokens(runes)
	d := prepare(runes, toks, DefaultGazetteer(), nil, nil)
	labels, margins := decodeBeam(d, m, nil, 4)
	var got []GoldSpan
	for _, s := range spansOf(labels, margins, d) {
		got = append(got, GoldSpan{toks[s.from].start, toks[s.to-1].end, s.typ})
	}
	return got, labels
}
