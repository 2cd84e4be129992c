package app

import (
	"fmt"
	"testing"

	"claimdesk/app/names"
	"claimdesk/db/store"
)

// BenchmarkAliasIndexNamedIn reads sentences against 100,000 invented names (a tenth of
// them one word), as the matcher reads each sentence of a proposal's corpus.
func BenchmarkAliasIndexNamedIn(b *testing.B) {
	var rows []store.ListEntityAliasKeysRow
	for i := range 100000 {
		name := fmt.Sprintf("Varn%d Water Board of Kestel%d", i, i%97)
		if i%10 == 0 {
			name = fmt.Sprintf("Hydrel%d", i)
		}
		rows = append(rows, store.ListEntityAliasKeysRow{ID: int64(i), Type: "organisation", Name: name, AliasKey: names.Key(name)})
	}
	ix := newAliasIndex(rows)
	texts := []string{
		"The evacuation of Dravik was ordered on Tuesday by the Hydrel30 agency after the river rose.",
		"Officials of the Varn41 Water Board of Kestel41 said the pumps would run through the night.",
		"Buses left at dawn, and the national guard closed the bridge to all but rescue crews.",
		"HWR engineers told reporters that the dam held, although water reached the spillway twice.",
	}
	b.ResetTimer()
	for i := range b.N {
		ix.namedIn(texts[i%len(texts)], "person", "organisation")
	}
}
