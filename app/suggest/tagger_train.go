package suggest

import (
	"math"
	"math/rand"
)

// TrainDoc is a document with its gold entity spans (code points, half-open;
// types person, organisation, place).
type TrainDoc struct {
	Text  string
	Spans []GoldSpan
}

// GoldSpan is one gold entity mention.
type GoldSpan struct {
	Start, End int
	Type       string
}

// TrainOptions steer Train.
type TrainOptions struct {
	Epochs int   // passes over the documents (default 6)
	Seed   int64 // shuffling
	// Base: when set, Train learns a delta on top of it (a workspace's
	// adaptation); the returned model is added to Base when tagging.
	Base *Model
	// MinWeight drops features whose averaged weights are all smaller
	// (in absolute value); keeps the shipped model small.
	MinWeight float32
	// Rate is the size of one update (default 1); an adaptation on top of
	// Base uses larger steps so that a few corrections count.
	Rate float32
	// Clusters are the word clusters the features read; they are stored in
	// the model (LearnClusters; nil: none).
	Clusters *WordClusters
	// Beam > 1 trains with a beam of that width and early update
	// (tagger_beam_train.go); otherwise greedily, token by token. An
	// adaptation (Base set) always learns greedily from the analyst's
	// partial labels.
	Beam int
	// Encoding is the labels the model learns (BIO, the zero value, or
	// BILOU); an adaptation learns its Base's.
	Encoding Encoding
}

// prepared is a training document ready for the perceptron.
type prepared struct {
	doc  *tagDoc
	gold []int
}

// prepareTrain tokenises a document and labels its tokens from the spans in
// the encoding (a token overlapping a span is inside it; a span that runs
// over a line end is a name on each line, as the tagger reads it).
func prepareTrain(td TrainDoc, gaz *Gazetteer, cl *WordClusters, enc Encoding) prepared {
	runes := []rune(td.Text)
	toks := tagTokens(runes)
	d := prepare(runes, toks, gaz, nil, cl)
	gold := make([]int, len(toks))
	var in []int // the span's tokens on one line
	label := func(typ string) {
		for k, i := range in {
			gold[i] = enc.spanLabel(typ, k, len(in))
		}
		in = in[:0]
	}
	for _, s := range td.Spans {
		if beginLabel(s.Type) == lO {
			continue
		}
		for i, t := range toks {
			if t.end <= s.Start || t.start >= s.End {
				continue
			}
			if len(in) > 0 && toks[in[0]].line != t.line {
				label(s.Type)
			}
			in = append(in, i)
		}
		label(s.Type)
	}
	if enc.mustClose() {
		closeNames(gold, toks)
	}
	return prepared{d, gold}
}

// closeNames makes BILOU gold labels a sequence the tagger may read where
// spans overlapped (a later span relabels tokens of an earlier one): a name
// left open before a token that does not continue it, or at a line's end,
// is closed there (B to U, I to L).
func closeNames(gold []int, toks []token) {
	for i, g := range gold {
		if !opens[g] {
			continue
		}
		next := i + 1
		if next < len(gold) && toks[next].line == toks[i].line && continues[gold[next]] && typeIndex[gold[next]] == typeIndex[g] {
			continue
		}
		if g == beginLabel(labelType[g]) {
			gold[i] = g + lUPer - lBPer
		} else {
			gold[i] = g + lLPer - lIPer
		}
	}
}

// trainer holds the perceptron's weights with lazy averaging.
type trainer struct {
	enc   Encoding
	nl    int // its labels: the weights of a feature are nl in a row
	index map[uint64]int32
	w     []float32
	acc   []float64 // sum of weights over updates, lazily
	ts    []int     // update counter at the last change
	t     int
}

func (tr *trainer) slot(f fhash) int32 {
	if off, ok := tr.index[uint64(f)]; ok {
		return off
	}
	off := int32(len(tr.w))
	tr.index[uint64(f)] = off
	tr.w = append(tr.w, make([]float32, tr.nl)...)
	tr.acc = append(tr.acc, make([]float64, tr.nl)...)
	tr.ts = append(tr.ts, make([]int, tr.nl)...)
	return off
}

func (tr *trainer) score(f fhash, sc *[nLabels]float32) {
	off, ok := tr.index[uint64(f)]
	if !ok {
		return
	}
	for l := 0; l < tr.nl; l++ {
		sc[l] += tr.w[int(off)+l]
	}
}

func (tr *trainer) update(f fhash, l int, delta float32) {
	k := int(tr.slot(f)) + l
	tr.acc[k] += float64(tr.w[k]) * float64(tr.t-tr.ts[k])
	tr.ts[k] = tr.t
	tr.w[k] += delta
}

// Train learns an averaged perceptron over the documents.
func Train(docs []TrainDoc, gaz *Gazetteer, opt TrainOptions) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 6
	}
	ps := make([]prepared, len(docs))
	for i, d := range docs {
		ps[i] = prepareTrain(d, gaz, opt.Clusters, opt.Encoding)
	}
	return trainPrepared(ps, opt)
}

func trainPrepared(ps []prepared, opt TrainOptions) *Model {
	return quantise(learn(ps, opt), opt)
}

// learn runs the perceptron over the prepared documents and returns each
// feature's weights averaged over all updates (unpruned, in float64 so that
// quantise prunes exactly as before the soup existed).
func learn(ps []prepared, opt TrainOptions) map[uint64][nLabels]float64 {
	enc := opt.Encoding
	if opt.Base != nil {
		enc = opt.Base.enc
	}
	tr := &trainer{enc: enc, nl: enc.Labels(), index: map[uint64]int32{}}
	rate := opt.Rate
	if rate == 0 {
		rate = 1
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			p := ps[di]
			if opt.Beam > 1 && opt.Base == nil {
				tr.beamDoc(p, opt.Beam, rate)
				continue
			}
			d := p.doc
			prev, prev2 := lO, lO
			d.forget()
			for i := range d.toks {
				tr.t++
				if i > 0 && d.toks[i].line != d.toks[i-1].line {
					prev, prev2 = lO, lO
				}
				var sc [nLabels]float32
				if opt.Base != nil {
					scoreToken(d, i, prev, prev2, opt.Base, &sc)
				}
				dyn := dynamicFeatures(d, i, prev, prev2)
				for _, f := range d.featuresAt(i) {
					tr.score(f, &sc)
				}
				for _, f := range dyn {
					tr.score(f, &sc)
				}
				best := -1
				for l := 0; l < tr.nl; l++ {
					if enc.allowed(prev, l) && (best < 0 || sc[l] > sc[best]) {
						best = l
					}
				}
				g := p.gold[i]
				d.remember(i, best)
				if g >= 0 { // else not decided: no update (an adaptation's partial labels)
					g = enc.learnable(prev, g) // an I after O: learn it as a B
				}
				if g < 0 {
					prev2, prev = prev, best
					continue
				}
				if best != g {
					for _, f := range d.featuresAt(i) {
						tr.update(f, g, rate)
						tr.update(f, best, -rate)
					}
					for _, f := range dyn {
						tr.update(f, g, rate)
						tr.update(f, best, -rate)
					}
				}
				prev2, prev = prev, best
			}
		}
	}
	avg := make(map[uint64][nLabels]float64, len(tr.index))
	T := float64(tr.t)
	for k, off := range tr.index {
		var a [nLabels]float64
		for l := 0; l < tr.nl; l++ {
			i := int(off) + l
			a[l] = (tr.acc[i] + float64(tr.w[i])*float64(tr.t-tr.ts[i])) / T
		}
		avg[k] = a
	}
	return avg
}

// quantise drops the features whose averaged weights are all under
// opt.MinWeight and stores the rest as 16-bit weights against the largest,
// as the model file does.
func quantise(avg map[uint64][nLabels]float64, opt TrainOptions) *Model {
	type keptFeature struct {
		key uint64
		w   [nLabels]float32
	}
	var keptFeatures []keptFeature
	var maxW float64
	for k, w := range avg {
		var w32 [nLabels]float32
		keep := false
		for l, a := range w {
			w32[l] = float32(a)
			if math.Abs(a) >= float64(opt.MinWeight) && a != 0 {
				keep = true
			}
		}
		if !keep {
			continue
		}
		keptFeatures = append(keptFeatures, keptFeature{k, w32})
		for _, a := range w32 {
			maxW = math.Max(maxW, math.Abs(float64(a)))
		}
	}
	scale := float32(maxW / 32767)
	if scale == 0 {
		scale = 1
	}
	enc := opt.Encoding
	if opt.Base != nil {
		enc = opt.Base.enc
	}
	m := newModel(enc, len(keptFeatures), scale)
	m.clusters = opt.Clusters
	for _, k := range keptFeatures {
		var q [nLabels]int16
		for l, a := range k.w {
			q[l] = int16(math.Round(float64(a / m.scale)))
		}
		m.putWeights(k.key, q[:])
	}
	return m
}
