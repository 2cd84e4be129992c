package match

import "strings"

// A wire sentence often ends on the reporter's background after its attribution: "Water
// levels fell overnight, the mayor said, as some 6,000 people remained out of their
// homes." The "as" clause after a trailing attribution is not what the speaker said (the
// statement closed before the attribution): its origin is the outlet's, and a mention
// marked over the whole sentence takes no figure from it. An "as" clause before the
// attribution ("..., as rain eased, the mayor said") or after a speaker who opens the
// sentence ("The mayor said the dam would hold, as ...") is inside the speaker's words and
// stays theirs.

// notBackgroundAs follow ", as" without opening a clause of the reporter's: "as well as",
// "as of Monday", "as part of", "as expected".
var notBackgroundAs = wordSet(`well of part long much many far soon usual expected such opposed if though a an the
planned scheduled promised required agreed`)

// maxAttributionWords bounds the trailing attribution before a background clause ("the
// mayor of Lesk said", "Mayor Ada Lind told reporters on Sunday").
const maxAttributionWords = 9

// backgroundAt is where, in text, a background "as" clause opens (the code point of "as")
// and where the trailing attribution before it opens (of its first word), or -1, -1 when
// text has none.
func backgroundAt(text string) (as, attribution int) {
	lower := strings.ToLower(text)
	for i := 0; ; {
		k := strings.Index(lower[i:], ", as ")
		if k < 0 {
			return -1, -1
		}
		at := i + k
		i = at + len(", as ")
		next := Words(lower[i:min(len(lower), i+20)])
		if len(next) == 0 || notBackgroundAs[next[0]] {
			continue
		}
		// the clause before ", as": from the comma that closes the statement, a speaker and
		// a reporting verb, nothing that reports a statement of its own ("that")
		open := strings.LastIndexAny(lower[:at], ",;—")
		if open < 0 {
			continue // the sentence opens with it: "The mayor said the dam would hold, as ..."
		}
		ws := Words(lower[open:at])
		if len(ws) < 2 || len(ws) > maxAttributionWords {
			continue
		}
		verb := false
		for _, w := range ws {
			verb = verb || attributiveVerbs[w] && w != "according" && w != "citing" && w != "quoting"
			if w == "that" {
				verb = false
				break
			}
		}
		if !verb {
			continue
		}
		return len([]rune(text[:at+2])), len([]rune(text[:open+1]))
	}
}

// Foreground is text without the background "as" clause after a trailing attribution
// (backgroundAt): what its speakers said, and who said it. Text with none is returned
// whole.
func Foreground(text string) string {
	as, _ := backgroundAt(text)
	if as < 0 {
		return text
	}
	return strings.TrimRight(string([]rune(text)[:as]), " ")
}

// outOfBackground drops the attributions of the sentence [from, to) that stand in the
// trailing attribution before a background "as" clause when the statement at focus lies in
// that clause; background says whether it did.
func (r *originReader) outOfBackground(atts []attribution, from, to, focus int) (out []attribution, background bool) {
	as, open := backgroundAt(string(r.rs[from:to]))
	if as < 0 || focus < from+as {
		return atts, false
	}
	for _, a := range atts {
		if a.at >= from+open && a.at < from+as {
			background = true
			continue
		}
		out = append(out, a)
	}
	return out, background
}
