package app

import (
	"regexp"
	"strings"

	"claimdesk/app/names"
	"claimdesk/app/reading"
)

// caseAsWritten is the name to propose for a suggestion whose name is in capitals
// (name, at code points start..end of text). Capitals in a dateline ("BRESKA, Dec. 1
// —") or a headline in capitals say nothing about how the name is spelt, and an entity
// made from them would be named "BRESKA": the name takes the case the article writes it
// in elsewhere ("Breska"), or title case when it never writes it otherwise. A name the
// article writes in capitals in its sentences too (an acronym: "NORDA said") keeps them,
// and so does one in capitals inside a sentence. names.Key ignores case, so mentions
// written either way meet the same entity.
func caseAsWritten(text string, start, end int, name string) string {
	if !names.AllCaps(name) || start < 0 {
		return name
	}
	runes := []rune(text)
	if end > len(runes) || start >= end {
		return name
	}
	inCaps := inDateline(runes, start) || shoutingLine(runes, start)
	if !inCaps {
		return name
	}
	// the same words elsewhere, any case, whole words only
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)(?:^|[^\p{L}\p{N}])(` + strings.Join(words, `\s+`) + `)(?:$|[^\p{L}\p{N}])`)
	if err != nil {
		return name
	}
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		found := text[m[2]:m[3]]
		at := len([]rune(text[:m[2]]))
		if at == start {
			continue
		}
		if !names.AllCaps(found) {
			return strings.Join(strings.Fields(found), " ") // the article's own spelling
		}
		if !inDateline(runes, at) && !shoutingLine(runes, at) {
			return name // written in capitals in a sentence too: an acronym
		}
	}
	return names.TitleCase(name)
}

// inDateline: the code point at opens a paragraph that opens with a dateline
// (reading.ReadDateline, the one reading of datelines) naming a place.
func inDateline(runes []rune, at int) bool {
	if at > 0 && runes[at-1] != '\n' {
		return false
	}
	_, end := lineAround(runes, at)
	d, ok := reading.ReadDateline(string(runes[at:end]), "")
	return ok && d.Place != ""
}

// shoutingLine: the line holding the code point at has two or more words and no letter
// in lower case (a headline in capitals).
func shoutingLine(runes []rune, at int) bool {
	s, e := lineAround(runes, at)
	line := string(runes[s:e])
	return len(strings.Fields(line)) >= 2 && names.AllCaps(line)
}

// lineAround is the line (between line breaks) holding the code point at.
func lineAround(runes []rune, at int) (start, end int) {
	start, end = at, at
	for start > 0 && runes[start-1] != '\n' {
		start--
	}
	for end < len(runes) && runes[end] != '\n' {
		end++
	}
	return start, end
}
