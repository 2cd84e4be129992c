package suggest

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// goldOf labels a text's spans as training does and returns the labels of
// its tokens, with the tokens' texts to read failures by.
func goldOf(t *testing.T, enc Encoding, text string, spans ...GoldSpan) ([]int, []string) {
	t.Helper()
	p := prepareTrain(TrainDoc{Text: text, Spans: spans}, DefaultGazetteer(), nil, enc)
	var words []string
	for _, tk := range p.doc.toks {
		words = append(words, tk.text)
	}
	return p.gold, words
}

// at is the span of the first occurrence of word in an ASCII text.
func at(text, word, typ string) GoldSpan {
	i := strings.Index(text, word)
	return GoldSpan{i, i + len(word), typ}
}

// Spans become labels in one place, in either encoding: BIO begins a name
// and goes on inside it; BILOU also ends it (L) and marks a one-word name
// (U). A name written over a line end is a name on each line.
func TestSpanLabels(t *testing.T) {
	text := "Marta Ilves Okonjo met Brindle in Port Aleph.\nSanto\nDomingo wins"
	spans := []GoldSpan{at(text, "Marta Ilves Okonjo", TypePerson), at(text, "Brindle", TypeOrganisation),
		at(text, "Port Aleph", TypePlace), at(text, "Santo\nDomingo", TypePlace)}
	for _, c := range []struct {
		enc  Encoding
		want []int
	}{
		{BIO, []int{lBPer, lIPer, lIPer, lO, lBOrg, lO, lBLoc, lILoc, lO, lBLoc, lBLoc, lO}},
		{BILOU, []int{lBPer, lIPer, lLPer, lO, lUOrg, lO, lBLoc, lLLoc, lO, lULoc, lULoc, lO}},
	} {
		got, words := goldOf(t, c.enc, text, spans...)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %v\nlabels %v\nwant   %v", c.enc, words, got, c.want)
		}
	}
	// an overlapping span relabels tokens; BILOU closes what it left open
	text = "Banco Lumen Ferro said"
	got, words := goldOf(t, BILOU, text, at(text, "Banco Lumen Ferro", TypeOrganisation), at(text, "Ferro", TypePerson))
	if want := []int{lBOrg, lLOrg, lUPer, lO}; !slices.Equal(got, want) {
		t.Errorf("overlap %v: labels %v, want %v", words, got, want)
	}
}

// The transitions: in BILOU a name continues (I, L) only after B or I of its
// type, and a new one (B, U) or no name (O) only once it is closed (after O,
// L or U); BIO has no L and U and ends a name anywhere.
func TestAllowedTransitions(t *testing.T) {
	cases := []struct {
		enc     Encoding
		prev, l int
		want    bool
	}{
		{BILOU, lBPer, lIPer, true}, {BILOU, lBPer, lLPer, true}, {BILOU, lIPer, lLPer, true},
		{BILOU, lBPer, lLOrg, false}, {BILOU, lO, lIPer, false}, {BILOU, lO, lLPer, false},
		{BILOU, lLPer, lIPer, false}, {BILOU, lUPer, lLPer, false},
		{BILOU, lBPer, lO, false}, {BILOU, lIOrg, lBOrg, false}, {BILOU, lBLoc, lULoc, false},
		{BILOU, lO, lBPer, true}, {BILOU, lLPer, lUOrg, true}, {BILOU, lUPer, lBLoc, true}, {BILOU, lULoc, lO, true},
		{BIO, lBPer, lIPer, true}, {BIO, lIPer, lIPer, true}, {BIO, lBOrg, lIPer, false}, {BIO, lO, lIPer, false},
		{BIO, lBPer, lO, true}, {BIO, lIPer, lBPer, true},
		{BIO, lO, lUPer, false}, {BIO, lBPer, lLPer, false}, // BIO has seven labels
	}
	for _, c := range cases {
		if got := c.enc.allowed(c.prev, c.l); got != c.want {
			t.Errorf("%s: label %d after %d allowed = %v, want %v", c.enc, c.l, c.prev, got, c.want)
		}
	}
	// what training learns where the gold label may not follow the tagger's own
	if g := BILOU.learnable(lO, lLOrg); g != lUOrg {
		t.Errorf("an L after O is learned as %d, want U (%d)", g, lUOrg)
	}
	if g := BIO.learnable(lO, lIPer); g != lBPer {
		t.Errorf("an I after O is learned as %d, want B (%d)", g, lBPer)
	}
	if g := BILOU.learnable(lBPer, lO); g != -1 {
		t.Errorf("O after an open name: learned as %d, want none", g)
	}
}

// Labels become spans in either encoding; BILOU's L ends a name, U is one.
func TestSpansFromBILOU(t *testing.T) {
	runes := []rune("Ada Berg Cole Dunn Eko Fai Gus\nHal")
	d := prepare(runes, tagTokens(runes), nil, nil, nil)
	labels := []int{lBPer, lIPer, lLPer, lUOrg, lBLoc, lLLoc, lBPer, lIPer}
	var got []string
	for _, s := range spansOf(labels, make([]float32, len(labels)), d) {
		got = append(got, s.typ+":"+string(runes[d.toks[s.from].start:d.toks[s.to-1].end]))
	}
	// "Gus" left open at the line's end is a name of its own; "Hal", an I
	// after a line end, one of its own
	want := []string{"person:Ada Berg Cole", "organisation:Dunn", "place:Eko Fai", "person:Gus", "person:Hal"}
	if !slices.Equal(got, want) {
		t.Errorf("spans %q, want %q", got, want)
	}
}

// bilouDocs are invented sentences with one-word and longer names of each type.
func bilouDocs() []TrainDoc {
	var docs []TrainDoc
	for _, s := range []struct{ person, firm, place string }{
		{"Varo Lindqvist", "Tomo", "Oslo"}, {"Ema", "Brandauer Freight", "Port Aleph"},
		{"Ilse Castell Reyes", "Kestrel", "Lima"}, {"Tomo", "Ardent Mills Group", "New Brindle"},
	} {
		text := s.person + " told Reuters that " + s.firm + " will build a plant near " + s.place + " next year."
		docs = append(docs, TrainDoc{Text: text, Spans: []GoldSpan{at(text, s.person, TypePerson),
			at(text, "Reuters", TypeOrganisation), at(text, s.firm, TypeOrganisation), at(text, s.place, TypePlace)}})
	}
	return docs
}

// A BILOU model learns invented sentences back, greedily and with the beam,
// decodes them with the beam, survives a round trip through its file (which
// names its encoding by its label count), and two trainings with the same
// seed write the same bytes.
func TestBILOUModelLearnsAndRoundTrips(t *testing.T) {
	docs := bilouDocs()
	for _, beam := range []int{0, 4} {
		train := func() *Model {
			return Train(docs, DefaultGazetteer(), TrainOptions{Epochs: 8, Seed: 1, Beam: beam, Encoding: BILOU})
		}
		m := train()
		if m.Encoding() != BILOU {
			t.Fatalf("trained %s, asked for BILOU", m.Encoding())
		}
		var a, b bytes.Buffer
		if err := WriteModel(&a, m); err != nil {
			t.Fatal(err)
		}
		if err := WriteModel(&b, train()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("beam %d: two trainings with the same seed wrote different models", beam)
		}
		back, err := ReadModel(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if back.Encoding() != BILOU || back.Features() != m.Features() {
			t.Fatalf("read back %s with %d features, wrote BILOU with %d", back.Encoding(), back.Features(), m.Features())
		}
		sawU, sawL := false, false
		for _, td := range docs {
			got, labels := beamSpans(back, td.Text)
			if !slices.Equal(got, td.Spans) {
				t.Fatalf("beam %d, %q: spans %v, want %v", beam, td.Text, got, td.Spans)
			}
			sawU = sawU || slices.Contains(labels, lUOrg)
			sawL = sawL || slices.Contains(labels, lLPer)
		}
		if !sawU || !sawL {
			t.Errorf("beam %d: the decoded labels use no U or no L: not BILOU", beam)
		}
	}
}

// The loader reads a model of either encoding, by its label count, and
// refuses any other count with a message that says what it reads.
func TestModelFileNamesItsEncoding(t *testing.T) {
	docs := bilouDocs()
	for _, enc := range []Encoding{BIO, BILOU} {
		var buf bytes.Buffer
		if err := WriteModel(&buf, Train(docs, DefaultGazetteer(), TrainOptions{Epochs: 2, Seed: 1, Encoding: enc})); err != nil {
			t.Fatal(err)
		}
		raw := gunzip(t, buf.Bytes())
		if got := int(raw[len(modelMagic)+4]); got != enc.Labels() {
			t.Fatalf("%s: the file says %d labels", enc, got)
		}
		back, err := ReadModel(bytes.NewReader(buf.Bytes()))
		if err != nil || back.Encoding() != enc {
			t.Fatalf("%s: read back %v, %v", enc, back, err)
		}
		raw[len(modelMagic)+4] = 9
		_, err = ReadModel(bytes.NewReader(gzipped(t, raw)))
		if err == nil || !strings.Contains(err.Error(), "9 labels") || !strings.Contains(err.Error(), "BILOU") {
			t.Fatalf("%s: a model with 9 labels: %v", enc, err)
		}
	}
	if DefaultModel() == nil {
		t.Fatal("the shipped model does not load")
	}
}

// An adaptation is learned in its base model's encoding; one learned on a
// model of the other encoding (a stale one) is left out of decoding rather
// than read with the wrong labels.
func TestAdaptationFollowsItsBaseEncoding(t *testing.T) {
	docs := bilouDocs()
	gaz := DefaultGazetteer()
	bio := Train(docs, gaz, TrainOptions{Epochs: 4, Seed: 1})
	bilou := Train(docs, gaz, TrainOptions{Epochs: 4, Seed: 1, Encoding: BILOU})
	text := "Quillon Marr told Reuters on Friday."
	ad := []AdaptDoc{{Text: text, Accepted: []GoldSpan{at(text, "Quillon Marr", TypePerson), at(text, "Reuters", TypeOrganisation)}, Complete: true}}
	for _, base := range []*Model{bio, bilou} {
		delta := adaptOn(base, gaz, ad)
		if delta == nil || delta.Encoding() != base.Encoding() {
			t.Fatalf("adaptation of a %s model: %v", base.Encoding(), delta)
		}
		if addable(base, delta) != delta {
			t.Errorf("%s: its own adaptation is not added", base.Encoding())
		}
	}
	stale := adaptOn(bio, gaz, ad)
	if addable(bilou, stale) != nil {
		t.Fatal("a BIO adaptation is added to a BILOU model")
	}
	runes := []rune(text)
	d := prepare(runes, tagTokens(runes), gaz, nil, nil)
	with, _ := decodeBeam(d, bilou, stale, 4)
	without, _ := decodeBeam(d, bilou, nil, 4)
	if !slices.Equal(with, without) {
		t.Errorf("a stale adaptation changed the labels: %v against %v", with, without)
	}
}
