package app

import (
	"fmt"
	"testing"
)

// BenchmarkInitialsPairs: the acronym pass of ProposeMerges on 100,000 entities, 2,000 of
// them acronyms (docs/performance.md gives ProposeMerges 3.4 s at that size). The
// reference in the same run is one pass over the same names doing only the per-entity
// work every pass needs (the type test), so the ratio says what the lookups add.
func BenchmarkInitialsPairs(b *testing.B) {
	words := []string{"National", "Institute", "Public", "Health", "Northern", "Board", "Agency", "Union", "Medical", "Office"}
	ents := make([]EntitySummary, 0, 100_000)
	for i := range 100_000 {
		name := fmt.Sprintf("%s %s of %s %s%d", words[i%10], words[(i/10)%10], words[(i/100)%10], words[(i/1000)%10], i)
		if i%50 == 0 {
			name = string(rune('A'+i%26)) + string(rune('A'+(i/26)%26)) + string(rune('A'+(i/676)%26))
		}
		ents = append(ents, EntitySummary{ID: int64(i + 1), Type: "organisation", Name: name})
	}
	b.Run("reference", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for _, e := range ents {
				if e.Type == "organisation" {
					n++
				}
			}
			_ = n
		}
	})
	b.Run("initialsPairs", func(b *testing.B) {
		for b.Loop() {
			_ = initialsPairs(ents)
		}
	})
}
