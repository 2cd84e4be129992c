package app

import (
	"fmt"
	"testing"
)

// The adaptation is not stored: it is learned from the decisions, so a workspace that
// merges another analyst's workspace learns from that analyst's decisions too. B had
// already learned (and cached) its own adaptation before the merge.
func TestAdaptationFollowsAMergedWorkspace(t *testing.T) {
	a, sa := MustOpenWorkspace(t, true)
	_, sb := MustOpenWorkspace(t, true)
	// B has a decision of its own, so it holds an adaptation before the merge.
	own := importText(t, sb, "own.txt", "Ferry talks\n\nMaria Keller met port officials in Hamburg on Tuesday.\n")
	if _, err := sb.Suggestions.Run(own); err != nil {
		t.Fatal(err)
	}
	if _, err := sb.Suggestions.AcceptWhere(SuggestionFilter{ArticleID: own}); err != nil {
		t.Fatal(err)
	}
	probe := importText(t, sb, "probe.txt", marketStory(20))
	if _, err := sb.Suggestions.Run(probe); err != nil {
		t.Fatal(err)
	}
	if !namedAs(t, sb, probe, "Bitcoin") {
		t.Fatal("the shipped tagger does not take Bitcoin for a name: pick another word for this test")
	}
	// A rejects Bitcoin in four reviewed stories.
	for i := 1; i <= 4; i++ {
		id := importText(t, sa, fmt.Sprintf("m%d.txt", i), marketStory(i))
		reject, accept := runAndSplit(t, sa, id, "Bitcoin")
		if len(reject) > 0 {
			if _, err := sa.Suggestions.Reject(reject); err != nil {
				t.Fatal(err)
			}
		}
		if len(accept) > 0 {
			if _, err := sa.Suggestions.Accept(accept); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := sb.Merge.Merge(a.DB().Path, nil); err != nil {
		t.Fatal(err)
	}
	after := importText(t, sb, "after.txt", marketStory(21))
	if _, err := sb.Suggestions.Run(after); err != nil {
		t.Fatal(err)
	}
	if namedAs(t, sb, after, "Bitcoin") {
		t.Error("after merging a workspace where Bitcoin was rejected in four reviewed stories, Bitcoin is still proposed")
	}
}
