package suggest

// Document labels (r17y; after Ratinov and Roth 2009's two-stage prediction
// aggregation): decoding runs twice. The first pass (greedy, without this
// feature) labels the whole document; the second (the beam) reads, for each
// capitalised word, the types the first pass gave its other mentions,
// earlier and later. The labels history sees only earlier mentions; the
// consistency pass votes only after decoding. The first pass's feature sums
// are kept for the second (staticSum), so the second pass costs only the
// label-dependent features. Trained the same way: each training document is
// first decoded with the weights as they stand, then learned from with the
// feature (not cross-validated: one model, as the labels history is trained).

// docLabels turns the two passes on (experiment: CLAIMDESK_DOC_LABELS for
// training and scoring; 2 adds the feature with the word's short shape; 3
// learns from cross-validated first-pass labels, crossFirstPass).
var docLabels = envInt("CLAIMDESK_DOC_LABELS")

// firstPass records a first decoding's labels: per capitalised word as
// written, how often each type (none, person, organisation, place) was
// given, and each token's own label.
func (d *tagDoc) setFirstPass(labels []int) {
	d.firstCounts = map[string][4]uint16{}
	d.firstLabels = labels
	for i, t := range d.toks {
		if t.kind != tWord || !t.cap {
			continue
		}
		c := d.firstCounts[t.text]
		c[(labels[i]+1)/2]++
		d.firstCounts[t.text] = c
	}
}

// docLabelFeatures appends token i's document-labels features: the type the
// first pass gave the word's other mentions most often and whether they all
// agreed (nothing when the word has no other mention or there was no first
// pass).
func (d *tagDoc) docLabelFeatures(out []fhash, i int) []fhash {
	if d.firstCounts == nil {
		return out
	}
	t := d.toks[i]
	if t.kind != tWord || !t.cap {
		return out
	}
	c := d.firstCounts[t.text]
	c[(d.firstLabels[i]+1)/2]-- // the others only
	best, total := 0, 0
	for k, v := range c {
		total += int(v)
		if v > c[best] {
			best = k
		}
	}
	if total == 0 {
		return out
	}
	out = append(out, feat(fDocLabels).b(byte(best+1)).b(boolByte(int(c[best]) == total)))
	if docLabels >= 2 {
		out = append(out, feat(fDocLabelsShape).b(byte(best+1)).b(boolByte(int(c[best]) == total)).s(d.shortAt(i)))
	}
	return out
}

// staticSum returns token i's summed static scores (both models), computing
// them once per decoding: the first pass and the beam share them.
func (d *tagDoc) staticSum(i int, base, delta *Model) *[nLabels]float32 {
	if d.staticSc == nil {
		d.staticSc = make([][nLabels]float32, len(d.toks))
		d.staticOK = make([]bool, len(d.toks))
	}
	if !d.staticOK[i] {
		staticScores(d, i, base, delta, &d.staticSc[i])
		d.staticOK[i] = true
	}
	return &d.staticSc[i]
}

// firstPassLabels decodes the document greedily, without the
// document-labels features, as decode does, sharing the static sums.
func firstPassLabels(d *tagDoc, base, delta *Model) []int {
	n := len(d.toks)
	labels := make([]int, n)
	prev, prev2 := lO, lO
	d.forget()
	for i := 0; i < n; i++ {
		if i > 0 && d.toks[i].line != d.toks[i-1].line {
			prev, prev2 = lO, lO
		}
		if prev == lO && d.plain[i] {
			labels[i] = lO
			prev2, prev = prev, lO
			continue
		}
		sc := *d.staticSum(i, base, delta)
		dynamicScores(d, i, prev, prev2, base, delta, &sc)
		best, _ := bestTwo(&sc, prev)
		labels[i] = best
		d.remember(i, best)
		prev2, prev = prev, best
	}
	return labels
}

// firstPassTrain is firstPassLabels with the weights being learned.
func (tr *trainer) firstPass(d *tagDoc) []int {
	n := len(d.toks)
	labels := make([]int, n)
	prev, prev2 := lO, lO
	d.forget()
	for i := 0; i < n; i++ {
		if i > 0 && d.toks[i].line != d.toks[i-1].line {
			prev, prev2 = lO, lO
		}
		if prev == lO && d.plain[i] {
			labels[i] = lO
			prev2, prev = prev, lO
			continue
		}
		var sc [nLabels]float32
		for _, f := range d.featuresAt(i) {
			tr.score(f, &sc)
		}
		for _, f := range dynamicFeatures(d, i, prev, prev2) {
			tr.score(f, &sc)
		}
		best, _ := bestTwo(&sc, prev)
		labels[i] = best
		d.remember(i, best)
		prev2, prev = prev, best
	}
	return labels
}

// crossFirstPass gives every training document first-pass labels from a
// model that did not see it (docLabels 3; Ratinov and Roth's cross-validated
// first stage): the documents in two folds by position, a model learned on
// each fold without the document-labels feature decodes the other, and the
// labels stay fixed while the final model learns to read them.
func crossFirstPass(ps []prepared, opt TrainOptions) {
	opt.firstStage = true
	for fold := 0; fold < 2; fold++ {
		var train, held []prepared
		for i, p := range ps {
			if i%2 == fold {
				held = append(held, p)
			} else {
				train = append(train, p)
			}
		}
		m := quantise(learn(train, opt), opt)
		for _, p := range held {
			d := p.doc
			d.firstCounts, d.staticSc, d.staticOK = nil, nil, nil
			labels := firstPassLabels(d, m, nil)
			d.staticSc, d.staticOK = nil, nil
			d.setFirstPass(labels)
		}
	}
}
