package suggest

import (
	"claimdesk/app/names"
)

// registry holds the names found in one document (and the analyst's known
// entities), so that later mentions — a bare surname, an acronym, a name in a
// headline — link to them.
type registry struct {
	ents    []*regEntity
	keys    map[string]*regEntity // names.Key(full name or alias) -> entity
	pats    []string
	patEnt  []*regEntity
	patRule []string
	patConf []float64
	seenPat map[string]int
	// surnames: several people may share one ("Kim"); the most mentioned,
	// then the first introduced, wins.
	surnames map[string][]*regEntity
	// firstWords: the first word of multi-word person names, used only to
	// link a one-word person found by a cue ("Yoon told") to "Yoon Suk Yeol".
	firstWords map[string][]*regEntity
}

type regEntity struct {
	typ      string
	name     string
	id       int64
	mentions int
	first    int
}

func newRegistry() *registry {
	return &registry{keys: map[string]*regEntity{}, seenPat: map[string]int{}, surnames: map[string][]*regEntity{}, firstWords: map[string][]*regEntity{}}
}

func (r *registry) byKey(name string) *regEntity {
	if name == "" {
		return nil
	}
	return r.keys[names.Key(name)]
}

// entity returns the registered entity for a name, adding it if new.
func (r *registry) entity(typ, name string, id int64, pos int) *regEntity {
	k := names.Key(name)
	if k == "" {
		return nil
	}
	if e := r.keys[k]; e != nil {
		if e.typ == typ {
			e.mentions++
			return e
		}
		return nil
	}
	e := &regEntity{typ: typ, name: name, id: id, mentions: 1, first: pos}
	r.ents = append(r.ents, e)
	r.keys[k] = e
	return e
}

// alias adds a pattern for an entity.
func (r *registry) alias(e *regEntity, pat, rule string, conf float64) {
	if e == nil || pat == "" {
		return
	}
	if k := names.Key(pat); k != "" {
		if _, ok := r.keys[k]; !ok {
			r.keys[k] = e
		}
	}
	if k := names.Key(pat); k != "" && r.keys[k] == nil {
		r.keys[k] = e
	}
	if i, ok := r.seenPat[pat]; ok {
		if r.patConf[i] < conf {
			r.patEnt[i], r.patRule[i], r.patConf[i] = e, rule, conf
		}
		return
	}
	r.seenPat[pat] = len(r.pats)
	r.pats = append(r.pats, pat)
	r.patEnt = append(r.patEnt, e)
	r.patRule = append(r.patRule, rule)
	r.patConf = append(r.patConf, conf)
}

func (r *registry) surname(e *regEntity, s string) {
	if e == nil || s == "" {
		return
	}
	for _, o := range r.surnames[s] {
		if o == e {
			return
		}
	}
	r.surnames[s] = append(r.surnames[s], e)
}

// checkNameHits, set by a test, sees every document's patterns and the hits findNames
// gave, to compare them with one automaton's.
var checkNameHits func(pats []string, text []rune, hits []acHit)

// matchDocNames adds the document's own names to a small automaton and finds
// every mention: full names, bare surnames, acronyms, known entities.
func (a *analysis) matchDocNames() {
	r := a.reg
	known := a.doc.KnownNames
	if known == nil {
		known = NewKnownNames(a.doc.Known)
	}
	a.known = known
	for _, k := range known.list {
		typ := k.Type
		if typ == "" || k.Name == "" {
			continue
		}
		e := r.entity(typ, clean(k.Name), k.ID, -1)
		if e == nil {
			continue
		}
		e.id = k.ID
		r.alias(e, clean(k.Name), RuleKnown, 0.95)
		for _, al := range k.Aliases {
			r.alias(e, clean(al), RuleKnown, 0.9)
		}
	}
	for w, es := range r.firstWords {
		if _, isSurname := r.surnames[w]; isSurname || len(es) != 1 {
			continue
		}
		if e := r.keys[names.Key(w)]; e != nil && e.typ == TypePerson && names.Key(e.name) == names.Key(w) {
			r.keys[names.Key(w)] = es[0]
			if i, ok := r.seenPat[w]; ok {
				r.patEnt[i] = es[0]
			}
		}
	}
	for s, es := range r.surnames {
		if e := r.keys[names.Key(s)]; e != nil && e.typ == TypePerson && names.Key(e.name) == names.Key(s) {
			// a one-word person that is someone's surname: drop it
			delete(r.keys, names.Key(s))
			if i, ok := r.seenPat[s]; ok {
				r.patConf[i] = 0
			}
		}
		if i, ok := r.seenPat[s]; ok && r.patConf[i] > 0 {
			continue // a full name of its own
		}
		best := es[0]
		for _, e := range es[1:] {
			if e.mentions > best.mentions || (e.mentions == best.mentions && e.first < best.first) {
				best = e
			}
		}
		conf := 0.8
		if len(es) > 1 {
			conf = 0.6
		}
		r.alias(best, s, RuleAlias, conf)
	}
	if len(r.pats) == 0 {
		return
	}
	hits := r.findNames(a.runes, known)
	if checkNameHits != nil {
		checkNameHits(r.pats, a.runes, hits)
	}
	for _, h := range hits {
		e := r.patEnt[h.pat]
		a.add(candidate{start: h.start, end: h.end, typ: e.typ, rule: r.patRule[h.pat], conf: r.patConf[h.pat], name: e.name, id: e.id})
	}
}
