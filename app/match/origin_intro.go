package match

import (
	"strings"
	"unicode"
)

// News copy often gives a person's title before their name, once: "The head of the
// Sector, Nenad Ristović, told", "Hemikor's general manager, Milan Jeftić, calls",
// "Mayor Marko Šarić said", "its head, Ivana Horvat, said". Later sentences use the
// surname or a pronoun. The person speaks for the body the title names, there and after.

// introTitles are the words of a title that ties a person to a body.
var introTitles = wordSet(`head chief director manager spokesman spokeswoman spokesperson leader president
chairman chairwoman chair secretary mayor minister governor commander commissioner deputy executive
founder owner coordinator representative superintendent prosecutor councillor`)

// titledIntroRoot is the origin the title before a person's first full naming gives them,
// for a speaker phrase that is that person's bare name ("Nenad Ristović", "Ristović");
// "" when the phrase is no bare name, the text gives no title before it, or the title
// resolves to no one but the person.
func (r *originReader) titledIntroRoot(phrase string) (root, kind string) {
	if r.inIntro {
		return "", ""
	}
	fields := strings.Fields(phrase)
	if len(fields) == 0 || len(fields) > 3 {
		return "", ""
	}
	for _, f := range fields {
		lw := strings.ToLower(strings.Trim(f, ",.;:"))
		if !unicode.IsUpper([]rune(f)[0]) || officeWords[lw] || introTitles[lw] || stopwords[lw] || pronounWords[lw] {
			return "", ""
		}
	}
	surname := strings.Trim(fields[len(fields)-1], ",.;:")
	full := r.fullName(surname)
	if len(strings.Fields(full)) < 2 && len(fields) == 1 {
		full = r.longerName(surname) // a family name written first: "Li" after "State Councillor Li Wen"
	}
	if len(strings.Fields(full)) < 2 {
		return "", "" // a person is introduced by their full name
	}
	i := strings.Index(r.text, full)
	if i < 0 {
		return "", ""
	}
	s, e := r.introSpan(i)
	if s < 0 {
		return "", ""
	}
	r.inIntro = true
	defer func() { r.inIntro = false }()
	root, kind = r.resolve(s, e, OriginReading{})
	if root == "" || kind == "outlet" || kind == "name" || kind == "person" || strings.Contains(root, surname) {
		return "", ""
	}
	return root, kind
}

// introSpan is the span (code points) of the title that introduces the name at byte i of
// the text: the clause before ", <name>" when it holds a title word ("The head of the
// Sector", "its head"), or the capitalised title words right before the name with the name
// ("Mayor Marko Šarić", "Deputy Minister Almazbek Sydykov"); -1 when there is none.
func (r *originReader) introSpan(i int) (int, int) {
	before := strings.TrimRight(r.text[:i], " ")
	if strings.HasSuffix(before, ",") {
		clause := clauseBefore(strings.TrimSuffix(before, ","))
		for _, br := range []string{", ", "(", "\"", "“", "”", "; ", ": "} {
			if k := strings.LastIndex(clause, br); k >= 0 {
				clause = clause[k+len(br):]
			}
		}
		ws := Words(clause)
		if len(ws) == 0 || len(ws) > 8 {
			return -1, -1
		}
		titled := false
		for _, w := range ws {
			titled = titled || introTitles[w]
		}
		if !titled || attributiveVerbs[ws[len(ws)-1]] {
			return -1, -1
		}
		end := len([]rune(strings.TrimSuffix(before, ",")))
		start := end - len([]rune(clause))
		// "The head of the Sector": the body the title is of
		if k := strings.Index(clause, " of "); k >= 0 && introTitles[lastWord(clause[:k])] {
			return start + len([]rune(clause[:k+len(" of ")])), end
		}
		// "its head": the body the sentence opens with ("The directorate received ..., its
		// head, Ivana Horvat, said")
		if possessives[ws[0]] {
			return r.sentenceSubject(start)
		}
		return start, end
	}
	// "Mayor Marko Šarić", "Uzbek Energy Minister Sardor Nematov": the capitalised words
	// just before the name, one of them a title
	fields := strings.Fields(clauseBefore(before))
	n, titled := 0, false
	for k := len(fields) - 1; k >= 0 && n < 5; k-- {
		f := fields[k]
		if !unicode.IsUpper([]rune(f)[0]) || strings.ContainsAny(f, ",;:\"“”()") {
			break
		}
		titled = titled || introTitles[strings.ToLower(f)] || officeWords[strings.ToLower(f)]
		n++
	}
	if n == 0 || !titled {
		return -1, -1
	}
	title := strings.Join(fields[len(fields)-n:], " ")
	k := strings.LastIndex(before, title)
	if k < 0 {
		return -1, -1
	}
	s := len([]rune(r.text[:k]))
	e := len([]rune(r.text[:i])) + len([]rune(r.fullNameAt(i)))
	return s, e
}

// fullNameAt is the run of capitalised words starting at byte i of the text.
func (r *originReader) fullNameAt(i int) string {
	var out []string
	for _, f := range strings.Fields(r.text[i:min(len(r.text), i+80)]) {
		w := strings.TrimRight(f, ",.;:\"”)")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || len(out) == 3 {
			break
		}
		out = append(out, w)
		if w != f {
			break
		}
	}
	return strings.Join(out, " ")
}

// lastWord is the last word of text, in lower case.
func lastWord(text string) string {
	ws := Words(text)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// sentenceSubject is the span of the words that open the sentence around code point pos,
// up to its first lower-case word after the first ("The directorate" in "The directorate
// received the first notice"); -1 when the sentence opens with no such phrase.
func (r *originReader) sentenceSubject(pos int) (int, int) {
	sents := r.sents
	if sents == nil {
		sents = Sentences(r.text)
	}
	s, _, ok := Covering(sents, pos, pos+1)
	if !ok {
		return -1, -1
	}
	ws := speakerWords(r.rs, s, pos)
	if len(ws) < 2 {
		return -1, -1
	}
	e := 1
	for e < len(ws) && e < 6 && (unicode.IsUpper([]rune(ws[e].text)[0]) || articleWords[strings.ToLower(ws[e].text)] || strings.ToLower(ws[e].text) == "of" ||
		e == 1 && articleWords[strings.ToLower(ws[0].text)]) { // "The directorate": an article and its noun
		e++
	}
	return ws[0].start, ws[e-1].end
}
