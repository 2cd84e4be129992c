package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"claimdesk/app/suggest"
)

// bilouTagger trains a small BILOU tagger on invented sentences: a stand-in for a
// binary that ships a model of the other encoding.
func bilouTagger(t *testing.T) *suggest.Model {
	t.Helper()
	var docs []suggest.TrainDoc
	for i, p := range []struct{ person, firm, place string }{
		{"Varo Lindqvist", "Tomo", "Oslo"}, {"Ema", "Brandauer Freight", "Port Aleph"},
		{"Ilse Castell Reyes", "Kestrel", "Lima"}, {"Tomo", "Ardent Mills Group", "New Brindle"},
	} {
		text := fmt.Sprintf("Story %d\n\n%s told reporters that %s will build a plant near %s.\n", i, p.person, p.firm, p.place)
		span := func(word, typ string) suggest.GoldSpan {
			at := len([]rune(text[:strings.Index(text, word)]))
			return suggest.GoldSpan{Start: at, End: at + len([]rune(word)), Type: typ}
		}
		docs = append(docs, suggest.TrainDoc{Text: text, Spans: []suggest.GoldSpan{
			span(p.person, suggest.TypePerson), span(p.firm, suggest.TypeOrganisation), span(p.place, suggest.TypePlace)}})
	}
	m := suggest.Train(docs, suggest.DefaultGazetteer(), suggest.TrainOptions{Epochs: 4, Seed: 1, Encoding: suggest.BILOU})
	if m.Encoding() != suggest.BILOU {
		t.Fatalf("trained a %s tagger", m.Encoding())
	}
	return m
}

// A workspace whose analyst decided under the shipped (BIO) tagger reads on under a
// tagger of the other label encoding: nothing stored depends on the encoding (the
// decisions are), so the adaptation is learned again in the new tagger's encoding, in a
// workspace opened afresh (a new binary) and in a running service whose tagger changed;
// no decision is lost.
func TestAdaptationLearnsAgainUnderAnotherEncoding(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	for i := 1; i <= 3; i++ {
		id := importText(t, svc, fmt.Sprintf("m%d.txt", i), marketStory(i))
		reject, accept := runAndSplit(t, svc, id, "Bitcoin")
		if i == 1 && len(reject) == 0 {
			t.Fatal("the shipped tagger no longer takes Bitcoin for a name: pick another word for this test")
		}
		if len(reject) > 0 {
			if _, err := svc.Suggestions.Reject(reject); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := svc.Suggestions.Accept(accept); err != nil {
			t.Fatal(err)
		}
	}
	adaptationOf := func(s *Services) *suggest.Model {
		t.Helper()
		in, err := s.Suggestions.readInputs(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		m, err := s.Suggestions.adaptation(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if m == nil {
			t.Fatal("no adaptation learned from the analyst's decisions")
		}
		return m
	}
	if enc := adaptationOf(svc).Encoding(); enc != suggest.BIO {
		t.Fatalf("under the shipped tagger the adaptation is %s", enc)
	}
	decided := func(s *Services) int64 {
		fp, err := s.Suggestions.ws.DB().Q.AdaptationFingerprint(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return fp.Decided
	}
	before := decided(svc)

	shipped := suggest.DefaultModel()
	suggest.UseModel(bilouTagger(t))
	t.Cleanup(func() { suggest.UseModel(shipped) })

	// the running service: its cached adaptation was learned on the other tagger
	probe := importText(t, svc, "probe.txt", marketStory(4))
	if _, err := svc.Suggestions.Run(probe); err != nil {
		t.Fatalf("a run under a BILOU tagger: %v", err)
	}
	if enc := adaptationOf(svc).Encoding(); enc != suggest.BILOU {
		t.Errorf("the running service kept a %s adaptation under a BILOU tagger", enc)
	}
	// the workspace opened afresh, as a new binary would
	ws2, err := OpenWorkspace(context.Background(), ws.DB().Path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws2.Close() })
	svc2 := NewServices(ws2)
	if enc := adaptationOf(svc2).Encoding(); enc != suggest.BILOU {
		t.Errorf("a workspace opened under a BILOU tagger learned a %s adaptation", enc)
	}
	other := importText(t, svc2, "other.txt", marketStory(5))
	if _, err := svc2.Suggestions.Run(other); err != nil {
		t.Fatalf("a run in the reopened workspace: %v", err)
	}
	if after := decided(svc2); after != before {
		t.Errorf("%d decided name spans before the change of tagger, %d after", before, after)
	}
}
