package match

import "sync"

// News copy names a participant once and then by what they are: "Deputy Minister Anna
// Kell" is "the deputy minister" two paragraphs on and in the next outlet's copy; "Ilya
// Dorn, the ship's captain," is "the captain"; "the operator, Vestmark Marine," is "the
// operator"; "the Ministry of Quarries" is "the ministry". Two sentences, one naming the
// participant and one describing them, then share no name, and the participant gate
// (shareParticipant) did not let their event word count.
//
// The reading keys a participant's role by its head noun ("r:minister"): a sentence
// Describes a role when it names someone only by it (a determiner or possessive before
// the noun, no name after it); it is Titled with a role when it names someone its article
// gives that role (a title before the name, an apposition after or before it, a body's name
// that says what the body is). A description on one side meets the role of a name on the
// other; two descriptions alone are no shared participant (two ministers, two operators).

// roleNouns are the nouns a single participant is named by: people's offices and jobs,
// bodies' kinds, vessels (office_words.go, "role").
var roleNouns = officeWordsOf("role")

// roleKey is a role noun's key: the kinds of ship are one ("the vessel" is "the tanker Helena
// Crest" in the next sentence).
func roleKey(noun string) string {
	switch noun {
	case "ship", "tanker", "ferry", "freighter":
		return "r:vessel"
	}
	return "r:" + noun
}

// roleDeterminers before a role noun (at most four words before it, none a boundary) make it
// a description: "the deputy minister", "its operator", "the ferry's captain" (the
// possessive's "s" is a word of its own in rawWords).
var roleDeterminers = wordSet(`the its their his her s`)

// ReadRoles reads text's roles in its events (Roles) and of its participants (Described,
// Titled, Resolved) with its article (context) around it, from one reading of its words; a
// text read alone (a statement) is its own context.
func (f *Features) ReadRoles(text, context string) {
	roles, ws := rolesOf(text, context)
	f.Roles = roles
	if context == "" {
		context = text
	}
	f.Described = described(ws)
	byName, byRole := articleTitles(context)
	for r := range f.Described {
		if names := byRole[r]; len(names) == 1 {
			for k, name := range names {
				f.Resolved = map[string]string{"p:" + k: name}
			}
		}
	}
	for _, w := range ws {
		if !upper(w.text) {
			continue
		}
		for r := range byName[w.lower] {
			if f.Titled == nil {
				f.Titled = map[string]string{}
			}
			f.Titled[r] = w.text
		}
	}
}

// described is the roles the words name someone by alone, role key → the determiner that
// opens the description ("the", or a possessive: "its", "s" for "the ferry's").
func described(ws []rawWord) map[string]string {
	var out map[string]string
	for j, w := range ws {
		if !roleNouns[w.text] { // lower case: a capitalised one is a title or a name's word
			continue
		}
		det := determinerBefore(ws, j)
		if det == "" {
			continue // "ministers", "a driver": not one participant named before
		}
		if j+1 < len(ws) && upper(ws[j+1].text) {
			continue // "the deputy minister Anna Kell", "its captain, Ilya Dorn": a name follows
		}
		if appositionOfName(ws, j) {
			continue // "Orla Venn, the deputy minister,": the name is written
		}
		if out == nil {
			out = map[string]string{}
		}
		out[roleKey(w.text)] = det
	}
	return out
}

// appositionOfName reports whether the phrase holding the role noun at j follows a name and
// its comma: "Orla Venn, the deputy minister".
func appositionOfName(ws []rawWord, j int) bool {
	for k := j; k > 0 && k >= j-4; k-- {
		if ws[k].boundary {
			return upper(ws[k-1].text) && !stopwords[ws[k-1].lower] && !calendarWords[ws[k-1].lower] && closesApposition(ws, j)
		}
	}
	return false
}

// closesApposition: the role noun at j ends an apposition ("Orla Venn, the deputy minister,
// said", "..., the firm that tracks the vessel,", "..., the director of the hospital,"), not
// a phrase that goes on as the subject of its own verb ("Bandar Abbas, the firm said") or
// as a possessive ("Ada Eze, the firm's economist").
func closesApposition(ws []rawWord, j int) bool {
	return j+1 == len(ws) || ws[j+1].boundary || appositionGoesOn[ws[j+1].lower]
}

var appositionGoesOn = wordSet(`that who which of at in for`)

// titles reads which role an article gives each name, by the name's last word (lower case)
// → role key → the name as written.
func titles(ws []rawWord) map[string]map[string]string {
	out := map[string]map[string]string{}
	add := func(last int, role string) {
		if last < 0 || last >= len(ws) || !upper(ws[last].text) || stopwords[ws[last].lower] || calendarWords[ws[last].lower] ||
			countryOf(ws[last].text) != "" {
			return
		}
		k := ws[last].lower
		if out[k] == nil {
			out[k] = map[string]string{}
		}
		out[k][roleKey(role)] = ws[last].text
	}
	// nameEnd is the last word of the capitalised run starting at i (with no boundary inside),
	// -1 when none starts there
	nameEnd := func(i int) int {
		if i >= len(ws) || !upper(ws[i].text) || roleNouns[ws[i].lower] || titleWords[ws[i].lower] {
			return -1
		}
		e := i
		for e+1 < len(ws) && upper(ws[e+1].text) && !ws[e+1].boundary {
			e++
		}
		return e
	}
	for j, w := range ws {
		role := w.lower
		if !roleNouns[role] {
			continue
		}
		switch {
		case upper(w.text) && j+1 < len(ws) && !ws[j+1].boundary && nameEnd(j+1) >= 0:
			// a title before a name: "Deputy Minister Anna Kell", "Captain Ilya Dorn"
			add(nameEnd(j+1), role)
		case upper(w.text) && j+2 < len(ws) && ws[j+1].lower == "of" && upper(ws[j+2].text):
			// "the Ministry of Quarries": its name's last word
			add(nameEnd(j+2), role)
		case upper(w.text) && j > 0 && upper(ws[j-1].text) && !ws[j].boundary:
			// a body whose name says what it is: "the Interior Ministry", "Vestmark Company"
			add(j, role)
		case upper(w.text):
		case j+1 < len(ws) && !ws[j+1].boundary && determinerBefore(ws, j) != "":
			// a description before the name: "the oil tanker Helena Crest", "the state agency ABI"
			add(nameEnd(j+1), role)
		case j+1 < len(ws) && ws[j+1].boundary && determinerBefore(ws, j) != "":
			// a role and then the name in apposition: "its captain, Ilya Dorn,", "the
			// operator, Harlow-based Vestmark Marine," ("Harlow-based" is two words here)
			i := j + 1
			if i+1 < len(ws) && ws[i+1].lower == "based" {
				i += 2
			}
			add(nameEnd(i), role)
		default:
			// a name and then its role in apposition: "Tomas Reel, a 34-year-old driver,",
			// "Orla Venn, the deputy minister,"
			for k := j; k > 0 && k >= j-5; k-- {
				if !ws[k].boundary {
					continue
				}
				if a := ws[k].lower; (a == "a" || a == "an" || a == "the") && closesApposition(ws, j) {
					add(k-1, role)
				}
				break
			}
		}
	}
	return out
}

// determinerBefore is the determiner or possessive that opens the phrase of the role noun at
// j when it is a description ("its captain", "the ferry's captain", "the 34-year-old
// driver"), "" when none does.
func determinerBefore(ws []rawWord, j int) string {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if ws[k+1].boundary {
			return ""
		}
		if roleDeterminers[ws[k].lower] {
			return ws[k].lower
		}
	}
	return ""
}

// articleTitles is what titles reads in each sentence of context (an article), by name and
// by role (role key → the names' last words → as written). Kept for the articles read last:
// an article's sentences are read one after another with the article as their context, and
// the corpus reads articles on every core at once (a cache of one article would be read
// again for every sentence).
func articleTitles(context string) (byName, byRole map[string]map[string]string) {
	titleCache.Lock()
	got, ok := titleCache.m[context]
	titleCache.Unlock()
	if ok {
		return got[0], got[1]
	}
	byName = map[string]map[string]string{}
	for _, sent := range Sentences(context) { // a name runs to its sentence's end, no further
		for k, roles := range titles(rawWords(sent.Text)) {
			if byName[k] == nil {
				byName[k] = map[string]string{}
			}
			for r, name := range roles {
				byName[k][r] = name
			}
		}
	}
	byRole = map[string]map[string]string{}
	for k, roles := range byName {
		for r, name := range roles {
			if byRole[r] == nil {
				byRole[r] = map[string]string{}
			}
			byRole[r][k] = name
		}
	}
	titleCache.Lock()
	if len(titleCache.m) >= maxTitleCache {
		titleCache.m = map[string][2]map[string]map[string]string{}
	}
	titleCache.m[context] = [2]map[string]map[string]string{byName, byRole}
	titleCache.Unlock()
	return byName, byRole
}

// maxTitleCache bounds titleCache (articles); it is emptied when full.
const maxTitleCache = 64

var titleCache = struct {
	sync.Mutex
	m map[string][2]map[string]map[string]string
}{m: map[string][2]map[string]map[string]string{}}

// meetsResolved reports whether a participant f names by role, resolved in its article,
// is one o names (o's roles in the event are or).
func (f Features) meetsResolved(o Features, or Role) bool {
	for k := range f.Resolved {
		if _, ok := o.Resolved[k]; ok || o.hasPerson(or, k) || o.hasParticipant(or, false, k) {
			return true
		}
	}
	return false
}

// sharesRole reports whether one side names by a possessed role a participant the other
// names, with that role given it by its article: "the ferry's captain" and "its captain,
// Ilya Dorn" in another article, with no name between them. Only a possessed role (the
// captain of something the sentence is about) meets so; a bare "the driver" does not: on
// ECB+ two events of one kind (two hit-and-runs) each have "the driver", and letting it meet
// joined 15 wrong pairs across them (docs/verification-eval.md, "r14role").
func sharesRole(ref, cand Features) bool {
	return possessedIn(ref.Described, cand.Titled) || possessedIn(cand.Described, ref.Titled)
}

func possessedIn(described, titled map[string]string) bool {
	for r, det := range described {
		if _, ok := titled[r]; ok && det != "the" {
			return true
		}
	}
	return false
}
