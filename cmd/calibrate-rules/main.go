// Command calibrate-rules fits the rules' confidence table (make calibrate):
// on the development split, how often each rule's names are right at each
// stated confidence once merged with the tagger, written to
// app/suggest/model/rule-confidence.txt, which the suggester embeds. It
// runs in seconds; run it after any change to the rules or the model
// (TestRuleConfidenceFresh fails until then; docs/suggestions.md).
package main

import (
	"flag"
	"fmt"
	"os"

	"claimdesk/app/suggest"
)

func main() {
	dev := flag.String("dev", "", "CoNLL-2003 development split (eng.testa)")
	model := flag.String("model", "", "tagger model file to merge with (default: the shipped one)")
	out := flag.String("out", "app/suggest/model/rule-confidence.txt", "table to write")
	flag.Parse()
	if *dev == "" {
		fail(fmt.Errorf("give -dev eng.testa (CONLL_DEV=FILE for make calibrate; docs/suggestions.md says where to get it)"))
	}
	docs, err := suggest.ReadCoNLLFile(*dev)
	if err != nil {
		fail(err)
	}
	if *model != "" {
		f, err := os.Open(*model)
		if err != nil {
			fail(err)
		}
		m, err := suggest.ReadModel(f)
		f.Close()
		if err != nil {
			fail(fmt.Errorf("%s: %v", *model, err))
		}
		suggest.UseModel(m)
	} else if suggest.DefaultModel() == nil {
		fail(fmt.Errorf("the shipped model cannot be read"))
	}
	table := suggest.CalibrateRules(docs)
	if err := os.WriteFile(*out, []byte(table), 0o644); err != nil {
		fail(err)
	}
	fmt.Print(table)
	fmt.Printf("wrote %s\n", *out)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "calibrate-rules:", err)
	os.Exit(1)
}
