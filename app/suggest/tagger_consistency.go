package suggest

import (
	"sort"
	"strings"

	"claimdesk/app/names"
)

// consistent makes the tagger's reading of a document agree with itself: a
// name is one type throughout (the type with the larger summed margin wins),
// and a later or earlier mention of a tagged name that the tagger left out,
// written the same way, is tagged too ("Surrey" in the table as in the
// report). Decoding token by token cannot see the rest of the document.
// A left-out mention in capitals is found title-cased too ("EDBERG" in the
// headline is the body's "Edberg"; a headline in capitals says little by its
// case); a name's type is still voted by its spelling, since a dateline's
// "BIRMINGHAM" is the city where the body's "Birmingham" may be the club.
// A word that ends a person's full name in the document is that person
// when it stands alone, whatever else votes: "Jordan said" after "Fiona
// Jordan" is not the country (mergeTagged lets it beat the listed place).
func consistent(spans []taggedSpan, d *tagDoc) []taggedSpan {
	if len(spans) == 0 {
		return spans
	}
	type vote struct {
		margin [nLabels]float32
		n      int
	}
	keyOf := func(from, to int, fold bool) string {
		if to-from == 1 { // most names: no copy
			if fold {
				return foldCaps(d.toks[from])
			}
			return d.toks[from].text
		}
		var b strings.Builder
		for k := from; k < to; k++ {
			if k > from {
				b.WriteByte(' ')
			}
			if fold {
				b.WriteString(foldCaps(d.toks[k]))
			} else {
				b.WriteString(d.toks[k].text)
			}
		}
		return b.String()
	}
	// key finds left-out mentions (capitals folded); typeKey votes the type
	key := func(from, to int) string { return keyOf(from, to, true) }
	typeKey := func(from, to int) string { return keyOf(from, to, false) }
	votes := map[string]*vote{}
	typeVotes := map[string]*vote{}
	covered := make([]bool, len(d.toks))
	for _, s := range spans {
		for _, kv := range []struct {
			k string
			m map[string]*vote
		}{{key(s.from, s.to), votes}, {typeKey(s.from, s.to), typeVotes}} {
			v := kv.m[kv.k]
			if v == nil {
				v = &vote{}
				kv.m[kv.k] = v
			}
			v.margin[beginLabel(s.typ)] += s.margin
			v.n++
		}
		for i := s.from; i < s.to; i++ {
			covered[i] = true
		}
	}
	winner := func(v *vote) (string, float32) {
		best := lBPer
		for _, l := range []int{lBOrg, lBLoc} {
			if v.margin[l] > v.margin[best] {
				best = l
			}
		}
		return labelType[best], v.margin[best] / float32(v.n)
	}
	// a person's family name alone is that person, whatever the word's
	// other mentions or a place of that name vote ("Fiona Jordan", then
	// "Jordan said")
	family := map[string]bool{}
	for _, s := range spans {
		if s.typ == TypePerson && s.to-s.from >= 2 {
			family[key(s.to-1, s.to)] = true
		}
	}
	out := make([]taggedSpan, 0, len(spans))
	for _, s := range spans {
		if s.to-s.from == 1 && family[key(s.from, s.to)] {
			s.typ = TypePerson
		} else if typ, _ := winner(typeVotes[typeKey(s.from, s.to)]); typ != s.typ {
			s.typ = typ
		}
		out = append(out, s)
	}
	// mentions left out: same capitalised words, not inside a span; a
	// person's family name alone ("Marcelo Rios", then "Rios") as well
	byFirst := map[string][]string{}
	for k := range votes {
		first, _, _ := strings.Cut(k, " ")
		byFirst[first] = append(byFirst[first], k)
	}
	for _, s := range spans {
		if s.typ != TypePerson || s.to-s.from < 2 {
			continue
		}
		last := key(s.to-1, s.to)
		if _, ok := votes[last]; !ok && len([]rune(last)) > 2 && !stopCaps[last] {
			votes[last] = &vote{margin: votes[key(s.from, s.to)].margin, n: votes[key(s.from, s.to)].n}
			byFirst[last] = append(byFirst[last], last)
		}
	}
	// longest name first, so that "New York Times" wins over "New York"
	// (and the outcome does not depend on the map's order)
	for _, ks := range byFirst {
		sort.Slice(ks, func(i, j int) bool {
			if len(ks[i]) != len(ks[j]) {
				return len(ks[i]) > len(ks[j])
			}
			return ks[i] < ks[j]
		})
	}
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if covered[i] || t.kind != tWord || !t.cap {
			continue
		}
		for _, k := range byFirst[key(i, i+1)] {
			n := strings.Count(k, " ") + 1
			if i+n > len(d.toks) || key(i, i+n) != k {
				continue
			}
			free := true
			for j := i; j < i+n; j++ {
				free = free && !covered[j] && d.toks[j].line == t.line
			}
			if !free {
				continue
			}
			typ, m := winner(votes[k])
			if n == 1 && family[k] {
				typ = TypePerson
			}
			out = append(out, taggedSpan{from: i, to: i + n, typ: typ, margin: m * consistencyDiscount})
			for j := i; j < i+n; j++ {
				covered[j] = true
			}
			break
		}
	}
	return out
}

// consistencyDiscount lowers the margin of a mention found only by
// agreement with another one.
const consistencyDiscount = 0.8

// foldCaps is a token's text for comparing names across a document: a word
// in capitals title-cased (names.TitleCase, the one reading of names in
// capitals), any other as written.
func foldCaps(t token) string {
	if t.allCaps {
		return names.TitleCase(t.text)
	}
	return t.text
}
