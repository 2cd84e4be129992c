package suggest

// Learning from the analyst. A workspace's adaptation is a small model added
// to the shipped one (Document.Adaptation), learned from the articles the
// analyst decided on: names accepted or marked by hand are right, rejected
// suggestions are not names of that kind; the rest of an article is not
// learned from (the analyst may not have read it) unless the analyst
// decided on every suggestion in it. It is a pure function of
// those decisions, so undoing a decision undoes its effect on the next run.

// AdaptDoc is one article with the analyst's decisions (code points).
type AdaptDoc struct {
	Text     string
	Accepted []GoldSpan // names accepted or marked by hand
	Rejected []GoldSpan // suggestions rejected
	// Complete: the analyst went through the whole article (no suggestion
	// left undecided), so text they did not mark is not a name either.
	Complete bool
}

// Adaptation steering (tuned on the development split's sports documents;
// docs/suggestions.md has the curve).
var (
	AdaptEpochs         = 5
	AdaptRate   float32 = 1
)

// Adapt learns a workspace's adaptation on top of the shipped model; nil if
// there is nothing to learn from or no shipped model.
func Adapt(docs []AdaptDoc) *Model {
	base := DefaultModel()
	if base == nil || len(docs) == 0 {
		return nil
	}
	return adaptOn(base, DefaultGazetteer(), docs)
}

func adaptOn(base *Model, gaz *Gazetteer, docs []AdaptDoc) *Model {
	ps := make([]prepared, 0, len(docs))
	for _, ad := range docs {
		p := prepareTrain(TrainDoc{Text: ad.Text, Spans: ad.Accepted}, gaz, base.clusters, base.enc)
		decided := make([]bool, len(p.gold))
		mark := func(spans []GoldSpan) {
			for _, s := range spans {
				for i, t := range p.doc.toks {
					if t.end > s.Start && t.start < s.End {
						decided[i] = true
					}
				}
			}
		}
		mark(ad.Accepted)
		mark(ad.Rejected)
		any := ad.Complete
		for i := range p.gold {
			if ad.Complete {
				continue
			}
			if !decided[i] {
				p.gold[i] = -1
			} else {
				any = true
			}
		}
		if any {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return trainPrepared(ps, TrainOptions{Epochs: AdaptEpochs, Seed: 1, Base: base, Rate: AdaptRate})
}
