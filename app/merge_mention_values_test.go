package app

import (
	"testing"
)

// Both analysts edited one mention's figure: A wrote "about 4,200 sheep; March 2026" (a
// figure and a date), B "4,500 sheep". Whichever side the analyst takes in the merge, the
// mention's stored values are those of its raw value: the merge compares the derived
// columns (value_low, value_high, …) on their own, so taking "mine" for the raw value
// kept B's 4,050–4,950 beside A's "about 4,200", and taking "theirs" kept A's further
// value "March 2026" beside B's "4,500 sheep". Invented article.
func TestMergeKeepsAMentionsValuesWithItsRawValue(t *testing.T) {
	for _, take := range []string{"mine", "theirs"} {
		t.Run(take, func(t *testing.T) {
			base, sbase := MustOpenWorkspace(t, true)
			const q = "about 4,200 sheep were moved across the pass"
			a0, s, e := pasteOne(t, sbase, PastedArticle{Title: "Sheep", Outlet: "Valley Courier", PublishedAt: "2026-04-02",
				Body: "Herders said " + q + " in March 2026, the district office said.\n"}, q)
			d, err := sbase.Claims.AddMention(MentionInput{NewStatement: "Herders moved 4,200 sheep across the pass", ArticleID: a0.ID, Start: s, End: e, Quote: q})
			if err != nil {
				t.Fatal(err)
			}
			spanID := d.Mentions[0].SpanID
			a, sa := copyOf(t, base, "mine")
			b, sb := copyOf(t, base, "theirs")
			if _, err := sa.Claims.UpdateMention(spanID, MentionPatch{RawValue: ptr("about 4,200 sheep; March 2026")}); err != nil {
				t.Fatal(err)
			}
			if _, err := sb.Claims.UpdateMention(spanID, MentionPatch{RawValue: ptr("4,500 sheep")}); err != nil {
				t.Fatal(err)
			}
			plan, err := sa.Merge.Preview(b.DB().Path)
			if err != nil {
				t.Fatal(err)
			}
			var res []MergeResolution
			for _, c := range plan.Conflicts {
				res = append(res, MergeResolution{Key: c.Key, Take: take})
			}
			if len(res) != 1 {
				t.Fatalf("conflicts: %+v", plan.Conflicts)
			}
			if _, err := sa.Merge.Merge(b.DB().Path, res); err != nil {
				t.Fatal(err)
			}
			want := map[string]struct {
				raw       string
				low, high float64
				further   int
			}{"mine": {"about 4,200 sheep; March 2026", 4000, 4400, 1}, "theirs": {"4,500 sheep", 4050, 4950, 0}}[take]
			var raw string
			var low, high float64
			if err := a.DB().QueryRow("SELECT raw_value, value_low, value_high FROM claim_mentions WHERE span_id = ?", spanID).Scan(&raw, &low, &high); err != nil {
				t.Fatal(err)
			}
			further := countWhere(t, a, "SELECT count(*) FROM claim_mention_values WHERE span_id = ?", spanID)
			if raw != want.raw || low != want.low || high != want.high || further != want.further {
				t.Errorf("after taking %s: raw %q read as %g–%g with %d further value(s); want %q as %g–%g with %d",
					take, raw, low, high, further, want.raw, want.low, want.high, want.further)
			}
			// merging the same file again asks nothing and changes nothing
			logged := countRows(t, a, "audit_log")["audit_log"]
			if again, err := sa.Merge.Merge(b.DB().Path, nil); err != nil || again.Changes() != 0 || countRows(t, a, "audit_log")["audit_log"] != logged {
				t.Errorf("merging again: %d changes, %v", again.Changes(), err)
			}
			// one undo takes the whole merge back, values included
			if _, err := sa.History.Undo(); err != nil {
				t.Fatal(err)
			}
			if err := a.DB().QueryRow("SELECT raw_value, value_low FROM claim_mentions WHERE span_id = ?", spanID).Scan(&raw, &low); err != nil {
				t.Fatal(err)
			}
			if raw != "about 4,200 sheep; March 2026" || low != 4000 || countWhere(t, a, "SELECT count(*) FROM claim_mention_values WHERE span_id = ?", spanID) != 1 {
				t.Errorf("after undoing the merge: %q %g", raw, low)
			}
			mustCheck(t, a)
		})
	}
}
