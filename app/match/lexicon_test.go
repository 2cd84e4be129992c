package match

import (
	"slices"
	"testing"
)

// A bare "fire" is a blaze unless what a weapon fires follows it; sentences written for
// this test.
func TestFireIsABlazeUnlessAWeaponFires(t *testing.T) {
	for _, c := range []struct{ text, main string }{
		{"A cargo ship caught fire off the coast on Tuesday", "v:burn"},
		{"The fire spread to the upper deck within minutes", "v:burn"},
		{"the coast guard had to fire 12 warning shots", "v:fire"},
		{"Troops opened fire on the convoy", "v:fire"},
		{"the border guards traded fire for an hour", "v:fire"},
		{"A freighter capsized and went down in a storm", "v:sink"},
		{"Bus drivers walked out on Friday over pay", "v:strike"},
		{"The port authority had been notified two days in advance", "v:notify"},
		{"Farmers received no notice of the release", "v:notify"},
		{"The dam operator let out more water overnight", "v:release"},
		{"Floodwater swamped three towns", "v:flood"},
		{"Two hikers drowned in the lake", "v:die"},
		{"Some 400 villagers remain marooned", "v:strand"},
	} {
		if got := MainEvent(c.text); got != c.main {
			t.Errorf("MainEvent(%q) = %q, want %q", c.text, got, c.main)
		}
	}
}

// A toll told with a number word and with digits is one event's participant; the
// sentence's first word "Eleven" is no one's name. Sentences written for this test.
func TestOneNumberJoinsOneEvent(t *testing.T) {
	ix := NewIndex(nil)
	ref := NewFeatures("Nine climbers were found dead", nil)
	same := ix.Compare(ref, NewFeatures("Rescuers say at least 9 people were killed.", nil))
	other := ix.Compare(ref, NewFeatures("Rescuers say at least 30 people were killed.", nil))
	if same.RoleConflict != "" || !same.SharedEvent {
		t.Errorf("nine and at least 9 dead: %+v, want one shared event", same)
	}
	if other.Score >= same.Score {
		t.Errorf("nine vs at least 30 dead: %+v scores %.3f, want under %.3f", other, other.Score, same.Score)
	}
}

// Jobs counted as "jobs" or "posts" are one thing; "a job" alone (walked off the job,
// cost anyone a job) is left as a word. Sentences written for this test.
func TestJobsAndPostsAreOneThing(t *testing.T) {
	ix := NewIndex(nil)
	ref := NewFeatures("The closure would cut 240 jobs at the mill", nil)
	posts := ix.Compare(ref, NewFeatures("Managers put the number of posts lost at 240.", nil))
	if !slices.Contains(posts.SharedTerms, "n:jobs") {
		t.Errorf("240 jobs / 240 posts: shared %v, want n:jobs", posts.SharedTerms)
	}
	if got := CanonTerms("Workers walked off the job"); slices.Contains(got, "n:jobs") {
		t.Errorf("\"the job\" read as jobs counted: %v", got)
	}
}

// A deal's terms are not its signing: "Under the deal, X will ship ..." tells a supply,
// "a deal on grain deliveries" and "a supply agreement" tell a deal. Sentences written
// for this test.
func TestADealsTopicIsNoEvent(t *testing.T) {
	for _, c := range []struct{ text, main string }{
		{"Under the five-year agreement, Kazakhstan will export two million tonnes of wheat a year", "v:supply"},
		{"Under the deal, the utility would deliver gas to the region", "v:supply"},
		{"Kenya and Uganda signed a deal on grain deliveries on Monday", "v:deal"},
		{"the two ministers signed a contract to supply turbines", "v:deal"},
		{"a gas supply agreement was signed in the capital", "v:deal"},
		{"Talks on arms deliveries ended without result", "v:discuss"},
		{"The firm delivered the turbines on Monday", "v:supply"},
		{"The document on gas deliveries was signed in the capital", "v:deal"},
		{"The ministry's plan to suspend ferry sailings was approved", ""},
	} {
		if got := MainEvent(c.text); got != c.main {
			t.Errorf("MainEvent(%q) = %q, want %q", c.text, got, c.main)
		}
	}
	ix := NewIndex(nil)
	signed := NewFeatures("Kenya and Uganda signed a deal on grain deliveries", nil)
	terms := NewFeatures("Under the deal, Kenya will deliver 300,000 tonnes of grain to Uganda", nil)
	if r := ix.Compare(signed, terms); r.SharedEvent {
		t.Errorf("the signing and the deal's terms share an event: %+v", r)
	}
}

// What someone wants or means to do has not happened: "wants to diversify its gas
// imports" is not the imports. Sentences written for this test.
func TestAnIntentIsNoEvent(t *testing.T) {
	for _, c := range []struct{ text, main string }{
		{"The government wants to diversify its gas imports", ""},
		{"Chile hopes to sign a deal on copper next year", ""},
		{"Armenia imports most of its gas from Russia", "v:import"},
	} {
		if got := MainEvent(c.text); got != c.main {
			t.Errorf("MainEvent(%q) = %q, want %q", c.text, got, c.main)
		}
	}
	ix := NewIndex(nil)
	now := NewFeatures("Armenia imports most of its gas from Russia", nil)
	wish := NewFeatures("Armenia wants to diversify its gas imports", nil)
	if r := ix.Compare(now, wish); r.SharedEvent {
		t.Errorf("the imports and the wish to diversify them share an event: %+v", r)
	}
}
