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
