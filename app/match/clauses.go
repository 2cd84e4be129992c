package match

import (
	"strings"
	"unicode/utf8"
)

// clauseBreaks are where news sentences join one statement to another: a semicolon or
// a dash, a contrast (", but", ", while"), a time clause ("were rescued | after a ferry
// sank", ", when"), a place clause (", where a bridge collapsed"), a reporter's addition
// (", adding that"), an appositive that comments on it (", its third straight increase"),
// a trailing speaker (", said its director, Captain ..."), whose name and titles would
// outweigh a short statement.
// The break word stays with the clause it opens. General English, not any story's phrases. Not " before ": "went
// as far as 3 km south before turning back" is one statement (the distance), and its
// "before" clause joined the withdrawal claim on the dev stories.
var clauseBreaks = []string{
	"; ", " -- ", " – ", " — ", ", but ", ", while ", ", whereas ", ", although ", ", though ",
	", adding that ", " after ", ", when ", ", where ", ", and ", ", as ", ", its ", ", said ",
}

// participleAt is where a participle clause that counts opens at lower[i:] (", killing
// three people", and, after one, " and injuring 12",
// ", leaving 2,000 homes without power", ", sending a truck into the sea"): a wire lead
// tells a consequence of its main statement that way, and the consequence is a claim of its
// own. -1 when no such clause opens there: the -ing word is a preposition or a noun
// (", including", ", according to", ", during", "on Monday, morning ...").
func participleAt(lower string, i int, after bool) int {
	var w string
	at := -1 // the clause opens with the participle, or with "and" before it
	switch {
	case strings.HasPrefix(lower[i:], ", "):
		w, at = lower[i+2:], i+2
	case after && strings.HasPrefix(lower[i:], " and "):
		// a second participle after the first ("..., taking a truck with it and killing
		// three people"): a second consequence
		w, at = lower[i+5:], i+1
	default:
		return -1
	}
	if j := strings.IndexAny(w, " ,.;:"); j >= 0 {
		w = w[:j]
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || notParticiples[w] {
		return -1
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return -1
		}
	}
	// a consequence counts what it did ("killing three people", "leaving 2,000 homes
	// without power"); a participle with no count qualifies the statement instead (",
	// marking the first anniversary of the treaty"), and cut off it would leave the
	// statement without what tells it from another
	rest := lower[at:]
	if j := strings.IndexAny(rest, ",;"); j >= 0 {
		rest = rest[:j]
	}
	if len(Figures(rest)) == 0 {
		return -1
	}
	return at
}

// notParticiples end in -ing but open no participle clause: prepositions and nouns.
var notParticiples = wordSet(`including according during regarding concerning excluding notwithstanding following
pending morning evening building meeting thing nothing something anything everything king spring ceiling wedding
funding housing training shipping mining fishing beginning ending bring sibling warning`)

// minClauseWords: a piece shorter than this ("the agency said") is no statement of its own.
const minClauseWords = 4

// Clauses splits a sentence into the clauses a long news sentence joins ("Two men were
// rescued | after a ferry caught fire and sank"), with their offsets in the text the
// sentence came from; nil when it has only one. A claim is often told in one clause of
// a sentence that tells another in the next; the whole sentence then shares too little
// with either claim, and proposing it joins the two claims (docs/verification-eval.md).
func Clauses(s Sentence) []Sentence {
	lower := strings.ToLower(s.Text)
	cuts := []int{0}    // byte offsets where a clause starts
	participle := false // a participle clause has opened: ", taking ... and killing ..."
	participles := map[int]bool{}
	for i := 0; i < len(lower); i++ {
		if at := participleAt(lower, i, participle); at > cuts[len(cuts)-1] {
			cuts = append(cuts, at)
			participle, participles[at] = true, true
			continue
		}
		for _, b := range clauseBreaks {
			if strings.HasPrefix(lower[i:], b) {
				// the break's words open the next clause; its punctuation ends this one
				at := i + len(b) - len(strings.TrimLeft(b, ";,-–— "))
				if at > cuts[len(cuts)-1] {
					cuts = append(cuts, at)
				}
				break
			}
		}
	}
	if len(cuts) == 1 {
		return nil
	}
	cuts = append(cuts, len(s.Text))
	var out []Sentence
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		piece := strings.TrimRight(s.Text[from:to], ";,-–— ")
		// a participle clause of three words ("killing two people") is a statement of its own
		if n := len(Words(piece)); n < minClauseWords && !(participles[from] && n >= minClauseWords-1) {
			if len(out) > 0 { // too short alone: it belongs to the clause before
				last := &out[len(out)-1]
				last.Text = s.Text[cpToByte(s.Text, last.Start-s.Start):from] + piece
				last.End = s.Start + utf8.RuneCountInString(s.Text[:from+len(piece)])
				continue
			}
			cuts[i+1] = from // and a short opening piece, with the one after it
			continue
		}
		start := s.Start + utf8.RuneCountInString(s.Text[:from])
		out = append(out, Sentence{Start: start, End: start + utf8.RuneCountInString(piece), Text: piece})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// cpToByte is the byte offset of code point n in s.
func cpToByte(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
