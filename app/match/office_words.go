package match

import (
	"sort"
	"strings"
)

// One list of the words for offices, titles and kinds of body. Four readings need such
// words, and each kept its own near-copy (roleNouns, officeWords, titleWords and the kinds
// of describedBodyRe): a word added to one was missing from the others without anyone
// deciding so. Each word stands here once, on the line of the readings that take it, so
// where two readings differ the difference is written down:
//
//   - office (officeWords, the origin side): people and bodies that speak for a government,
//     plurals too ("officials", "authorities"); not the kinds of company that speak for
//     themselves.
//   - role (roleNouns, described.go): the nouns one participant is named by ("the deputy
//     minister", "the operator", "the tanker"): singular only, since "ministers" and
//     "officials" are many people, not one named before; jobs and vessels too.
//   - title (titleWords, roles.go): capitalised words of offices and titles that name no one
//     by themselves ("Deputy Prime Minister", "Foreign Ministry", "Mr"); roles.go adds the
//     function words a title holds ("Chief of the General Staff").
//   - body (describedBodyRe, origin_appositions.go): what a body is, in apposition after
//     its name ("Tethys Risk, a British maritime security firm"); commercial kinds, and
//     "agency".
var officeTable = `
office role title body: agency
office role title:      minister ministry premier president spokesman spokeswoman
office role:            ambassador authority chairman chairwoman department director governor mayor spokesperson
office title:           army cabinet military navy secretary staff
office:                 administration authorities bureau coastguard command commissioner consulate customs diplomat
office:                 diplomats directorate embassy forces government guard headquarters inspectorate jcs kpa office
office:                 officer official officials police prefect prefecture service
role title:             chancellor
role body:              airline carrier company contractor firm insurer manufacturer operator owner shipowner union
role:                   captain commander driver envoy ombudsman pilot prosecutor regulator skipper utility
role:                   vessel ship tanker ferry freighter
title:                  chief chiefs councillor councilor defence defense deputy dr foreign general interior joint
title:                  kremlin mr mrs ms news prime state
body:                   association consultancy developer exporter group importer lender miner producer retailer
`

// officeUses is officeTable read: use → its words.
var officeUses = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, line := range strings.Split(officeTable, "\n") {
		uses, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, u := range strings.Fields(uses) {
			if out[u] == nil {
				out[u] = map[string]bool{}
			}
			for _, w := range strings.Fields(words) {
				out[u][w] = true
			}
		}
	}
	return out
}()

// officeWordsOf is the words of officeTable that one reading takes ("office", "role",
// "title", "body"), as a set the caller may add to.
func officeWordsOf(use string) map[string]bool {
	out := map[string]bool{}
	for w := range officeUses[use] {
		out[w] = true
	}
	return out
}

// officeAlternation is the words of one reading as a regular expression's alternation
// ("agency|airline|..."), sorted.
func officeAlternation(use string) string {
	var ws []string
	for w := range officeUses[use] {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return strings.Join(ws, "|")
}
