package match

import (
	"sort"
	"strings"
	"unicode"
)

// Agency is a news agency or state medium an article can cite.
type Agency struct {
	Name       string   // canonical name (the sources table's name)
	Aliases    []string // as written, matched case-sensitively on word boundaries
	StateMedia bool
	Country    string
}

// Agencies mirrors the agency table of app/ingest (outlets.go), which import uses to
// store the agencies an article cites; the canonical names must stay the same so that
// both find the same sources row. Kept here, with state-media flags, because ingest
// does not export its table.
var Agencies = []Agency{
	{"Korean Central News Agency", []string{"Korean Central News Agency", "KCNA"}, true, "North Korea"},
	{"Korean Central Television", []string{"Korean Central Television", "KCTV"}, true, "North Korea"},
	{"Rodong Sinmun", []string{"Rodong Sinmun"}, true, "North Korea"},
	{"Yonhap", []string{"Yonhap News Agency", "Yonhap"}, false, "South Korea"},
	{"Reuters", []string{"Thomson Reuters", "Reuters"}, false, ""},
	{"Associated Press", []string{"The Associated Press", "Associated Press", "AP"}, false, ""},
	{"Agence France-Presse", []string{"Agence France-Presse", "Agence France Presse", "AFP"}, false, ""},
	{"TASS", []string{"ITAR-TASS", "TASS", "Tass"}, true, "Russia"},
	{"RIA Novosti", []string{"RIA Novosti", "RIA"}, true, "Russia"},
	{"Interfax", []string{"Interfax"}, false, "Russia"},
	{"Xinhua", []string{"Xinhua News Agency", "Xinhua"}, true, "China"},
	{"Kyodo", []string{"Kyodo News", "Kyodo"}, false, "Japan"},
	{"NationPress", []string{"NationPress"}, false, ""},
}

// AgencyHit is one mention of an agency in a text (code points).
type AgencyHit struct {
	Agency     *Agency
	Start, End int
}

// AgencyByName returns the agency whose canonical name or alias is name (ignoring case
// and surrounding white space), or nil.
func AgencyByName(name string) *Agency {
	name = strings.TrimSpace(name)
	for i := range Agencies {
		a := &Agencies[i]
		if strings.EqualFold(a.Name, name) {
			return a
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, name) {
				return a
			}
		}
	}
	return nil
}

// FindAgencies lists the agency mentions in text, longest alias first where they
// overlap, in text order. Photo credits ("REUTERS/Name") are left out.
func FindAgencies(text string) []AgencyHit {
	rs := []rune(text)
	var hits []AgencyHit
	taken := make([]bool, len(rs)+1)
	type form struct {
		a *Agency
		s []rune
	}
	var forms []form
	for i := range Agencies {
		for _, al := range Agencies[i].Aliases {
			forms = append(forms, form{&Agencies[i], []rune(al)})
			if up := strings.ToUpper(al); up != al {
				forms = append(forms, form{&Agencies[i], []rune(up)})
			}
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	for _, f := range forms {
		for i := 0; i+len(f.s) <= len(rs); i++ {
			if string(rs[i:i+len(f.s)]) != string(f.s) {
				continue
			}
			end := i + len(f.s)
			if (i > 0 && isWordRune(rs[i-1])) || (end < len(rs) && isWordRune(rs[end])) || taken[i] || taken[end-1] {
				continue
			}
			if (i > 0 && rs[i-1] == '/') || strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(string(rs[end:min(end+8, len(rs))]), " Photo"), " "), "/") {
				continue // a photo credit
			}
			for k := i; k < end; k++ {
				taken[k] = true
			}
			hits = append(hits, AgencyHit{f.a, i, end})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].Start < hits[j].Start })
	return hits
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
