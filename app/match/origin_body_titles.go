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

// officialBodies are the kinds of body, beyond the generic ones (genericBodies), whose
// officials speak for it and not for a government: "a hospital official", "a club
// spokesman", "a party official".
var officialBodies = wordSet(`hospital clinic club party school university church charity`)

// bodyOfOfficial is the body the words introducing a person make them an official of,
// when it is no government ("A miners' union official, Lena Brask,", "a company
// spokeswoman, Ann Lee,"): the body of that kind named before, else the body as the text
// describes it (kind "body", read in the claim's other articles). "" when the
// introduction names an office alone ("a government official") or nothing.
func (r *originReader) bodyOfOfficial(phrase string, s int) (root, kind string) {
	window, at, _ := r.personIntro(phrase, s)
	words := Words(window)
	office, head := false, ""
	for _, w := range words {
		office = office || officeWords[w] && !genericBodies[w]
		if head == "" && (genericBodies[w] || officialBodies[w]) {
			head = w
		}
	}
	if !office || head == "" {
		return "", ""
	}
	// named before the introduction: "Monday, a port workers' union official," is no
	// union named Monday
	if genericBodies[head] {
		if org := r.bodyOfHead(head, at); org != "" {
			return org, "organisation"
		}
	}
	return genericBodyName(words, head), "body"
}

// bodyOfHead is the body named before pos that a generic body word means: a union's name
// says "union"; "the company", "the firm" are a company named before, not a union.
func (r *originReader) bodyOfHead(head string, pos int) string {
	kind := bodyKindOf(head)
	if kind == "" && head != "operator" {
		kind = "business"
	}
	return r.orgBefore(pos, kind)
}
