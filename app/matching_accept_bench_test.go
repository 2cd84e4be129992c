package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkAcceptFortyWithVagueOrigins: MatchService.Accept of every proposal for a claim
// stated in 41 articles (a story written for this benchmark, each article with its own
// dateline and padding), each attributing it to "the dam's operator": every accepted mention's
// vague origin is resolved against the claim's other articles (app/origin_vague.go), so
// the work grows with mentions × articles. Each iteration accepts, then undoes.
func BenchmarkAcceptFortyWithVagueOrigins(b *testing.B) {
	_, s := MustOpenWorkspace(b, true)
	dir := b.TempDir()
	towns := []string{"LOWER FORD", "EAST QUARRY", "MILL BEND", "HOLLOW CROSS"}
	var paths []string
	for i := range 41 {
		pad := strings.Repeat(fmt.Sprintf("Residents of district %d queued for bottled water at schools and the rail station, officials said. ", i), 25)
		text := fmt.Sprintf("Dam breach floods villages %d\n\n%s, April %d (Wire %d) -- The dam's operator said on Monday that a dam on the Ural river burst after days of heavy rain, flooding about 40 homes in two villages. %s",
			i, towns[i%len(towns)], 1+i%28, i, pad)
		p := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
	}
	if _, err := s.Import.ImportPaths(paths, ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	arts, err := s.Articles.List()
	if err != nil || len(arts) != 41 {
		b.Fatalf("%d articles, %v", len(arts), err)
	}
	first, err := s.Articles.Get(arts[0].ID)
	if err != nil {
		b.Fatal(err)
	}
	quote := "a dam on the Ural river burst after days of heavy rain, flooding about 40 homes in two villages"
	i := strings.Index(first.Body, quote)
	start := int64(len([]rune(first.Body[:i])))
	d, err := s.Claims.AddMention(MentionInput{NewStatement: "A dam on the Ural river burst, flooding about 40 homes", ArticleID: first.ID,
		Start: start, End: start + int64(len([]rune(quote))), Quote: quote})
	if err != nil {
		b.Fatal(err)
	}
	cands, err := s.Matching.Propose(d.ID)
	if err != nil || len(cands) < 30 {
		b.Fatalf("%d proposals, %v", len(cands), err)
	}
	refs := make([]CandidateRef, len(cands))
	for k, c := range cands {
		refs[k] = CandidateRef{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Quote: c.Quote, Score: c.Score}
	}
	b.ResetTimer()
	for range b.N {
		got, err := s.Matching.Accept(d.ID, refs)
		if err != nil || len(got.Mentions) != len(refs)+1 {
			b.Fatalf("accept: %v, %d mentions", err, len(got.Mentions))
		}
		b.StopTimer()
		if _, err := s.History.Undo(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(len(refs)), "candidates")
}
