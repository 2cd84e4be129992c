package suggest

import (
	"os"
	"testing"
)

// The fifth own set comes in two halves written together, with the same mix
// of documents dealt alternately: half A (testdata/own-news-5a.gold.txt) is
// development material like sets 3 and 4; half B (own-news-5b.gold.txt) is
// closed: only its shape test runs during development, and the lead scores
// it once to see whether rules built on the other sets generalise. The set
// leans on what sets 1, 3 and 4 cover thinly: national teams, one-word
// companies with no cue, organisations with a place in their name, headlines
// in capitals, small towns, weather and markets tables, obituaries, science
// and universities, religion, culture listings and transport notices.
const (
	ownSet5aPath = "testdata/own-news-5a.gold.txt"
	ownSet5bPath = "testdata/own-news-5b.gold.txt"
)

// Each half is smaller than a whole set: at least 14 documents, 180 names and
// 40 of each type, 30 % of them outside prose.
const own5MinDocs, own5MinNames, own5MinPerType = 14, 180, 40

// TestOwnNewsSet5aShape checks that half A parses and has its size and spread.
func TestOwnNewsSet5aShape(t *testing.T) {
	checkOwnSetShapeAtLeast(t, "own set 5a", loadOwnSetFile(t, ownSet5aPath), own5MinDocs, own5MinNames, own5MinPerType)
}

// TestOwnNewsSet5bShape checks that the closed half B parses and has its size
// and spread; it scores nothing.
func TestOwnNewsSet5bShape(t *testing.T) {
	checkOwnSetShapeAtLeast(t, "own set 5b", loadOwnSetFile(t, ownSet5bPath), own5MinDocs, own5MinNames, own5MinPerType)
}

// Floors for half B, held out: no rule was read from it. The lead's one read (7 December
// 2026, evening): 0.770 / 0.798 on merged main, against 0.724 / 0.752 with the session's
// start code (b03f3f4) on the same file: r17own5's rules, read from half A (0.716 -> 0.775),
// carried over. Like own set 2, it is a regression guard from now on: never tune on it.
const own5bFloorExact, own5bFloorOverlap = 0.770, 0.798

// TestOwnNewsSet5b scores the held-out half B against its floors.
func TestOwnNewsSet5b(t *testing.T) {
	scoreOwnSet(t, "own news set 5b", loadOwnSetFile(t, ownSet5bPath), own5bFloorExact, own5bFloorOverlap)
}

// Floors for half A: a little under the measured figures (docs/suggestions.md).
const own5aFloorExact, own5aFloorOverlap = 0.76, 0.80 // first read (unseen, main at b03f3f4) 0.716 / 0.752; after r17own5's rules 0.775 / 0.811

// TestOwnNewsSet5a scores the suggester on half A of the fifth own set and
// guards against regressions.
func TestOwnNewsSet5a(t *testing.T) {
	scoreOwnSet(t, "own news set 5a", loadOwnSetFile(t, ownSet5aPath), own5aFloorExact, own5aFloorOverlap)
}

// TestOwnNewsSet5aErrors prints every error on half A (OWN5A_ERRORS=1), like
// TestOwnNewsSet3Errors. Never point it at half B.
func TestOwnNewsSet5aErrors(t *testing.T) {
	if os.Getenv("OWN5A_ERRORS") == "" {
		t.Skip("set OWN5A_ERRORS=1 to list half A's errors")
	}
	printOwnSetErrors(t, ownSet5aPath)
}
