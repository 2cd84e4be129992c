package match

// The words around a reporting verb: who the phrase before or after it names.

import (
	"regexp"
	"strings"
	"unicode"
)

// officeOpens reports whether a phrase opens with an office ("an official with the
// provincial water department", "a spokesman for the ministry"), or with a possessive
// and names one ("its regional director"): a speaker, however long.
func officeOpens(ws []string) bool {
	n := min(3, len(ws))
	if len(ws) > 0 && possessives[ws[0]] {
		n = len(ws) // "said its Melaka and Negeri Sembilan director": the body's own office
	}
	for _, w := range ws[:n] {
		if officeWords[w] {
			return true
		}
	}
	return false
}

var possessives = wordSet(`its his her their`)

var embassyRe = regexp.MustCompile(`(?i)\b(?:embassy|consulate|high commission)\b`)

// A private person who speaks (a survivor, a witness, a resident) is their own origin:
// no government or body stands behind them. privateBefore finds the role just before a
// name ("a survivor, Nurul Aina Ismail"), privateAfter just after it ("Rahmat Hidayat, a
// 41-year-old trader").
var (
	privateRoles  = `survivor|witness|eyewitness|passenger|resident|villager|fisherman|trader|farmer|driver|shopkeeper|relative|docker|dockworker|student|neighbour|neighbor`
	privateBefore = regexp.MustCompile(`(?i:\b(?:` + privateRoles + `))s?,?\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)`)
	privateAfter  = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+an?\s+(?:[\w-]+\s+){0,3}(?i:` + privateRoles + `)\b`)
)

// privateSpeaker is the private person a speaker phrase or subject names, "" when none.
func privateSpeaker(text string) string {
	if m := privateBefore.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	if m := privateAfter.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	// "Ilse Brandt, a freight broker in the town, said": a name whose apposition right
	// before the verb gives a role with no office or body in it is a private person
	if m := appositiveRole.FindStringSubmatch(text); m != nil {
		for _, w := range Words(m[2]) {
			if officeWords[w] || bodyWords[w] || genericBodies[w] {
				return ""
			}
		}
		return m[1]
	}
	return ""
}

// appositiveRole: a name, then an indefinite apposition in lower case closed by a comma
// at the end of the text (the words before a reporting verb).
var appositiveRole = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+(an?\s+[\p{Ll}0-9'’ -]{3,60}),\s*$`)

// relativeWords open a relative clause: "Antara, which cited ...".
var relativeWords = wordSet(`which who that`)

// putsAt reports whether word k is "put(s)" followed within eight words by "at": "officials
// put the death toll at 362", news copy's way of giving whose estimate a figure is; and
// likewise "gave ... as" ("the ministry gave the number of injured as 14") and "gives a
// figure of" ("the office gives a toll of 12").
func putsAt(words []speakerWord, k int) bool {
	var want string
	switch strings.ToLower(words[k].text) {
	case "put", "puts", "putting":
		want = "at"
	case "gave", "gives", "giving":
		want = "as"
	default:
		return false
	}
	next := words[k+1 : min(len(words), k+9)] // "put the number of people taken to hospital at three"
	for i, w := range next {
		lw := strings.ToLower(w.text)
		if lw == want || want == "as" && figureNouns[lw] && i+1 < len(next) && strings.ToLower(next[i+1].text) == "of" {
			return true
		}
	}
	return false
}

// figureNouns name a figure someone gives: "gives a figure of 12", "gave a toll of 40".
var figureNouns = wordSet(`figure figures toll estimate tally count number`)

// capitalOnly reports whether a speaker phrase names a government by its capital or
// country alone ("Pyongyang tells", "Moscow insists"): no office of it speaks, so a later
// "the military" or "the ministry" is not read as that government's.
func capitalOnly(cue string) bool {
	for _, f := range strings.Fields(cue) {
		w := strings.Trim(f, ",.;:\"“”()")
		lw := strings.ToLower(w)
		if w == "" || stopwords[lw] || attributiveVerbs[lw] || auxWords[lw] {
			continue
		}
		if countryOf(w) == "" {
			return false
		}
	}
	return true
}

func boolIdx(b bool) int {
	if b {
		return 1
	}
	return 0
}

type speakerWord struct {
	start, end int
	text       string
}

// speakerWords are the words of rs[from:to] with their code-point offsets.
func speakerWords(rs []rune, from, to int) []speakerWord {
	var out []speakerWord
	for i := from; i < to; {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < to && (isWordRune(rs[j]) || (rs[j] == '.' || rs[j] == '-' || rs[j] == '\'' || rs[j] == '’') && j+1 < to && isWordRune(rs[j+1])) {
			j++
		}
		out = append(out, speakerWord{i, j, string(rs[i:j])})
		i = j
	}
	return out
}

// phraseBefore is the speaker phrase ending at verb k: back to a comma, a quotation mark
// or "that", at most eight words ("the Joint Chiefs of Staff (JCS)", "Kremlin spokesman
// Arkady Belov", "he").
func (r *originReader) phraseBefore(words []speakerWord, k, from int) [2]int {
	if k == 0 {
		return [2]int{}
	}
	// "'Its papers were in order,' said the director": a quotation closes just before the
	// verb, so the speaker follows it
	if strings.ContainsAny(string(r.rs[words[k-1].end:words[k].start]), "\"”") {
		return [2]int{}
	}
	endAt := words[k-1].end
	s := k - 1
	for n := 0; s >= 0 && n < 8; n++ {
		lw := strings.ToLower(words[s].text)
		if lw == "that" || lw == "but" || lw == "and" && !compoundAnd(words, s, k) && !nameAnd(words, s, k) {
			break
		}
		if lw == "citing" || lw == "quoting" || lw == "according" {
			return [2]int{} // "A, citing B, said": the verb is A's, read with the cue
		}
		gap := string(r.rs[words[s].end:words[s+1].start])
		if s+1 < k && strings.ContainsAny(gap, ",;:\"“”—") {
			break
		}
		s--
	}
	s++
	// auxiliaries between the speaker and the verb: "has said", "also told"
	// and do-support with its negation: "Beridze does not believe it"
	for endAt > words[s].start && (auxWords[strings.ToLower(words[k-1].text)] || doWords[strings.ToLower(words[k-1].text)]) && k-1 > s {
		k--
		endAt = words[k-1].end
	}
	return [2]int{words[s].start, endAt}
}

// articleWords before a participle make it an adjective.
var articleWords = wordSet(`the a an`)

// beliefAdjectives follow "is" and still say who holds the statement: "He is sure".
var beliefAdjectives = wordSet(`sure convinced`)

// passiveAux before a participle make it passive: its subject is spoken of, not speaking.
var passiveAux = wordSet(`is are was were be been being`)

// doWords are do-support and negation between a speaker and the verb.
var doWords = wordSet(`does did do not doesn't didn't don't never`)

var auxWords = wordSet(`has have had also later earlier again was were is are would will had`)

// phraseAfter is the phrase from word k to the next comma or the sentence's end, at most
// ten words ("an official with the Qinghai provincial water resources department").
func (r *originReader) phraseAfter(words []speakerWord, k, to int) [2]int {
	if k >= len(words) {
		return [2]int{}
	}
	e := k
	for n := 0; e < len(words) && n < 10; n++ {
		if e > k && strings.ContainsAny(string(r.rs[words[e-1].end:words[e].start]), ",;:\"“”—") {
			break
		}
		e++
	}
	return [2]int{words[k].start, words[e-1].end}
}

// givenName says whether the name that ends at end (a capital's, "Sofia") is a person's
// first name: a capitalised word follows it after one space ("Sofia Restrepo") that is no
// office, body or title ("Moscow Mayor", "Lima Chamber of Commerce" are the place's).
func givenName(rs []rune, end int) bool {
	if end+1 >= len(rs) || rs[end] != ' ' || !unicode.IsUpper(rs[end+1]) {
		return false
	}
	j := end + 1
	for j < len(rs) && isWordRune(rs[j]) {
		j++
	}
	w := strings.ToLower(string(rs[end+1 : j]))
	return !officeWords[w] && !bodyWords[w] && !genericBodies[w] && !titleWords[w]
}

// definiteRole is a speaker phrase that names one speaker by role only: "the coach", "the
// harbour master", "the ship's captain" (the article "the", then one to three lower-case
// words ending in a singular noun); "" for anything else: a name, a group ("residents"),
// a document ("the report"), a pronoun, a body or an office (read as such elsewhere), a
// role of someone's ("the miners' leader": whose it is says who speaks).
func definiteRole(phrase string) string {
	// the dateline before the first sentence's subject: "GDANSK (Reuters) - The lock keeper"
	for _, sep := range []string{" - ", " — ", " – ", ") "} {
		if i := strings.LastIndex(phrase, sep); i >= 0 {
			phrase = phrase[i+len(sep):]
		}
	}
	ws := strings.Fields(strings.TrimSpace(phrase))
	if len(ws) < 2 || len(ws) > 4 || ws[0] != "the" && ws[0] != "The" {
		return ""
	}
	for _, w := range ws[1:] {
		if !unicode.IsLower([]rune(w)[0]) || strings.ContainsAny(w, "0123456789,;:\"“”'’") {
			return ""
		}
	}
	head := strings.ToLower(strings.Trim(ws[len(ws)-1], ".'’"))
	if len(head) < 3 || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") || reportNouns[head] || stopwords[head] || pronounWords[head] || documentWords[head] ||
		bodyWords[head] || genericBodies[head] || officeWords[head] {
		return ""
	}
	return "the " + strings.Join(ws[1:], " ")
}

// documentWords are what speaks for its authors without being a speaker: "the statement
// said", "the survey found".
var documentWords = wordSet(`statement survey study document letter filing notice data law decree ruling order
judgment verdict plan agreement deal text communique release bulletin website post message memo note notes regulation
regulations directive bill filings`)

// documentSource is, in a phrase that opens with a document or a figure ("figures from
// the Society of Fleet Operators", "a schedule filed by Kansai Grid Power with the
// regulator", "data of the statistics office"), the phrase of whom it is from: after
// "from", "of", "by" or "<released> by", to the phrase's end or the next "with", "to",
// "on" or "in"; empty when the phrase opens otherwise.
func (r *originReader) documentSource(words []speakerWord, phrase [2]int) [2]int {
	k := wordIndexAt(words, phrase[0])
	if k < 0 {
		return [2]int{}
	}
	if articleWords[strings.ToLower(words[k].text)] {
		k++
	}
	if k >= len(words) || words[k].start >= phrase[1] {
		return [2]int{}
	}
	if head := strings.ToLower(words[k].text); !documentWords[head] && !figureNouns[head] && !reportNouns[head] && !dataWords[head] && !recordWords[head] {
		return [2]int{}
	}
	for j := k + 1; j < len(words) && j <= k+3 && words[j].end <= phrase[1]; j++ {
		lw := strings.ToLower(words[j].text)
		if lw != "from" && lw != "of" && lw != "by" {
			if releaseVerbs[lw] {
				continue // "filed by", "released by"
			}
			break
		}
		if j+1 >= len(words) || words[j+1].start >= phrase[1] {
			return [2]int{}
		}
		end := phrase[1]
		for e := j + 2; e < len(words) && words[e].start < phrase[1]; e++ {
			if w := strings.ToLower(words[e].text); w == "with" || w == "to" || w == "on" || w == "in" {
				end = words[e-1].end
				break
			}
		}
		return [2]int{words[j+1].start, end}
	}
	return [2]int{}
}

// recordWords name a body's record of something besides dataWords: "according to a
// schedule filed by".
var recordWords = wordSet(`schedule schedules record timetable list register minutes`)
