package match

// Companies, unions and other bodies that speak for themselves, and the agency a
// reference such as "the agency" or "PTI reported" names.

import (
	"regexp"
	"strings"
	"unicode"

	"claimdesk/app/geo"
	"claimdesk/app/reading"
)

// orgRe finds the name of a company or other body: capitalised words ending with a word
// that names a kind of body ("Aurum Mining", "Nordvik Energy Group", "the Baltic Ferry
// Company", "World Health Organization").
var orgRe = regexp.MustCompile(`\b(?:\p{Lu}[\p{L}&'’-]*\s+){1,4}(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Plc|PLC|Group|Mining|Mines|Holdings|Bank|Institute|University|Council|Committee|Association|Union|Fund|Organization|Organisation|Federation|Energy|Oil|Gas|Airlines|Motors|Foundation|Partners|Industries|Resources|Metals|Railways|Chamber|Capital|Society|Trust|Crescent|Cross|Lines|Line|Shipping|Airways|Logistics|Terminals|SpA|GmbH|AG|SA|NV|BV|Bhd|Berhad|Tbk|LLC)\b(?:[ \t]+\p{Lu}[\p{L}&-]*\b)?(?:\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?|\b(?:PT|PJSC|JSC|OJSC)(?:\s+\p{Lu}[\p{L}&'’-]*){1,4}`)

// nameTail reports whether a capitalised word after a body's kind word ("Transit" in
// "Kartli Gas Transit") goes on with its name: no office or title, day, month, place,
// function word or acronym in parentheses.
func nameTail(w string) bool {
	lw := strings.ToLower(w)
	if officeWords[lw] || stopwords[lw] || bodyTitleWords[lw] || calendarWords[lw] || countryOf(w) != "" {
		return false
	}
	return !strings.ContainsAny(w, "()")
}

// bodyKindWordRe is a word of orgRe that ends a body's name ("Gas", "Group").
var bodyKindWordRe = regexp.MustCompile(`^(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Plc|PLC|Group|Mining|Mines|Holdings|Bank|Institute|University|Council|Committee|Association|Union|Fund|Organization|Organisation|Federation|Energy|Oil|Gas|Airlines|Motors|Foundation|Partners|Industries|Resources|Metals|Railways|Chamber|Capital|Society|Trust|Crescent|Cross|Lines|Line|Shipping|Airways|Logistics|Terminals|SpA|GmbH|AG|SA|NV|BV|Bhd|Berhad|Tbk|LLC)$`)

// bodyTitleWords open a person's title after a body's name: "Aurum Mining Chief Executive".
var bodyTitleWords = wordSet(`chief executive ceo managing chairman chairwoman head founder deputy general vice senior`)

// bodyWords name a body the text named before: "the company said", "the lender said" (a
// wire's word for the bank it named).
var bodyWords = wordSet(`company firm operator miner mine group bank corporation union association lender insurer carmaker
retailer manufacturer exporter`)

// acronymBodyRe finds a body named by its acronym and what it is: "the USLP port workers'
// union", "the ITF transport federation".
var acronymBodyRe = regexp.MustCompile(`\b([A-Z]{2,}[A-Za-z]*)(?:\s+[a-z'’]+){0,3}\s+(?:union|company|group|association|operator|federation|party)\b`)

// kindThenInitialsRe finds a body described by what it is and then named by its
// initials: "the chemical workers' union SHRV", "the pilots' federation FEPAC".
var kindThenInitialsRe = regexp.MustCompile(`\b(union|federation|association|company|group|operator|party)\s+([A-Z]{2,8})\b`)

// nameThenKindRe finds a body named, then said in lower case what it is: "the Dockside
// union", "the Harrow Growers association".
var nameThenKindRe = regexp.MustCompile(`\bthe\s+(\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+){0,2})\s+(union|federation|association)\b`)

// orgIn is the name of a body the phrase names, "" when none; a name that opens with a
// country's word ("Russian Railways") is still the body's.
func orgIn(phrase string) string {
	m := orgRe.FindString(phrase)
	if m == "" {
		return ""
	}
	// "The Company" alone, or a sentence's first word before a kind ("The Group"), is no name
	fields := strings.Fields(m)
	if strings.EqualFold(fields[0], "the") {
		fields = fields[1:]
	}
	// "Lagos-based Kestrel Capital": where a body is based is no part of its name
	for len(fields) > 0 && (strings.HasSuffix(fields[0], "-based") || strings.HasSuffix(fields[0], "-owned")) {
		fields = fields[1:]
	}
	// "Kartli Gas Transit": a name may go on after its kind word, but not into a title, a
	// day or a place that follows it ("Aurum Mining Chief Executive", "Aurum Mining Monday")
	if n := len(fields); n >= 3 && bodyKindWordRe.MatchString(fields[n-2]) && !nameTail(fields[n-1]) {
		fields = fields[:n-1]
	}
	if len(fields) < 2 {
		return ""
	}
	return strings.TrimSpace(strings.Join(fields, " "))
}

// kindOfName reports whether a body's name n fits kind: any name for "", a name holding
// the word for the others ("chamber"), and for "business" (what "the company", "the firm"
// refer to) any name but a members' body's ("Vojvodina Chemical Workers' Union" is no company).
func kindOfName(n, kind string) bool {
	switch kind {
	case "":
		return true
	case "business":
		for _, w := range Words(n) {
			if bodyKinds[w] {
				return false
			}
		}
		return true
	}
	return strings.Contains(strings.ToLower(n), kind)
}

// bodyLookback is how far back orgBefore looks for the body a phrase names by its kind
// ("the union"), in characters: about 3,000 words, a long feature's length.
const bodyLookback = 20000

// orgBefore is the body last named before pos, "" when none: by a name with its kind
// ("Carpat Metals Group") or by its acronym ("the USLP port workers' union").
// kind, when not "", is the word the body's name must hold ("chamber"), or "business".
// It looks back at most bodyLookback characters: it runs for each speaker phrase that
// names a body by its kind, and a scan from the text's start each time made a run-on
// sentence of 20,000 words take seconds.
func (r *originReader) orgBefore(pos int, kind string) string {
	return r.orgWithin(pos, bodyLookback, kind)
}

// orgWithin is orgBefore looking back reach characters.
func (r *originReader) orgWithin(pos, reach int, kind string) string {
	name, _ := r.orgAt(pos, reach, kind)
	return name
}

// orgAt is orgWithin and where in the reach before pos its name stands (-1 none).
func (r *originReader) orgAt(pos, reach int, kind string) (string, int) {
	text := string(r.rs[max(0, pos-reach):pos])
	name, at := "", -1
	for _, m := range orgRe.FindAllStringIndex(text, -1) {
		if n := orgIn(text[m[0]:m[1]]); n != "" && kindOfName(n, kind) {
			name, at = n, m[0]
		}
	}
	for _, m := range acronymBodyRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > at && bodyAcronym(text[m[2]:m[3]]) && kindOfName(text[m[0]:m[1]], kind) {
			name, at = text[m[2]:m[3]], m[0]
		}
	}
	// "the chemical workers' union SHRV": what the body is, then its initials
	for _, m := range kindThenInitialsRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > at && bodyAcronym(text[m[4]:m[5]]) && kindOfName(text[m[2]:m[3]], kind) {
			name, at = text[m[4]:m[5]], m[0]
		}
	}
	// "the Dockside union": a name, then what the body is in lower case
	for _, m := range nameThenKindRe.FindAllStringSubmatchIndex(text, -1) {
		if n := text[m[2]:m[3]]; m[0] > at && bodyAcronym(n) && !hasCountryWord(n) && kindOfName(n+" "+text[m[4]:m[5]], kind) {
			name, at = n, m[0]
		}
	}
	described := kind // the word a description must use; a business may be described by any
	if kind == "business" {
		described = ""
	}
	// "the terminal operator, Adriacon,": a name in apposition to what the body is
	if n, a := appositiveBodyBefore(text, described); a > at && (described != "" || kindOfName(n, kind)) {
		name, at = n, a
		if b := r.bodyName(n); b != "" {
			name = b // "the operator, Piraeus-based Kallisto Maritime," is Kallisto Maritime
		}
	}
	// "Tethys Risk, a British maritime security firm,": the name, then what it is
	if n, a := r.describedBodyBefore(text, described); a > at && (described != "" || kindOfName(n, kind)) {
		name, at = n, a
	}
	if name == "" && kind == "business" {
		name, at = subjectFirmBefore(text)
	}
	return name, at
}

// subjectNameRe finds a name of two to four capitalised words that opens a sentence (or
// the body after its dateline) as its subject: a lower-case word, a possessive or a
// relative clause with "which" follows ("Ashby Freight will close ...", "Ashby Freight's
// plant ...", "Ashby Freight, which runs the depot, denied ..."); a person takes "who"
// ("Nenad Ristovic, who heads the sector, told AFP" names no firm).
var subjectNameRe = regexp.MustCompile(`(?:^|[.!?]["”]?\s+|\s[-—–]\s+)((?:\p{Lu}[\p{L}&-]*\s+){1,3}\p{Lu}[\p{L}&-]*)(?:(?:'s|’s)?\s+\p{Ll}|,\s+which\s)`)

// subjectFirmBefore is the firm (and where it stands in text) that "the company", "the airline" or "the insurer" refers
// to when no name of a firm's kind ("... Mining", "... Ltd") was given: the last name an
// earlier sentence opens with as its subject, as wire copy names a firm in its lead and
// then calls it by what it is ("Ashby Freight will close two depots, the company said");
// "" when that name is a country's, an office's, a medium's, or has a title, a month or
// a function word in it.
func subjectFirmBefore(text string) (string, int) {
	name, at := "", -1
	for _, m := range subjectNameRe.FindAllStringSubmatchIndex(text, -1) {
		name, at = text[m[2]:m[3]], m[2]
		for _, w := range strings.Fields(name) {
			lw := strings.ToLower(w)
			if officeWords[lw] || stopwords[lw] || titleWords[lw] || calendarWords[lw] || privateRoleWords[lw] {
				name = ""
				break
			}
		}
		if name != "" && (hasCountryWord(name) || countryOf(name) != "" || reading.SourceByName(name) != nil) {
			name = ""
		}
	}
	if name == "" {
		return "", -1
	}
	return name, at
}

// firmCalledLater says whether the text, where it first names name as a sentence's
// subject, goes on to call it by what it is ("Tallow Grid said ... . \"...,\" the
// company said"): a firm's name, though the text never writes it inside a sentence
// (namedSpeaker's test for a name). The word for what it is stands in a later sentence
// ("Chair Ruth Macallan said the airline had ..." says what the airline did, not that
// she is one), at most bodyTitleReach characters on.
func (r *originReader) firmCalledLater(name string) bool {
	i := strings.Index(r.text, name)
	if i < 0 {
		return false
	}
	end := sentenceEndRe.FindStringIndex(r.text[i:])
	if end == nil {
		return false
	}
	from := i + end[1]
	m := bodyByKindRe.FindStringIndex(r.text[from:min(len(r.text), from+bodyTitleReach)])
	if m == nil {
		return false
	}
	n, _ := subjectFirmBefore(r.text[:from+m[0]])
	return n == name
}

// sentenceEndRe is the end of a sentence: its stop, a closing quote, then a space.
var sentenceEndRe = regexp.MustCompile(`[.!?]["”]?\s`)

// hasCountryWord says whether a word of name is a country's or its people's ("Polish"
// in "the Polish union" says whose, it names no body).
func hasCountryWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if countryOf(w) != "" {
			return true
		}
	}
	return false
}

// titleOfBodyRe finds a body by the title of who speaks for it: an acronym before the
// title of a union's, party's or company's head ("USLP secretary Davide Bressan"; not
// "JCS official" or "FBI director": offices of a state) or a name's possessive before a
// company title ("Adriacon's chief executive, Giulia Ferluga", "Brannvik's general
// manager, Eva Lie").
var titleOfBodyRe = regexp.MustCompile(`\b(?:([A-Z]{2,}[A-Za-z]*)\s+(?:general\s+)?(?:secretary|chairman|chairwoman|president|leader)|(\p{Lu}[\p{L}]+)(?:'s|’s)\s+(?:chief executive|CEO|chairman|chairwoman|managing director|(?:general |plant |operations )?manager|director|spokesman|spokeswoman|spokesperson))\b`)

// bodyOfTitle is the body a speaker phrase names through a title, or through the title
// the text gave the person it names when they were first named ("Bressan said" after
// "USLP secretary Davide Bressan"); "" when none, or when the name is a country's or a
// medium's ("Russia's spokesman", "the KCNA spokesman" are read as such).
func (r *originReader) bodyOfTitle(phrase string, pos int) string {
	find := func(text string) string { // the last such title, nearest the name
		body := ""
		for _, m := range titleOfBodyRe.FindAllStringSubmatch(text, -1) {
			if name := m[1] + m[2]; bodyAcronym(name) && geo.CountryNamed(name) == "" {
				body = name
			}
		}
		return body
	}
	if b := find(phrase); b != "" {
		return b
	}
	fields := strings.Fields(phrase)
	if len(fields) == 0 {
		return ""
	}
	name := strings.Trim(fields[len(fields)-1], ",.()\"“”")
	if len(name) < 3 || name[0] < 'A' || name[0] > 'Z' || stopwords[strings.ToLower(name)] {
		return ""
	}
	// where they were first named, else the apposition just before ("Baltmar's chief
	// executive, Anna Lis, said")
	before := string(r.rs[:pos])
	if i := strings.Index(before, name); i >= 0 {
		before = before[:i]
	}
	ctx := []rune(before)
	return find(string(ctx[max(0, len(ctx)-60):]) + name)
}

// bodyKinds are the kinds of body a phrase may name in lower case ("the chamber of
// commerce") after the text named it.
var bodyKinds = wordSet(`chamber union association federation council`)

// bodyAcronym: an acronym that names no news medium or state (those are read as such).
func bodyAcronym(acronym string) bool {
	return reading.SourceByName(acronym) == nil && countryOf(acronym) == ""
}

// agencyBefore is the medium last named before pos (not the outlet): "the agency".
func (r *originReader) agencyBefore(pos int) string {
	name := ""
	for _, ref := range r.refs {
		if ref.Start >= pos {
			break
		}
		if ref.Kind == reading.RefNamed && ref.Source.IsMedium() && !strings.EqualFold(ref.Source.Name, r.outlet) {
			name = ref.Source.Name
		}
	}
	return name
}

// agencyVerbAt reports whether the word at or after rs[i] (spaces skipped) is one only a
// news medium does to a statement: reported, quoted, cited.
func agencyVerbAt(rs []rune, i int) bool {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	switch strings.ToLower(string(rs[i:j])) {
	case "reported", "reports", "quoted", "quotes", "cited", "cites":
		return true
	}
	return false
}
