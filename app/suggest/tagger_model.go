package suggest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"sort"
	"sync"
	"unicode"
)

// Model holds the weights of the learned tagger: per hashed feature, one
// weight per label. It is read-only once built and safe for concurrent use.
type Model struct {
	enc Encoding // its labels; the table of that encoding holds the weights
	// feature hash -> its weights, one per label, quantised
	bio   featureTable[[bioLabels]int16]
	bilou featureTable[[bilouLabels]int16]
	scale float32 // weight = quantised * scale
	// calib maps a span's mean margin to the share of such spans that were
	// right on the development split (a reliability table): edges ascending,
	// prec[i] for margins in [edges[i], edges[i+1]).
	calibEdges []float32
	calibPrec  []float32
	// clusters are the word clusters its features were trained with.
	clusters *WordClusters
}

// newModel makes an empty model of an encoding with room for n features.
func newModel(enc Encoding, n int, scale float32) *Model {
	m := &Model{enc: enc, scale: scale}
	if enc == BILOU {
		m.bilou = newFeatureTable[[bilouLabels]int16](n)
	} else {
		m.bio = newFeatureTable[[bioLabels]int16](n)
	}
	return m
}

// Features reports how many features the model holds.
func (m *Model) Features() int {
	if m == nil {
		return 0
	}
	return m.bio.n + m.bilou.n
}

// Encoding is the model's label encoding (BIO for none).
func (m *Model) Encoding() Encoding {
	if m == nil {
		return BIO
	}
	return m.enc
}

// weightsOf returns a feature's quantised weights (nil when it has none).
func (m *Model) weightsOf(k uint64) []int16 {
	if m.enc == BILOU {
		if w := m.bilou.get(k); w != nil {
			return w[:]
		}
		return nil
	}
	if w := m.bio.get(k); w != nil {
		return w[:]
	}
	return nil
}

// putWeights stores a feature's quantised weights (the encoding's labels
// from w; labels past them must be zero).
func (m *Model) putWeights(k uint64, w []int16) {
	if m.enc == BILOU {
		m.bilou.put(k, [bilouLabels]int16(w[:bilouLabels]))
		return
	}
	m.bio.put(k, [bioLabels]int16(w[:bioLabels]))
}

// keysSorted lists the model's feature hashes in ascending order.
func (m *Model) keysSorted() []uint64 {
	if m.enc == BILOU {
		return m.bilou.keysSorted()
	}
	return m.bio.keysSorted()
}

// add sums the weights of one feature into scores.
func (m *Model) add(f fhash, scores *[nLabels]float32) {
	if m == nil {
		return
	}
	if m.enc == BILOU {
		m.addBILOU(f, scores)
		return
	}
	w := m.bio.get(uint64(f))
	if w == nil {
		return
	}
	// written out label by label (the same sums in the same order as a loop
	// over the labels, so the same bits; a fifth faster, BenchmarkTagger)
	s := m.scale
	scores[0] += float32(w[0]) * s
	scores[1] += float32(w[1]) * s
	scores[2] += float32(w[2]) * s
	scores[3] += float32(w[3]) * s
	scores[4] += float32(w[4]) * s
	scores[5] += float32(w[5]) * s
	scores[6] += float32(w[6]) * s
}

// addBILOU is add for a BILOU model's thirteen weights, written out the same
// way as add's seven (written out, they were a fifth faster than a loop).
func (m *Model) addBILOU(f fhash, scores *[nLabels]float32) {
	w := m.bilou.get(uint64(f))
	if w == nil {
		return
	}
	s := m.scale
	scores[0] += float32(w[0]) * s
	scores[1] += float32(w[1]) * s
	scores[2] += float32(w[2]) * s
	scores[3] += float32(w[3]) * s
	scores[4] += float32(w[4]) * s
	scores[5] += float32(w[5]) * s
	scores[6] += float32(w[6]) * s
	scores[7] += float32(w[7]) * s
	scores[8] += float32(w[8]) * s
	scores[9] += float32(w[9]) * s
	scores[10] += float32(w[10]) * s
	scores[11] += float32(w[11]) * s
	scores[12] += float32(w[12]) * s
}

// the unrolled sums in add are written for seven and thirteen labels
var _ = [1]struct{}{}[bioLabels-7]
var _ = [1]struct{}{}[bilouLabels-13]

// Calibrated maps a mean margin to a probability of being right.
func (m *Model) Calibrated(margin float32) float64 {
	if m == nil || len(m.calibEdges) == 0 {
		return 0.5
	}
	i := sort.Search(len(m.calibEdges), func(i int) bool { return m.calibEdges[i] > margin }) - 1
	if i < 0 {
		i = 0
	}
	return float64(m.calibPrec[i])
}

// SetCalibration installs a reliability table (edges ascending).
func (m *Model) SetCalibration(edges, prec []float32) {
	m.calibEdges, m.calibPrec = edges, prec
}

//go:embed model/tagger.bin.gz
var embeddedModel []byte

var (
	defaultModelOnce sync.Once
	defaultModel     *Model
)

// UseModel makes m the model the suggester uses (the trainer measures a
// model it has just built this way).
func UseModel(m *Model) {
	defaultModelOnce.Do(func() {})
	defaultModel = m
}

// DefaultModel returns the model shipped with the binary (nil if it cannot
// be read, in which case the suggester runs on its rules alone).
func DefaultModel() *Model {
	defaultModelOnce.Do(func() {
		m, err := ReadModel(bytes.NewReader(embeddedModel))
		if err == nil {
			defaultModel = m
		}
	})
	return defaultModel
}

const modelMagic = "CDNER1\n"

// WriteModel writes a model gzip-compressed: feature hashes delta-encoded,
// weights quantised to 16 bits against the largest weight.
func WriteModel(out io.Writer, m *Model) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	writeModelBody(w, m)
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// writeModelBody writes the model uncompressed (errors surface at Flush).
func writeModelBody(w *bufio.Writer, m *Model) {
	keys := m.keysSorted()
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { n := binary.PutUvarint(buf[:], v); w.Write(buf[:n]) }
	w.WriteString(modelMagic)
	binary.Write(w, binary.LittleEndian, m.scale)
	put(uint64(m.enc.Labels())) // the label count names the encoding
	put(uint64(len(keys)))
	var last uint64
	for _, k := range keys {
		put(k - last)
		last = k
	}
	for _, k := range keys {
		binary.Write(w, binary.LittleEndian, m.weightsOf(k))
	}
	put(uint64(len(m.calibEdges)))
	for i := range m.calibEdges {
		binary.Write(w, binary.LittleEndian, m.calibEdges[i])
		binary.Write(w, binary.LittleEndian, m.calibPrec[i])
	}
	// the rules' table (until v14 it was stored here) is
	// model/rule-confidence.txt now: an empty one keeps the format
	put(0)
	writeClusters(put, m.clusters)
}

// ReadModel reads what WriteModel wrote.
func ReadModel(in io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	r := &byteReader{b: raw}
	if string(r.next(len(modelMagic))) != modelMagic {
		return nil, errors.New("not a tagger model")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(r.next(4)))
	enc, err := encodingOf(r.uvarint())
	if r.err != nil {
		return nil, r.err
	}
	if err != nil {
		return nil, err
	}
	nl := enc.Labels()
	nf := r.uvarint()
	if r.err != nil || nf > 1<<26 {
		return nil, errors.New("tagger model: bad feature count")
	}
	m := newModel(enc, int(nf), scale)
	keys := make([]uint64, nf)
	var last uint64
	for i := range keys {
		last += r.uvarint()
		keys[i] = last
	}
	ws := r.next(int(nf) * nl * 2)
	if r.err != nil {
		return nil, r.err
	}
	var w [nLabels]int16
	for i, k := range keys {
		for l := 0; l < nl; l++ {
			w[l] = int16(binary.LittleEndian.Uint16(ws[2*(i*nl+l):]))
		}
		m.putWeights(k, w[:])
	}
	nc := r.uvarint()
	if r.err != nil || nc > 1000 {
		return nil, errors.New("tagger model: bad calibration table")
	}
	m.calibEdges, m.calibPrec = make([]float32, nc), make([]float32, nc)
	for i := 0; i < int(nc); i++ {
		m.calibEdges[i] = r.float32()
		m.calibPrec[i] = r.float32()
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.done() {
		return m, nil // a model without the rules' table
	}
	nr := r.uvarint()
	if r.err != nil || nr > 10000 {
		return nil, errors.New("tagger model: bad rule calibration table")
	}
	// a file of v14 or before carries the rules' table it was shipped with;
	// the suggester reads model/rule-confidence.txt instead
	for i := 0; i < int(nr); i++ {
		n := r.uvarint()
		if n > 64 {
			return nil, errors.New("tagger model: bad rule name")
		}
		r.next(int(n))
		r.uvarint()
		r.float32()
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.done() {
		return m, nil // a model without word clusters
	}
	cl, err := readClusters(r)
	if err != nil {
		return nil, err
	}
	m.clusters = cl
	return m, nil
}

// byteReader reads the decompressed model; the first error sticks.
type byteReader struct {
	b   []byte
	err error
}

func (r *byteReader) done() bool { return len(r.b) == 0 }

func (r *byteReader) next(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.err = io.ErrUnexpectedEOF
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *byteReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = io.ErrUnexpectedEOF
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *byteReader) float32() float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(r.next(4)))
}

// taggedSpan is one entity the tagger found, in token indices [from, to).
type taggedSpan struct {
	from, to int
	typ      string
	margin   float32 // mean over its tokens of (chosen score - best other score)
}

// decode labels a prepared document left to right (greedy, with the two
// previous labels as features) and returns the spans. base and delta are
// summed: delta is a workspace's adaptation (nil for none; one learned on a
// model of another encoding is not added, see addable).
func decode(d *tagDoc, base, delta *Model) ([]int, []float32) {
	delta = addable(base, delta)
	enc := base.enc
	n := len(d.toks)
	labels := make([]int, n)
	margins := make([]float32, n)
	prev, prev2 := lO, lO
	d.forget()
	for i := 0; i < n; i++ {
		if i > 0 && d.toks[i].line != d.toks[i-1].line {
			prev, prev2 = lO, lO
		}
		if !opens[prev] && d.plain[i] {
			labels[i], margins[i] = lO, plainMargin
			prev2, prev = prev, lO
			continue
		}
		var sc [nLabels]float32
		scoreToken(d, i, prev, prev2, base, &sc)
		if delta != nil {
			scoreToken(d, i, prev, prev2, delta, &sc)
		}
		best, second := bestTwo(&sc, prev, enc)
		labels[i], margins[i] = best, sc[best]-second
		d.remember(i, best)
		prev2, prev = prev, best
	}
	return labels, margins
}

// addable returns a workspace's adaptation if it can be added to the model:
// learned on a model of the same encoding. An adaptation is learned again
// from the analyst's decisions whenever they change (app/adaptation.go), so
// one of another encoding can only be a stale one; it is left out rather
// than read with the wrong labels.
func addable(base, delta *Model) *Model {
	if delta == nil || base == nil || delta.enc != base.enc {
		return nil
	}
	return delta
}

// bestTwo returns the best label allowed after prev and the score of the
// runner-up (the label's margin is the difference).
func bestTwo(sc *[nLabels]float32, prev int, enc Encoding) (best int, second float32) {
	best, second = -1, float32(math.Inf(-1))
	for l := 0; l < enc.Labels(); l++ {
		if !enc.allowed(prev, l) {
			continue
		}
		if best < 0 || sc[l] > sc[best] {
			if best >= 0 {
				second = max(second, sc[best])
			}
			best = l
		} else {
			second = max(second, sc[l])
		}
	}
	return best, second
}

// plainMargin is the "no name" margin given to a plain token outside a
// name (about the median margin of such tokens).
const plainMargin = 30

// scoreToken adds one model's scores for token i given the previous labels.
func scoreToken(d *tagDoc, i, prev, prev2 int, m *Model, sc *[nLabels]float32) {
	for _, f := range d.featuresAt(i) {
		m.add(f, sc)
	}
	for _, f := range dynamicFeatures(d, i, prev, prev2) {
		m.add(f, sc)
	}
}

// dynamicFeatures are the features that depend on earlier labels.
func dynamicFeatures(d *tagDoc, i, prev, prev2 int) [5]fhash {
	return [5]fhash{
		feat(fPrevTag).b(byte(prev)),
		feat(fPrevTags).b(byte(prev2)).b(byte(prev)),
		feat(fPrevTagWord).b(byte(prev)).s(d.lower[i]),
		feat(fPrevTagShape).b(byte(prev)).s(d.shortAt(i)),
		d.historyFeature(i),
	}
}

// spansOf turns labels into spans: a name starts at any label but O and
// goes on while its labels leave it open and the next continues it (BIO:
// B I I; BILOU: B I L, or U alone), on one line.
func spansOf(labels []int, margins []float32, d *tagDoc) []taggedSpan {
	var out []taggedSpan
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == lO {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && opens[labels[j-1]] && continues[labels[j]] && typeIndex[labels[j]] == typeIndex[l] &&
			d.toks[j].line == d.toks[i].line {
			j++
		}
		if onlyInitials(d.toks[i:j]) { // "B", "A.": a letter is not a name on its own
			i = j
			continue
		}
		var sum float32
		for k := i; k < j; k++ {
			sum += margins[k]
		}
		out = append(out, taggedSpan{from: i, to: j, typ: labelType[l], margin: sum / float32(j-i)})
		i = j
	}
	return out
}

// onlyInitials reports whether tokens are single letters, with or without
// full stops.
func onlyInitials(toks []token) bool {
	for _, t := range toks {
		r := []rune(t.text)
		letter := len(r) >= 1 && unicode.IsLetter(r[0])
		switch {
		case t.text == ".":
		case letter && len(r) == 1:
		case letter && len(r) == 2 && r[1] == '.':
		default:
			return false
		}
	}
	return true
}
