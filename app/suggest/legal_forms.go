package suggest

import "claimdesk/app/names"

// legalForms are the words a company's registered name ends with (names.LegalForms, the
// one list matching reads too). They are organisation head words (lexicon.go adds them to
// orgHeads): a capitalised run ending with one is an organisation.
var legalForms = set(names.LegalForms)

// abbreviatedForms are the legal forms written with a full stop ("Banc One
// Corp."). The stop belongs to the name, as in the firm's own spelling.
var abbreviatedForms = set(`Inc Corp Ltd Co Cos Bros Bhd Pty Ltda`)

// takeLegalFormStops extends an organisation that ends with an abbreviated
// legal form over the full stop written right after it: "Barnett Banks
// Inc." is the name, not "Barnett Banks Inc" and a stray stop.
func (a *analysis) takeLegalFormStops() {
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypeOrganisation {
			continue
		}
		k := a.tokenAt(c.end) // the token right after the name, if it starts there
		if k == 0 || k >= len(a.toks) || a.toks[k].start != c.end || a.toks[k].text != "." {
			continue
		}
		if last := a.toks[k-1]; last.end == c.end && abbreviatedForms[last.text] {
			c.end = a.toks[k].end
			c.name = clean(string(a.runes[c.start:c.end]))
		}
	}
}

// firmOrdinals begin many banks' and firms' names ("First Union", "Second
// National Bank"); elsewhere they are sentence words.
var firmOrdinals = set(`First Second Third`)

// ordinalStartsFirm: seg starts with an ordinal written with a capital in
// mid-sentence and ends with an organisation head word ("First Albany
// Corp"): the ordinal is part of the name.
func (a *analysis) ordinalStartsFirm(seg []int) bool {
	t := a.toks[seg[0]]
	if len(seg) < 2 || !firmOrdinals[t.text] || t.sentInit || a.lines[t.line].heading {
		return false
	}
	last := a.toks[seg[len(seg)-1]]
	return last.cap && orgHeads[last.text]
}
