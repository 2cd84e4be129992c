package ingest

import (
	"regexp"
	"strings"
)

// signOffRe is a wire story's closing credit on a line of its own:
// "(Reporting by A; Editing by B)", "(Writing by A)", "(Additional reporting by C)".
// Agencies end every story with it, so whatever a copied web page puts after it
// (promotions, "Next In …" headline lists, "Others also read") is the page's, not the
// story's. Whole-line and parenthesised only: prose that says "reporting by the BBC"
// is not a sign-off.
var signOffRe = regexp.MustCompile(`^\((?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling)\s+by)\s[^()\n]*\)$`)

// storyEnd is how many bytes of body are the story: up to the end of its last wire
// sign-off line, or all of it when there is none. Cutting there keeps page furniture
// out of the article text, where it would be read, searched and suggested as news.
func storyEnd(body string) int {
	end := len(body)
	for start := 0; start < len(body); {
		stop := strings.IndexByte(body[start:], '\n')
		if stop < 0 {
			stop = len(body)
		} else {
			stop += start
		}
		if line := strings.TrimSpace(body[start:stop]); line != "" && line[0] == '(' && signOffRe.MatchString(line) {
			end = stop
		}
		start = stop + 1
	}
	return end
}
