package app

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdesk/app/names"
)

// initialsPairs proposes an acronym and the name whose words' initials it spells
// ("NIPH" / "National Institute of Public Health", names.SpellsInitials: one letter a
// word, "of", "and", "for", "the" and small words a letter or none), of one type: an
// article writes the name once and the initials after, and the suggester makes two
// entities of them (uxwalk5). Spelling alone would never pair them. The pair is a
// proposal: the analyst merges, or judges them different.
//
// Each name looks its possible initials up among the acronyms of its type (a set, not a
// comparison with each), so a large workspace costs one pass.
func initialsPairs(ents []EntitySummary) []MergeProposal {
	acronyms := map[string][]EntitySummary{}
	for _, e := range ents {
		if names.Acronym(e.Name) {
			k := e.Type + "|" + strings.ToLower(e.Name)
			acronyms[k] = append(acronyms[k], e)
		}
	}
	if len(acronyms) == 0 {
		return nil
	}
	var out []MergeProposal
	for _, e := range ents {
		for _, initials := range possibleInitials(e.Name) {
			for _, a := range acronyms[e.Type+"|"+initials] {
				if a.ID == e.ID || !names.SpellsInitials(a.Name, e.Name) {
					continue
				}
				p := MergeProposal{A: a, B: e, Score: 0.85, Reason: fmt.Sprintf("%q are the initials of %q", a.Name, e.Name)}
				if p.A.ID > p.B.ID {
					p.A, p.B = p.B, p.A
				}
				out = append(out, p)
			}
		}
	}
	return out
}

// possibleInitials are the strings of first letters (small) a name of two or more words
// may be abbreviated to: each word gives its letter, a function word or a small word
// after the first may give none (names.SpellsInitials confirms). At most four such words
// are left out or kept, so a name gives at most 16.
func possibleInitials(name string) []string {
	words := strings.Fields(strings.TrimPrefix(name, "The "))
	if len(words) < 2 || len(words) > 12 {
		return nil
	}
	out := []string{""}
	optional := 0
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(first) {
			return nil
		}
		letter := string(unicode.ToLower(first))
		skippable := i > 0 && (w == strings.ToLower(w) || capitalFunctionWords[w])
		if skippable && optional < 4 {
			optional++
			n := len(out)
			for j := range n {
				out = append(out, out[j]+letter)
			}
			continue
		}
		for j := range out {
			out[j] += letter
		}
	}
	return out
}

// capitalFunctionWords are names.SpellsInitials' function words written with a capital
// (a small one is a small word already).
var capitalFunctionWords = map[string]bool{"Of": true, "And": true, "For": true, "The": true}
