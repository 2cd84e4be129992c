package suggest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRuleConfidenceFresh: the shipped rules' table is the one the rules
// and the model give today on the development split. A change to a rule
// (or the model) that moves it fails here until `make calibrate` refits it
// (docs/suggestions.md, "Reproduce").
func TestRuleConfidenceFresh(t *testing.T) {
	if os.Getenv("CLAIMDESK_TAGGER_MODEL") != "" && os.Getenv("CLAIMDESK_RULE_CONFIDENCE") == "" {
		t.Skip("measuring another model file without its rules' table (CLAIMDESK_RULE_CONFIDENCE)")
	}
	path, dev := devSplit(t)
	if got := CalibrateRules(dev); got != ruleConfidenceInUse {
		t.Errorf("the rules' table is stale: the rules (or the model) changed since it was fitted; run `make calibrate CONLL_DEV=%s` and commit model/rule-confidence.txt. Fitted today:\n%s", path, got)
	}
}

// devSplit reads CoNLL-2003's development split where CLAIMDESK_CONLL names
// its folder, and skips the test elsewhere.
func devSplit(t *testing.T) (string, []TrainDoc) {
	dir := os.Getenv("CLAIMDESK_CONLL")
	if dir == "" {
		t.Skip("set CLAIMDESK_CONLL to the folder with eng.testa (docs/suggestions.md)")
	}
	path := filepath.Join(dir, "eng.testa")
	return path, readCoNLLFile(t, path)
}

// ruleConfidenceInUse is the text of the rules' table the tests run with
// (TestMain: CLAIMDESK_RULE_CONFIDENCE, else the shipped one).
var ruleConfidenceInUse = embeddedRuleConfidence

// TestTaggerTableFresh: the model's own reliability table is what its
// weights give on the development split with today's tagger code and
// gazetteer. It reads no rule, so a rule change cannot fail it; a change to
// what the tagger reads (the gazetteer, the title words, a feature) does:
// the weights were trained on the old inputs, so retrain (`make model`).
func TestTaggerTableFresh(t *testing.T) {
	_, dev := devSplit(t)
	m := DefaultModel()
	edges, prec, table := fitCalibration(m, DefaultGazetteer(), dev, len(m.calibEdges))
	same := len(edges) == len(m.calibEdges)
	for i := 0; same && i < len(edges); i++ {
		same = edges[i] == m.calibEdges[i] && prec[i] == m.calibPrec[i]
	}
	if !same {
		t.Errorf("the model's reliability table is not what its weights give today: the tagger's inputs changed since it was trained; run `make model` (docs/suggestions.md). Fitted today:\n%s", table)
	}
}

// TestModelFileHoldsOnlyTheModel: the shipped model file holds exactly what
// WriteModel writes for the model read from it: weights, the tagger's table
// and the word classes, and no rules' table (that one is
// rule-confidence.txt), so nothing in it depends on the rules. (Compared
// uncompressed: compressing takes seconds.)
func TestModelFileHoldsOnlyTheModel(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	writeModelBody(w, DefaultModel())
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), shipped) {
		t.Errorf("model/tagger.bin.gz holds %d bytes, the model read from it %d: a file with the rules' table in it (v14 and before)?", len(shipped), buf.Len())
	}
}

// TestRuleConfidenceFile: the embedded table reads, and a bad one is refused
// with the line it stumbled on.
func TestRuleConfidenceFile(t *testing.T) {
	tab, err := parseRuleConfidence(embeddedRuleConfidence)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab) < 5 {
		t.Errorf("only %d rows with at least %d names", len(tab), minRuleNames)
	}
	for _, bad := range []string{"alias\t0.85\t10\n", "alias\t0.85\t10\t11\n", "alias\tx\t10\t5\n", "alias\t0.85\t0\t0\n"} {
		if _, err := parseRuleConfidence("# head\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: got %v, want an error naming line 2", bad, err)
		}
	}
	few, err := parseRuleConfidence("alias\t0.85\t19\t19\ntitle-cue\t0.85\t20\t15\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := few.calibrated(RuleAlias, 0.85); got != 0.85 {
		t.Errorf("19 names replaced the stated confidence: %v", got)
	}
	if got := few.calibrated(RuleTitleCue, 0.85); got != 0.75 {
		t.Errorf("title-cue at 0.85 with 15 of 20 right: got %v, want 0.75", got)
	}
}

// TestTheRuleThatFoundANameNamesIt: a title cue's person is found again by
// the alias rule at the same place; whatever the rules' table says of the
// two rules, the suggestion is the title cue's, as the table measured it.
func TestTheRuleThatFoundANameNamesIt(t *testing.T) {
	saved := ruleConfidence()
	defer func() { defaultRuleTable = saved }()
	if err := UseRuleConfidence("alias\t0.85\t100\t99\ntitle-cue\t0.85\t100\t60\n"); err != nil {
		t.Fatal(err)
	}
	text := "Minister Wendelin Trask opened the new harbour in Kiel. Trask said it had cost less than planned."
	var got *Suggestion
	out := Default().Suggest(Document{Text: text})
	for i := range out {
		if out[i].Quote == "Wendelin Trask" {
			got = &out[i]
		}
	}
	if got == nil || got.Rule != RuleTitleCue || got.Confidence != float64(float32(0.6)) {
		t.Errorf("want the title cue's person at its calibrated 0.6, got %+v in %+v", got, out)
	}
}
