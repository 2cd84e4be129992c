package match

import (
	"fmt"
	"strings"
	"testing"
)

// benchSentences are invented wire sentences: events of a few kinds, with people,
// countries and objects, so that many pairs share an event class.
var benchSentences = strings.Split(`Kenya and Uganda signed a rail freight agreement on Monday.
Uganda has signed the rail deal with Kenya, officials said.
Ghana and Togo signed a fisheries accord last year.
Kenyan minister Achieng Otieno arrived in Kampala on Sunday.
The delegation led by Wanjiru Kamau arrived in Kampala the previous day.
Two Ugandan patrol boats crossed into Kenyan waters on Lake Victoria, the navy said.
The boats withdrew north of the line within an hour.
Kenya's navy fired warning shots to drive the boats away.
No one was hurt, the police added.
Otieno said the visit came at the invitation of the Ugandan government.
Under the deal, Uganda would ship 1.2 million tonnes of fuel a year.
Officials in Nairobi denied that any binding agreement had been concluded.`, "\n")

func BenchmarkCompareEvents(b *testing.B) {
	var fs []Features
	for _, s := range benchSentences {
		f := NewFeatures(s, nil)
		f.Roles = Roles(s, "")
		for _, c := range Countries(s, "") {
			f.Terms[c] = 1
		}
		fs = append(fs, f)
	}
	ix := NewIndex(fs)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range fs {
			for _, c := range fs {
				ix.CompareEvents(a, c, true)
			}
		}
	}
}

func BenchmarkRoles(b *testing.B) {
	for i := 0; i < b.N; i++ {
		for _, s := range benchSentences {
			Roles(s, "")
		}
	}
}

// BenchmarkReadOriginLongSentence: one sentence of many attributions ("…, the ministry
// said, the ministry said, …", 1,000 and 4,000 clauses). Per-clause readers once copied the
// whole text into a string each time, so the time grew with the square of the sentence.
func BenchmarkReadOriginLongSentence(b *testing.B) {
	for _, n := range []int{1000, 4000} {
		text := "Floods killed 12 people, " + strings.Repeat("the ministry said, ", n) + "the police said."
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				ReadOrigin(text, 0, 10, "Reuters")
			}
		})
	}
}

// BenchmarkReadStates reads the exclusive states of one mention of news length, uncached
// (ReadStates keeps what it read: every snapshot reads every accepted mention's quote).
func BenchmarkReadStates(b *testing.B) {
	text := "The drainage pumps at the Orvel quarry broke down during the storm on Sunday night, two workers told a local radio station, while the operator said the east pump kept working and water levels fell by morning."
	b.ReportAllocs()
	for b.Loop() {
		readStates(text)
	}
}
