package suggest

// Document cues (r17u): what the whole document says about a capitalised
// word, before and after the mention at hand. The labels history looks back
// only, and only at the tagger's own readings; these look at the text. A
// word that ends a run with a legal form somewhere in the document ("Pirelli
// SpA" ... "Pirelli said") or that follows "the" in mid-sentence ("the Fed")
// is more likely a firm, a club or a place than a person.
//
// The legal-form cue is learned together with company news that never names
// its firm's legal form (layout_firms.go): with a legal form in every
// generated story the model learned "a firm is what has a legal form
// somewhere", true of Reuters copy and not of news in general
// (docs/suggestions.md, round r17u).
const (
	cueLegalForm = 1 << iota
	cueAfterThe
)

// docCues returns, per lower-cased capitalised word, the cues the document
// holds for it (nil when there are none).
func docCues(d *tagDoc) map[string]byte {
	var cues map[string]byte
	for i, t := range d.toks {
		if t.kind != tWord || !t.cap {
			continue
		}
		var c byte
		if i > 0 && !t.sentInit && d.toks[i-1].line == t.line && d.toks[i-1].text == "the" {
			c |= cueAfterThe
		}
		if legalFormAhead(d, i) > 0 {
			c |= cueLegalForm
		}
		if c == 0 {
			continue
		}
		if cues == nil {
			cues = map[string]byte{}
		}
		cues[d.lower[i]] |= c
	}
	return cues
}
