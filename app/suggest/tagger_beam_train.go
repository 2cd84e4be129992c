package suggest

// Training with the beam (TrainOptions.Beam): each line is searched as
// decodeBeam searches it, with the weights being learned. As soon as the
// gold labels fall off the beam, or the line ends with another sequence
// ahead of them, the weights move towards the gold labels and away from the
// best sequence up to that token ("early update", Collins and Roark 2004),
// and the search goes on from the gold labels. Greedy training learns from
// each token's best label given its own earlier choices; this learns what
// the beam will compare at run time: whole readings of a run of words.

// beamDoc is one training pass over a document with the beam.
func (tr *trainer) beamDoc(p prepared, width int, rate float32) {
	d := p.doc
	d.forget()
	n := len(d.toks)
	labels := make([]int, n) // the labels the labels history learns from
	gold := make([]int, n)   // gold labels, an I after O read as a B
	var hyps []beamHyp
	var isGold, scored []bool
	s := &beamScorer{tr: tr, enc: tr.enc}
	for start := 0; start < n; {
		end := start + 1
		for end < n && d.toks[end].line == d.toks[start].line {
			end++
		}
		for i, prev := start, lO; i < end; i++ {
			gold[i] = max(tr.enc.learnable(prev, p.gold[i]), lO) // prepareTrain's labels are whole names
			prev = gold[i]
		}
		seg, initLabel, initPrev := start, lO, lO // the search's start: the line's, or the gold labels' after an update
		hyps = append(hyps[:0], beamHyp{label: lO, prev: lO, parent: -1})
		isGold = append(isGold[:0], true)
		scored = scored[:0]
		lo, hi := 0, 1
		for i := start; i < end; i++ {
			tr.t++
			var sc bool
			hyps, lo, hi, sc = extend(d, i, hyps, lo, hi, width, s)
			scored = append(scored, sc)
			isGold = isGold[:lo]
			found := false
			for k := lo; k < hi; k++ {
				g := isGold[hyps[k].parent] && hyps[k].label == gold[i]
				isGold = append(isGold, g)
				found = found || g
			}
			final := lo
			if i == end-1 {
				final = bestFinal(hyps, lo, hi, tr.enc)
			}
			if found && (i < end-1 || isGold[final]) {
				continue
			}
			// the gold labels fell off, or lost at the end: update, then
			// search on from them
			for t, k := i, final; t >= seg; t-- {
				labels[t] = hyps[k].label
				k = hyps[k].parent
			}
			tr.updatePaths(d, seg, i, gold, labels, scored, initLabel, initPrev, rate)
			copy(labels[seg:i+1], gold[seg:i+1])
			initPrev, initLabel = initLabel, gold[i]
			if i > seg {
				initPrev = gold[i-1]
			}
			seg = i + 1
			hyps = append(hyps[:0], beamHyp{label: initLabel, prev: initPrev, parent: -1})
			isGold = append(isGold[:0], true)
			scored = scored[:0]
			lo, hi = 0, 1
		}
		if seg < end {
			for t, k := end-1, bestFinal(hyps, lo, hi, tr.enc); t >= seg; t-- {
				labels[t] = hyps[k].label
				k = hyps[k].parent
			}
		}
		for i := start; i < end; i++ {
			d.remember(i, labels[i])
		}
		start = end
	}
}

// updatePaths moves the weights towards the gold labels and away from the
// predicted ones over tokens from..to, on the tokens the search scored;
// both sequences start after the labels initLabel (and initPrev before it).
func (tr *trainer) updatePaths(d *tagDoc, from, to int, gold, pred []int, scored []bool, initLabel, initPrev int, rate float32) {
	gp, gp2 := initLabel, initPrev
	pp, pp2 := initLabel, initPrev
	for k := from; k <= to; k++ {
		if scored[k-from] && (gold[k] != pred[k] || gp != pp || gp2 != pp2) {
			if gold[k] != pred[k] {
				for _, f := range d.featuresAt(k) {
					tr.update(f, gold[k], rate)
					tr.update(f, pred[k], -rate)
				}
			}
			for _, f := range dynamicFeatures(d, k, gp, gp2) {
				tr.update(f, gold[k], rate)
			}
			for _, f := range dynamicFeatures(d, k, pp, pp2) {
				tr.update(f, pred[k], -rate)
			}
		}
		gp2, gp = gp, gold[k]
		pp2, pp = pp, pred[k]
	}
}
