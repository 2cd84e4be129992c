package app

// Comparing a claim's mentions in the as-of snapshot: stances and values, pair by pair.

import (
	"fmt"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// ---- comparing a claim's mentions ----

// mentionPair is two mentions of a claim (indexes into its mentions) and the values of
// each that were compared; cmp.Reason is left empty (explanations cost: reason() writes one
// when shown).
type mentionPair struct {
	i, j   int
	a, b   *snapMention
	va, vb reading.Value
	cmp    reading.Comparison
}

type claimComparison struct {
	pairs []mentionPair // every compared pair (different spans, both with a value)
}

// compare compares every two accepted mentions of a claim: their stances (one asserts what
// the other denies: a contradiction of kind "stance"), and when both carry a value their
// first values, and then every further value with the other's values of the same kind (a
// date with a date, a figure with a figure), by range arithmetic with their hedges.
func (snap *snapshot) compare(c *snapClaim) claimComparison {
	var out claimComparison
	n, stances := 0, map[string]bool{}
	for _, m := range c.mentions {
		if m.value.Kind != reading.KindNone {
			n++
		}
		stances[m.stance] = true
	}
	opposed := stances[match.StanceAsserts] && stances[match.StanceDenies]
	if n < 2 && !opposed {
		return out
	}
	out.pairs = make([]mentionPair, 0, n*(n-1)/2)
	for i := 0; i < len(c.mentions); i++ {
		a := c.mentions[i]
		for j := i + 1; j < len(c.mentions); j++ {
			b := c.mentions[j]
			if opposed && match.Opposed(a.stance, b.stance) {
				out.pairs = append(out.pairs, mentionPair{i: i, j: j, a: a, b: b, cmp: reading.Comparison{Verdict: reading.Conflict, Kind: "stance"}})
				continue
			}
			if a.value.Kind == reading.KindNone || b.value.Kind == reading.KindNone {
				continue
			}
			v, kind := reading.Judge(a.value, b.value)
			first := mentionPair{i: i, j: j, a: a, b: b, va: a.value, vb: b.value, cmp: reading.Comparison{Verdict: v, Kind: kind}}
			if len(a.more) == 0 && len(b.more) == 0 {
				out.pairs = append(out.pairs, first)
				continue
			}
			vas, vbs := append([]reading.Value{a.value}, a.more...), append([]reading.Value{b.value}, b.more...)
			agreeA, agreeB := agreements(vas, vbs)
			if !aboutOtherThing(first, agreeA[0], agreeB[0]) {
				out.pairs = append(out.pairs, first)
			}
			for x, va := range vas {
				for y, vb := range vbs {
					if (x == 0 && y == 0) || va.Kind != vb.Kind {
						continue
					}
					v, kind := reading.Judge(va, vb)
					p := mentionPair{i: i, j: j, a: a, b: b, va: va, vb: vb, cmp: reading.Comparison{Verdict: v, Kind: kind}}
					if !aboutOtherThing(p, agreeA[x], agreeB[y]) {
						out.pairs = append(out.pairs, p)
					}
				}
			}
		}
	}
	return out
}

// aboutOtherThing reports a conflict between two values of mentions that give several:
// one of the two agrees with another value of the other mention ("Rescuers recovered 14
// bodies and pulled 60 people from the water" / "14 people died": 60 is not the toll, 14
// is). A sentence that names a part and its whole, or a toll and the rescued, holds figures
// about different things; only a value that agrees with none of the other's is in conflict.
// agreesA and agreesB say whether p's values agree with some value of the other mention
// (agreements); the value p pairs them with is not one, since the two conflict.
func aboutOtherThing(p mentionPair, agreesA, agreesB bool) bool {
	return p.cmp.Verdict == reading.Conflict && (agreesA || agreesB)
}

// agreements says of each value of vas whether it agrees with some value of the same kind
// in vbs, and of each of vbs whether it agrees with some of vas. Read once per pair of
// mentions: asked again for every pair of values, it made comparing two mentions of n
// values each cost n³ readings (200 values each: a second).
func agreements(vas, vbs []reading.Value) (agreeA, agreeB []bool) {
	agreeA, agreeB = make([]bool, len(vas)), make([]bool, len(vbs))
	for x, va := range vas {
		for y, vb := range vbs {
			if va.Kind != vb.Kind || agreeA[x] && agreeB[y] {
				continue
			}
			if v, _ := reading.Judge(va, vb); v == reading.Agree {
				agreeA[x], agreeB[y] = true, true
			}
		}
	}
	return agreeA, agreeB
}

func (p mentionPair) reason() string {
	if p.cmp.Kind == "stance" {
		return fmt.Sprintf("one %s what the other %s: %q vs %q", stanceVerb(p.a.stance), stanceVerb(p.b.stance),
			clipLabel(p.a.quote), clipLabel(p.b.quote))
	}
	return reading.Compare(p.va, p.vb).Reason
}

// stanceVerb is a stance as a verb for explanations ("one asserts what the other denies").
func stanceVerb(stance string) string {
	switch stance {
	case match.StanceDoubts:
		return "doubts"
	case match.StanceUnconfirmed:
		return "reports as unconfirmed"
	case match.StanceDenies:
		return "denies"
	}
	return "asserts"
}

// maxReasons caps the explanations listed per cell or suggestion.
const maxReasons = 5

func (cc claimComparison) conflicts() []mentionPair {
	var out []mentionPair
	for _, p := range cc.pairs {
		if p.cmp.Verdict == reading.Conflict {
			out = append(out, p)
		}
	}
	return out
}
