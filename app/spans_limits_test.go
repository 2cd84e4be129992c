package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// Issue 15, smaller ones: 10,000 tags on one span were accepted. A span (and a claim)
// carries at most MaxTagsPerItem; a refused tagging changes nothing.
func TestTagsPerSpanAreCapped(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	many := make([]string, 10000)
	for i := range many {
		many[i] = fmt.Sprintf("tag %d", i)
	}
	_, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Note: "n", Tags: many})
	wantCode(t, err, CodeInvalid, "at most 50 tags")
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Note: "n", Tags: many[:MaxTagsPerItem]})
	if err != nil {
		t.Fatal(err)
	}
	_, err = svc.Tags.TagSpan(sp.ID, "one more")
	wantCode(t, err, CodeInvalid, "already has 50 tags")
	// Tagging again with a tag it has is not a new tag.
	if _, err := svc.Tags.TagSpan(sp.ID, "tag 0"); err != nil {
		t.Errorf("re-tagging with a tag it has: %v", err)
	}
	got, _ := svc.Spans.Get(sp.ID)
	if len(got.Tags) != MaxTagsPerItem {
		t.Errorf("span has %d tags", len(got.Tags))
	}
	tags, _ := svc.Tags.List()
	for _, tg := range tags {
		if tg.Name == "one more" || tg.Name == "tag 60" {
			t.Errorf("a refused tagging left tag %q behind", tg.Name)
		}
	}
}

// Issue 15, smaller ones: the service, not only the UI, keeps a span from cutting a
// grapheme cluster.
func TestSpanCreateSnapsToGraphemes(t *testing.T) {
	_, svc := MustOpenWorkspace(t, true)
	sum, err := svc.Import.ImportFiles([]ImportFile{{Name: "flags.txt", Content: b64("Flags at the summit\n\nThe delegation flew 🇰🇵 and 🇷🇺 flags; the minister, Lyubimova\u0301, waved.\n")}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %v %+v", err, sum)
	}
	id := sum.Items[0].ArticleID
	art, err := svc.Articles.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	start := utf8.RuneCountInString(art.Body[:strings.Index(art.Body, "🇰🇵")]) + 1 // the second regional indicator: half a flag
	sp, err := svc.Spans.Create(SpanInput{ArticleID: id, Kind: "note", Start: int64(start), End: int64(start + 1), Note: "half a flag"})
	if err != nil {
		t.Fatal(err)
	}
	if sp.Quote != "🇰🇵" || sp.Start != int64(start-1) || sp.End != int64(start+1) {
		t.Errorf("half a flag stored as %q [%d,%d)", sp.Quote, sp.Start, sp.End)
	}
}
