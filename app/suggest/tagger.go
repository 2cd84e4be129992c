package suggest

// The learned tagger (an averaged perceptron over hashed features, left to
// right with a small beam per line; see tagger_features.go, tagger_model.go,
// tagger_beam.go and docs/suggestions.md) proposes people, organisations and places. It is
// combined with the rules in learned(): the rules keep dates, numbers,
// quotes, the analyst's known names and the aliases; for names the tagger's
// reading of the context wins where the rules only guessed from capitals.

// RuleTagger names suggestions made by the learned tagger.
const RuleTagger = "tagger"

// useTagger lets the quality tests measure the rules alone.
var useTagger = true

// tagTokens tokenises text the way the suggester does.
func tagTokens(runes []rune) []token { return tokenize(runes) }

// learned adds the tagger's spans as candidates and drops the rules'
// weaker name guesses that the tagger contradicts.
func (a *analysis) learned() {
	base := DefaultModel()
	if !useTagger || base == nil || len(a.toks) == 0 {
		return
	}
	d := prepare(a.runes, a.toks, a.gaz, a.gazRaw, base.clusters)
	labels, margins := decodeLabels(d, base, a.doc.Adaptation)
	spans := consistent(spansOf(labels, margins, d), d)
	a.outside = make([]float32, len(labels))
	for i, l := range labels {
		if l == lO {
			a.outside[i] = margins[i]
		}
	}
	a.tagged = make([]candidate, 0, len(spans))
	for _, s := range spans {
		start, end := a.toks[s.from].start, a.toks[s.to-1].end
		a.tagged = append(a.tagged, candidate{
			start: start, end: end, typ: s.typ, rule: RuleTagger,
			conf: base.Calibrated(s.margin), name: clean(string(a.runes[start:end])),
		})
	}
	a.mergeTagged()
	a.widenToAcronym()
}
