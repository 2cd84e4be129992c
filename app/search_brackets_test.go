package app

import (
	"strings"
	"testing"
)

// News copy writes its editors' words in square brackets inside quotes ("he [the
// minister] denied it", "[sic]"). A search hit's snippet marked its matches with [ and ],
// so the page took such brackets for marks: the hit read "he the minister denied it" with
// "the minister" highlighted as found, an editor's words shown as the speaker's. Matches
// are marked with U+FDD0 … U+FDD1 (noncharacters, never in text) and a text's own
// brackets come through as written, in every kind of hit and in the unspaced search.
func TestSearchSnippetKeepsTheTextsOwnBrackets(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	claim, err := svc.Claims.Create(ClaimInput{Statement: "The pilot said he [the harbour master] closed the quay", Note: "渡轮停航 [原文如此] 三天"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "Olga Lyubimova", Note: "she [sic] quayside remarks"}); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ query, kind, want string }{
		{"quay", "claim", "he [the harbour master] closed the " + marked("quay")},
		{"quayside", "note", "she [sic] " + marked("quayside")},
		{"停航", "claim", "渡轮" + marked("停航") + " [原文如此]"},
	}
	for _, c := range cases {
		hits, err := svc.Search.Search(c.query, 20)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range hits {
			if h.Kind != c.kind {
				continue
			}
			found = true
			if !strings.Contains(h.Snippet, c.want) {
				t.Errorf("%q: the %s hit's snippet is %q; want it to hold %q", c.query, c.kind, h.Snippet, c.want)
			}
			if c.kind == "claim" && h.ID != claim.ID {
				t.Errorf("%q: claim %d, want %d", c.query, h.ID, claim.ID)
			}
		}
		if !found {
			t.Errorf("%q: no %s hit in %+v", c.query, c.kind, hits)
		}
	}
}

// marked is word as a hit's snippet marks a match.
func marked(word string) string { return string(markOpen) + word + string(markClose) }
