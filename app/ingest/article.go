package ingest

import (
	"strings"

	"claimdesk/app/reading"
	"unicode"
	"unicode/utf8"
)

// Article is a parsed plain-text article.
type Article struct {
	Title string
	// Body is the text after the title line, leading blank lines removed and
	// trailing whitespace trimmed. It is a substring of the parsed text.
	Body string
	// BodyOffset is the code-point offset in the parsed text where Body
	// starts: an offset o in the file is o-BodyOffset in Body.
	BodyOffset int
	// Outlet is the publishing outlet, "" when the text does not say.
	Outlet string
	// PublishedAt is "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (local time as
	// written, no zone), "" when the text does not say.
	PublishedAt string
	// Byline is the author's name, "" when none is stated.
	Byline string
	// Cites are the news agencies and state media the article names as a
	// source, canonical names in order of first appearance, without the
	// outlet itself. Never nil.
	Cites []string
}

// maxTitle caps the title so a file whose "first line" is a whole paragraph
// still gives a usable title; the body is not affected.
const maxTitle = 300

// ParsePlainText parses a plain-text article. Pass Normalize'd text: offsets
// are counted in the text as given.
//
// The title is the first non-empty line that is not page chrome (see
// chromeLines), or the first non-empty line if all are chrome; lines before
// the title are neither title nor body. Outlet, PublishedAt, Byline and Cites
// come from the rules in metadata.go.
func ParsePlainText(text string) Article {
	lines := splitLines(text)
	ti := titleLine(lines)
	if ti < 0 {
		// Nothing but whitespace: no title, no body.
		return Article{Cites: []string{}}
	}
	var a Article
	if next, outlet := masthead(lines, ti); next >= 0 {
		ti, a.Outlet = next, outlet
	}
	a.Title = capTitle(strings.TrimSpace(lines[ti].text))

	// Body starts at the first line after the title that is not blank.
	start := len(text)
	for _, l := range lines[ti+1:] {
		if strings.TrimSpace(l.text) != "" {
			start = l.start
			break
		}
	}
	a.Body = strings.TrimRightFunc(text[start:start+storyEnd(text[start:])], unicode.IsSpace)
	a.BodyOffset = byteToCodePoint(text, start)

	extractMetadata(&a, text, lines, ti)
	return a
}

// masthead reads the title line ti as a paper's masthead above the headline ("Drevna
// Observer" / "Families keep vigil …", uxwalk3 finding 9): it names an outlet (outletName)
// and the next non-empty line reads like a title, with the story after it. It returns
// that line and the outlet, or -1. A title line is a title only: not a date or "By" line,
// not a medium's name itself, at most 20 words, not ending a sentence with a full stop.
func masthead(lines []line, ti int) (int, string) {
	outlet := outletName(strings.TrimSpace(lines[ti].text))
	if outlet == "" {
		return -1, ""
	}
	var next []int
	for i := ti + 1; i < len(lines) && len(next) < 2; i++ {
		if strings.TrimSpace(lines[i].text) != "" {
			next = append(next, i)
		}
	}
	if len(next) < 2 {
		return -1, "" // the title line alone, or no story under it
	}
	t := strings.TrimSpace(lines[next[0]].text)
	if _, kind := parseDateLine(t); kind != notDate {
		return -1, ""
	}
	if loc := byRe.FindStringIndex(t); loc != nil && loc[0] == 0 {
		return -1, ""
	}
	if outletName(t) != "" || reading.MoreWordsThan(t, 20) || strings.HasSuffix(t, ".") {
		return -1, ""
	}
	return next[0], outlet
}

// line is one line of the text without its "\n"; start is its byte offset.
type line struct {
	text  string
	start int
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			out = append(out, line{text[start:], start})
			break
		}
		out = append(out, line{text[start : start+end], start})
		start += end + 1
	}
	return out
}

func titleLine(lines []line) int {
	first := -1
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if first < 0 {
			first = i
		}
		if !isChrome(t) {
			return i
		}
	}
	return first
}

// MaxTitle is the longest title the app stores, in code points (a title the analyst
// types longer is refused; one read from a text is capped: CapTitle).
const MaxTitle = maxTitle

// CapTitle caps a title read from a text as a file's is.
func CapTitle(s string) string { return capTitle(s) }

// capTitle truncates s to maxTitle code points including a final "…",
// cutting at a space when one is in the last half so words stay whole.
func capTitle(s string) string {
	if utf8.RuneCountInString(s) <= maxTitle {
		return s
	}
	runes := []rune(s)[:maxTitle-1]
	cut := len(runes)
	for i := len(runes) - 1; i > maxTitle/2; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(runes[:cut]), unicode.IsSpace) + "…"
}
