package match

import "unicode"

// The origin reader reads a sentence once per reporting verb in it, each time over the
// stretch before the verb, so its time grows with the square of a sentence's length. News
// sentences are short, but a transcript or a scraped page pasted without punctuation is
// one "sentence" of thousands of words: 20,000 words took 46 s for one mention, inside
// the write transaction that marks it. Such a sentence is read in stretches of at most
// maxOriginSentence characters, cut at spaces, the statement's own stretch with the
// statement near its middle; each stretch is read as a sentence of its own, and of the
// run-on's stretches before the statement's only the nearest. Sentences up to that length
// (every one in the stories and the attribution bench) read as before.

// maxOriginSentence is the longest stretch of one sentence the origin reader reads, in
// characters: about 300 words, several times the longest sentence of wire copy.
const maxOriginSentence = 2000

// stretchesBefore is how many stretches of the statement's own run-on sentence before its
// stretch are read: each is read whole, so reading every one made the time grow with the
// run-on's length (a statement at the end of 20,000 words of reporting verbs: 16 s).
const stretchesBefore = 2

// readableSentences cuts each sentence longer than maxOriginSentence into stretches; the
// sentence holding pos is cut half a stretch before pos, so that the words before and
// after the statement are read with it.
func readableSentences(rs []rune, sents []Sentence, pos int) []Sentence {
	out := make([]Sentence, 0, len(sents))
	for _, s := range sents {
		if s.End-s.Start <= maxOriginSentence {
			out = append(out, s)
			continue
		}
		from := s.Start
		if s.Start <= pos && pos < s.End && pos-s.Start > maxOriginSentence/2 {
			cut := spaceBefore(rs, pos-maxOriginSentence/2, s.Start)
			// of the stretches before the statement's, the nearest are read (who spoke
			// last); those further back in the same run-on are not
			before := appendStretches(nil, rs, s.Start, cut)
			out = append(out, before[max(0, len(before)-stretchesBefore):]...)
			from = cut
		}
		out = appendStretches(out, rs, from, s.End)
	}
	return out
}

// appendStretches appends [from, to) as stretches of at most maxOriginSentence characters,
// cut at the last space before the limit (at the limit when a stretch has no space).
func appendStretches(out []Sentence, rs []rune, from, to int) []Sentence {
	for from < to {
		cut := to
		if to-from > maxOriginSentence {
			cut = spaceBefore(rs, from+maxOriginSentence, from)
		}
		a, b := from, cut
		for a < b && unicode.IsSpace(rs[a]) {
			a++
		}
		for b > a && unicode.IsSpace(rs[b-1]) {
			b--
		}
		if b > a {
			out = append(out, Sentence{Start: a, End: b, Text: string(rs[a:b])})
		}
		from = cut
	}
	return out
}

// spaceBefore is the position of the last space at or before at and after floor, else at.
func spaceBefore(rs []rune, at, floor int) int {
	for i := at; i > floor; i-- {
		if unicode.IsSpace(rs[i]) {
			return i
		}
	}
	return at
}
