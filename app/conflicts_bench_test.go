package app

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkConflictsManyValues: a claim's contradictions when its two mentions each carry
// n values (a raw value listing n figures: nothing limits how many an analyst types).
// Each pair of values asked again whether either agreed with another value of the other
// mention, so the time grew with n³.
func BenchmarkConflictsManyValues(b *testing.B) {
	for _, n := range []int{50, 200} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			_, svc := MustOpenWorkspace(b, false)
			var raw, raw2 []string
			for i := 0; i < n; i++ {
				raw = append(raw, fmt.Sprint(1000+i*7))
				raw2 = append(raw2, fmt.Sprint(5000+i*13))
			}
			body := "Counts. The ministry gave figures: " + strings.Join(raw, "; ") + ".\n"
			id := importText(b, svc, "a.txt", "Counts\n\n"+body)
			a, _ := svc.Articles.Get(id)
			q := "The ministry gave figures"
			at := int64(len([]rune(a.Body[:strings.Index(a.Body, q)])))
			d, err := svc.Claims.AddMention(MentionInput{NewStatement: "The ministry gave figures", ArticleID: id, Start: at, End: at + int64(len(q)), Quote: q, RawValue: strings.Join(raw, "; ")})
			if err != nil {
				b.Fatal(err)
			}
			id2 := importText(b, svc, "b.txt", "Counts two\n\nAnother report. "+body)
			a2, _ := svc.Articles.Get(id2)
			at2 := int64(len([]rune(a2.Body[:strings.Index(a2.Body, q)])))
			if _, err := svc.Claims.AddMention(MentionInput{ClaimID: &d.ID, ArticleID: id2, Start: at2, End: at2 + int64(len(q)), Quote: q, RawValue: strings.Join(raw2, "; ")}); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cs, err := svc.Conflicts.ForClaim(d.ID)
				if err != nil {
					b.Fatal(err)
				}
				if i == 0 {
					b.ReportMetric(float64(len(cs)), "conflicts")
				}
			}
		})
	}
}
