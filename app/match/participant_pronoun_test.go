package match

import "testing"

// A sentence that tells the claim's event of "she" or "he" may be about the person the
// claim names: the pronoun is a participant in common, so the participant gate does not
// hold ("Okafor was arrested at a checkpoint" / "She was arrested near the border crossing
// at dawn"); a sentence that names another person is still apart. Sentences written for
// this test.
func TestParticipantGateAcceptsAPronoun(t *testing.T) {
	ix := NewIndex(nil)
	ref := NewFeatures("Okafor was arrested at a checkpoint outside Kano", nil)
	ref.AddPerson("Okafor")
	pronoun := NewFeatures("She was arrested near the border crossing at dawn", nil)
	if r := ix.Compare(ref, pronoun); r.NoParticipant || !r.SharedEvent {
		t.Errorf("she: no participant %v, shared event %v", r.NoParticipant, r.SharedEvent)
	}
	other := NewFeatures("Adeyemi was arrested near the border crossing at dawn", nil)
	other.AddPerson("Adeyemi")
	if r := ix.Compare(ref, other); !r.NoParticipant && !r.OtherPeople && r.RoleConflict == "" {
		t.Errorf("another person: no guard held (%+v)", r)
	}
}
