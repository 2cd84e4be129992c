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
