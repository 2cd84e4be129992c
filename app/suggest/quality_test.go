package suggest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"claimdesk/app/ingest"
)

type goldMention struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Canon string `json:"canon"`
}

type goldFile struct {
	OffsetUnit string                   `json:"offset_unit"`
	Documents  map[string][]goldMention `json:"documents"`
}

var goldTypes = map[string]string{
	"PERSON": TypePerson, "ORG": TypeOrganisation, "PLACE": TypePlace,
	"DATE": TypeDate, "NUMBER": TypeNumber, "QUOTE": TypeQuote,
}

func loadGold(t testing.TB) goldFile {
	t.Helper()
	raw, err := os.ReadFile("testdata/seed-entities.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	if g.OffsetUnit != "codepoint" {
		t.Fatalf("offset unit %q", g.OffsetUnit)
	}
	return g
}

// suggestFile runs the default engine on a whole file, title line included
// (gold offsets count over the whole file).
func suggestFile(t testing.TB, name string) (string, []Suggestion) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	if ingest.Normalize(text) != text {
		t.Fatalf("%s: seed is not normalised text; offsets would shift", name)
	}
	pub := ingest.ParsePlainText(ingest.Normalize(text)).PublishedAt
	return text, Default().Suggest(Document{Text: text, PublishedAt: pub})
}

type tally struct{ tp, fp, fn int }

func (c tally) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type matchedPair struct {
	canon, key string
}

// score matches predictions to gold one-to-one (same type; lenient: any
// overlap, the largest overlap first; strict: same offsets).
func score(gold []goldMention, pred []Suggestion, strict bool) (map[string]*tally, []matchedPair, []int, []bool) {
	per := map[string]*tally{}
	get := func(typ string) *tally {
		if per[typ] == nil {
			per[typ] = &tally{}
		}
		return per[typ]
	}
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if goldTypes[g.Type] != p.Type {
				continue
			}
			if strict && (g.Start != p.Start || g.End != p.End) {
				continue
			}
			ov := min(g.End, p.End) - max(g.Start, p.Start)
			if ov > 0 {
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	gm := make([]int, len(gold))
	for i := range gm {
		gm[i] = -1
	}
	pm := make([]bool, len(pred))
	var matched []matchedPair
	for _, pr := range pairs {
		if gm[pr.g] >= 0 || pm[pr.p] {
			continue
		}
		gm[pr.g], pm[pr.p] = pr.p, true
		if c := gold[pr.g].Canon; c != "" && gold[pr.g].Type != "QUOTE" {
			matched = append(matched, matchedPair{c, pred[pr.p].EntityKey})
		}
	}
	for gi, g := range gold {
		if gm[gi] >= 0 {
			get(goldTypes[g.Type]).tp++
		} else {
			get(goldTypes[g.Type]).fn++
		}
	}
	for pi, p := range pred {
		if !pm[pi] {
			get(p.Type).fp++
		}
	}
	return per, matched, gm, pm
}

// pairwiseF scores alias clustering: over all pairs of matched mentions,
// "same EntityKey" against "same gold canon".
func pairwiseF(m []matchedPair) (p, r, f float64) {
	var tp, fp, fn int
	for i := 0; i < len(m); i++ {
		for j := i + 1; j < len(m); j++ {
			same := m[i].canon == m[j].canon
			pred := m[i].key != "" && m[i].key == m[j].key
			switch {
			case same && pred:
				tp++
			case pred:
				fp++
			case same:
				fn++
			}
		}
	}
	return tally{tp, fp, fn}.prf()
}

func TestQualityOnSeedGold(t *testing.T) {
	g := loadGold(t)
	docs := make([]string, 0, len(g.Documents))
	for d := range g.Documents {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	lenient, strictT := map[string]*tally{}, map[string]*tally{}
	var allMatched []matchedPair
	var errs strings.Builder
	for _, d := range docs {
		gold := g.Documents[d]
		text, pred := suggestFile(t, d)
		rs := []rune(text)
		for _, m := range gold {
			if string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("%s: gold %q at %d does not match the text", d, m.Text, m.Start)
			}
		}
		per, matched, gm, pm := score(gold, pred, false)
		allMatched = append(allMatched, matched...)
		for typ, c := range per {
			if lenient[typ] == nil {
				lenient[typ] = &tally{}
			}
			lenient[typ].tp += c.tp
			lenient[typ].fp += c.fp
			lenient[typ].fn += c.fn
		}
		sper, _, _, _ := score(gold, pred, true)
		for typ, c := range sper {
			if strictT[typ] == nil {
				strictT[typ] = &tally{}
			}
			strictT[typ].tp += c.tp
			strictT[typ].fp += c.fp
			strictT[typ].fn += c.fn
		}
		for gi, m := range gold {
			if gm[gi] < 0 {
				fmt.Fprintf(&errs, "  %s MISS %-6s %q @%d\n", d[:3], m.Type, m.Text, m.Start)
			}
		}
		for pi, p := range pred {
			if !pm[pi] {
				fmt.Fprintf(&errs, "  %s FP   %-12s %q @%d (%s %.2f)\n", d[:3], p.Type, p.Quote, p.Start, p.Rule, p.Confidence)
			}
		}
	}
	var out strings.Builder
	fmt.Fprintf(&out, "seed gold quality (%d documents)\n", len(docs))
	fmt.Fprintf(&out, "%-13s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s\n", "type", "tp", "fp", "fn", "len.P", "len.R", "len.F", "str.P", "str.R", "str.F")
	var totL, totS tally
	for _, typ := range []string{TypePerson, TypeOrganisation, TypePlace, TypeDate, TypeNumber, TypeQuote} {
		l, s := lenient[typ], strictT[typ]
		if l == nil {
			l = &tally{}
		}
		if s == nil {
			s = &tally{}
		}
		totL.tp, totL.fp, totL.fn = totL.tp+l.tp, totL.fp+l.fp, totL.fn+l.fn
		totS.tp, totS.fp, totS.fn = totS.tp+s.tp, totS.fp+s.fp, totS.fn+s.fn
		lp, lr, lf := l.prf()
		sp, sr, sf := s.prf()
		fmt.Fprintf(&out, "%-13s %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f\n", typ, l.tp, l.fp, l.fn, lp, lr, lf, sp, sr, sf)
	}
	lp, lr, lf := totL.prf()
	sp, sr, sf := totS.prf()
	fmt.Fprintf(&out, "%-13s %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f\n", "OVERALL", totL.tp, totL.fp, totL.fn, lp, lr, lf, sp, sr, sf)
	ap, ar, af := pairwiseF(allMatched)
	fmt.Fprintf(&out, "alias clustering (pairwise, %d matched named mentions): P %.3f R %.3f F %.3f\n", len(allMatched), ap, ar, af)
	t.Log("\n" + out.String() + "errors:\n" + errs.String())
	fmt.Print(out.String())
	qualitySummary = out.String()
	if lp < 0.90 || lr < 0.85 {
		t.Errorf("overall lenient precision %.3f / recall %.3f below the bar 0.90 / 0.85", lp, lr)
	}
}

// qualitySummary is printed again after all tests (TestMain), so that the
// table is at the end of `go test -v` output, below the fuzz seeds.
var qualitySummary string

func TestMain(m *testing.M) {
	// CLAIMDESK_TAGGER_MODEL measures a model file that train-tagger wrote
	// (-out) before it replaces the shipped one.
	if path := os.Getenv("CLAIMDESK_TAGGER_MODEL"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		mod, err := ReadModel(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(os.Stderr, path+":", err)
			os.Exit(2)
		}
		UseModel(mod)
	}
	// CLAIMDESK_RULE_CONFIDENCE: the rules' table calibrate-rules fitted for
	// that model (-model FILE -out FILE), in place of the shipped one.
	if path := os.Getenv("CLAIMDESK_RULE_CONFIDENCE"); path != "" {
		text, err := os.ReadFile(path)
		if err == nil {
			err = UseRuleConfidence(string(text))
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, path+":", err)
			os.Exit(2)
		}
		ruleConfidenceInUse = string(text)
	}
	code := m.Run()
	if qualitySummary != "" && testing.Verbose() {
		fmt.Print("\n" + qualitySummary)
	}
	os.Exit(code)
}

// TestGoldCopiesMatchShared checks the testdata copies against ../shared when
// it is there.
func TestGoldCopiesMatchShared(t *testing.T) {
	shared := "../../../shared"
	if _, err := os.Stat(filepath.Join(shared, "fixtures", "seed-entities.gold.json")); err != nil {
		t.Skip("no ../shared checkout")
	}
	pairs := map[string]string{"seed-entities.gold.json": filepath.Join(shared, "fixtures", "seed-entities.gold.json")}
	for d := range loadGold(t).Documents {
		pairs[d] = filepath.Join(shared, "seeds", d)
	}
	for local, remote := range pairs {
		a, err1 := os.ReadFile(filepath.Join("testdata", local))
		b, err2 := os.ReadFile(remote)
		if err1 != nil || err2 != nil {
			t.Errorf("%s: %v %v", local, err1, err2)
			continue
		}
		if string(a) != string(b) {
			t.Errorf("testdata/%s differs from %s", local, remote)
		}
	}
}
