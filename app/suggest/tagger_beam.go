package suggest

import "slices"

// Beam decoding: instead of committing to the best label token by token
// (decode), keep the best few label sequences of a line and choose the best
// whole one. Two readings that end in the same two labels are merged (the
// features look back two labels; the labels history changes only between
// lines here), so the beam spans the runs of capitalised words and collapses
// to one sequence after two plain words. Lines are decoded one after the
// other and the chosen labels enter the history before the next line.

// beamWidth is how many label sequences decoding keeps (1: greedy). On the
// development split v5's weights read 0.859 exact F1 greedily and 0.866-0.867
// with 2, 4 or 8 (docs/suggestions.md, v6).
var beamWidth = 4

// beamSpread: a sequence scoring this much under the best leaves the beam.
// Most words have one clear reading, and keeping the others costs time: with
// no limit the tagger read a third as many articles per second; with 10 it
// is within a tenth of greedy decoding and reads as well as with 15 or 30.
var beamSpread float32 = 10

// decodeLabels decodes a document with the tagger's beam width.
func decodeLabels(d *tagDoc, base, delta *Model) ([]int, []float32) {
	if beamWidth <= 1 {
		return decode(d, base, delta)
	}
	return decodeBeam(d, base, delta, beamWidth)
}

// beamHyp is one label sequence on the beam: its last label, the one
// before, its total score, the margin its last label had over the other
// labels at that token (as decode measures it) and where it came from (an
// index into the line's hypotheses, -1 at the line's start).
type beamHyp struct {
	score, margin float32
	label, prev   int
	parent        int
}

func decodeBeam(d *tagDoc, base, delta *Model, width int) ([]int, []float32) {
	n := len(d.toks)
	labels := make([]int, n)
	margins := make([]float32, n)
	d.forget()
	s := &beamScorer{base: base, delta: addable(base, delta), enc: base.enc}
	hyps := make([]beamHyp, 0, 64) // the line's hypotheses, token after token
	for start := 0; start < n; {
		end := start + 1
		for end < n && d.toks[end].line == d.toks[start].line {
			end++
		}
		hyps = append(hyps[:0], beamHyp{label: lO, prev: lO, parent: -1})
		lo, hi := 0, 1 // the beam: hyps[lo:hi]
		for i := start; i < end; i++ {
			hyps, lo, hi, _ = extend(d, i, hyps, lo, hi, width, s)
		}
		// the best sequence, back to the line's start; then its labels
		// enter the history
		for i, k := end-1, bestFinal(hyps, lo, hi, s.enc); i >= start; i-- {
			labels[i], margins[i] = hyps[k].label, hyps[k].margin
			k = hyps[k].parent
		}
		for i := start; i < end; i++ {
			d.remember(i, labels[i])
		}
		start = end
	}
	return labels, margins
}

// beamScorer scores a token's labels with a model and a workspace's
// adaptation (or nil), or, in training, with the weights being learned: the
// part that does not depend on earlier labels (computed once per token) and
// the part that does. (A concrete type: behind an interface the score arrays
// escaped to the heap, two allocations per token.)
type beamScorer struct {
	base, delta *Model
	tr          *trainer
	enc         Encoding
}

func (s *beamScorer) static(d *tagDoc, i int, sc *[nLabels]float32) {
	if s.tr == nil {
		staticScores(d, i, s.base, s.delta, sc)
		return
	}
	for _, f := range d.featuresAt(i) {
		s.tr.score(f, sc)
	}
}

func (s *beamScorer) dynamic(d *tagDoc, i, prev, prev2 int, sc *[nLabels]float32) {
	if s.tr == nil {
		dynamicScores(d, i, prev, prev2, s.base, s.delta, sc)
		return
	}
	for _, f := range dynamicFeatures(d, i, prev, prev2) {
		s.tr.score(f, sc)
	}
}

// extend grows the beam hyps[lo:hi] by token i, appending the new
// hypotheses and pruning them; it returns the hypotheses, the new beam's
// bounds and whether token i was scored (a plain word after "no name" on
// every sequence is not, as in decode).
func extend(d *tagDoc, i int, hyps []beamHyp, lo, hi, width int, s *beamScorer) ([]beamHyp, int, int, bool) {
	skip := d.plain[i] && allClosed(hyps[lo:hi])
	var static [nLabels]float32
	if !skip {
		s.static(d, i, &static)
	}
	for hx := lo; hx < hi; hx++ {
		h := hyps[hx]
		if skip {
			hyps = append(hyps, beamHyp{score: h.score, margin: plainMargin, label: lO, prev: h.label, parent: hx})
			continue
		}
		sc := static
		s.dynamic(d, i, h.label, h.prev, &sc)
		best, second := bestTwo(&sc, h.label, s.enc)
		for l := 0; l < s.enc.Labels(); l++ {
			if !s.enc.allowed(h.label, l) || (l != lO && !opens[h.label] && d.plain[i]) {
				continue
			}
			m := sc[l] - sc[best]
			switch {
			case !opens[h.label] && d.plain[i]:
				m = plainMargin // as decode gives a plain word outside a name
			case l == best:
				m = sc[l] - second
			}
			hyps = append(hyps, beamHyp{score: h.score + sc[l], margin: m, label: l, prev: h.label, parent: hx})
		}
	}
	kept := prune(hyps[hi:], width)
	return hyps[:hi+kept], hi, hi + kept, !skip
}

// allClosed: every sequence on the beam ends outside a name or with a name
// closed (BILOU's L and U), so a plain word is "no name" for all of them
// without scoring (as in decode).
func allClosed(beam []beamHyp) bool {
	for _, h := range beam {
		if opens[h.label] {
			return false
		}
	}
	return true
}

// bestFinal is the best sequence the line may end with (the beam is sorted
// best first): in BILOU one that leaves no name open, if the beam holds one.
func bestFinal(hyps []beamHyp, lo, hi int, enc Encoding) int {
	if enc.mustClose() {
		for k := lo; k < hi; k++ {
			if !opens[hyps[k].label] {
				return k
			}
		}
	}
	return lo
}

// prune merges sequences that end in the same two labels (keeping the
// better), drops those more than beamSpread under the best and keeps the
// best width of the rest, best first, in place; it returns how many it kept.
// Ties keep the order the sequences were made in (decoding is deterministic).
func prune(hs []beamHyp, width int) int {
	slices.SortStableFunc(hs, func(a, b beamHyp) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	kept := 0
	for _, h := range hs {
		if kept > 0 && h.score < hs[0].score-beamSpread {
			break
		}
		dup := false
		for _, o := range hs[:kept] {
			if o.label == h.label && o.prev == h.prev {
				dup = true
				break
			}
		}
		if !dup {
			hs[kept] = h
			kept++
			if kept == width {
				break
			}
		}
	}
	return kept
}

// staticScores adds the scores of token i's features that do not depend on
// earlier labels (both models).
func staticScores(d *tagDoc, i int, base, delta *Model, sc *[nLabels]float32) {
	for _, f := range d.featuresAt(i) {
		base.add(f, sc)
		if delta != nil {
			delta.add(f, sc)
		}
	}
}

// dynamicScores adds the scores of the features that depend on the two
// previous labels and the labels history (both models).
func dynamicScores(d *tagDoc, i, prev, prev2 int, base, delta *Model, sc *[nLabels]float32) {
	for _, f := range dynamicFeatures(d, i, prev, prev2) {
		base.add(f, sc)
		if delta != nil {
			delta.add(f, sc)
		}
	}
}
