package suggest

import (
	"sort"
	"strings"
	"unicode"
)

// findQuotes pairs quotation marks within a paragraph. The span is the text
// between the marks. Short quoted phrases in title case ("Sleeping Beauty")
// are titles of works, not speech: they are remembered so that no name is
// chunked inside them.
func (a *analysis) findQuotes() {
	rs := a.runes
	n := len(rs)
	paraStart := 0
	for paraStart < n {
		paraEnd := paraStart
		for paraEnd < n && rs[paraEnd] != '\n' {
			paraEnd++
		}
		a.quotesIn(paraStart, paraEnd)
		paraStart = paraEnd + 1
	}
}

func (a *analysis) quotesIn(from, to int) {
	rs := a.runes
	open := -1
	var openKind rune
	for i := from; i < to; i++ {
		r := rs[i]
		switch r {
		case '\u201c', '\u201e', '\u00ab': // opening curly / low / guillemet
			open, openKind = i, r
		case '\u201d', '\u00bb':
			if open >= 0 && openKind != '"' && openKind != '\'' {
				a.addQuote(open+1, i)
				open = -1
			}
		case '"':
			if open >= 0 && openKind == '"' {
				a.addQuote(open+1, i)
				open = -1
			} else if open < 0 || openKind == '\'' {
				open, openKind = i, '"'
			}
		case '\u2018':
			if open < 0 {
				open, openKind = i, '\''
			}
		case '\'', '\u2019':
			// an opening single quote follows a space or the start; a closing
			// one precedes a non-letter. Apostrophes inside or after words are neither.
			prevSpace := i == from || unicode.IsSpace(rs[i-1]) || rs[i-1] == '('
			nextLetter := i+1 < to && unicode.IsLetter(rs[i+1])
			if open < 0 && prevSpace && nextLetter && r == '\'' {
				open, openKind = i, '\''
				continue
			}
			if open >= 0 && openKind == '\'' && !prevSpace && !(i+1 < to && unicode.IsLetter(rs[i+1])) && i-open > 1 {
				if rs[i-1] == 's' && i+1 < to && rs[i+1] == ' ' && !strings.ContainsRune(string(rs[open+1:i]), ' ') && false {
					continue
				}
				a.addQuote(open+1, i)
				open = -1
			}
		}
	}
}

func (a *analysis) addQuote(start, end int) {
	rs := a.runes
	for start < end && unicode.IsSpace(rs[start]) {
		start++
	}
	// The comma before the closing mark stays in the quote: the seed gold set marks the
	// whole text between the marks (`"..., nothing else," she said`), and the issue holds
	// that set no worse (r17walk4 cut it: strict quote match 7/7 -> 3/7; reverted).
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if end <= start {
		return
	}
	text := string(rs[start:end])
	words := strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) && r != '-' && r != '\'' })
	if len(words) == 0 {
		return
	}
	// title of a work: a few words, all capitalised but function words
	if len(words) <= 5 {
		title := true
		for _, w := range words {
			r := []rune(w)
			if !unicode.IsUpper(r[0]) && !lowerFunction[w] {
				title = false
				break
			}
		}
		if title && unicode.IsUpper([]rune(words[0])[0]) {
			a.titleSpans = append(a.titleSpans, [2]int{start, end})
			return
		}
	}
	conf := 0.85
	if len(words) < 3 {
		conf = 0.6
	}
	a.quotes = append(a.quotes, candidate{start: start, end: end, typ: TypeQuote, rule: RuleQuote, conf: conf})
}

// attributeQuotes finds each quote's speaker: a reporting verb after the
// quote ("..., Umerov said", "..., said Umerov", "according to KCNA") or
// before it ("Kim noted, “...”"); "he"/"she" is the last person named before;
// a quote with no attribution right after another one continues its speaker.
func (a *analysis) attributeQuotes() {
	mentions := a.final // sorted by start, entities only at this point
	// lastPerson[i]: the last person mention among mentions[:i]
	lastPerson := make([]int, len(mentions)+1)
	lastPerson[0] = -1
	byStart := make(map[int]int, len(mentions))
	for i, m := range mentions {
		lastPerson[i+1] = lastPerson[i]
		if m.typ == TypePerson {
			lastPerson[i+1] = i
		}
		if m.typ == TypePerson || m.typ == TypeOrganisation {
			byStart[m.start] = i
		}
	}
	prevPerson := func(off int) string {
		// mentions ending at or before off: mentions do not overlap, so those
		// starting before off, less one that runs past it
		n := sort.Search(len(mentions), func(i int) bool { return mentions[i].start >= off })
		if n > 0 && mentions[n-1].end > off {
			n--
		}
		if p := lastPerson[n]; p >= 0 {
			return mentions[p].name
		}
		return ""
	}
	mentionAt := func(k int) (string, string, int) { // name, type, last token
		if k >= len(a.toks) {
			return "", "", k
		}
		if i, ok := byStart[a.toks[k].start]; ok {
			m := mentions[i]
			return m.name, m.typ, a.tokenAt(m.end) - 1
		}
		return "", "", k
	}
	lastEnd, lastSpeaker := -1, ""
	for qi := range a.quotes {
		q := &a.quotes[qi]
		speaker, channel := "", ""
		// after the closing mark, in the same sentence: "..., Umerov said",
		// "..., said Umerov", "... force, Defense Minister Rustem Umerov said",
		// "..., he said", "..., according to KCNA"
		k0 := a.tokenAt(q.end + 1)
	after:
		for k := k0; k < len(a.toks) && k < k0+14; k++ {
			t := a.toks[k]
			if k > k0 && (t.nl || (t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?" || isQuoteRune([]rune(t.text)[0])))) {
				break
			}
			w := strings.ToLower(t.text)
			switch {
			case (w == "he" || w == "she") && a.reportingAfter(k):
				speaker = prevPerson(q.start)
				break after
			case reportingVerbs[w] && k == k0+1 || reportingVerbs[w] && k == k0:
				if name, _, _ := mentionAt(k + 1); name != "" {
					speaker = name
					break after
				}
			case w == "according" && a.word(k+1) == "to":
				channel, _, _ = mentionAt(k + 2)
			default:
				if name, _, last := mentionAt(k); name != "" && a.reportingAfter(last) {
					speaker = name
					break after
				}
			}
		}
		// before the opening mark, in the same sentence: "Kim noted, “...”",
		// "He said these developments “...”"
		if speaker == "" {
			k0 := a.tokenAt(q.start) - 1 // the opening mark
			for j := k0 - 1; j >= 0 && j >= k0-40; j-- {
				t := a.toks[j]
				if t.text == "." || t.text == "!" || t.text == "?" || (t.kind == tPunct && isQuoteRune([]rune(t.text)[0])) {
					break
				}
				lw := strings.ToLower(t.text)
				if reportingVerbs[lw] || lw == "described" {
					org := ""
					for s := j - 1; s >= 0 && s >= j-10; s-- {
						st := strings.ToLower(a.toks[s].text)
						if st == "he" || st == "she" {
							speaker = prevPerson(a.toks[s].start)
							break
						}
						if name, typ, _ := mentionAt(s); name != "" {
							if typ == TypePerson {
								speaker = name
								break
							}
							if org == "" {
								org = name
							}
						}
						if st == "." || a.toks[s].nl {
							break
						}
					}
					if speaker == "" {
						speaker = org
					}
					if speaker != "" {
						break
					}
				}
				if t.nl {
					break
				}
			}
		}
		if speaker == "" {
			speaker = channel
		}
		// a quote continuing the previous one, unless it names that speaker:
		// "\"Mr Olsen did not say that,\" a company statement said." speaks
		// of Olsen, as no one speaks of themselves by name
		if speaker == "" && lastEnd >= 0 && q.start-lastEnd < 40 && !namesIn(mentions, q.start, q.end, lastSpeaker) {
			speaker = lastSpeaker
		}
		q.speaker = speaker
		lastEnd, lastSpeaker = q.end, speaker
	}
}

// namesIn: a mention of name starts in [start, end); mentions are sorted by start.
func namesIn(mentions []candidate, start, end int, name string) bool {
	for i := sort.Search(len(mentions), func(i int) bool { return mentions[i].start >= start }); i < len(mentions) && mentions[i].start < end; i++ {
		if mentions[i].name == name {
			return true
		}
	}
	return false
}
