package match

import "strings"

// Participants from context: a sentence often tells an event about someone it does not
// name itself ("It caught fire off the cape", "He said the vote was unanimous", "The
// ministry denied it"): its subject is a pronoun or a definite description of what the
// sentence before named, or, for a clause, the subject of the clause before. Such a
// sentence's participants, read from the text before it, are kept apart from its own
// (Features.inherited) and used by the participant gate only (shareParticipant): they
// never add a word to the lexical score, and they never make two sentences apart.
// The reader never crosses a paragraph or a dateline (the caller's rule: app's
// sentencesOf gives only the sentence before in the same paragraph).

// subjectPronouns open a sentence whose subject is someone named before it.
var subjectPronouns = wordSet(`he she it they its their his her`)

// InheritFrom gives f the participants of prev, the sentence or clause just before it in
// its paragraph, when f does not name its subject: it opens with a subject pronoun or
// "the <common noun>", or it is a clause after the first of its sentence (clause) that
// opens with a verb ("and signed a deal") and names no actor of its own. A "the <kind>" subject takes the entities of prev whose
// name has the kind word ("the ministry" → "Interior Ministry") when there are any,
// else prev's actors and entities: the thing just named.
//
// written is f's text as written: its Text has the names blanked, and "The Interior
// Ministry denied" must not read as "the denied".
func (f *Features) InheritFrom(prev Features, written string, clause bool) {
	kind, ok := contextSubject(written)
	if !ok && !(clause && opensWithVerb(written) && !f.namesActor()) {
		return
	}
	in := map[string]bool{}
	if kind != "" {
		for k, name := range prev.Entities {
			for _, w := range Words(name) {
				if w == kind {
					in["e:"+k] = true
				}
			}
		}
	}
	if len(in) == 0 {
		for _, r := range prev.Roles {
			for _, m := range []map[string]string{r.Actors, r.Patients} {
				for k := range m {
					in[k] = true
				}
			}
		}
		for k := range prev.People {
			in[k] = true
		}
		for k := range prev.Entities {
			in["e:"+k] = true
		}
	}
	if len(in) > 0 {
		f.inherited = in
	}
}

// contextSubject reads whether text opens with a subject it does not name: a subject
// pronoun (kind ""), or "the" and a common noun (its kind word: "the vessel" → "vessel").
func contextSubject(text string) (kind string, ok bool) {
	ws := rawWords(withoutDateline(text))
	if len(ws) == 0 || withoutDateline(text) != text {
		return "", false // a dateline opens a new story's text: nothing before it counts
	}
	if subjectPronouns[ws[0].lower] {
		return "", true
	}
	if ws[0].lower != "the" || len(ws) < 2 || upper(ws[1].text) || stopwords[ws[1].lower] {
		return "", false
	}
	if _, event := eventClasses[ws[1].lower]; event {
		return "", false // "The blast shook ...": the event itself, not who took part
	}
	return ws[1].lower, true
}

// opensWithVerb reports whether a clause opens with a verb of an event in the past (after
// "and", "but", "then"): "..., and signed a deal" has the subject of the clause before.
// "when imports were delayed" has its own.
func opensWithVerb(text string) bool {
	ws := Words(text)
	for len(ws) > 0 && (ws[0] == "and" || ws[0] == "but" || ws[0] == "then") {
		ws = ws[1:]
	}
	if len(ws) == 0 || !strings.HasSuffix(ws[0], "ed") {
		return false
	}
	return strings.HasPrefix(eventClasses[ws[0]], "v:")
}

// namesActor reports whether any event f tells has an actor f names itself.
func (f Features) namesActor() bool {
	for _, r := range f.Roles {
		if len(r.Actors) > 0 {
			return true
		}
	}
	return false
}

// shareInherited reports whether one side's participants from context meet the other
// side's own (or inherited) participants of the event class t, for a side that names no
// actor of t itself.
func (f Features) shareInherited(o Features, t string) bool {
	if len(f.inherited) == 0 || len(f.Roles[t].Actors) > 0 {
		return false
	}
	or := o.Roles[t]
	for k := range f.inherited {
		if e, ok := strings.CutPrefix(k, "e:"); ok {
			if o.hasParticipant(or, true, e) || o.inherited[k] {
				return true
			}
			continue
		}
		if o.hasParticipant(or, false, k) || o.inherited[k] {
			return true
		}
	}
	return false
}
