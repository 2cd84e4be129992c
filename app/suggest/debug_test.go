package suggest

import (
	"fmt"
	"os"
	"testing"

	"claimdesk/app/ingest"
)

func TestDumpSeeds(t *testing.T) {
	f := os.Getenv("SUGGEST_DUMP")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	text := string(raw)
	pub := ingest.ParsePlainText(ingest.Normalize(text)).PublishedAt
	fmt.Println("pub", pub)
	for _, s := range Default().Suggest(Document{Text: text, PublishedAt: pub}) {
		fmt.Printf("%-12s %5d %-40q %-18s %.2f key=%q norm=%q hedge=%q spk=%q\n", s.Type, s.Start, s.Quote, s.Rule, s.Confidence, s.EntityKey, s.Normalized, s.Hedge, s.Speaker)
	}
}
