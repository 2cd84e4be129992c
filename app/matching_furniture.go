package app

import (
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// A line that only names the article's outlet, its reporter or its date (the masthead
// "Orrin Valley Courier", "By Hanna Veltz", "Wednesday 2 December 2026", "Continental News
// Service | 2 December 2026, 14:30") states no claim, yet shares the story's names: an
// analyst's walk found a masthead proposed at 46 % as the evacuation it named. The outlet
// is the article's source and the reporter its byline, both read on import
// (app/ingest/metadata.go); dates are the one reading's.

// maxFurnitureBytes: longer sentences are never only a masthead, byline or date line
// (and are not read again for it).
const maxFurnitureBytes = 160

// furnitureWords are the words a masthead, byline or date line holds besides the names
// and the date.
var furnitureWords = map[string]bool{"by": true, "and": true, "updated": true, "published": true, "posted": true,
	"last": true, "at": true, "on": true, "gmt": true, "utc": true, "am": true, "pm": true}

// furniture reports whether text, a sentence of article a, is only a's outlet, byline,
// dates and the words around them.
func (a *matchArticle) furniture(text string) bool {
	if len(text) > maxFurnitureBytes {
		return false
	}
	// the dates first, as written ("2 December 2026"), then the names in any case
	var b strings.Builder
	at, cut := 0, false
	for _, v := range reading.Find(text, "") {
		if v.Kind == reading.KindDate {
			b.WriteString(text[at:v.From])
			b.WriteByte(' ')
			at, cut = v.To, true
		}
	}
	b.WriteString(text[at:])
	rest := strings.ToLower(b.String())
	for _, name := range []string{a.source, a.byline} {
		if name = strings.ToLower(strings.TrimSpace(name)); name != "" && strings.Contains(rest, name) {
			rest, cut = strings.ReplaceAll(rest, name, " "), true
		}
	}
	if !cut {
		return false
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !furnitureWords[w] {
			return false
		}
	}
	return true
}

// mastheadLines is how many of an article's first lines may hold a masthead, and
// maxHeadRunes how far into the text they may reach.
const (
	mastheadLines = 4
	maxHeadRunes  = 400
)

// masthead reports whether the sentence [start, end) of a is a masthead though a has no
// outlet to know it by (pasted with none, or its name on a line import does not read):
// a line of its own among the article's first lines but not the first (the headline), of
// at most six words, each
// capitalised (or "of", "the", "and"), with no figure and no closing punctuation, and not
// the article's title (a headline in title case may tell the news).
func (a *matchArticle) masthead(text string, start int) bool {
	text = strings.TrimSpace(text)
	if a.source != "" || text == "" || strings.EqualFold(text, strings.TrimSpace(a.title)) || strings.ContainsAny(text[len(text)-1:], ".!?:;,") {
		return false
	}
	if start > maxHeadRunes {
		return false
	}
	rs := []rune(a.body[:min(len(a.body), 4*maxHeadRunes+4*len(text))])
	if start > len(rs) || start > 0 && rs[start-1] != '\n' {
		return false
	}
	lines := 0
	for _, l := range strings.Split(string(rs[:start]), "\n") {
		if strings.TrimSpace(l) != "" {
			lines++
		}
	}
	if lines == 0 || lines >= mastheadLines { // the first line is the headline, whatever its case
		return false
	}
	if end := start + len([]rune(text)); end < len(rs) && rs[end] != '\n' {
		return false
	}
	words := strings.Fields(text)
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if unicode.IsDigit(r[0]) || !unicode.IsUpper(r[0]) && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}
