package match

import (
	"strings"
	"unicode"
)

// Role is who takes part in one kind of event a sentence reports (an event class of
// lexicon.go): the actors named before the event word in its clause ("South Korea's navy
// fired", "warships of the ROK navy intruded", "Viktor Orlov arrived") and where it went
// (a country or capital, or a compass direction, just after it: "visit Moscow", "withdrew
// north"). Countries are read through their names, demonyms, capitals and armed forces
// (countryOf, armedForces); a person by the words of their name.
type Role struct {
	Actors map[string]string // key ("c:North Korea", "p:orlov") → as written
	Goals  map[string]string
}

// Conflict says why two sentences' roles in one kind of event cannot be the same event:
// both name actors and none is shared, or both name where to and no place is shared.
//
// People are compared before countries: "Lyubimova arrived" and "Maluishev arrived" are
// two arrivals though both are Russian; a country is compared only when one side names
// no person.
func (r Role) Conflict(o Role) string {
	rp, op := only(r.Actors, "p:"), only(o.Actors, "p:")
	if len(rp) > 0 && len(op) > 0 {
		if a, b, ok := disjoint(rp, op); ok {
			return "done by " + a + ", not " + b
		}
	} else if a, b, ok := disjoint(only(r.Actors, "c:"), only(o.Actors, "c:")); ok {
		return "done by " + a + ", not " + b
	}
	if a, b, ok := disjoint(r.Goals, o.Goals); ok {
		return "towards " + a + ", not " + b
	}
	return ""
}

func only(m map[string]string, prefix string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		if strings.HasPrefix(k, prefix) {
			out[k] = v
		}
	}
	return out
}

func disjoint(a, b map[string]string) (string, string, bool) {
	if len(a) == 0 || len(b) == 0 {
		return "", "", false
	}
	for k := range a {
		if _, ok := b[k]; ok {
			return "", "", false
		}
	}
	return firstValue(a), firstValue(b), true
}

func firstValue(m map[string]string) string {
	best := ""
	for k := range m {
		if best == "" || k < best {
			best = k
		}
	}
	return m[best]
}

// actorWindow is how many words before an event word may name who did it.
const actorWindow = 8

// goalWindow is how many words after a motion word may name where to.
const goalWindow = 4

// motionClasses are the event classes whose goal tells events apart ("visit Moscow" and
// "arrived in Ulaanbaatar", "withdrew north" and "fled south").
// An invitation's goal is who invited ("at the invitation of the Mongolian government",
// "an invitation from Orlov").
var motionClasses = map[string]bool{"v:visit": true, "v:withdraw": true, "v:approach": true, "v:move": true, "v:invite": true}

var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northward": true, "southward": true, "eastward": true, "westward": true}

// titleWords are capitalised words of offices and titles, which name no one by themselves.
var titleWords = wordSet(`deputy prime minister president premier chancellor secretary general spokesman
spokeswoman defense defence foreign interior chief staff joint chiefs of the a an mr mrs ms dr state news
agency ministry navy army military cabinet kremlin on in at by for and but`)

// reportParenthetical is "it said," inside a sentence ("The North's own navy, it said,
// fired"): it is removed before the clauses are read, so it does not cut the actor off.
var reportParenthetical = strings.NewReplacer(", it said,", "          ", ", he said,", "          ",
	", she said,", "           ", ", they said,", "            ", ", officials said,", "                 ")

// rawWord is a word of a text as written, and whether a clause boundary (, ; : — ( ) or
// a relative "that", "who", "which") comes just before it.
type rawWord struct {
	text, lower string
	boundary    bool
}

func rawWords(text string) []rawWord {
	var out []rawWord
	var b strings.Builder
	boundary := true
	flush := func() {
		if b.Len() > 0 {
			w := b.String()
			out = append(out, rawWord{w, strings.Join(Words(w), ""), boundary})
			boundary = false
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '\'' || r == '’':
			flush()
		default:
			flush()
			if strings.ContainsRune(",;:()—–\"“”", r) {
				boundary = true
			}
		}
	}
	flush()
	return out
}

// Roles reads, for each event class text reports, its actors and goals. context is the
// text around it (the article), used to read "the North" and "the South" as the country
// named "North …" or "South …" there.
func Roles(text, context string) map[string]Role {
	ws := rawWords(reportParenthetical.Replace(text))
	lower := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = w.lower
	}
	terms, pos := classTerms(lower)
	out := map[string]Role{}
	for k, t := range terms {
		if !IsEventClass(t) {
			continue
		}
		i := pos[k]
		role, ok := out[t]
		if !ok {
			role = Role{Actors: map[string]string{}, Goals: map[string]string{}}
			out[t] = role
		}
		// actors: back to the clause start; "warships that entered" keeps its antecedent
		for j := i - 1; j >= 0 && j >= i-actorWindow; j-- {
			if _, other := eventClasses[ws[j].lower]; other && strings.HasPrefix(eventClasses[ws[j].lower], "v:") {
				break // "signed an agreement on supplies": the signers are not the suppliers
			}
			if attributiveVerbs[ws[j].lower] {
				break // "officials in Seoul say two boats crossed": the speaker is no actor
			}
			if ws[j].lower == "that" || ws[j].lower == "who" || ws[j].lower == "which" {
				if j < i-2 {
					break // "denied that its vessels had crossed": the actor is inside
				}
				continue
			}
			if key, name := actorAt(ws, j, context); key != "" {
				role.Actors[key] = name
			}
			if ws[j].boundary {
				break
			}
		}
		if !motionClasses[t] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+goalWindow; j++ {
			if ws[j].boundary {
				break
			}
			if directions[ws[j].lower] {
				role.Goals["d:"+strings.TrimSuffix(ws[j].lower, "ward")] = ws[j].lower
				break
			}
			if key, name := actorAt(ws, j, context); strings.HasPrefix(key, "c:") || key != "" && t == "v:invite" {
				role.Goals[key] = name
				break
			}
		}
	}
	return out
}

// actorAt reads the word at j as an actor: a country (its name, demonym, capital, armed
// forces; "the North" in context), else a capitalised word of a name that is no title.
func actorAt(ws []rawWord, j int, context string) (key, name string) {
	w := ws[j].text
	if j+1 < len(ws) {
		if c := countryOf(w + " " + ws[j+1].text); c != "" {
			return "c:" + c, c
		}
	}
	if j > 0 {
		if c := countryOf(ws[j-1].text + " " + w); c != "" {
			return "c:" + c, c
		}
	}
	if c := armedForces[w]; c != "" {
		return "c:" + c, c
	}
	if (w == "North" || w == "South") && j > 0 && ws[j-1].lower == "the" {
		if c := namedIn(context, w); c != "" {
			return "c:" + c, c
		}
	}
	if c := countryOf(w); c != "" && (j > 0 || !stopwords[ws[j].lower]) {
		return "c:" + c, c
	}
	r := []rune(w)
	if len(r) < 3 || !unicode.IsUpper(r[0]) || titleWords[ws[j].lower] || calendarWords[ws[j].lower] || stopwords[ws[j].lower] || stanceWords[ws[j].lower] {
		return "", ""
	}
	if j == 0 || ws[j].boundary && !unicode.IsUpper([]rune(ws[j-1].text)[0]) {
		// a sentence's or clause's first word is capitalised anyway: a name only if known
		return "", ""
	}
	if _, ok := eventClasses[ws[j].lower]; ok {
		return "", ""
	}
	return "p:" + ws[j].lower, w
}

// namedIn finds in context a country whose name begins with half ("North" → "North Korea").
func namedIn(context, half string) string {
	ws := rawWords(context)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].text == half {
			if c := countryOf(half + " " + ws[i+1].text); c != "" && strings.HasPrefix(c, half+" ") {
				return c
			}
		}
	}
	return ""
}
