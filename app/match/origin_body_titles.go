package match

import "regexp"

// A person named by a title speaks for the body the title belongs to: "Chief operating
// officer Mikko Rantala" for the firm named before, "Its chairwoman, Edith Marlowe," for
// the body the sentence before named.

// firmTitleRe is a title only a firm has.
var firmTitleRe = regexp.MustCompile(`(?i)\bchief\s+(?:executive|financial|operating|commercial|technology)(?:\s+officer)?\b|\b(?:CEO|CFO|COO)\b`)

// itsTitleRe is a title given by "its" ("Its director, Amos Reinholt,", "its chief
// executive Ann Lee"): the body "it" is.
var itsTitleRe = regexp.MustCompile(`\b[Ii]ts\s+(?:[a-z]+\s+){0,2}(?:chairman|chairwoman|chair|director|head|chief|spokesman|spokeswoman|spokesperson|president|founder|secretary|executive|manager|negotiator|leader)\b`)

// bodyTitleReach is at most how far back the body "its" means may be named, in
// characters: in the sentence before, not further in the article.
const bodyTitleReach = 400

// bodyOfPersonTitle is the body a speaker phrase at [s, e) speaks for by such a title (in
// the phrase or just before it, as an apposition), "" when it has none or no body of that
// kind was named before.
func (r *originReader) bodyOfPersonTitle(s, e int) string {
	around := string(r.rs[max(0, s-40):e])
	switch {
	case firmTitleRe.MatchString(around):
		// the firm last named: by a name of its kind, or as a sentence's subject since
		// ("Klarfrakt AB, the haulier, ... Klarfrakt denies that. ..., chief executive
		// Ann Berg said" is Klarfrakt's, as the text last calls it)
		text := string(r.rs[max(0, s-bodyLookback):s])
		name, at := r.orgAt(s, bodyLookback, "business")
		if n, a := subjectFirmBefore(text); a > at {
			name = n
		}
		return name
	case itsTitleRe.MatchString(around):
		// the body the sentence before names ("The Coastal Administration said ... Its
		// director" is the administration's, not a firm's named further back)
		from := s
		for i, sn := range r.sents {
			if sn.Start <= s && s < sn.End && i > 0 {
				from = r.sents[i-1].Start
			}
		}
		return r.orgWithin(s, min(s-from, bodyTitleReach), "")
	}
	return ""
}
