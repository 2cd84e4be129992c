package suggest

import (
	_ "embed"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The rules' confidence table: on the development split, how often each
// rule's names were right at each stated confidence once merged with the
// tagger. It measures the rules, so it lives in its own file
// (model/rule-confidence.txt, written by `make calibrate`), not in the model
// file: a rule change refits this table and leaves the tagger's file, which
// `make model` must write byte for byte, as it was (docs/suggestions.md,
// "Reproduce"). TestRuleConfidenceFresh fails when the rules have moved
// since the table was fitted.

//go:embed model/rule-confidence.txt
var embeddedRuleConfidence string

// minRuleNames: a rule's stated confidence is replaced by its measured share
// only where the development split had at least this many of its names.
const minRuleNames = 20

// ruleConf is a rule (calibKey) and its stated confidence in hundredths.
type ruleConf struct {
	rule string
	conf int
}

// ruleTable maps a rule's stated confidence to the share of its names that
// were right; nil means the stated confidences stand.
type ruleTable map[ruleConf]float32

// calibrated returns the calibrated confidence of a rule's name, or the
// stated one when the development split had too few of them.
func (t ruleTable) calibrated(rule string, conf float64) float64 {
	if p, ok := t[ruleConf{rule, int(math.Round(conf * 100))}]; ok {
		return float64(p)
	}
	return conf
}

var (
	ruleTableOnce    sync.Once
	defaultRuleTable ruleTable
)

// ruleConfidence returns the table in use: the embedded one unless
// UseRuleConfidence replaced it, and none while the suggester runs without
// the model the table was measured with.
func ruleConfidence() ruleTable {
	ruleTableOnce.Do(func() {
		t, err := parseRuleConfidence(embeddedRuleConfidence)
		if err != nil {
			panic("model/rule-confidence.txt: " + err.Error()) // embedded and checked by TestRuleConfidenceFile
		}
		defaultRuleTable = t
	})
	if DefaultModel() == nil {
		return nil
	}
	return defaultRuleTable
}

// UseRuleConfidence makes text (what CalibrateRules wrote) the rules' table
// the suggester uses, to measure a model with the table fitted for it.
func UseRuleConfidence(text string) error {
	t, err := parseRuleConfidence(text)
	if err != nil {
		return err
	}
	ruleTableOnce.Do(func() {})
	defaultRuleTable = t
	return nil
}

// parseRuleConfidence reads the table's text: '#' comments, then lines of
// rule, stated confidence, names, right names (tab-separated).
func parseRuleConfidence(text string) (ruleTable, error) {
	t := ruleTable{}
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("line %d: want rule, stated, names, right (tab-separated), got %q", i+1, line)
		}
		stated, err1 := strconv.ParseFloat(f[1], 64)
		n, err2 := strconv.Atoi(f[2])
		right, err3 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || err3 != nil || n < 1 || right < 0 || right > n || stated < 0 || stated > 1 {
			return nil, fmt.Errorf("line %d: bad numbers in %q", i+1, line)
		}
		if n >= minRuleNames {
			t[ruleConf{f[0], int(math.Round(stated * 100))}] = float32(right) / float32(n)
		}
	}
	return t, nil
}

// CalibrateRules measures, on a development split, how often each rule's
// names are right at each stated confidence once merged with the tagger in
// use (UseModel), and returns the table as the text of
// model/rule-confidence.txt.
func CalibrateRules(dev []TrainDoc) string {
	type tally struct{ n, right int }
	counts := map[ruleConf]*tally{}
	gaz := DefaultGazetteer()
	for _, td := range dev {
		gold := map[GoldSpan]bool{}
		for _, g := range td.Spans {
			gold[g] = true
		}
		a := newAnalysis(gaz, Document{Text: td.Text})
		a.ruleConf = nil // measure the rules' stated confidences
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
	var out strings.Builder
	fmt.Fprintf(&out, "# The rules' names on the development split (CoNLL-2003 eng.testa), merged with the\n")
	fmt.Fprintf(&out, "# tagger, by rule and stated confidence: how many, how many exactly right. Written by\n")
	fmt.Fprintf(&out, "# `make calibrate` (docs/suggestions.md); rows with at least %d names replace the\n", minRuleNames)
	fmt.Fprintf(&out, "# stated confidence by right/names.\n")
	fmt.Fprintf(&out, "# rule\tstated\tnames\tright\n")
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(&out, "%s\t%.2f\t%d\t%d\n", k.rule, float64(k.conf)/100, c.n, c.right)
	}
	return out.String()
}
