package ingest

import "testing"

// Texts written for this test: a story, its revision, and an unrelated story from the
// same kind of wire copy.
const (
	storyV1 = "The harbour authority in Dunmore said on Tuesday that the ferry link to the islands " +
		"would close for three weeks while engineers replace the main ramp. About 400 residents rely on it."
	storyV2 = "The harbour authority in Dunmore said on Tuesday that the ferry link to the islands " +
		"would close for four weeks while engineers replace the main ramp. About 400 residents rely on it. " +
		"A replacement boat will run twice a day, the authority added."
	otherStory = "The regional council said on Tuesday that it would open two new libraries next year, " +
		"funded by a grant from the education ministry. The council did not say where they would be."
)

func TestSimilarity(t *testing.T) {
	cases := []struct {
		name    string
		a, b    string
		similar bool
	}{
		{"same text", storyV1, storyV1, true},
		{"revision: a figure changed, a paragraph added", storyV1, storyV2, true},
		{"revision, other way round", storyV2, storyV1, true},
		{"case and punctuation only", storyV1, "THE HARBOUR AUTHORITY, in Dunmore; said on Tuesday that the ferry link to the islands would close for three weeks while engineers replace the main ramp - about 400 residents rely on it", true},
		{"unrelated story with stock phrases", storyV1, otherStory, false},
		{"empty", storyV1, "", false},
		{"two words", "Ferry closed", "ferry CLOSED!", true},
	}
	for _, c := range cases {
		got := Similarity(c.a, c.b)
		if (got >= VersionSimilarity) != c.similar {
			t.Errorf("%s: similarity %.2f, similar want %v", c.name, got, c.similar)
		}
	}
	if s := Similarity(storyV1, otherStory); s > 0.1 {
		t.Errorf("unrelated stories scored %.2f, want near 0", s)
	}
}
