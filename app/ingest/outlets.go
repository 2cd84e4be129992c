package ingest

import (
	"strings"

	"claimdesk/app/reading"
)

// The outlets an article can be published by and the agencies it can cite are the news
// media of reading.Sources, so import, matching and origins name the same sources row.
// Aliases collapse to one canonical name ("KCNA" and "Korean Central News Agency" are one
// origin). An attribution such as "according to U.K. defense intelligence" names a
// speaker, not a medium: it belongs to claim attribution, not to Cites.

// agencyByName returns the canonical name of the news medium s names (any alias, any case,
// surrounding white space ignored), else "".
func agencyByName(s string) string {
	if src := reading.OutletByName(s); src != nil && src.IsMedium() {
		return src.Name
	}
	return ""
}

// findCites lists the news media named in text, by first appearance, leaving out outlet
// (an article does not cite itself) and photo credits ("REUTERS/Name", "AP Photo/Name"),
// which credit a picture, not a claim.
//
// It reads paragraph by paragraph (up to a blank line): no name or its context reaches
// over a blank line. Reading the whole text at once held it as code points (four bytes a
// character) with a flag and a word list beside them: 57 MB at once for a 10 MB import.
func findCites(text, outlet string) []string {
	seen := map[string]bool{outlet: true}
	cites := []string{}
	for rest := text; rest != ""; {
		para := rest
		if i := strings.Index(rest, "\n\n"); i >= 0 {
			para, rest = rest[:i], rest[i+2:]
		} else {
			rest = ""
		}
		for _, r := range reading.FindSources(para) {
			if name := r.Source.Name; r.Source.IsMedium() && !seen[name] {
				seen[name] = true
				cites = append(cites, name)
			}
		}
	}
	return cites
}
