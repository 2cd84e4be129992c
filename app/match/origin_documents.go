package match

import (
	"regexp"
	"strings"
)

// Whose a document is when it "shows" something and no "from" or "by" names its source:
// "its latest filing showed" (the firm "its" means), "a draft decree seen by Reuters
// shows" (a state's document: the government of the country the sentence names; the
// medium that saw it only relays it to the reader, as the outlet itself).

// stateDocumentWords are documents only a state issues (documentWords are all kinds).
var stateDocumentWords = wordSet(`decree regulation regulations directive bill`)

// documentHolder is the root (and its kind) of a document that is the subject of the
// showing verb at word k, and where the subject starts; "" when the subject is no such
// document or the text gives no holder for it.
func (r *originReader) documentHolder(words []speakerWord, k, from int) (string, string, int) {
	s := k
	for s > 0 && k-s < 8 && !strings.ContainsAny(string(r.rs[words[s-1].end:words[s].start]), ",;:\"“”—") {
		s--
	}
	its, document, state := -1, false, false
	for j := s; j < k; j++ {
		lw := strings.ToLower(words[j].text)
		if lw == "its" && its < 0 {
			its = j
		}
		document = document || documentWords[lw] || dataWords[lw] || reportNouns[lw]
		state = state || stateDocumentWords[lw]
	}
	switch {
	case !document:
		return "", "", 0
	case its >= 0 && its+3 >= k:
		if org := r.orgBefore(words[its].start, "business"); org != "" {
			return org, "organisation", words[s].start
		}
	case state:
		if c := r.countryIn(string(r.rs[from:words[s].start])); c != "" {
			return GovernmentName(c), "government", words[s].start
		}
	}
	return "", "", 0
}

// documentTied is the body a definite document speaker ("the note said", "the memo
// said") belongs to when the article tied that document to it before: "a note from its
// auditor, Fenwick & Rusk," or "says a report by the Lindmark Institute". The phrase
// after "from", "by" or "of" is read as a speaker, else a name in apposition to it ("its
// auditor, Fenwick & Rusk"). "" when the phrase is no such document or nothing ties it.
func (r *originReader) documentTied(s, e int) (string, string) {
	ws := Words(string(r.rs[s:e]))
	if len(ws) < 2 || len(ws) > 3 || ws[0] != "the" {
		return "", ""
	}
	head := ws[len(ws)-1]
	if !documentWords[head] && !dataWords[head] && !recordWords[head] {
		return "", ""
	}
	before := string(r.rs[:s])
	if !strings.Contains(strings.ToLower(before), head+" ") {
		return "", "" // the document is not named before (the pattern is compiled only when it is)
	}
	re := regexp.MustCompile(`(?i)\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?` + regexp.QuoteMeta(head) + `\s+(?:from|by|of)\s+`)
	ms := re.FindAllStringIndex(before, -1)
	if len(ms) == 0 {
		return "", ""
	}
	from := ms[len(ms)-1][1]
	tail := before[from:]
	if k := strings.IndexAny(tail, ".;\n"); k >= 0 {
		tail = tail[:k]
	}
	at := len([]rune(before[:from]))
	parts := strings.Split(tail, ",")
	first := strings.TrimSpace(parts[0])
	if first == "" {
		return "", ""
	}
	p0 := at + len([]rune(parts[0])) - len([]rune(strings.TrimLeft(parts[0], " ")))
	if root, kind := r.resolve(p0, p0+len([]rune(first)), OriginReading{}); root != "" && kind != "body" && kind != "name" && kind != "outlet" && kind != "person" {
		return root, kind
	}
	if len(parts) > 1 {
		if n := strings.TrimSpace(parts[1]); properNameRe.MatchString(n) {
			return n, "organisation" // "its auditor, Fenwick & Rusk"
		}
	}
	if n := strings.TrimPrefix(first, "the "); properNameRe.MatchString(n) {
		return n, "organisation"
	}
	return "", ""
}

// properNameRe is a name of capitalised words, "&" between them allowed: "Fenwick & Rusk".
var properNameRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+|and\s+|of\s+)?\p{Lu}[\p{L}'’.-]*)*$`)
