package app

import "claimdesk/app/match"

// Participants from context (match/context.go): a sentence whose subject is a pronoun
// or "the <kind>" takes the participants of the sentence before it, a clause after the
// first those of the clause before, for the participant gate only. Never across a
// paragraph: a new paragraph (a line break between the two) may be about anyone.

// inheritContext gives each sentence of an article (in order) and each of its clauses
// the participants of the one before it in its paragraph.
func inheritContext(body []rune, sents []matchSentence) {
	for i := range sents {
		s := &sents[i]
		if i > 0 && sameParagraph(body, sents[i-1].sent.End, s.sent.Start) {
			s.feat.InheritFrom(sents[i-1].feat, s.sent.Text, false)
		}
		for k := range s.clauses {
			cl := &s.clauses[k]
			switch {
			case k > 0:
				cl.feat.InheritFrom(s.clauses[k-1].feat, cl.sent.Text, true)
			case i > 0 && sameParagraph(body, sents[i-1].sent.End, s.sent.Start):
				cl.feat.InheritFrom(sents[i-1].feat, cl.sent.Text, false)
			}
		}
	}
}

// sameParagraph reports whether no line break stands between code points end and start.
func sameParagraph(body []rune, end, start int) bool {
	if end < 0 || start > len(body) || end > start {
		return false
	}
	for _, r := range body[end:start] {
		if r == '\n' {
			return false
		}
	}
	return true
}

// inheritForQuote gives a mention's features (its quote, from code point start) the
// participants of the sentence before the one it starts in, in the same paragraph.
func inheritForQuote(f *match.Features, quote string, a *matchArticle, start int) {
	for i, ms := range a.sents {
		if ms.sent.Start <= start && start < ms.sent.End {
			if i > 0 && sameParagraph([]rune(a.body), a.sents[i-1].sent.End, ms.sent.Start) {
				f.InheritFrom(a.sents[i-1].feat, quote, false)
			}
			return
		}
	}
}
