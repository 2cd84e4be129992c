package suggest

// A model soup: the perceptron trained once per shuffling seed on the same
// documents, the seeds' averaged weights averaged again into one model.
// Features are hashed the same way in every run, so the soup is one weight
// table like any single run's (pruned and quantised the same way): the same
// size class and the same speed when tagging. Averaging over seeds removes
// what the order of the documents alone decided (docs/suggestions.md, v8).

// TrainSoup trains one model per seed (opt.Seed is ignored) and returns the
// average of their weights. each, when not nil, is called after every seed
// with how many seeds are in, that seed's own model and the soup of the
// seeds so far (to measure single seeds and soups of 2, 4, 8 in one run).
func TrainSoup(docs []TrainDoc, gaz *Gazetteer, opt TrainOptions, seeds []int64, each func(n int, single, soup *Model)) *Model {
	if opt.Epochs == 0 {
		opt.Epochs = 6
	}
	ps := make([]prepared, len(docs))
	for i, d := range docs {
		ps[i] = prepareTrain(d, gaz, opt.Clusters, opt.Encoding)
	}
	sum := map[uint64][nLabels]float64{}
	var soup *Model
	for n, seed := range seeds {
		opt.Seed = seed
		avg := learn(ps, opt)
		for k, w := range avg {
			s := sum[k]
			for l := range w {
				s[l] += w[l]
			}
			sum[k] = s
		}
		soup = quantise(meanOf(sum, n+1), opt)
		if each != nil {
			each(n+1, quantise(avg, opt), soup)
		}
	}
	return soup
}

// meanOf divides summed weights by the number of runs summed.
func meanOf(sum map[uint64][nLabels]float64, runs int) map[uint64][nLabels]float64 {
	if runs == 1 {
		return sum
	}
	avg := make(map[uint64][nLabels]float64, len(sum))
	for k, w := range sum {
		for l := range w {
			w[l] /= float64(runs)
		}
		avg[k] = w
	}
	return avg
}
