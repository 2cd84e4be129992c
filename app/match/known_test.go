package match

import "testing"

// knownPair compares cand with ref, both read alone, on an index of the two.
func knownPair(ref, cand Features) Result {
	return NewIndex([]Features{ref, cand}).Compare(ref, cand)
}

// The role guard reads actors through what the workspace knows: "Hydrel", filed as an alias
// of the Ministry of Water Resources, and "the Ministry of Water Resources" are one actor
// of one order, not "done by Hydrel, not Resources"; a minister linked to the ministry she
// speaks for is that ministry's actor too. What the workspace does not know still keeps
// two actors apart, and two people who speak for one body are two actors. Sentences
// written for this test; the names are invented.
func TestRoleConflictReadsKnownActors(t *testing.T) {
	const ministry = "ministry of water resources"
	body := map[string]string{ministry: "Ministry of Water Resources"}
	full := func() Features {
		f := NewFeatures("The Ministry of Water Resources ordered the evacuation of Dravik on Tuesday.", nil)
		f.AddKnown(ministry, ministry, "Ministry of Water Resources", nil)
		return f
	}
	alias := func(known bool) Features {
		f := NewFeatures("The evacuation of Dravik was ordered on Tuesday by Hydrel.", nil)
		if known {
			f.AddKnown("hydrel", ministry, "Ministry of Water Resources", nil)
		}
		return f
	}
	minister := func(name, key string, speaksFor bool) Features {
		f := NewFeatures("Minister "+name+" ordered the evacuation of Dravik on Tuesday.", nil)
		var bodies map[string]string
		if speaksFor {
			bodies = body
		}
		f.AddKnown(key, key, name, bodies)
		return f
	}
	if r := knownPair(full(), alias(false)); r.RoleConflict == "" {
		t.Fatalf("an alias the workspace does not hold: no role conflict (score %.3f)", r.Score)
	}
	if r := knownPair(full(), alias(true)); r.RoleConflict != "" || r.Score == 0 {
		t.Errorf("the ministry and its alias: %q, score %.3f", r.RoleConflict, r.Score)
	}
	if r := knownPair(alias(true), full()); r.RoleConflict != "" {
		t.Errorf("the alias and the ministry: %q", r.RoleConflict)
	}
	brannock := minister("Ilse Brannock", "ilse brannock", true)
	if r := knownPair(alias(true), brannock); r.RoleConflict != "" || r.Score == 0 {
		t.Errorf("the ministry and the minister who speaks for it: %q, score %.3f", r.RoleConflict, r.Score)
	}
	if r := knownPair(brannock, alias(true)); r.RoleConflict != "" {
		t.Errorf("the minister and the ministry she speaks for: %q", r.RoleConflict)
	}
	if r := knownPair(alias(true), minister("Ilse Brannock", "ilse brannock", false)); r.RoleConflict == "" {
		t.Errorf("a minister linked to no body: no role conflict with the ministry")
	}
	if r := knownPair(brannock, minister("Piet Varmond", "piet varmond", true)); r.RoleConflict == "" {
		t.Errorf("two people who speak for one ministry: no role conflict")
	}
}
