package ingest

import (
	"strings"
	"unicode"

	"claimdesk/app/names"
)

// titleSeparators split a page <title> into the headline and the site name or
// section path publishers add around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", "_"}

// pageTitle is the headline in a page title. Where the title has parts (see
// titleSeparators) it is the part that is also a heading of the page; else the
// title without the site's name; else, when the last part is short (up to four
// words) after a longer headline, the title without it, as Readability does.
// Otherwise the title as written: nothing is cut on a guess.
func pageTitle(raw string, headings []string, site string) string {
	t := strings.Join(strings.Fields(raw), " ")
	var parts []string
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			parts = strings.Split(t, sep)
			break
		}
	}
	if len(parts) < 2 {
		return t
	}
	for _, p := range parts {
		if isHeading(p, headings) {
			return strings.TrimSpace(p)
		}
	}
	if site != "" {
		var keep []string
		for _, p := range parts {
			if !strings.EqualFold(strings.TrimSpace(p), strings.TrimSpace(site)) {
				keep = append(keep, p)
			}
		}
		if len(keep) == 1 {
			return strings.TrimSpace(keep[0])
		}
	}
	last := parts[len(parts)-1]
	head := strings.Join(parts[:len(parts)-1], " ")
	if len(parts) == 2 && len(strings.Fields(last)) <= 4 && len(strings.Fields(head)) >= 4 {
		return strings.TrimSpace(parts[0])
	}
	return t
}

// bylinePrefixes are the words that introduce an author's name.
var bylinePrefixes = []string{"by", "von", "par", "por", "di", "door", "av", "af"}

// bylineRoles are words of a job title written after an author's name
// ("Priya Natarajan, Staff reporter").
var bylineRoles = []string{"reporter", "correspondent", "editor", "writer", "staff", "columnist",
	"contributor", "photographer", "producer", "bureau", "chief", "analyst", "journalist"}

// cleanByline turns a visible byline into names: "By JOHN OKAFOR, Business
// Editor" -> "John Okafor"; "Author: Ann Lee" -> "Ann Lee".
func cleanByline(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len([]rune(s)) > 120 {
		return ""
	}
	// A label with a colon ("Author:", "Автор:", "Text:").
	if i := strings.IndexRune(s, ':'); i > 0 && i <= 24 && !strings.Contains(s[:i], " ") {
		s = strings.TrimSpace(s[i+1:])
	}
	if w, rest, ok := strings.Cut(s, " "); ok {
		for _, p := range bylinePrefixes {
			if strings.EqualFold(strings.TrimSuffix(w, ":"), p) {
				s = strings.TrimSpace(rest)
				break
			}
		}
	}
	var parts []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(s, " and ", ","), " & ", ","),
		func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.TrimSpace(part)
		if part == "" || isRole(part) {
			continue
		}
		parts = append(parts, part)
	}
	s = strings.Join(parts, ", ")
	if names.AllCaps(s) {
		s = names.TitleCase(s)
	}
	return s
}

func isRole(part string) bool {
	lower := strings.ToLower(part)
	for _, w := range strings.Fields(lower) {
		for _, r := range bylineRoles {
			if w == r {
				return true
			}
		}
	}
	// A name's words start with a capital; a job title usually has a lower-case word.
	for _, w := range strings.Fields(part) {
		r := []rune(w)[0]
		if unicode.IsLower(r) && !nameParticles[w] {
			return true
		}
	}
	return false
}
