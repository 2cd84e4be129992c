package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// Both analysts accepted the same proposal for the shared claim (each a span of its own,
// another uuid) and reworded the claim differently. After the merge, from their file or
// their export bundle, the sentence is one mention of the claim, not two: the claim used to
// count three mentions for two sentences, and the mentions CSV had the row twice. Their
// tag on it lands on ours. Invented articles.
func TestMergeMeetsTheSameMentionMarkedOnBothSides(t *testing.T) {
	for _, via := range []string{"workspace", "bundle"} {
		t.Run(via, func(t *testing.T) {
			base, sbase := MustOpenWorkspace(t, true)
			d, b, ref := korvinArrival(t, sbase)
			mine, sa := copyOf(t, base, "mine")
			other, sb := copyOf(t, base, "theirs")
			if _, err := sa.Matching.Accept(d.ID, ref); err != nil {
				t.Fatal(err)
			}
			bd, err := sb.Matching.Accept(d.ID, ref)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := sb.Tags.TagSpan(mentionIn(t, bd, b.ID).SpanID, "checked"); err != nil {
				t.Fatal(err)
			}
			if _, err := sa.Claims.Update(d.ID, ClaimPatch{Statement: ptr("Korvin arrived in Tallinn on Tuesday")}); err != nil {
				t.Fatal(err)
			}
			if _, err := sb.Claims.Update(d.ID, ClaimPatch{Statement: ptr("Korvin came to Tallinn")}); err != nil {
				t.Fatal(err)
			}
			path := other.DB().Path
			if via == "bundle" {
				path = filepath.Join(t.TempDir(), "theirs.jsonl")
				if _, err := sb.Export.ExportToFile(path, false, ExportOptions{What: "bundle"}); err != nil {
					t.Fatal(err)
				}
			}
			plan, err := sa.Merge.Preview(path)
			if err != nil {
				t.Fatal(err)
			}
			var res []MergeResolution
			for _, c := range plan.Conflicts {
				res = append(res, MergeResolution{Key: c.Key, Take: "theirs"})
			}
			if len(res) != 1 || plan.Conflicts[0].Table != "claims" {
				t.Fatalf("conflicts: %+v; want the statement only", plan.Conflicts)
			}
			if _, err := sa.Merge.Merge(path, res); err != nil {
				t.Fatal(err)
			}
			got, err := sa.Claims.Get(d.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Statement != "Korvin came to Tallinn" || len(got.Mentions) != 2 || got.Articles != 2 {
				t.Errorf("after the merge: %q with %d mentions in %d articles; want their wording, 2 mentions in 2 articles", got.Statement, len(got.Mentions), got.Articles)
			}
			if m := mentionIn(t, got, b.ID); len(m.Quote) == 0 {
				t.Errorf("no mention in Baltic Ledger")
			}
			ex, err := sa.Export.Export(ExportOptions{What: "mentions"})
			if err != nil || ex.Rows != 2 || strings.Count(ex.Content, "Baltic Ledger") != 1 {
				t.Errorf("mentions export: %d rows, %v:\n%s", ex.Rows, err, ex.Content)
			}
			spans, _ := sa.Spans.ListForArticle(b.ID, true)
			if len(spans) != 1 || len(spans[0].Tags) != 1 || spans[0].Tags[0].Name != "checked" {
				t.Errorf("Baltic Ledger's spans after the merge: %+v; want one, tagged checked", spans)
			}
			// merging again changes nothing
			if again, err := sa.Merge.Merge(path, nil); err != nil || again.Changes() != 0 {
				t.Errorf("merging again: %+v %v", again, err)
			}
			mustCheck(t, mine)
		})
	}
}
