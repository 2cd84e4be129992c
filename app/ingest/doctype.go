package ingest

import "strings"

// dropDoctypeSubset removes a DOCTYPE's internal subset (`<!DOCTYPE html [ <!ENTITY
// …> ]>`, found in XHTML saved by XML tools). An HTML5 parser ends the DOCTYPE at the
// subset's first ">", so the rest, down to "]>", became article text. HTML never
// expands entities declared there, so the subset carries nothing for the text.
// Only a DOCTYPE before the first element is looked at; anything else is returned
// unchanged, as is a subset that never closes (the parser then shows what is there).
func dropDoctypeSubset(text string) string {
	i := 0
	for {
		for i < len(text) && strings.ContainsRune(" \t\r\n\uFEFF", rune(text[i])) {
			i++
		}
		rest := text[i:]
		switch {
		case strings.HasPrefix(rest, "<?"): // an XML declaration
			end := strings.Index(rest, "?>")
			if end < 0 {
				return text
			}
			i += end + 2
			continue
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest, "-->")
			if end < 0 {
				return text
			}
			i += end + 3
			continue
		}
		if len(rest) < 9 || !strings.EqualFold(rest[:9], "<!DOCTYPE") {
			return text
		}
		break
	}
	start := i
	open := strings.IndexAny(text[start:], "[>")
	if open < 0 || text[start+open] != '[' {
		return text // no subset
	}
	// Find the "]" that closes the subset: outside quoted strings and comments.
	var quote byte
	for j := start + open + 1; j < len(text); j++ {
		c := text[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case strings.HasPrefix(text[j:], "<!--"):
			end := strings.Index(text[j:], "-->")
			if end < 0 {
				return text
			}
			j += end + 2
		case c == ']':
			k := j + 1
			for k < len(text) && strings.ContainsRune(" \t\r\n", rune(text[k])) {
				k++
			}
			if k < len(text) && text[k] == '>' {
				return text[:start] + text[start:start+open] + ">" + text[k+1:]
			}
		}
	}
	return text
}
