package match

import (
	"regexp"
	"strings"
	"unicode"

	"claimdesk/app/names"
)

// People in news copy: named once in full ("Manana Beridze, 63, was asleep"), then by
// surname ("Beridze does not believe it"), by what they head ("Shota Mchedlishvili, who
// heads the gas workers' union,") and by a pronoun sentences later ("..., he told us").

// headsRe finds the body a person heads, in a relative clause after their name: ", who
// heads the gas workers' union", ", who chairs the Fisheries Council".
var headsRe = regexp.MustCompile(`^(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+\d+)?,\s+who\s+(?:heads|leads|runs|chairs|directs|represents|speaks for)\s+([^,;()."“”]+)`)

// bodyHeaded is the body named in the relative clause after a person's name ("" when
// none): by its proper name when it has one ("the Fisheries Council"), else as the text
// describes it ("gas workers' union"), which is then a body by what it is.
func bodyHeaded(after string) (name string, generic bool) {
	m := headsRe.FindStringSubmatch(after)
	if m == nil {
		return "", false
	}
	// "the cooperatives' federation known as Fercominorp": the name it is known by
	if _, known, ok := strings.Cut(m[1], " known as "); ok {
		if f := strings.Fields(known); len(f) > 0 && unicode.IsUpper([]rune(f[0])[0]) {
			return strings.Join(f, " "), false
		}
	}
	if org := orgIn(m[1]); org != "" {
		return org, false
	}
	words := strings.Fields(m[1])
	if len(words) > 0 && articleWords[strings.ToLower(words[0])] {
		words = words[1:]
	}
	// "the chemical workers' union SHRV at the plant": where they work is no part of the body
	for i, w := range words {
		if i > 0 && placePrepositions[w] {
			words = words[:i]
			break
		}
	}
	if len(words) == 0 || len(words) > 5 || bodyHead(lowerWords(strings.Join(words, " "))) == "" {
		return "", false
	}
	// "the ferry crews' union SITRAF": the body described, then its initials
	if last := words[len(words)-1]; len(words) > 1 && names.Acronym(last) && bodyAcronym(last) {
		return last, false
	}
	return strings.Join(words, " "), true
}

// placePrepositions open where a body works or sits, after its name.
var placePrepositions = wordSet(`at in on near`)

// fullName is the fuller name a bare surname stands for where the text first writes it
// with the names before it ("Beridze" → "Manana Beridze"); the surname itself when the
// text never does. Titles are no part of a name ("Prime Minister Nodar Shengelia" →
// "Nodar Shengelia").
func (r *originReader) fullName(surname string) string {
	for i := strings.Index(r.text, surname); i >= 0; {
		fields := strings.Fields(r.text[max(0, i-60):i])
		var given []string
		for k := len(fields) - 1; k >= 0 && len(given) < 2; k-- {
			f := fields[k]
			rs := []rune(f)
			lw := strings.ToLower(f)
			if !unicode.IsUpper(rs[0]) || strings.ContainsAny(f, ",.;:\"“”—()") || officeWords[lw] || titleWords[lw] || stopwords[lw] || countryOf(f) != "" {
				break
			}
			given = append([]string{f}, given...)
		}
		before := strings.TrimRight(r.text[:i], " ")
		if len(given) > 0 && strings.HasSuffix(before, given[len(given)-1]) {
			return strings.Join(append(given, surname), " ")
		}
		j := strings.Index(r.text[i+len(surname):], surname)
		if j < 0 {
			break
		}
		i += len(surname) + j
	}
	return surname
}

// longerName is the fuller name a one-word name is the start of, where the text writes
// it with the capitalised words that go on with it ("Kallisto" → "Kallisto Maritime"), ""
// when the text never does. A title, a day or a place after it is no part of the name.
func (r *originReader) longerName(word string) string {
	for i := strings.Index(r.text, word); i >= 0; {
		rest := strings.Fields(r.text[i+len(word) : min(len(r.text), i+len(word)+60)])
		var more []string
		for _, f := range rest {
			w := strings.TrimRight(f, ",.;:\"”)")
			if len(more) == 2 || w == "" || !unicode.IsUpper([]rune(w)[0]) || !nameTail(w) {
				break
			}
			more = append(more, w)
			if w != f {
				break // punctuation ends the name
			}
		}
		if len(more) > 0 && (i == 0 || !unicode.IsLetter(rune(r.text[i-1]))) {
			return strings.Join(append([]string{word}, more...), " ")
		}
		j := strings.Index(r.text[i+len(word):], word)
		if j < 0 {
			break
		}
		i += len(word) + j
	}
	return ""
}

// pronounSubject is the root and kind of the person named as a subject since the last
// speaker, before the sentence being read, whom its "he" or "she" means ("" when none);
// read once per window (a sentence of many "he said" asks again and again).
func (r *originReader) pronounSubject() (root, kind string) {
	w := [2]int{max(r.lastAt, r.sentenceFrom-subjectWindow), r.sentenceFrom}
	if got, ok := r.subjects[w]; ok {
		return got[0], got[1]
	}
	if p := r.subjectSince(w[0], w[1]); p[0] < p[1] {
		if root, kind = r.resolve(p[0], p[1], OriginReading{}); root == "" {
			root, kind = string(r.rs[p[0]:p[1]]), "person" // a person the text ties to no body speaks for themself
		}
	}
	if r.subjects == nil {
		r.subjects = map[[2]int][2]string{}
	}
	r.subjects[w] = [2]string{root, kind}
	return root, kind
}

// subjectWindow is how far back (code points) before its sentence a pronoun's subject is
// looked for: a few sentences.
const subjectWindow = 1000

// subjectSince is the span of the last person named as a sentence's subject between
// code points from and to ("Shota Mchedlishvili, who heads the union, sees it
// differently."): whom "he" or "she" after it refers to rather than an earlier speaker.
// Empty when no sentence in between opens with a person's full name.
func (r *originReader) subjectSince(from, to int) [2]int {
	var out [2]int
	for _, sn := range Sentences(string(r.rs[from:to])) {
		s := from + sn.Start
		if t := strings.TrimSpace(sn.Text); strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") {
			continue // a quotation's subject is what its speaker talks about, not who speaks
		}
		ws := speakerWords(r.rs, s, min(to, from+sn.End))
		k := 0
		for k < len(ws) && titleWords[strings.ToLower(ws[k].text)] {
			k++ // "Prime Minister Nodar Shengelia flew in"
		}
		n := 0
		for k+n < len(ws) && n < 3 && unicode.IsUpper([]rune(ws[k+n].text)[0]) {
			if k+n > k && strings.ContainsAny(string(r.rs[ws[k+n-1].end:ws[k+n].start]), ",;:\"“”—") {
				break
			}
			n++
		}
		if n < 2 || k+n >= len(ws) {
			continue
		}
		name := string(r.rs[ws[k].start:ws[k+n-1].end])
		next := string(r.rs[ws[k+n-1].end:ws[k+n].start])
		if !strings.Contains(next, ",") && !unicode.IsLower([]rune(ws[k+n].text)[0]) {
			continue
		}
		if countryOf(name) != "" || orgIn(name) != "" || AgencyByName(name) != nil || r.countryIn(name) != "" || hasOfficeWord(name) {
			continue
		}
		out = [2]int{ws[k].start, ws[k+n-1].end}
	}
	return out
}

// hasOfficeWord: a name with an office's word in it ("Roads Administration", "Health
// Ministry") is a body's, not a person's.
func hasOfficeWord(name string) bool {
	for _, w := range Words(name) {
		if officeWords[w] {
			return true
		}
	}
	return false
}
