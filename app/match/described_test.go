package match

import (
	"slices"
	"sort"
	"testing"
)

// keys lists a map's keys, sorted, for comparing readings.
func keysOf(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestDescribedParticipants: a participant named by what they are ("the deputy minister",
// "the ferry's captain", "its operator") is read as that role; a title before a name or an
// apposition of a name is the named participant's, not a description.
func TestDescribedParticipants(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The deputy minister said the quarry would close in May.", []string{"r:minister"}},
		{"Police questioned the ferry's captain for three hours.", []string{"r:captain", "r:vessel"}},
		// a place and the body's own verb, not an apposition
		{"In Port Alva, the firm said the cargo was insured.", []string{"r:firm"}},
		{"Its operator denied that the crane had failed.", []string{"r:operator"}},
		{"The ministry said nobody had been hurt.", []string{"r:ministry"}},
		{"The 34-year-old driver was taken to hospital.", []string{"r:driver"}},
		// a title before a name and a name's apposition are no description
		{"Deputy Minister Anna Kell said the quarry would close.", nil},
		{"Orla Venn, the deputy minister, said the quarry would close.", nil},
		{"The company's chief executive, Bram Osk, resigned.", []string{"r:company"}},
		// a kind of thing, not one participant
		{"Ministers from four countries met in Tallinn.", nil},
	} {
		got := keysOf(described(rawWords(c.text)))
		if !slices.Equal(got, c.want) {
			t.Errorf("described(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTitledNames: the article gives a named participant a role, by a title before the
// name, an apposition after or before it, or a body's name that says what it is.
func TestTitledNames(t *testing.T) {
	article := "Deputy Minister Anna Kell visited the quarry on Monday. " +
		"Tomas Reel, a 34-year-old driver, was hurt. " +
		"The dredger's operator, Harlow-based Vestmark Marine, declined to comment. " +
		"Its captain, Ilya Dorn, was questioned. " +
		"The Ministry of Quarries said the site was safe. " +
		"The bulk carrier Morwen Star was towed away. " +
		// no role of theirs: a possessive goes on, a day is no name, a body's own verb
		"Ada Eze, the firm's economist, was not surprised. On Tuesday, the company said so. " +
		"In Port Alva, the firm said the cargo was insured."
	got := titles(rawWords(article))
	want := map[string][]string{
		"kell":     {"r:minister"},
		"reel":     {"r:driver"},
		"marine":   {"r:operator"},
		"dorn":     {"r:captain"},
		"quarries": {"r:ministry"},
		"star":     {"r:carrier"},
	}
	for name, roles := range want {
		if g := keysOf(got[name]); !slices.Equal(g, roles) {
			t.Errorf("titles: %s = %v, want %v (all: %v)", name, g, roles, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("titles read %d names, want %d: %v", len(got), len(want), got)
	}
}

// TestRoleMeetsName: a sentence that names a participant by a possessed role ("the ferry's
// captain") shares that participant with one that names them, in another article, when that
// article gives them the role; so the event word counts (shareParticipant). Another name, or
// a bare "the captain", does not.
func TestRoleMeetsName(t *testing.T) {
	refArticle := "Coastguard officers detained the ferry's captain at the pier."
	candArticle := "The owner of the Sea Lark said its captain, Ilya Dorn, had done nothing wrong. " +
		"Dorn was detained on Sunday, a neighbour said."
	read := func(text, article string) Features {
		f := NewFeatures(text, nil)
		f.ReadRoles(text, article)
		return f
	}
	ref := read(refArticle, refArticle)
	cand := read("Dorn was detained on Sunday, a neighbour said.", candArticle)
	other := read("Varga was detained on Sunday, a neighbour said.", "Olek Varga, a fisherman, had done nothing wrong. Varga was detained on Sunday, a neighbour said.")
	ix := NewIndex([]Features{ref, cand, other})
	if !ix.shareParticipant(ref, cand, "v:arrest") {
		t.Errorf("the ferry's captain and Ilya Dorn, its captain, share no participant: ref %v, cand %v", ref.Described, cand.Titled)
	}
	if ix.shareParticipant(ref, other, "v:arrest") {
		t.Errorf("the ferry's captain and a fisherman named Varga share a participant")
	}
	// a bare "the captain" is any captain: two ferries, two captains
	bare := read("Coastguard officers detained the captain at the pier.", "Coastguard officers detained the captain at the pier.")
	if ix.shareParticipant(bare, cand, "v:arrest") {
		t.Errorf("a bare 'the captain' meets Ilya Dorn of another article")
	}
}

// TestRoleResolvedInItsArticle: "the driver" is the participant its own article names as the
// driver, so it meets a sentence of another article that names him, not one that names
// another man.
func TestRoleResolvedInItsArticle(t *testing.T) {
	refArticle := "Tomas Reel, a 34-year-old driver, crashed into a wall in Lenholm. The driver was arrested in Lenholm."
	ref := NewFeatures("The driver was arrested in Lenholm.", nil)
	ref.ReadRoles("The driver was arrested in Lenholm.", refArticle)
	cand := NewFeatures("Reel was detained at a friend's flat.", nil)
	cand.ReadRoles("Reel was detained at a friend's flat.", "Reel was detained at a friend's flat.")
	other := NewFeatures("Varga was detained at a friend's flat.", nil)
	other.ReadRoles("Varga was detained at a friend's flat.", "Varga was detained at a friend's flat.")
	ix := NewIndex([]Features{ref, cand, other})
	if !ix.shareParticipant(ref, cand, "v:arrest") {
		t.Errorf("the driver (Tomas Reel in his article) and Reel share no participant: %v", ref.Resolved)
	}
	if ix.shareParticipant(ref, other, "v:arrest") {
		t.Errorf("the driver (Tomas Reel in his article) and Varga share a participant")
	}
	// two people given one role in an article leave "the minister" unresolved
	two := "Deputy Minister Anna Kell met Minister Ivo Pell. The minister was arrested in Lenholm."
	amb := NewFeatures("The minister was arrested in Lenholm.", nil)
	amb.ReadRoles("The minister was arrested in Lenholm.", two)
	if len(amb.Resolved) != 0 {
		t.Errorf("the minister of an article with two ministers resolved to %v", amb.Resolved)
	}
}
