package suggest

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Calibrate builds the model's reliability table from a development split:
// the tagger's spans are sorted by mean margin into bins of equal size, each
// bin's share of exactly right spans (same offsets and type as a gold span)
// is its confidence, made monotone (pool adjacent violators). It returns the
// table as text.
func Calibrate(m *Model, gaz *Gazetteer, dev []TrainDoc, bins int) string {
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
		return "no spans"
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
	edges, prec := make([]float32, len(bs)), make([]float32, len(bs))
	var out strings.Builder
	fmt.Fprintf(&out, "%-10s %6s %8s %10s\n", "margin>=", "spans", "right", "confidence")
	for i, b := range bs {
		edges[i], prec[i] = b.lo, float32(b.prec)
		if i == 0 {
			edges[i] = -1e9
		}
		fmt.Fprintf(&out, "%-10.2f %6d %8.3f %10.3f\n", b.lo, b.n, float64(b.right)/float64(b.n), b.prec)
	}
	m.SetCalibration(edges, prec)
	return out.String()
}

// CalibrateRules measures, on a development split, how often each rule's
// names are right at each stated confidence once merged with the tagger
// (m must be in use: UseModel), and stores that as the rule's calibrated
// confidence where there were at least minCount of them. Returns the table.
func CalibrateRules(m *Model, dev []TrainDoc, minCount int) string {
	type tally struct{ n, right int }
	counts := map[ruleConf]*tally{}
	m.ruleCalib = nil // measure the rules' stated confidences
	gaz := DefaultGazetteer()
	for _, td := range dev {
		gold := map[GoldSpan]bool{}
		for _, g := range td.Spans {
			gold[g] = true
		}
		a := newAnalysis(gaz, Document{Text: td.Text})
		a.run()
		for _, c := range a.final {
			if c.rule == RuleTagger || (c.typ != TypePerson && c.typ != TypeOrganisation && c.typ != TypePlace) {
				continue
			}
			k := ruleConf{calibKey(c.rule, a.alone[[2]int{c.start, c.end}]), int(math.Round(c.conf * 100))}
			if counts[k] == nil {
				counts[k] = &tally{}
			}
			counts[k].n++
			if gold[GoldSpan{c.start, c.end, c.typ}] {
				counts[k].right++
			}
		}
	}
	keys := make([]ruleConf, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].rule != keys[j].rule {
			return keys[i].rule < keys[j].rule
		}
		return keys[i].conf < keys[j].conf
	})
	table := map[ruleConf]float32{}
	var out strings.Builder
	fmt.Fprintf(&out, "%-20s %7s %6s %8s\n", "rule", "stated", "names", "right")
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(&out, "%-20s %7.2f %6d %8.3f\n", k.rule, float64(k.conf)/100, c.n, float64(c.right)/float64(c.n))
		if c.n >= minCount {
			table[k] = float32(c.right) / float32(c.n)
		}
	}
	m.ruleCalib = table
	return out.String()
}
