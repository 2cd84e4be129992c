package suggest

import (
	_ "embed"
	"strings"
	"sync"
)

// givenNamesTXT lists common given names (US Social Security Administration
// counts, public domain; scripts/gen-given-names.go). The tagger sees a hit
// as a feature weighed against the context, never as a rule: "Grace", "Will"
// and "Jordan" are words and places too.
//
//go:embed data/given-names.txt
var givenNamesTXT string

var (
	givenNames     map[string]bool // lower case
	givenNamesOnce sync.Once
)

// isGivenName: w (any case) is a listed given name.
func isGivenName(w string) bool {
	givenNamesOnce.Do(func() {
		givenNames = map[string]bool{}
		for _, line := range strings.Split(givenNamesTXT, "\n") {
			if line != "" && line[0] != '#' {
				givenNames[strings.ToLower(line)] = true
			}
		}
	})
	return givenNames[w]
}
