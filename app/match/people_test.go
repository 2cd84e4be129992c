package match

import "testing"

// withPeople is text's features with the people it names (as app's featuresWith adds the
// person entities it marks).
func withPeople(text string, people ...string) Features {
	f := NewFeatures(text, nil)
	for _, p := range people {
		f.AddPerson(p)
	}
	return f
}

// Two events of one kind with one person in common and another person on each side (a
// champion against two challengers, a minister meeting two envoys) are two events: the
// people factor applies as when no one is shared. A side that names only people the other
// names too is no other event (r14prec).
func TestOtherPersonOnEachSide(t *testing.T) {
	claim := withPeople("Ilse Marrow arrested Tobin Quell at the harbour on Friday", "Ilse Marrow", "Tobin Quell")
	other := withPeople("Ilse Marrow arrested Dara Vent at the harbour on Friday", "Ilse Marrow", "Dara Vent")
	fewer := withPeople("Ilse Marrow arrested a man at the harbour on Friday", "Ilse Marrow")
	same := withPeople("Tobin Quell was arrested by Ilse Marrow at the harbour on Friday", "Tobin Quell", "Ilse Marrow")
	ix := NewIndex([]Features{claim, other, fewer, same,
		withPeople("The ferry left the harbour late"), withPeople("Rain fell on Friday"), withPeople("A man was seen at the quay")})
	if r := ix.Compare(claim, other); !r.OtherPeople {
		t.Errorf("another person on each side: want the people factor, got %+v", r)
	}
	for _, c := range []Features{fewer, same} {
		if r := ix.Compare(claim, c); r.OtherPeople {
			t.Errorf("%q: no other person on its side, want no people factor, got %+v", c.Text, r)
		}
	}
}

// A single capitalised word read as a person is as often a team or a firm ("the Hawks
// beat Drake"): it is no other person (r14prec: on ECB+ it kept out right mentions).
func TestOtherPersonNeedsAFullName(t *testing.T) {
	claim := withPeople("Ilse Marrow scored twice as the Hawks won the final against Tobin Quell's side", "Ilse Marrow", "Tobin Quell")
	cand := withPeople("Ilse Marrow scored twice as the Hawks beat Drake in the final", "Ilse Marrow", "Drake")
	ix := NewIndex([]Features{claim, cand, withPeople("The ferry left the harbour late"), withPeople("Rain fell on Friday")})
	if r := ix.Compare(claim, cand); r.OtherPeople {
		t.Errorf("a single word read as a person: want no people factor, got %+v", r)
	}
}
