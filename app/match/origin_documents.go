package match

import "strings"

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
