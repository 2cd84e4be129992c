package suggest

import (
	"regexp"
	"strings"
	"unicode"
)

// nameError is one error TestNameErrors counted: a gold name not read right
// (kind missed, type, boundary, boundary+type) or a false name (its
// predicted type), with its text and line.
type nameError struct {
	kind, typ, text, line string
}

var (
	scheduleLine  = regexp.MustCompile(`^[A-Z .]+ AT [A-Z .]+$`)
	connectorWord = regexp.MustCompile(`\b(of|for|in|and|the|de|del|dello|du|la|le)\b`)
	townInitial   = regexp.MustCompile(`\( [A-Z]{1,2} \)`)
)

// errorCause sorts an error by its likely cause, first rule that fits;
// typeFreq counts the type errors by text (a name typed wrongly three times
// or more is one reading repeated through its document). The causes are
// read off the development split's error lines (CLAIMDESK_ERR_LINES), to
// choose what a change could reach; "other" is what no rule names.
func errorCause(e nameError, typeFreq map[string]int) string {
	words := strings.Fields(e.line)
	nums, upper, sports := 0, 0, false
	for _, w := range words {
		sports = sports || sportsWords[strings.ToLower(w)]
		if unicode.IsDigit([]rune(w)[0]) {
			nums++
		}
		if len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			upper++
		}
	}
	figures := nums > 0 && nums*4 >= len(words)
	boundary := strings.HasPrefix(e.kind, "boundary")
	switch {
	case scheduleLine.MatchString(strings.TrimSpace(e.line)):
		return "baseball schedule (X AT Y: the home club marked a place)"
	case strings.HasSuffix(e.text, "Newsroom") || strings.HasSuffix(e.text, "Desk") || strings.HasSuffix(e.text, "Newsdesk") || (e.kind == "missed" && strings.HasPrefix(e.line, "--")):
		return "byline desk (London Newsroom)"
	case boundary && e.typ == TypeOrganisation && (strings.Contains(e.text, " 's") || strings.Contains(e.text, " '")):
		return "organisation cut at a possessive (Boatmen 's)"
	case boundary && e.typ == TypeOrganisation && connectorWord.MatchString(e.text):
		return "organisation cut at of/for/in/and"
	case boundary && townInitial.MatchString(e.text):
		return "club with its town's initial (Mladost ( L ))"
	case boundary && e.typ == TypePerson:
		return "person: other bounds"
	case boundary && e.typ == TypePlace:
		return "place: other bounds"
	case boundary:
		return "organisation: other bounds"
	case e.kind == "type" && (e.typ == TypeOrganisation || e.typ == TypePlace) && (sports || figures):
		return "club or town in sports copy"
	case e.kind == "type" && typeFreq[e.text] >= 3:
		return "one name typed wrongly through its document"
	case e.kind == "type":
		return "other type errors"
	case figures:
		return e.kind + " in tables and results lines"
	case len(words) >= 2 && upper*2 >= len(words):
		return e.kind + " in lines in capitals"
	}
	return e.kind + " in prose and short lines"
}

// errorCauses counts errs by cause.
func errorCauses(errs []nameError) map[string]int {
	typeFreq := map[string]int{}
	for _, e := range errs {
		if e.kind == "type" {
			typeFreq[e.text]++
		}
	}
	out := map[string]int{}
	for _, e := range errs {
		out[errorCause(e, typeFreq)]++
	}
	return out
}
