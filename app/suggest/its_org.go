package suggest

import "strings"

// sayVerbs follow a source's name in news copy ("Maersk said ...").
var sayVerbs = set(`said says reported announced`)

// tradeNouns name what a company is, written before its name in news copy
// ("supplier Ostrolin", "The miner, Corvane,"); any word ending in "maker"
// ("hearing-aid maker", "chipmaker") is one too.
var tradeNouns = set(`supplier miner retailer lender insurer airline carrier brewer distiller
	manufacturer producer refiner developer operator broker wholesaler distributor shipper
	firm company conglomerate rival rivals`)

// ownedByFirms follow a company's possessive ("Audiva's board").
var ownedByFirms = set(`board shares shareholders shareholder`)

// shareMoves: a market move written right after a company's name ("Hallberg
// jumped 18 percent").
var shareMoves = set(`rose fell jumped slumped added gained slipped climbed dropped lost eased surged tumbled sank soared advanced declined`)

// companiesSayingIts retypes as an organisation a one-word name the model
// read as a person when the copy says it is a company (companyCue): the
// sentence goes on to speak of "its" ("Codelco said output at its mine
// fell"), a trade stands before it ("hearing-aid maker Audiva") or in an
// apposition after it ("Tarvelo, a small maker of garden tools,"), "which"
// follows it (people are "who"), or its shares or a share move follow it.
// Every other mention of that name in the story follows, as a reader
// carries it ("Audiva's board"). A person's family name stays the person
// ("Maria Ostrander", then "Ostrander said its defence"): that word may
// name a club's or a firm's coach as well as the firm.
func (a *analysis) companiesSayingIts() {
	var firms map[string]bool
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypePerson || c.filed() || strings.Contains(c.name, " ") || !a.companyCue(c) || a.isFamilyName(c.name) {
			continue
		}
		c.typ = TypeOrganisation
		if firms == nil {
			firms = map[string]bool{}
		}
		firms[c.name] = true
	}
	for i := range a.cands {
		if c := &a.cands[i]; c.typ == TypePerson && !c.filed() && firms[c.name] {
			c.typ = TypeOrganisation
		}
	}
}

// companyCue: the words around the one-word name c say it is a company.
func (a *analysis) companyCue(c *candidate) bool {
	k := a.tokenAt(c.end)
	if k >= len(a.toks) {
		return false
	}
	// before: "maker Audiva", "The miner, Corvane,"
	if b := a.tokenAt(c.start) - 1; b >= 0 {
		if a.toks[b].text == "," && b > 0 && k < len(a.toks) && a.toks[k].text == "," {
			b--
		}
		if w := strings.ToLower(a.toks[b].text); tradeNouns[w] || (strings.HasSuffix(w, "maker") && a.toks[b].kind == tWord) {
			return true
		}
	}
	next := func(j int) string {
		if j < len(a.toks) && a.toks[j].line == a.toks[k].line {
			return a.toks[j].text
		}
		return ""
	}
	switch w := next(k); {
	case w == "," && next(k+1) == "which":
		return true
	case w == "," && (next(k+1) == "a" || next(k+1) == "an" || next(k+1) == "the"):
		// in apposition: "Tarvelo, a small maker of garden tools,"
		for j := k + 2; j <= k+5; j++ {
			if w := next(j); tradeNouns[w] || strings.HasSuffix(w, "maker") {
				return true
			} else if w == "" || a.toks[j].kind != tWord || a.toks[j].cap {
				return false
			}
		}
	case w == "shares":
		return true
	case len(w) > 0 && isApos([]rune(w)[0]) && next(k+1) == "s":
		// "Audiva's board": the tokenizer splits the possessive
		return ownedByFirms[next(k+2)]
	case shareMoves[w]:
		// "jumped 18 percent", "fell 5.2 %"
		return k+1 < len(a.toks) && a.toks[k+1].kind == tNum && (next(k+2) == "percent" || next(k+2) == "%")
	case sayVerbs[w]:
		for j := k + 1; j < len(a.toks) && j <= k+6 && !a.toks[j].sentInit; j++ {
			switch a.toks[j].text {
			case "its":
				return true
			case "his", "her", "he", "she", ".":
				return false
			}
		}
	}
	return false
}
