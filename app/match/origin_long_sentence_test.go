package match

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// runOnSentence is a "sentence" of n words with no full stop: a transcript or a scraped
// page pasted without punctuation. dense draws every word from reporting verbs, names,
// relays and quote marks (an attack); otherwise common words with one "said", one "the
// council" and one name in a hundred. Written for this test.
func runOnSentence(n int, dense bool) string {
	r := rand.New(rand.NewSource(7))
	words := strings.Fields("the harbour said council was quoted by TASS as saying not denied blamed in 2019 Brandt " +
		"Minister Dr. K. 300 people according to “ ” ‘ ’ \" ( ) Interfax told citing that")
	common := strings.Fields("the a of to and in that it was for on with as at by from his her they we this be have " +
		"had not but were are which one all their there been if more when will would who so no out up about into than " +
		"them can only other new some could time these two may then do first any now such like over even most made " +
		"after also did many before must through back years where much way well down should because each just those " +
		"people how too little state good very make world still own see work long get here between both life being " +
		"under never day same another know while last might great old year off come since against go came right used")
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := common[r.Intn(len(common))]
		switch x := r.Intn(100); {
		case dense:
			w = words[r.Intn(len(words))]
		case x == 0:
			w = "said"
		case x == 1:
			w = "the council"
		case x == 2:
			w = "Brandt"
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// Attack (ratk7): a statement marked at the end of a run-on sentence of 40,000 words.
// The reader went over the sentence once per reporting verb in it, each time with
// patterns over the text before the verb: 20,000 words took 9.8 s for one mention (40,000
// words about four times that), inside the write transaction that marks it (every other
// window's edit waited, then failed as busy). It reads a long sentence in stretches of at
// most maxOriginSentence characters now (of those before the statement's, the nearest
// stretchesBefore), finds a name's mentions once, and looks back at most bodyLookback
// characters for a body named by its kind. The 2-minute guard stands for "it ends" (the reading takes
// well under a second; BenchmarkReadOriginRunOn has the figures).
func TestReadOriginOfARunOnSentenceEnds(t *testing.T) {
	for _, dense := range []bool{false, true} {
		long := runOnSentence(40000, dense)
		tail := "Ilse Brandt of the Tarrow Harbour Board said 300 boats were waiting."
		text := long + tail
		start := len([]rune(long)) + strings.Index(tail, "300")
		done := make(chan OriginReading, 1)
		go func() { done <- ReadOrigin(text, start, start+len("300 boats were waiting"), "Corvale Weekly") }()
		select {
		case o := <-done:
			if o.Root == "" {
				t.Errorf("dense=%v: the speaker right before the statement was not read: %+v", dense, o)
			}
		case <-time.After(2 * time.Minute): // not a timing: a bound far above the reading (about 1 s at load 19) for "it ends"
			t.Fatalf("dense=%v: ReadOrigin on a 40,000-word sentence did not end within 2 minutes", dense)
		}
	}
}

// BenchmarkReadOriginRunOn: a mention in the middle of a run-on sentence of 20,000
// words, of common words and of reporting words only (dense).
func BenchmarkReadOriginRunOn(b *testing.B) {
	for _, dense := range []bool{false, true} {
		text := runOnSentence(20000, dense)
		mid := strings.LastIndex(text[:len(text)/2], " ") + 1
		start := len([]rune(text[:mid]))
		b.Run(fmt.Sprint("dense=", dense), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ReadOrigin(text, start, start+3, "Corvale Weekly")
			}
		})
	}
}
