package match

import "strings"

// A denial of one's own part: "The rebels denied shelling the town", "The navy denied that
// its frigate had rammed the trawler". What is denied is that the denier (or what is its
// own) did it; a claim that someone else did it is not denied, and reading it as denied
// shows the analyst two sources disagreeing when they do not.

// partyPronouns after "denied that" stand for the denier: "denied that it had", "that they
// blocked"; partyPossessives for what is the denier's own: "that its members", "their boats".
var (
	partyPronouns    = wordSet(`it they he she we`)
	partyPossessives = wordSet(`its their his her our`)
	// partyAux are the auxiliaries between a subject and its verb ("had rammed", "would
	// block"); a form of "be" among them (passiveAux) makes the clause passive or a state:
	// not read
	partyAux = wordSet(`had has have did does do would will could may might`)
)

// deniesOtherParty reports whether mention denies an act of its own subject's party (a
// gerund or a "that" clause whose subject is a pronoun or a possessive for the denier, the
// denier named in the mention before the verb) that statement says someone else did: the
// statement's subject of the same act shares no word and no country with the denier and
// its own. A passive on either side (the subject is what it was done to), a mention that
// does not name the denier and a statement without a subject are not read: they deny as
// before.
func deniesOtherParty(statement, mention string) bool {
	sw := clauseWords(mention)
	for i, w := range sw {
		if !denialWords[w.w] || i == 0 || i+2 >= len(sw) || sw[i+1].brk {
			continue
		}
		denier := denierWords(sw, i)
		if len(denier) == 0 {
			return false
		}
		party := denier
		act := i + 1 // the first word of what is denied after the subject
		switch next := sw[i+1].w; {
		case strings.HasSuffix(next, "ing") && len(next) > 4:
			if next == "having" {
				act++
			}
		case next == "that" && partyPronouns[sw[i+2].w]:
			act = i + 3
		case next == "that" && partyPossessives[sw[i+2].w]:
			act = i + 3
			for act < len(sw) && act < i+6 && !sw[act].brk && !partyAux[sw[act].w] && !passiveAux[sw[act].w] && !isVerbForm(sw[act].w) {
				party = append(party, sw[act].w)
				act++
			}
		default:
			return false
		}
		for act < len(sw) && partyAux[sw[act].w] {
			act++
		}
		if act >= len(sw) || passiveAux[sw[act].w] {
			return false
		}
		subject := statementSubject(statement, Stem(sw[act].w))
		if len(subject) == 0 || sharesStem(party, subject) {
			return false
		}
		// "the company denied polluting the river" against "Andes Copper polluted the
		// river": a denier named only by what it is may be the party the claim names
		if len(denier) == 1 && partyNamedIn(statement, subject) {
			return false
		}
		mc, sc := Countries(mention, mention), Countries(statement, statement)
		for _, c := range mc {
			for _, d := range sc {
				if c == d {
					return false
				}
			}
		}
		return true
	}
	return false
}

// isVerbForm is a word that ends a possessive's noun phrase as its verb: a past form
// ("rammed", "blocked", "fired") in the absence of an auxiliary.
func isVerbForm(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// denierWords is the content words of the clause before i (back to a break), the
// denier: "The hauliers' association" → hauliers, association.
func denierWords(sw []stanceWord, i int) []string {
	var out []string
	for j := i - 1; j >= 0; j-- {
		if !stopwords[sw[j].w] && !isNumber(sw[j].w) && !strings.HasSuffix(sw[j].w, "ly") {
			out = append(out, sw[j].w) // not "categorically", "strongly"
		}
		if sw[j].brk {
			break
		}
	}
	return out
}

// statementSubject is the content words of the statement's clause before its word whose
// stem is act ("Government artillery shelled" → government, artillery), nil when the
// statement has no such word, none before it, or a form of "be" right before it (a passive:
// what comes before is what it was done to).
func statementSubject(statement, act string) []string {
	sw := clauseWords(statement)
	for i, w := range sw {
		if Stem(w.w) != act {
			continue
		}
		var out []string
		for j := i - 1; j >= 0; j-- {
			if passiveAux[sw[j].w] {
				return nil
			}
			if sw[j].w == "that" || sw[j].w == "who" || sw[j].w == "which" {
				break
			}
			if !stopwords[sw[j].w] && !partyAux[sw[j].w] && !isNumber(sw[j].w) {
				out = append(out, sw[j].w)
			}
			if sw[j].brk {
				break
			}
		}
		return out
	}
	return nil
}

// partyNamedIn reports whether one of words is written with a capital in text past its first
// word and is no country's name or demonym: a name of a party ("Andes Copper"), not
// "Liberian".
func partyNamedIn(text string, words []string) bool {
	fields := strings.Fields(text)
	for k, f := range fields {
		f = strings.Trim(f, `.,;:!?"'“”‘’()`)
		if k == 0 || f == "" || !upper(f) {
			continue
		}
		low := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"))
		for _, w := range words {
			if w == low && len(Countries(f, f)) == 0 {
				return true
			}
		}
	}
	return false
}

// sharesStem reports whether two word lists share a word by its stem.
func sharesStem(a, b []string) bool {
	stems := map[string]bool{}
	for _, w := range a {
		stems[Stem(w)] = true
	}
	for _, w := range b {
		if stems[Stem(w)] {
			return true
		}
	}
	return false
}
