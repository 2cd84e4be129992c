package match

import (
	"slices"
	"strings"
)

// What the workspace knows of who takes part (Features.Known) is keyed by the names'
// keys ("ministry of water resources"); the roles key an actor by a word of how the text
// writes it ("p:hydrel", "p:resources" for "the Ministry of Water Resources ordered").
// knownAs translates one into the other here, in one place, so that the role guard reads an actor
// the way the participant gate reads a participant: without it, "ordered ... by Hydrel"
// (the ministry's alias) against "The Ministry of Water Resources ordered" read "done by
// Hydrel, not Resources" and zeroed a pair the gate had let through.

// AddKnown notes in f a participant the workspace knows the text names (app's
// matching_known.go): its key (its name's key, "ministry of water resources"), its name
// for the explanation, and the bodies it speaks for (key → name: "government of uruguay",
// "c:Uruguay"). alias is the name or alias, as the workspace keys it (names.Key: lower
// case, its words as Words splits them, one space between), that the text writes: each of
// its words is an actor key the roles may read for it ("p:hydrel"), looked up only when
// two sides' actors are compared (knownAs): the features of every sentence of a large
// workspace are read with the names it holds, and keying each word here cost 3 % of its
// proposals.
func (f *Features) AddKnown(alias, key, name string, bodies map[string]string) {
	if f.Known == nil {
		f.Known = map[string]string{}
	}
	f.Known[key] = name
	f.knownNames = append(f.knownNames, knownName{words: " " + alias + " ", key: key})
	for k, b := range bodies {
		f.Known[k] = b
		if f.knownBodies == nil {
			f.knownBodies = map[string][]string{}
		}
		if !slices.Contains(f.knownBodies[key], k) {
			f.knownBodies[key] = append(f.knownBodies[key], k)
		}
	}
}

// knownName is a name or alias of a known participant as a text writes it, its words
// between spaces (" ministry of water resources "), and the participant's key.
type knownName struct{ words, key string }

// knownAs is actor key a of f and the keys of the known participants whose name or alias,
// as f's text writes it, holds a's word ("p:resources" → "ministry of water resources").
func (f Features) knownAs(a string) []string {
	out := []string{a}
	w, ok := strings.CutPrefix(a, "p:")
	if !ok || stopwords[w] {
		return out
	}
	for _, n := range f.knownNames {
		if strings.Contains(n.words, " "+w+" ") && !slices.Contains(out, n.key) {
			out = append(out, n.key)
		}
	}
	return out
}

// sameKnown reports whether actor a of f and actor b of o are one participant by what the
// workspace knows: one known entity ("Hydrel" and "the Ministry of Water Resources"), or one
// speaks for the other (a minister and the ministry or government she speaks for, a
// country among what she speaks for). Two people who speak for one body stay two actors:
// two ministers' orders are two orders.
func sameKnown(f Features, a string, o Features, b string) bool {
	as, bs := f.knownAs(a), o.knownAs(b)
	for _, x := range as {
		for _, y := range bs {
			if x == y || slices.Contains(f.knownBodies[x], y) || slices.Contains(o.knownBodies[y], x) {
				return true
			}
		}
	}
	return false
}

// knownSame is sameKnown for f's and o's actors, for Role.conflict; nil when neither knows
// any actor (the role guard as it reads the text alone).
func knownSame(f, o Features) func(a, b string) bool {
	if len(f.knownNames) == 0 && len(o.knownNames) == 0 {
		return nil
	}
	return func(a, b string) bool { return sameKnown(f, a, o, b) }
}

// knownMeets reports whether a participant the workspace knows a names (Features.Known)
// is named by b: known there too, one of its entities, or a country it names. It is
// judged before the people: "Resources" in "the Ministry of Water Resources" reads as
// a person's name, and kept the ministry's two names apart.
func knownMeets(a, b Features) bool {
	for k := range a.Known {
		if knownNamedBy(k, &b) {
			return true
		}
	}
	return false
}

// knownShared adds to shared the names of a's known participants that b names
// (knownNamedBy), each name once. It walks the smaller side: a sentence that writes a
// surname many people share knows hundreds of participants, the claim a few, and walking
// a's hundreds for each of the claim's few was most of CompareEvents' time on the benchmark
// workspace. Either way the same names are added (the caller sorts them).
func knownShared(a, b *Features, shared []string) []string {
	add := func(name string) {
		if !slices.Contains(shared, name) {
			shared = append(shared, name)
		}
	}
	if len(a.Known) <= len(b.Known)+len(b.Entities)+len(b.Terms) {
		for k, name := range a.Known {
			if knownNamedBy(k, b) {
				add(name)
			}
		}
		return shared
	}
	for k := range b.Known {
		if name, ok := a.Known[k]; ok {
			add(name)
		}
	}
	for k := range b.Entities {
		if name, ok := a.Known[k]; ok {
			add(name)
		}
	}
	for k := range b.Terms {
		if name, ok := a.Known[k]; ok && strings.HasPrefix(k, "c:") {
			add(name)
		}
	}
	return shared
}

// knownNamedBy is knownMeets for one participant key k of the other side: b knows it, has
// it as an entity, or names it as a country ("c:Uruguay"). CompareEvents asks it for every
// known key of both sides (hundreds when a surname is many people's alias): building a
// Features of one key for knownMeets each time was two thirds of CompareEvents' time.
func knownNamedBy(k string, b *Features) bool {
	if _, ok := b.Known[k]; ok {
		return true
	}
	if _, ok := b.Entities[k]; ok {
		return true
	}
	_, ok := b.Terms[k]
	return ok && strings.HasPrefix(k, "c:")
}
