package main

import (
	"fmt"
	"strings"

	"claimdesk/app/suggest"
)

// Company news, written for Claimdesk: a firm is named once, with its legal
// form ("Tavelor SpA") in half the stories, and then by its bare name, often one word the tagger
// has never seen and that could be a surname ("Varga said in a
// statement"). The public corpora hold little business copy, so without
// these documents a one-word firm reads as a person. Firm names are made
// up from syllables (so the tagger learns the context, not the words) or
// are surnames (firms named after their founders).

var (
	firmSyllables = strings.Fields(`ta ve lor mi ran ko sel dor bri ne ca pel tor vi a sa lu mar den ol fin gra re sto tek no va zen ri`)
	legalFormsGen = strings.Fields(`Inc Corp Ltd Plc SpA AG SA NV GmbH Oyj AB ASA Co Holdings Group`)
	firmTrades    = []string{"carmaker", "tyre maker", "bank", "insurer", "brewer", "chipmaker", "airline", "retailer", "steelmaker", "drugmaker", "publisher", "utility"}
)

// madeUpFirm returns a firm's bare name: a made-up word, a surname, or a
// made-up word with a trade word ("Ravelo Cement").
func (g gen) madeUpFirm() string {
	if g.r.Intn(3) == 0 {
		return g.pick(surnames)
	}
	var b strings.Builder
	for k := 0; k < 2+g.r.Intn(2); k++ {
		b.WriteString(g.pick(firmSyllables))
	}
	name := strings.ToUpper(b.String()[:1]) + b.String()[1:]
	if g.r.Intn(4) == 0 {
		name += " " + g.pick([]string{"Cement", "Electric", "Foods", "Steel", "Textiles", "Chemicals", "Cables", "Shipping"})
	}
	return name
}

// companyNews writes a short business story: the firm (with its legal form
// in half the stories), then its bare name in the contexts business copy uses.
func (g gen) companyNews(w *layoutWriter) {
	firm, other := g.madeUpFirm(), g.madeUpFirm()
	w.ent(g.pick(places), suggest.TypePlace)
	w.text(" - ")
	// half the stories never write the legal form, as most news outside
	// Reuters-style copy does: the model must read the firm from its
	// context, not from a legal form elsewhere in the text (the document
	// cues, app/suggest/tagger_doccues.go)
	if g.r.Intn(2) == 0 {
		w.ent(firm, suggest.TypeOrganisation)
	} else {
		w.ent(firm+" "+g.pick(legalFormsGen), suggest.TypeOrganisation)
	}
	w.text(fmt.Sprintf(", the %s, said on %s its net profit rose %d percent.\n", g.pick(firmTrades), g.pick(weekdays), 2+g.r.Intn(40)))
	for k := 0; k < 2+g.r.Intn(3); k++ {
		switch g.r.Intn(7) {
		case 0:
			w.ent(firm, suggest.TypeOrganisation)
			w.text(" said in a statement that sales in ")
			w.ent(g.pick(countries), suggest.TypePlace)
			w.text(" had slowed.\n")
		case 1:
			w.text("Shares in ")
			w.ent(firm, suggest.TypeOrganisation)
			w.text(fmt.Sprintf(" fell %d.%d percent in ", g.r.Intn(9), g.r.Intn(10)))
			w.ent(g.pick(places), suggest.TypePlace)
			w.text(".\n")
		case 2:
			w.ent(firm, suggest.TypeOrganisation)
			w.text("'s chief executive ")
			w.ent(g.person(), suggest.TypePerson)
			w.text(" told analysts the outlook was stable.\n")
		case 3:
			w.ent(firm, suggest.TypeOrganisation)
			w.text(fmt.Sprintf(" shares closed at %d.%02d.\n", 5+g.r.Intn(300), g.r.Intn(100)))
		case 4:
			w.text("Analysts at ")
			w.ent(other, suggest.TypeOrganisation)
			w.text(" said ")
			w.ent(firm, suggest.TypeOrganisation)
			w.text(" would gain from the deal.\n")
		case 5:
			w.ent(firm, suggest.TypeOrganisation)
			w.text(" agreed to buy ")
			w.ent(other, suggest.TypeOrganisation)
			w.text(fmt.Sprintf(" for %d million euros, a spokesman for ", 10+g.r.Intn(900)))
			w.ent(firm, suggest.TypeOrganisation)
			w.text(" said.\n")
		default:
			w.ent(g.person(), suggest.TypePerson)
			w.text(", who joined ")
			w.ent(firm, suggest.TypeOrganisation)
			w.text(" from ")
			w.ent(other, suggest.TypeOrganisation)
			w.text(", will run its unit in ")
			w.ent(g.pick(countries), suggest.TypePlace)
			w.text(".\n")
		}
	}
}
