package suggest

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestTaggerFingerprint prints a digest of everything the tagger and the
// suggester say about a set of texts: per document, the tagger's spans
// (token offsets, type, the margin's exact bits) and every suggestion
// (every field, the confidence to the last bit). A change meant to make the tagger
// faster without changing its output must leave the digests as they were:
// run it before and after and compare (docs/suggestions.md, "Speed", v8b).
// Only digests are printed, never a text or a name: the second own set stays
// blind, and CoNLL's development split is read only when CLAIMDESK_CONLL
// names its folder.
func TestTaggerFingerprint(t *testing.T) {
	sets := []struct {
		name string
		docs func() []TrainDoc
	}{
		{"own set 1", func() []TrainDoc { return loadOwnSetFile(t, ownSetPath) }},
		{"own set 2 (texts only)", func() []TrainDoc { return loadOwnSetFile(t, ownSet2Path) }},
	}
	if dir := os.Getenv("CLAIMDESK_CONLL"); dir != "" {
		sets = append(sets, struct {
			name string
			docs func() []TrainDoc
		}{"eng.testa", func() []TrainDoc { return readCoNLLFile(t, filepath.Join(dir, "eng.testa")) }})
	}
	m := DefaultModel()
	if m == nil {
		t.Fatal("no model")
	}
	for _, set := range sets {
		docs := set.docs()
		tagger, suggester := sha256.New(), sha256.New()
		spans, suggestions := 0, 0
		for _, d := range docs {
			n, k := fingerprintDoc(d.Text, m, tagger, suggester)
			spans += n
			suggestions += k
		}
		if spans == 0 {
			t.Errorf("%s: the tagger found no names in %d documents", set.name, len(docs))
		}
		t.Logf("%s: %d documents, %d tagger spans %x, %d suggestions %x",
			set.name, len(docs), spans, tagger.Sum(nil)[:12], suggestions, suggester.Sum(nil)[:12])
	}
}

// fingerprintDoc writes one document's tagger spans and suggestions into the
// two digests and returns how many of each there were.
func fingerprintDoc(text string, m *Model, tagger, suggester hash.Hash) (int, int) {
	var buf [8]byte
	put := func(h hash.Hash, v uint64) {
		binary.LittleEndian.PutUint64(buf[:], v)
		h.Write(buf[:])
	}
	runes := []rune(text)
	d := prepare(runes, tagTokens(runes), DefaultGazetteer(), nil, m.clusters)
	labels, margins := decodeLabels(d, m, nil)
	spans := consistent(spansOf(labels, margins, d), d)
	for _, s := range spans {
		put(tagger, uint64(s.from))
		put(tagger, uint64(s.to))
		fmt.Fprint(tagger, s.typ)
		put(tagger, uint64(math.Float32bits(s.margin)))
	}
	put(tagger, math.MaxUint64) // document boundary
	ss := Default().Suggest(Document{Text: text})
	for _, s := range ss {
		fmt.Fprintf(suggester, "%+v\n", s) // every field; %v prints a float64 exactly (shortest round trip)
	}
	put(suggester, math.MaxUint64)
	return len(spans), len(ss)
}

// shippedModelMD5 is the MD5 of model/tagger.bin.gz, the file `make model`
// wrote for the history line in docs/suggestions.md (v16: v14's weights
// without the rules' table, which is rule-confidence.txt now). A model file
// replaced without its history line (and its figures) fails here.
const shippedModelMD5 = "89b5d4752b5b8212c8977f6fac5b701a"

func TestShippedModelMD5(t *testing.T) {
	if got := fmt.Sprintf("%x", md5.Sum(embeddedModel)); got != shippedModelMD5 {
		t.Errorf("model/tagger.bin.gz has MD5 %s, docs/suggestions.md's history names %s: retrained without its history line?", got, shippedModelMD5)
	}
}
