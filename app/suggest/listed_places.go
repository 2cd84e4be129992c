package suggest

import "strings"

// listedPlacesStayPlaces retypes as a place an organisation the model read
// over the whole of a name the gazetteer lists as a place ("West Bank",
// "Soviet Union"): its last word looks like an organisation's head ("Bank",
// "Union") to the model, as it does to the capitalised-phrase rule, which
// already keeps a listed run a place (listedPlace in chunk.go). A sports
// story's rules, which run after this, still make a country's side a team.
func (a *analysis) listedPlacesStayPlaces() {
	if a.gaz == nil {
		return
	}
	for i := range a.cands {
		c := &a.cands[i]
		if c.typ != TypeOrganisation || c.filed() || !(c.rule == RuleTagger || c.rule == RuleHeadWord) {
			continue
		}
		// only a name whose last word is an organisation's head: a town
		// alone the model read as its club ("Surrey 429-7") stays the club
		if sp := strings.LastIndexByte(c.name, ' '); sp > 0 && orgHeads[c.name[sp+1:]] && a.listedPlaceName(c.name) {
			c.typ = TypePlace
		}
	}
}
