package suggest

import (
	"strings"
	"unicode"
)

// sourceRoles are what a quoted source is at an employer, written before
// "at", "of" or "for" and its name ("a strategist at Veldkamp", "analysts
// at Strandby", "a spokeswoman for Nordvik").
var sourceRoles = set(`analyst analysts economist economists strategist strategists trader traders
	dealer dealers broker brokers spokesman spokeswoman spokesperson
	executive officer manager chairman chairwoman`)

// sourcesEmployers retypes as an organisation the name a source works for,
// where the model read a person or a place: after a source's role and
// "at", "of" or "for" ("chief executive of Grenholm", "general manager of
// Petofi": its other mentions follow, as a reader carries it); after a person's full name and "of" when the model
// read a person there (a person is not "of" another person; "Colin Baird of
// Scotland" keeps the place); and the one told a quoted sentence that ends
// with it ("...," Duarte told Velorio.), a newspaper or a broadcaster. A
// listed place or country stays a place, and a word that ends a person's
// full name in the story stays that person.
func (a *analysis) sourcesEmployers() {
	var firms map[string]bool // the names retyped, for their other mentions
	for i := range a.cands {
		c := &a.cands[i]
		if c.filed() || !(c.typ == TypePerson || c.typ == TypePlace && c.rule != RuleGazetteer) {
			continue
		}
		k := a.tokenAt(c.start)
		if k < 2 || k >= len(a.toks) {
			continue
		}
		prep, before := a.toks[k-1], a.toks[k-2]
		if prep.line != a.toks[k].line || before.line != prep.line {
			continue
		}
		employer := false
		switch prep.text {
		case "at", "of", "for":
			employer = sourceRoles[strings.ToLower(before.text)] ||
				prep.text == "of" && c.typ == TypePerson && a.fullNameEndsAt(before.end)
		case "told":
			employer = c.typ == TypePerson && a.endsQuotedSentence(k, a.tokenAt(c.end))
		}
		if employer && !a.isFamilyName(c.name) {
			c.typ = TypeOrganisation
			if firms == nil {
				firms = map[string]bool{}
			}
			firms[c.name] = true
		}
	}
	for i := range a.cands {
		if c := &a.cands[i]; firms[c.name] && !c.filed() && (c.typ == TypePerson || c.typ == TypePlace && c.rule != RuleGazetteer) {
			c.typ = TypeOrganisation
		}
	}
}

// fullNameEndsAt: a person named in two or more words ends at rune offset end.
func (a *analysis) fullNameEndsAt(end int) bool {
	for _, c := range a.cands {
		if c.end == end && c.typ == TypePerson && strings.Contains(c.name, " ") {
			return true
		}
	}
	return false
}

// isFamilyName: w ends the full name of a person of the story.
func (a *analysis) isFamilyName(w string) bool {
	for _, c := range a.cands {
		if c.typ == TypePerson && strings.Contains(c.name, " ") && lastWord(c.name) == w {
			return true
		}
	}
	return false
}

// endsQuotedSentence: the name over tokens [k, e) ends its sentence (a full
// stop follows) and a closing quotation stands earlier in that sentence, as
// in `"...," Duarte told Velorio.`
func (a *analysis) endsQuotedSentence(k, e int) bool {
	if e >= len(a.toks) || a.toks[e].text != "." {
		return false
	}
	for j := k - 1; j >= 0 && a.toks[j].line == a.toks[k].line; j-- {
		if r := []rune(a.toks[j].text)[0]; r == '"' || r == '\u201d' {
			return true
		}
		if a.toks[j].text == "." {
			return false
		}
		if unicode.IsUpper([]rune(a.toks[j].text)[0]) && a.toks[j].sentInit {
			return false
		}
	}
	return false
}
