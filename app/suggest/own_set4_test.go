package suggest

import "testing"

// The fourth own set (testdata/own-news-4.gold.txt) is development material
// like the third, written before its author read the suggester's code and
// committed before anything but its shape test ran on it. It leans on what
// sets 1 and 3 cover thinly: one-word company names in prose, small-town and
// regional news, courts and police, elections with parties and candidate
// lists, health and science institutions, clubs named as their towns, national
// teams, captions, headlines in capitals, corrections and listings.
const ownSet4Path = "testdata/own-news-4.gold.txt"

// TestOwnNewsSet4Shape checks that the fourth own set parses and has the size
// and spread of the second (checkOwnSetShape).
func TestOwnNewsSet4Shape(t *testing.T) {
	checkOwnSetShape(t, "own set 4", loadOwnSetFile(t, ownSet4Path))
}
