package match

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// News copy names a body once and describes it in apposition, the name first: "Tethys
// Risk, a British maritime security firm, said", "Nordholm Freight, the company that runs
// the terminal, said". The description is what the phrase before the verb holds; the
// speaker is the name before its comma, and later "the firm", "the company" are that body.

// describedBodyRe finds a name followed by a description of what kind of body it is
// (office_words.go, "body"): "Tethys Risk, a British maritime security firm", "Nordholm
// Freight, the company".
var describedBodyRe = regexp.MustCompile(`((?:\p{Lu}[\p{L}&'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*),\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(` + officeAlternation("body") + `)\b`)

// describedBodyBefore is the body last named with its description before the end of
// text, and where ("" and -1 when none); kind, when not "", is the word the description
// must use ("union").
func (r *originReader) describedBodyBefore(text, kind string) (string, int) {
	name, at := "", -1
	for _, m := range describedBodyRe.FindAllStringSubmatchIndex(text, -1) {
		if kind != "" && text[m[4]:m[5]] != kind {
			continue
		}
		if next := Words(text[m[5]:min(len(text), m[5]+30)]); len(next) > 0 && officeWords[next[0]] {
			continue // "on Monday, a port workers' union official,": a person's description, not Monday's
		}
		if n := r.bodyName(text[m[2]:m[3]]); n != "" {
			name, at = n, m[0]
		}
	}
	return name, at
}

// nameBeforeApposition is the name a speaker phrase starting at s describes in
// apposition ("Kallisto Maritime" before ", the Greek company that manages the ship,"),
// "" when the phrase follows no name and a comma.
func (r *originReader) nameBeforeApposition(s int) string {
	i := s
	for i > 0 && r.rs[i-1] == ' ' {
		i--
	}
	if i == 0 || r.rs[i-1] != ',' {
		return ""
	}
	end := i - 1
	b := end
	for b > 0 && !strings.ContainsRune(",.;:\n\"“”—(", r.rs[b-1]) {
		b--
	}
	return r.bodyName(string(r.rs[b:end]))
}

// bodyName is phrase as a body's proper name (one to four capitalised words, where it is
// based left out: "Piraeus-based Kallisto Maritime" → "Kallisto Maritime"), "" when it is
// no such name: a country, an office, a sentence's opening word ("Meanwhile"), a medium.
func (r *originReader) bodyName(phrase string) string {
	fields := strings.Fields(strings.TrimSpace(phrase))
	for len(fields) > 0 && (strings.HasSuffix(fields[0], "-based") || strings.HasSuffix(fields[0], "-owned")) {
		fields = fields[1:]
	}
	if len(fields) == 0 || len(fields) > 4 {
		return ""
	}
	for _, f := range fields {
		rs := []rune(f)
		lw := strings.ToLower(f)
		if !unicode.IsUpper(rs[0]) || stopwords[lw] || officeWords[lw] || pronounWords[lw] || attributiveVerbs[lw] {
			return ""
		}
	}
	name := strings.Join(fields, " ")
	if countryOf(name) != "" || r.countryIn(name) != "" || AgencyByName(name) != nil {
		return ""
	}
	if len(fields) == 1 && !r.capitalisedInside(fields[0]) {
		return "" // "Meanwhile, the company said": a sentence's opening word
	}
	return name
}

// relativeSubject is the subject before a relative clause that separates it from its
// verb ("Azerbaijan" in "Azerbaijan, which supplies most of Georgia's gas, said"; "The
// Red Crescent, whose volunteers went by boat, counts six"), when
// the phrase [s, e) before the verb is that clause; ok is false otherwise.
func (r *originReader) relativeSubject(words []speakerWord, phrase [2]int, from int) ([2]int, bool) {
	s := wordIndexAt(words, phrase[0])
	// the clause may be longer than the phrase phraseBefore reads: back to its comma
	for n := 0; s > 0 && n < 16 && !relativeWords[strings.ToLower(words[s].text)] && strings.ToLower(words[s].text) != "whose"; n++ {
		if strings.ContainsAny(string(r.rs[words[s-1].end:words[s].start]), ",;:\"“”—") {
			break
		}
		s--
	}
	if s < 1 {
		return [2]int{}, false
	}
	// or a participle's aside: "A Pakistani official, speaking on condition of anonymity,
	// said"; "The minister, writing on social media, said"
	aside := asideParticiple(strings.ToLower(words[s].text)) && strings.HasPrefix(strings.TrimSpace(string(r.rs[phrase[1]:min(len(r.rs), phrase[1]+2)])), ",")
	if lw := strings.ToLower(words[s].text); lw != "which" && lw != "who" && lw != "whose" && !aside {
		return [2]int{}, false
	}
	if !strings.Contains(string(r.rs[words[s-1].end:words[s].start]), ",") {
		return [2]int{}, false
	}
	head := r.phraseBefore(words, s, from)
	return head, head[0] < head[1]
}

// bodyNamedLater is the body of kind head ("operator") that the article names in
// apposition anywhere ("a claim the operator, Piraeus-based Kallisto Maritime, rejected"),
// for a mention of it by kind before that; "" when the article names none.
func (r *originReader) bodyNamedLater(head string) string {
	if head == "" {
		return ""
	}
	name, at := appositiveBodyBefore(r.text, head)
	if n, a := r.describedBodyBefore(r.text, head); a > at {
		name = n
	}
	if n := r.bodyName(name); n != "" {
		return n
	}
	if name == "" && bodyKinds[head] {
		name = r.onlyBodyNamed(head)
	}
	return name
}

// onlyBodyNamed is the one body whose proper name holds kind ("union": "the Lindqvist
// Dockers' Union") that the text names, "" when it names none or two ("the union" is then
// not said to be either).
func (r *originReader) onlyBodyNamed(kind string) string {
	name := ""
	for _, m := range orgRe.FindAllStringIndex(r.text, -1) {
		n := orgIn(r.text[m[0]:m[1]])
		if n == "" || !kindOfName(n, kind) || n == name {
			continue
		}
		if name != "" {
			return ""
		}
		name = n
	}
	return name
}

// LongerBodyIn is the fuller name text gives a body the root names shortly ("Bangladesh
// Red Crescent Society" for "Red Crescent", "Kallisto Maritime" for "Kallisto"): a body
// whose name holds the root's words in order, or that the text names with the root as
// its short name in parentheses ("the Vojvodina Chemical Workers' Union (SHRV)" for
// "SHRV"); "" when text names none.
func LongerBodyIn(text, root string) string {
	if root == "" {
		return ""
	}
	for _, m := range orgRe.FindAllStringIndex(text, -1) {
		n := orgIn(text[m[0]:m[1]])
		if len(n) > len(root) && containsWords(n, root) {
			return n
		}
		if n != "" && shortNameAfter(text[m[1]:], root) {
			return n
		}
	}
	return ""
}

// shortNameAfter reports whether rest, the text after a body's name, gives the body the
// short name in parentheses, after at most a few more words of its name ("of Northern
// Potosí (Fercominorp)"), with no comma or full stop between.
func shortNameAfter(rest, short string) bool {
	i := strings.Index(rest, "("+short+")")
	return i >= 0 && i <= 40 && !strings.ContainsAny(rest[:i], ",.;:()\n")
}

// containsWords reports whether the words of part stand together in name.
func containsWords(name, part string) bool {
	return strings.Contains(" "+name+" ", " "+part+" ")
}

// wordIndexAt is the index of the word that starts at pos, -1 when none (words are in
// text order: a binary search, as readers run once per attribution of a sentence).
func wordIndexAt(words []speakerWord, pos int) int {
	i := sort.Search(len(words), func(i int) bool { return words[i].start >= pos })
	if i < len(words) && words[i].start == pos {
		return i
	}
	return -1
}

// asideParticiple says whether a word opens a participle's aside between a speaker and
// the verb ("speaking", "writing", "talking", "addressing", "briefing"): an -ing word
// that is not a noun a speaker phrase ends with.
func asideParticiple(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !bodyWords[w] && !officeWords[w]
}
