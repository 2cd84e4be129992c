package ingest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// agency is a news agency or state medium: an outlet an article can be
// published by, and a source it can cite. Claimdesk counts independent
// origins of a claim, so aliases must collapse to one canonical name
// ("KCNA" and "Korean Central News Agency" are one origin).
type agency struct {
	name    string
	aliases []string
}

// agencies is deliberately a small, recognisable table rather than a rule
// such as "according to X": an attribution like "according to U.K. defense
// intelligence" names a speaker, not a medium, and belongs to claim
// attribution, not to Cites. Aliases match case-sensitively on word
// boundaries (and in all capitals), so "AP" does not match "ap" or "APEC".
var agencies = []agency{
	{"Korean Central News Agency", []string{"Korean Central News Agency", "KCNA"}},
	{"Korean Central Television", []string{"Korean Central Television", "KCTV"}},
	{"Rodong Sinmun", []string{"Rodong Sinmun"}},
	{"Yonhap", []string{"Yonhap News Agency", "Yonhap"}},
	{"Reuters", []string{"Thomson Reuters", "Reuters"}},
	{"Associated Press", []string{"The Associated Press", "Associated Press", "AP"}},
	{"Agence France-Presse", []string{"Agence France-Presse", "Agence France Presse", "AFP"}},
	{"TASS", []string{"ITAR-TASS", "TASS", "Tass"}},
	{"RIA Novosti", []string{"RIA Novosti", "RIA"}},
	{"Interfax", []string{"Interfax"}},
	{"Xinhua", []string{"Xinhua News Agency", "Xinhua"}},
	{"Kyodo", []string{"Kyodo News", "Kyodo"}},
	{"NationPress", []string{"NationPress"}},
}

// aliasIndex maps every alias, as written and in all capitals, to its
// canonical name, for exact lookups of a whole line or name.
var aliasIndex = func() map[string]string {
	m := map[string]string{}
	for _, a := range agencies {
		for _, al := range a.aliases {
			for _, form := range uniqueForms(al) {
				m[form] = a.name
			}
		}
	}
	return m
}()

// agencyByName returns the canonical name when s (trimmed) is exactly one
// of the aliases, else "".
func agencyByName(s string) string {
	return aliasIndex[strings.TrimSpace(s)]
}

// findCites lists the agencies mentioned in text, by first appearance,
// leaving out outlet (an article does not cite itself) and photo credits
// ("REUTERS/Name", "AP Photo/Name", "Yonhap/..."), which credit a picture,
// not a claim.
func findCites(text, outlet string) []string {
	first := map[string]int{}
	for _, a := range agencies {
		if a.name == outlet {
			continue
		}
		for _, al := range a.aliases {
			for _, form := range uniqueForms(al) {
				if i := firstMention(text, form); i >= 0 {
					if p, ok := first[a.name]; !ok || i < p {
						first[a.name] = i
					}
				}
			}
		}
	}
	cites := make([]string, 0, len(first))
	for name := range first {
		cites = append(cites, name)
	}
	sort.Slice(cites, func(i, j int) bool { return first[cites[i]] < first[cites[j]] })
	return cites
}

func uniqueForms(alias string) []string {
	if up := strings.ToUpper(alias); up != alias {
		return []string{alias, up}
	}
	return []string{alias}
}

// firstMention returns the byte offset of the first whole-word occurrence
// of form in text that is not a photo credit, or -1.
func firstMention(text, form string) int {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], form)
		if i < 0 {
			return -1
		}
		start := from + i
		end := start + len(form)
		from = end
		if !wordBoundary(text, start, end) || isPhotoCredit(text, start, end) {
			continue
		}
		return start
	}
	return -1
}

func wordBoundary(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordRune(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isPhotoCredit(text string, start, end int) bool {
	if start > 0 && text[start-1] == '/' {
		return true
	}
	rest := strings.TrimPrefix(text[end:], " Photo")
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "/")
}
