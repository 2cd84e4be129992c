package suggest

import (
	_ "embed"
	"os"
	"strings"
	"sync"
)

// The large name lists (docs/suggestions.md, v9): towns and regions from
// GeoNames (CC BY 4.0) and organisations (listed companies from the US SEC's
// ticker list, public domain, and universities from Hipo's
// university-domains-list, MIT), written by scripts/gen-name-lists.go. The
// tagger sees a token's place in the longest listed name covering it as a
// feature the model weighs against the context, never as a rule: "Reading"
// is a town, a club and a verb, "Apple" a firm and a fruit.
//
//go:embed data/places.txt
var placesTXT string

//go:embed data/organisations.txt
var organisationsTXT string

// nameListCount is how many large lists there are; a list's index is part of
// its features' hashes (never renumber).
const nameListCount = 2

var nameListTexts = [nameListCount]*string{&placesTXT, &organisationsTXT}

var nameListNames = [nameListCount]string{"places", "organisations"}

// experiments (v9): CLAIMDESK_NAMELIST_RUN=1 marks a name inside a longer
// run of capitalised words apart; CLAIMDESK_NAMELIST_SPORTS=1 adds the list
// tag in sports copy.
var (
	nameListRun    = os.Getenv("CLAIMDESK_NAMELIST_RUN") == "1"
	nameListSports = os.Getenv("CLAIMDESK_NAMELIST_SPORTS") == "1"
)

var (
	nameLists     [nameListCount]*phraseList // nil: the list is not used
	nameListsOnce sync.Once
)

// usedNameLists builds the lists the tagger reads, on first use.
// CLAIMDESK_NAMELISTS names them for measuring ("places,organisations";
// "none"), for training and scoring alike; unset, every list is read.
func usedNameLists() *[nameListCount]*phraseList {
	nameListsOnce.Do(func() {
		want := os.Getenv("CLAIMDESK_NAMELISTS")
		for k, name := range nameListNames {
			if want == "" || strings.Contains(","+want+",", ","+name+",") {
				nameLists[k] = newPhraseList(*nameListTexts[k], 8)
			}
		}
	})
	return &nameLists
}

// nameListTags marks, per list and token, the token's place in the longest
// listed name covering it: 'B' first, 'I' inside, 'E' last, 'S' a name of
// one token, 0 none (nil for a list not used).
func nameListTags(toks []token, lower []string) [nameListCount][]byte {
	var out [nameListCount][]byte
	for k, list := range usedNameLists() {
		if list == nil {
			continue
		}
		tags := make([]byte, len(toks))
		list.longestMatches(toks, lower, func(i, n int) {
			// experiment: a name inside a longer run of capitalised words
			// is marked in lower case
			var inRun byte
			if nameListRun && ((i > 0 && toks[i-1].line == toks[i].line && toks[i-1].cap) ||
				(i+n < len(toks) && toks[i+n].line == toks[i].line && toks[i+n].cap)) {
				inRun = 'a' - 'A'
			}
			if n == 1 {
				tags[i] = 'S' + inRun
				return
			}
			tags[i] = 'B' + inRun
			for j := i + 1; j < i+n-1; j++ {
				tags[j] = 'I' + inRun
			}
			tags[i+n-1] = 'E' + inRun
		})
		out[k] = tags
	}
	return out
}
