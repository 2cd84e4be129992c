package suggest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// sportsHeading: a document whose first line is a sports heading in capitals.
var sportsHeading = regexp.MustCompile(`^(SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY|ATHLETICS|CYCLING|MOTOR|ICE HOCKEY|BOXING|HORSE|SKIING|NFL|NBA|NHL)`)

// simulateDecisions is what an analyst correcting a document leaves: every
// gold name accepted (or marked), every wrong suggestion rejected.
func simulateDecisions(d TrainDoc, adapt *Model) AdaptDoc {
	ad := AdaptDoc{Text: d.Text, Accepted: d.Spans, Complete: true}
	gold := map[GoldSpan]bool{}
	for _, g := range d.Spans {
		gold[g] = true
	}
	for _, p := range namesOf(Default().Suggest(Document{Text: d.Text, Adaptation: adapt})) {
		if !gold[p] {
			ad.Rejected = append(ad.Rejected, p)
		}
	}
	return ad
}

// TestAdaptationCurve measures learning from the analyst on the CoNLL-2003
// development split: its sports documents are split into documents the
// analyst corrects (N of them) and the rest, on which F1 is measured.
func TestAdaptationCurve(t *testing.T) {
	dir := os.Getenv("CLAIMDESK_CONLL")
	if dir == "" {
		t.Skip("set CLAIMDESK_CONLL (docs/suggestions.md)")
	}
	all := readCoNLLFile(t, filepath.Join(dir, "eng.testa"))
	var domain []TrainDoc
	for _, d := range all {
		if sportsHeading.MatchString(d.Text) {
			domain = append(domain, d)
		}
	}
	rand.New(rand.NewSource(7)).Shuffle(len(domain), func(i, j int) { domain[i], domain[j] = domain[j], domain[i] })
	split := len(domain) * 6 / 10
	train, eval := domain[:split], domain[split:]
	fmt.Printf("adaptation curve: %d sports documents of the development split, %d corrected at most, %d scored\n", len(domain), len(train), len(eval))
	rates := []float32{AdaptRate}
	if os.Getenv("ADAPT_TUNE") != "" {
		rates = []float32{0.25, 1, 4}
	}
	for _, rate := range rates {
		AdaptRate = rate
		fmt.Printf("rate %.2f\n%6s %8s %8s\n", rate, "N", "exact F", "ovl F")
		for _, n := range []int{0, 5, 10, 20, 40, 80, len(train)} {
			if n > len(train) {
				continue
			}
			var ads []AdaptDoc
			for _, d := range train[:n] {
				ads = append(ads, simulateDecisions(d, nil))
			}
			m := Adapt(ads)
			s := evalSuggester(eval, m)
			_, _, ef := micro(s.exact).prf()
			_, _, of := micro(s.overlap).prf()
			fmt.Printf("%6d %8.3f %8.3f\n", n, ef, of)
		}
	}
}
