package app

import "testing"

// A masthead, a byline or a date line is no statement of a claim; a sentence that names
// the outlet and tells something is. Lines written for this test.
func TestFurnitureLines(t *testing.T) {
	a := &matchArticle{source: "Harbour Gazette", byline: "Lina Okafor and Petr Dusek"}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harbour Gazette", true},
		{"HARBOUR GAZETTE", true},
		{"By Lina Okafor and Petr Dusek", true},
		{"Thursday 14 May 2026", true},
		{"Updated 14 May 2026, 16:05", true},
		{"Harbour Gazette | 14 May 2026, 08:30", true},
		{"Harbour Gazette, 14 May 2026", true},
		{"The Harbour Gazette reported that 300 dockers walked out on 14 May 2026", false},
		{"Lina Okafor counted 40 boats at the quay", false},
		{"Dockers walked out on Thursday", false},
		{"Harbour Gazette staff joined the strike", false},
	} {
		if got := a.furniture(c.text); got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.text, got, c.want)
		}
	}
	if (&matchArticle{}).furniture("Harbour Gazette") {
		t.Error("an outlet's name is furniture in an article with no outlet")
	}
}
