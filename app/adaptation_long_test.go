package app

import (
	"fmt"
	"strings"
	"testing"
)

// longReport is a made-up council report of about n characters, with names, dates and
// figures in every sentence.
func longReport(n int) string {
	var b strings.Builder
	b.WriteString("Long council report\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Mayor Anna Brel of Corvale told the Harbour Council on %d March that the Valdoria Port Authority would spend %d million euros. ", i%28+1, i)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkAdaptationLongArticle: the adaptation learned again after a decision, when
// the analyst has accepted every suggestion of one 200,000-character article (the
// learning runs at the start of every suggestion run after a decision changed).
func BenchmarkAdaptationLongArticle(b *testing.B) {
	_, svc := MustOpenWorkspace(b, true)
	id := importText(b, svc, "long.txt", longReport(200_000))
	if _, err := svc.Suggestions.Run(id); err != nil {
		b.Fatal(err)
	}
	n, err := svc.Suggestions.AcceptWhere(SuggestionFilter{ArticleID: id})
	if err != nil || n == 0 {
		b.Fatalf("accepted %d: %v", n, err)
	}
	ctx := svc.Suggestions.ws.Context()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		svc.Suggestions.adapt.key, svc.Suggestions.adapt.at = "", suggestInputs{} // as after a decision
		in, err := svc.Suggestions.readInputs(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if m, err := svc.Suggestions.adaptation(ctx, in); err != nil || m == nil {
			b.Fatalf("no adaptation: %v", err)
		}
	}
}

// A reviewed article longer than one article's share of the learning is learned from in
// part (cut at a line break): the decisions in that part still teach, and the ones past
// the cut are left out without harm.
func TestAdaptationLearnsFromTheStartOfALongArticle(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	var b strings.Builder
	b.WriteString("Crypto digest\n\n")
	for i := 1; b.Len() < 3*adaptMaxArticleChars; i++ {
		b.WriteString(strings.SplitN(marketStory(i), "\n\n", 2)[1])
		b.WriteString("\n")
	}
	id := importText(t, svc, "digest.txt", b.String())
	if _, err := svc.Suggestions.Run(id); err != nil {
		t.Fatal(err)
	}
	var reject, accept []int64
	last := int64(0)
	for _, s := range mustList(t, svc, SuggestionFilter{ArticleID: id}) {
		if s.Quote == "Bitcoin" {
			reject = append(reject, s.SpanID)
			last = max(last, s.End)
		} else {
			accept = append(accept, s.SpanID)
		}
	}
	if len(reject) < 10 || last < int64(2*adaptMaxArticleChars) {
		t.Fatalf("Bitcoin proposed %d times, last at %d: the digest does not test the cut", len(reject), last)
	}
	if _, err := svc.Suggestions.Reject(reject); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Suggestions.Accept(accept); err != nil {
		t.Fatal(err)
	}
	after := importText(t, svc, "after.txt", marketStory(10_000))
	if _, err := svc.Suggestions.Run(after); err != nil {
		t.Fatal(err)
	}
	if namedAs(t, svc, after, "Bitcoin") {
		t.Error("Bitcoin, rejected all through a reviewed 150,000-character digest, is still proposed")
	}
}

func TestClipAtBreak(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdefg\nhi jk lm", 12, "abcdefg\n"},  // the line break in the second half
		{"abcdef ghij klm", 12, "abcdef ghij "}, // else the last space
		{"😀😀😀 😀😀😀😀", 6, "😀😀😀 "},                 // code points, not bytes
		{"abcdefghij", 4, "abcd"},               // no break: cut at n
	} {
		got, n := clipAtBreak(c.text, c.n)
		if got != c.want || n != len([]rune(got)) {
			t.Errorf("clipAtBreak(%q, %d) = %q, %d; want %q", c.text, c.n, got, n, c.want)
		}
	}
}
