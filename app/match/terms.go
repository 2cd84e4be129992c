package match

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// stopwords are function words, reporting words ("said", "according") and hedges
// ("around", "nearly"): they say who speaks or how sure, not what is claimed, and are
// left out of the comparison.
var stopwords = wordSet(`a about above after again against ago all also am among an and any are as at be
been before being between both but by can could did do does doing during each either few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just last
least less many may me might more most much must my no nor not now of off on once only or other our ours
out over own per same she should since so some such than that the their theirs them themselves then there
these they this those through to too under until up upon us very via was we were what when where which while
who whom whose why will with within without would yet you your one two s t
said says say saying told tells according added adds noted notes reported reports reportedly stated
remarked asserted citing cited described news agency media state
around nearly almost roughly approximately already every even another several including amid`)

// IsStopword reports whether w (lower case) is a function or reporting word.
func IsStopword(w string) bool { return stopwords[w] }

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Words splits text into lower-case words without diacritics (runs of letters and
// digits; apostrophes, hyphens and other punctuation separate words).
func Words(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// Terms returns the content terms of text: words that are not stop words or bare
// numbers (figures are compared apart), stemmed with Stem.
func Terms(text string) []string {
	var out []string
	for _, w := range Words(text) {
		if len(w) < 2 || stopwords[w] || isNumber(w) {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Stem is a light stemmer: a few inflectional suffixes off ("troops", "signed",
// "signing", "deployment"), then the first five letters, which is known to work about
// as well as a full stemmer for English retrieval and also meets demonyms with their
// country ("Korean"/"Korea", "Ukrainian"/"Ukraine").
func Stem(w string) string {
	for _, suf := range []string{"ments", "ment", "ings", "ing", "edly", "ed", "ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			if suf == "ies" {
				w += "y"
			}
			break
		}
	}
	r := []rune(w)
	if len(r) > 5 {
		r = r[:5]
	}
	return string(r)
}
