package reading

import "unicode"

// Ages are not counts: "brothers aged 34 and 37", "a 52-year-old driver", "Ana Ruiz, 63,"
// say how old a person is, not how many of anything there are, and read as counts they
// made "two people" disagree with "34" (found on an analyst's walk through a new story).
// They are read with the unit UnitAge, which Judge compares only with another age: the
// same age in two articles still agrees ("the 52-year-old driver" in both; left unread,
// the matcher lost that evidence on ECB+), and an age against a count is neither an
// agreement nor a conflict, in every view (proposals, the claim page, the matrix).

// UnitAge is the unit of a person's age in years.
const UnitAge = "age"

// ageWords before a number (past a hedge and other ages in a list) make it an age.
var ageWords = set(`aged ages age`)

// ageSpans after a number make it an age when "old" follows ("34-year-old", "37 years old").
var ageSpans = set(`year years month months week weeks day days`)

// ageAt reports whether the figure whose tokens run from first (its hedge) through last
// is an age (a number's own tokens: "34" of "34-year-old").
func (c cursor) ageAt(first, last int) bool {
	return c.agedBefore(first) || c.oldAfter(last+1) || c.apposedAge(first, last)
}

// agedBefore: "aged 34", "aged over 70", "aged between 18 and 25", "aged 41 and 45" (the
// second too: the words back over the list of ages), "at the age of 60".
func (c cursor) agedBefore(k int) bool {
	j := k - 1
	for j >= 0 && (c.toks[j].kind == tNum || c.low(j) == "and" || c.low(j) == "or" || c.low(j) == "to" || c.low(j) == "," || isDash(c.text(j)) ||
		c.low(j) == "between" || c.low(j) == "over" || c.low(j) == "under" || c.low(j) == "about") {
		j--
	}
	if c.low(j) == "of" && c.low(j-1) == "age" {
		return true
	}
	return c.low(j) == "aged" || c.low(j) == "ages" || c.low(j) == "age" && c.toks[j+1].kind == tNum
}

// oldAfter: "34-year-old", "six-month-old", "37 years old", "34 and 37 years old" (the
// first of a pair too).
func (c cursor) oldAfter(k int) bool {
	j := k
	if (c.low(j) == "and" || c.low(j) == "or" || c.low(j) == "to" || isDash(c.text(j))) && c.toks[min(j+1, len(c.toks)-1)].kind == tNum {
		j += 2 // "34 and 37 years old"
	}
	if isDash(c.text(j)) && c.glued(j) {
		j++
	}
	if !ageSpans[c.low(j)] {
		return false
	}
	j++
	if isDash(c.text(j)) && c.glued(j) {
		j++
	}
	return c.low(j) == "old"
}

// apposedAge: a number alone between commas right after a capitalised name ("Ana Ruiz,
// 63, said"), under 120, in digits and with nothing after it but a comma or the end of the
// sentence: how news copy gives a person's age. "Varn, 30 km away" has a unit after it.
func (c cursor) apposedAge(first, last int) bool {
	if first != last || c.toks[first].kind != tNum || c.text(first-1) != "," {
		return false
	}
	n, ok := c.toks[first].integer()
	if !ok || n >= 120 {
		return false
	}
	name := first - 2
	if name < 0 || c.toks[name].kind != tWord || !unicode.IsUpper([]rune(c.toks[name].text)[0]) && !c.personByNoun(name) {
		return false
	}
	next := c.text(last + 1)
	return next == "," || next == "." || next == ""
}

// ageDeterminers open a noun phrase that names one person by what they are ("the
// driver, 34,", "her eldest son, 19,", "a retired miner, 71,").
var ageDeterminers = set(`the a an his her their its our my`)

// personByNoun reports whether the word at k, in lower case, ends a short noun phrase
// opened by a determiner (at most one word between): a person told by a noun, whose
// apposed number is an age as after a name. "Of the boats, 12, were lost" picks a part of
// a group: after "of" the number is a count.
func (c cursor) personByNoun(k int) bool {
	for d := k - 1; d >= max(0, k-2); d-- {
		if c.toks[d].kind != tWord {
			return false
		}
		if ageDeterminers[c.low(d)] {
			return c.low(d-1) != "of"
		}
	}
	return false
}
