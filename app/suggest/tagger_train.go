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
}

// prepared is a training document ready for the perceptron.
type prepared struct {
	doc  *tagDoc
	gold []int
}

// prepareTrain tokenises a document and labels its tokens from the spans
// (a token overlapping a span is inside it; the first such token begins it).
func prepareTrain(td TrainDoc, gaz *Gazetteer, cl *WordClusters) prepared {
	runes := []rune(td.Text)
	toks := tagTokens(runes)
	d := prepare(runes, toks, gaz, nil, cl)
	gold := make([]int, len(toks))
	for _, s := range td.Spans {
		b := beginLabel(s.Type)
		if b == lO {
			continue
		}
		first := true
		for i, t := range toks {
			if t.end <= s.Start || t.start >= s.End {
				continue
			}
			if first {
				gold[i] = b
				first = false
			} else {
				gold[i] = b + 1
			}
		}
	}
	return prepared{d, gold}
}

// trainer holds the perceptron's weights with lazy averaging.
type trainer struct {
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
	tr.w = append(tr.w, make([]float32, nLabels)...)
	tr.acc = append(tr.acc, make([]float64, nLabels)...)
	tr.ts = append(tr.ts, make([]int, nLabels)...)
	return off
}

func (tr *trainer) score(f fhash, sc *[nLabels]float32) {
	off, ok := tr.index[uint64(f)]
	if !ok {
		return
	}
	for l := 0; l < nLabels; l++ {
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
		ps[i] = prepareTrain(d, gaz, opt.Clusters)
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
	tr := &trainer{index: map[uint64]int32{}}
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
				for l := 0; l < nLabels; l++ {
					if allowed(prev, l) && (best < 0 || sc[l] > sc[best]) {
						best = l
					}
				}
				g := p.gold[i]
				d.remember(i, best)
				if g < 0 { // not decided: no update (an adaptation's partial labels)
					prev2, prev = prev, best
					continue
				}
				if !allowed(prev, g) {
					g = g - 1 // an I after O: learn it as a B
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
		for l := 0; l < nLabels; l++ {
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
	m := &Model{index: newFeatureTable(len(keptFeatures)), scale: float32(maxW / 32767), clusters: opt.Clusters}
	if m.scale == 0 {
		m.scale = 1
	}
	for _, k := range keptFeatures {
		var q [nLabels]int16
		for l, a := range k.w {
			q[l] = int16(math.Round(float64(a / m.scale)))
		}
		m.index.put(k.key, q)
	}
	return m
}
