package suggest

import (
	"fmt"
	"sort"
	"strings"
)

// Calibrate builds the model's reliability table from a development split:
// the tagger's spans are sorted by mean margin into bins of equal size, each
// bin's share of exactly right spans (same offsets and type as a gold span)
// is its confidence, made monotone (pool adjacent violators). It returns the
// table as text. It reads the tagger's own spans, not what the rules make of
// them, so that no rule change can change the model file.
func Calibrate(m *Model, gaz *Gazetteer, dev []TrainDoc, bins int) string {
	edges, prec, table := fitCalibration(m, gaz, dev, bins)
	if edges != nil {
		m.SetCalibration(edges, prec)
	}
	return table
}

// fitCalibration fits the reliability table of Calibrate without installing
// it (nil edges when there were no spans).
func fitCalibration(m *Model, gaz *Gazetteer, dev []TrainDoc, bins int) (edges, prec []float32, table string) {
	type obs struct {
		margin float32
		right  bool
	}
	var all []obs
	for _, td := range dev {
		runes := []rune(td.Text)
		toks := tagTokens(runes)
		d := prepare(runes, toks, gaz, nil, m.clusters)
		labels, margins := decodeLabels(d, m, nil)
		gold := map[GoldSpan]bool{}
		for _, g := range td.Spans {
			gold[g] = true
		}
		for _, s := range consistent(spansOf(labels, margins, d), d) {
			gs := GoldSpan{Start: toks[s.from].start, End: toks[s.to-1].end, Type: s.typ}
			all = append(all, obs{s.margin, gold[gs]})
		}
	}
	if len(all) == 0 || bins < 1 {
		return nil, nil, "no spans"
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].margin < all[j].margin })
	type bin struct {
		lo         float32
		n, right   int
		prec       float64
		firstIndex int
	}
	var bs []bin
	per := (len(all) + bins - 1) / bins
	for i := 0; i < len(all); i += per {
		b := bin{lo: all[i].margin, firstIndex: i}
		for _, o := range all[i:min(i+per, len(all))] {
			b.n++
			if o.right {
				b.right++
			}
		}
		bs = append(bs, b)
	}
	// pool adjacent violators: precision must not fall as the margin rises
	type pool struct{ lo, n, right int }
	var ps []pool
	for i, b := range bs {
		ps = append(ps, pool{i, b.n, b.right})
		for len(ps) > 1 {
			x, y := ps[len(ps)-2], ps[len(ps)-1]
			if float64(x.right)/float64(x.n) <= float64(y.right)/float64(y.n) {
				break
			}
			ps = append(ps[:len(ps)-2], pool{x.lo, x.n + y.n, x.right + y.right})
		}
	}
	for pi, p := range ps {
		hi := len(bs)
		if pi+1 < len(ps) {
			hi = ps[pi+1].lo
		}
		for i := p.lo; i < hi; i++ {
			bs[i].prec = float64(p.right) / float64(p.n)
		}
	}
	edges, prec = make([]float32, len(bs)), make([]float32, len(bs))
	var out strings.Builder
	fmt.Fprintf(&out, "%-10s %6s %8s %10s\n", "margin>=", "spans", "right", "confidence")
	for i, b := range bs {
		edges[i], prec[i] = b.lo, float32(b.prec)
		if i == 0 {
			edges[i] = -1e9
		}
		fmt.Fprintf(&out, "%-10.2f %6d %8.3f %10.3f\n", b.lo, b.n, float64(b.right)/float64(b.n), b.prec)
	}
	return edges, prec, out.String()
}
