package match

import "testing"

// Sentences written for this test.
func TestClausesSplitAJoinedSentence(t *testing.T) {
	text := "Officials said. Three climbers were airlifted to safety after an avalanche buried their camp, the park service said."
	s := Sentences(text)[1]
	got := Clauses(s)
	want := []string{"Three climbers were airlifted to safety", "after an avalanche buried their camp, the park service said."}
	if len(got) != len(want) {
		t.Fatalf("Clauses(%q) = %+v, want %q", s.Text, got, want)
	}
	rs := []rune(text)
	for i, c := range got {
		if c.Text != want[i] || string(rs[c.Start:c.End]) != c.Text {
			t.Errorf("clause %d = %q at [%d,%d) (%q), want %q", i, c.Text, c.Start, c.End, string(rs[c.Start:c.End]), want[i])
		}
	}
	if c := Clauses(Sentence{Text: "The bridge reopened on Monday."}); c != nil {
		t.Errorf("one clause split into %+v", c)
	}
	// a short piece stays with its neighbour
	if c := Clauses(Sentence{Text: "Rain fell, but not for long, and the match went on as planned."}); len(c) != 1 && len(c) != 0 {
		for _, x := range c {
			if len(Words(x.Text)) < minClauseWords {
				t.Errorf("short clause %q", x.Text)
			}
		}
	}
}

// An appositive after ", its" comments on the main clause: a statement of its own.
// Sentence written for this test.
func TestClausesSplitAtIts(t *testing.T) {
	got := Clauses(Sentence{Text: "The bank of Ghana cut its main rate to 18% on Monday, its second cut this year"})
	if len(got) != 2 || got[1].Text != "its second cut this year" {
		t.Errorf("Clauses = %+v", got)
	}
}

// A trailing ", said <speaker>" is a clause of its own: the statement before it is
// compared without the speaker's name and titles. Sentence written for this test.
func TestClausesSplitAtSaid(t *testing.T) {
	got := Clauses(Sentence{Text: "A cargo plane skidded off the runway in Entebbe, said the authority's deputy director, Captain Ann Mugisha."})
	if len(got) != 2 || got[0].Text != "A cargo plane skidded off the runway in Entebbe" {
		t.Errorf("Clauses = %+v", got)
	}
}

// A participle clause after a comma tells a consequence of the lead's statement: a claim of
// its own. A preposition or noun in -ing opens none. Sentences written for this test.
func TestClausesSplitAtAParticiple(t *testing.T) {
	got := Clauses(Sentence{Text: "A tornado tore through the town of Millbrook on Sunday, killing four people in a trailer park"})
	if len(got) != 2 || got[1].Text != "killing four people in a trailer park" {
		t.Errorf("Clauses = %+v", got)
	}
	got = Clauses(Sentence{Text: "A tornado tore through Millbrook on Sunday, flattening a school gym and killing four people in a trailer park"})
	if len(got) != 3 || got[2].Text != "and killing four people in a trailer park" {
		t.Errorf("Clauses = %+v", got)
	}
	// three words are enough for a participle clause
	got = Clauses(Sentence{Text: "A gas main exploded in the old town late on Friday, injuring nine people"})
	if len(got) != 2 || got[1].Text != "injuring nine people" {
		t.Errorf("Clauses = %+v", got)
	}
	// a participle that counts nothing qualifies the statement: no clause of its own
	if got := Clauses(Sentence{Text: "The mayor opened the new harbour museum on Saturday, marking the anniversary of the great fire"}); got != nil {
		t.Errorf("split at a qualifying participle: %+v", got)
	}
	if got := Clauses(Sentence{Text: "Prices rose in every region last month, including the capital and its suburbs"}); got != nil {
		t.Errorf("split at ', including': %+v", got)
	}
}
