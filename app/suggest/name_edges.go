package suggest

import "strings"

// trimNameEdges takes off the words at a name's edges that no name has there,
// whichever rule or the tagger drew the span (not the analyst's own names):
//   - an adjective made with a name before it ("St. Louis-based Mercantile
//     Bancorp Inc.", "Family-controlled Douglas & Lomason"): it qualifies the
//     name and is not part of it (peopleSpan drops such an adjective alone);
//   - "of" and what follows an organisation's legal form ("Kia Motor Corp of
//     South Korea"): a registered name ends with its legal form, so "of
//     <place>" says where the firm is ("Bank of America Corp" keeps its "of");
//   - a lower-case connector at its end ("Dinamo of" in "Dinamo of Russia"):
//     "of", "for", "and" join a name's words and never end one.
//
// The place after a cut legal form ("South Korea") is then free for its own
// candidate in resolve.
func (a *analysis) trimNameEdges(cs []candidate) []candidate {
	out := cs[:0]
	for _, c := range cs {
		if !isPersonOrgPlace(c.typ) || c.filed() {
			out = append(out, c)
			continue
		}
		from, to := a.tokenAt(c.start), a.tokenAt(c.end) // the name's tokens: [from, to)
		if from >= len(a.toks) || to == 0 || a.toks[from].start != c.start || a.toks[to-1].end != c.end {
			// a span that cuts a token ("Amman" of "Amman-bound") is left as it is
			out = append(out, c)
			continue
		}
		// the last adjective made with a name that a capitalised word follows
		for k := from; k+1 < to; k++ {
			if w := a.toks[k].text; a.toks[k+1].cap && adjectiveMadeWithName(w) {
				from = k + 1
			}
		}
		if c.typ == TypeOrganisation {
			for k := from; k+1 < to; k++ {
				if !legalForms[a.toks[k].text] {
					continue
				}
				next := k + 1
				if a.toks[next].text == "." && abbreviatedForms[a.toks[k].text] {
					next++ // "Corp. of": the stop is the firm's
				}
				if next < to && a.toks[next].text == "of" {
					to = next
					break
				}
			}
		}
		for to > from && acronymConnectors[a.toks[to-1].text] {
			to--
		}
		if to <= from {
			continue
		}
		if start, end := a.toks[from].start, a.toks[to-1].end; start != c.start || end != c.end {
			c.start, c.end = start, end
			c.name = clean(string(a.runes[start:end]))
		}
		out = append(out, c)
	}
	return out
}

// adjectiveMadeWithName: "Louis-based", "Family-controlled", "Ireland-born".
func adjectiveMadeWithName(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && madeWithName(w[i+1:])
}
