package match

import (
	"regexp"
	"strings"

	"claimdesk/app/names"
)

// A central bank is its own origin in news copy: it sets policy apart from the
// government, and copy sets it apart too ("the central bank raised rates; the finance
// ministry said it supported the decision"). Its governor, its monetary policy committee,
// "the bank" and "the apex bank" once the article names it, and its initials ("CBN")
// speak for it.

// centralBankNameRe finds a central bank by name: "Central Bank of Nigeria", "Nigeria's
// central bank", "the Reserve Bank of India", "Bank of Ghana".
var centralBankNameRe = regexp.MustCompile(`\b(?:Central Bank of|Reserve Bank of|National Bank of|Bank of)\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3})|\b((?:\p{Lu}[\p{L}'’-]*\s?){1,3})(?:'s|’s)\s+(?:central bank|Central Bank)\b`)

// centralBankWords name a central bank, or a body or office of one, in a speaker phrase.
var centralBankWords = regexp.MustCompile(`(?i)\b(?:central bank|apex bank|reserve bank|monetary policy committee|MPC)\b`)

// centralBank is the central bank the article names ("Central Bank of <country>"), ""
// when it names none; computed once per reading.
func (r *originReader) centralBank() string {
	if r.bank != nil {
		return *r.bank
	}
	name := ""
	text := r.text
	for _, m := range centralBankNameRe.FindAllStringSubmatch(text, -1) {
		place := strings.TrimSpace(m[1] + m[2])
		if c := countryOf(place); c != "" {
			name = "Central Bank of " + c
			break
		}
	}
	if name == "" && centralBankWords.MatchString(text) && r.mainCountry != "" {
		name = "Central Bank of " + r.mainCountry // "the central bank" in a story about one country
	}
	r.bank = &name
	return name
}

// centralBankIn is the central bank a speaker phrase names or speaks for, "" when none:
// its name or words, its initials, its governor, or "the bank" once the article names it.
func (r *originReader) centralBankIn(phrase string) string {
	if !strings.Contains(strings.ToLower(phrase), "bank") && !strings.Contains(strings.ToLower(phrase), "governor") &&
		!strings.Contains(phrase, "MPC") && !acronymRe.MatchString(phrase) {
		return ""
	}
	bank := r.centralBank()
	if bank == "" {
		return ""
	}
	if centralBankWords.MatchString(phrase) || strings.Contains(phrase, bank) {
		return bank
	}
	ws := Words(phrase)
	for i, w := range ws {
		// "the bank", "the bank's governor"; not "the World Bank" or "a commercial bank"
		if w == "bank" && i > 0 && ws[i-1] == "the" {
			return bank
		}
		// "the governor", "Deputy Governor X"; not "the governor of Lagos State"
		if w == "governor" && !governorOfPlaceRe.MatchString(phrase) {
			return bank
		}
	}
	for _, acr := range acronymRe.FindAllString(phrase, -1) {
		if names.SpellsInitials(acr, bank) {
			return bank // "CBN Governor Babatunde Ogunleye"
		}
	}
	return ""
}

// governorOfPlaceRe finds the governor of a region, not of a bank: "the governor of
// Ashanti Region", "Lagos State Governor".
var governorOfPlaceRe = regexp.MustCompile(`(?i:governor)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*\s*$|\b(?:State|Region|Province|County)\s+(?i:governor)\b|(?i:governor)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}]+\s+)*(?:State|Region|Province|County)\b`)
