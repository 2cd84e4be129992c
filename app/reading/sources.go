package reading

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"claimdesk/app/geo"
)

// Kinds of source (Source.Kind).
const (
	SourceAgency      = "agency"      // a news agency that sells copy to others (wire)
	SourceNewspaper   = "newspaper"   // a paper or news site publishing its own reporting
	SourceBroadcaster = "broadcaster" // radio or television
	SourceGovernment  = "government"  // a government, named by its seat ("the Kremlin") or capital
)

// Source is a news agency, outlet or government that reporters name. The canonical Name is
// the name of the workspace's sources row, so every part of the app finds the same row.
type Source struct {
	Name       string   // canonical name
	Aliases    []string // as written; matched case-sensitively on word boundaries, and in all capitals
	Kind       string   // agency | newspaper | broadcaster | government
	Country    string   // the country it is based in, "" for none in particular
	StateMedia bool     // run by its state (KCNA, TASS, Xinhua): its word is the government's
}

// Sources is the one table of agencies, outlets and governments. Aliases that are common
// words in lower case ("the Guardian" is fine, "Times" alone is not) are left out, and so are
// ambiguous initials ("RT", "Post").
var Sources = []Source{
	// news agencies
	{"Korean Central News Agency", []string{"Korean Central News Agency", "KCNA"}, SourceAgency, "North Korea", true},
	{"Yonhap", []string{"Yonhap News Agency", "Yonhap"}, SourceAgency, "South Korea", false},
	{"Reuters", []string{"Thomson Reuters", "Reuters"}, SourceAgency, "United Kingdom", false},
	{"Associated Press", []string{"The Associated Press", "Associated Press", "AP"}, SourceAgency, "United States", false},
	{"Agence France-Presse", []string{"Agence France-Presse", "Agence France Presse", "AFP"}, SourceAgency, "France", false},
	{"TASS", []string{"ITAR-TASS", "TASS", "Tass"}, SourceAgency, "Russia", true},
	{"RIA Novosti", []string{"RIA Novosti", "RIA"}, SourceAgency, "Russia", true},
	{"Interfax", []string{"Interfax"}, SourceAgency, "Russia", false},
	{"Xinhua", []string{"Xinhua News Agency", "Xinhua"}, SourceAgency, "China", true},
	{"Kyodo", []string{"Kyodo News", "Kyodo"}, SourceAgency, "Japan", false},
	{"Deutsche Presse-Agentur", []string{"Deutsche Presse-Agentur", "dpa", "DPA"}, SourceAgency, "Germany", false},
	{"Anadolu Agency", []string{"Anadolu Agency", "Anadolu"}, SourceAgency, "Turkey", true},
	{"Ukrinform", []string{"Ukrinform"}, SourceAgency, "Ukraine", true},
	{"Bloomberg", []string{"Bloomberg News", "Bloomberg"}, SourceAgency, "United States", false},
	{"NationPress", []string{"NationPress"}, SourceAgency, "India", false},
	// national agencies of other countries; initials that name other things in copy
	// ("PTI" a Pakistani party, "APS" two agencies, "MENA" a region) are left out.
	// StateMedia marks agencies their state owns and runs, so "state media" in a story
	// about that country resolves to them.
	{"Agerpres", []string{"Agerpres", "AGERPRES"}, SourceAgency, "Romania", true},
	{"MTI", []string{"Hungarian News Agency", "MTI"}, SourceAgency, "Hungary", true},
	{"Polish Press Agency", []string{"Polish Press Agency", "PAP"}, SourceAgency, "Poland", true},
	{"CTK", []string{"Czech News Agency", "ČTK", "CTK"}, SourceAgency, "Czech Republic", false},
	{"TASR", []string{"News Agency of the Slovak Republic", "TASR"}, SourceAgency, "Slovakia", true},
	{"BTA", []string{"Bulgarian News Agency", "BTA"}, SourceAgency, "Bulgaria", true},
	{"HINA", []string{"Croatian News Agency", "HINA"}, SourceAgency, "Croatia", true},
	{"Tanjug", []string{"Tanjug"}, SourceAgency, "Serbia", true},
	{"Slovenian Press Agency", []string{"Slovenian Press Agency", "STA"}, SourceAgency, "Slovenia", true},
	{"ANSA", []string{"ANSA"}, SourceAgency, "Italy", false},
	{"EFE", []string{"Agencia EFE", "EFE"}, SourceAgency, "Spain", false},
	{"Lusa", []string{"Lusa"}, SourceAgency, "Portugal", false},
	{"Belga", []string{"Belga"}, SourceAgency, "Belgium", false},
	{"Austria Presse Agentur", []string{"Austria Presse Agentur", "Austria Press Agency", "APA"}, SourceAgency, "Austria", false},
	{"Keystone-SDA", []string{"Keystone-SDA"}, SourceAgency, "Switzerland", false},
	{"Algemeen Nederlands Persbureau", []string{"Algemeen Nederlands Persbureau"}, SourceAgency, "Netherlands", false},
	{"Ritzau", []string{"Ritzau"}, SourceAgency, "Denmark", false},
	{"TT News Agency", []string{"TT News Agency", "Tidningarnas Telegrambyrå"}, SourceAgency, "Sweden", false},
	{"Norsk Telegrambyrå", []string{"Norsk Telegrambyrå"}, SourceAgency, "Norway", false},
	{"STT", []string{"Finnish News Agency", "STT"}, SourceAgency, "Finland", false},
	{"PA Media", []string{"PA Media", "Press Association"}, SourceAgency, "United Kingdom", false},
	{"ANA-MPA", []string{"Athens-Macedonian News Agency", "ANA-MPA", "AMNA"}, SourceAgency, "Greece", true},
	{"BelTA", []string{"Belarusian Telegraph Agency", "BelTA"}, SourceAgency, "Belarus", true},
	{"UNIAN", []string{"UNIAN"}, SourceAgency, "Ukraine", false},
	{"Armenpress", []string{"Armenpress"}, SourceAgency, "Armenia", true},
	{"AzerTAc", []string{"AzerTAc", "Azertac", "AZERTAC"}, SourceAgency, "Azerbaijan", true},
	{"Kazinform", []string{"Kazinform"}, SourceAgency, "Kazakhstan", true},
	{"Montsame", []string{"Montsame", "MONTSAME"}, SourceAgency, "Mongolia", true},
	{"Jiji Press", []string{"Jiji Press", "Jiji"}, SourceAgency, "Japan", false},
	{"Central News Agency", []string{"Central News Agency"}, SourceAgency, "Taiwan", true},
	{"Vietnam News Agency", []string{"Vietnam News Agency", "VNA"}, SourceAgency, "Vietnam", true},
	{"Antara", []string{"Antara"}, SourceAgency, "Indonesia", true},
	{"Bernama", []string{"Bernama"}, SourceAgency, "Malaysia", true},
	{"Philippine News Agency", []string{"Philippine News Agency"}, SourceAgency, "Philippines", true},
	{"Press Trust of India", []string{"Press Trust of India"}, SourceAgency, "India", false},
	{"Asian News International", []string{"Asian News International", "ANI"}, SourceAgency, "India", false},
	{"Associated Press of Pakistan", []string{"Associated Press of Pakistan"}, SourceAgency, "Pakistan", true},
	{"IRNA", []string{"Islamic Republic News Agency", "IRNA"}, SourceAgency, "Iran", true},
	{"Tasnim News Agency", []string{"Tasnim News Agency", "Tasnim"}, SourceAgency, "Iran", false},
	{"Fars News Agency", []string{"Fars News Agency"}, SourceAgency, "Iran", false},
	{"SANA", []string{"Syrian Arab News Agency", "SANA"}, SourceAgency, "Syria", true},
	{"WAM", []string{"Emirates News Agency", "WAM"}, SourceAgency, "United Arab Emirates", true},
	{"Saudi Press Agency", []string{"Saudi Press Agency"}, SourceAgency, "Saudi Arabia", true},
	{"QNA", []string{"Qatar News Agency", "QNA"}, SourceAgency, "Qatar", true},
	{"KUNA", []string{"Kuwait News Agency", "KUNA"}, SourceAgency, "Kuwait", true},
	{"Jordan News Agency", []string{"Jordan News Agency"}, SourceAgency, "Jordan", true},
	{"Middle East News Agency", []string{"Middle East News Agency"}, SourceAgency, "Egypt", true},
	{"WAFA", []string{"WAFA"}, SourceAgency, "Palestine", true},
	{"Maghreb Arabe Presse", []string{"Maghreb Arabe Presse"}, SourceAgency, "Morocco", true},
	{"Algerie Presse Service", []string{"Algérie Presse Service", "Algerie Presse Service"}, SourceAgency, "Algeria", true},
	{"Tunis Afrique Presse", []string{"Tunis Afrique Presse"}, SourceAgency, "Tunisia", true},
	{"News Agency of Nigeria", []string{"News Agency of Nigeria"}, SourceAgency, "Nigeria", true},
	{"Kenya News Agency", []string{"Kenya News Agency"}, SourceAgency, "Kenya", true},
	{"Ethiopian News Agency", []string{"Ethiopian News Agency"}, SourceAgency, "Ethiopia", true},
	{"Prensa Latina", []string{"Prensa Latina"}, SourceAgency, "Cuba", true},
	{"Agencia Brasil", []string{"Agência Brasil", "Agencia Brasil"}, SourceAgency, "Brazil", true},
	{"Australian Associated Press", []string{"Australian Associated Press", "AAP"}, SourceAgency, "Australia", false},
	{"The Canadian Press", []string{"The Canadian Press", "Canadian Press"}, SourceAgency, "Canada", false},
	{"United Press International", []string{"United Press International", "UPI"}, SourceAgency, "United States", false},
	{"Bangladesh Sangbad Sangstha", []string{"Bangladesh Sangbad Sangstha"}, SourceAgency, "Bangladesh", true},
	{"United News of Bangladesh", []string{"United News of Bangladesh"}, SourceAgency, "Bangladesh", false},
	{"Indo-Asian News Service", []string{"Indo-Asian News Service"}, SourceAgency, "India", false},
	{"Rastriya Samachar Samiti", []string{"Rastriya Samachar Samiti"}, SourceAgency, "Nepal", true},
	{"Ghana News Agency", []string{"Ghana News Agency"}, SourceAgency, "Ghana", true},
	{"Sudan News Agency", []string{"Sudan News Agency"}, SourceAgency, "Sudan", true},
	{"Bahrain News Agency", []string{"Bahrain News Agency"}, SourceAgency, "Bahrain", true},
	{"Oman News Agency", []string{"Oman News Agency"}, SourceAgency, "Oman", true},
	{"Iraqi News Agency", []string{"Iraqi News Agency"}, SourceAgency, "Iraq", true},
	{"National News Agency", []string{"National News Agency"}, SourceAgency, "Lebanon", true},
	{"Saba News Agency", []string{"Saba News Agency"}, SourceAgency, "Yemen", true},
	{"Myanmar News Agency", []string{"Myanmar News Agency"}, SourceAgency, "Myanmar", true},
	{"Agence Kampuchea Presse", []string{"Agence Kampuchea Presse"}, SourceAgency, "Cambodia", true},
	{"Lao News Agency", []string{"Lao News Agency"}, SourceAgency, "Laos", true},
	{"Andina", []string{"Agencia Andina"}, SourceAgency, "Peru", true},
	// state media that are not agencies
	{"Korean Central Television", []string{"Korean Central Television", "KCTV"}, SourceBroadcaster, "North Korea", true},
	{"Rodong Sinmun", []string{"Rodong Sinmun"}, SourceNewspaper, "North Korea", true},
	{"RT", []string{"Russia Today"}, SourceBroadcaster, "Russia", true},
	{"Sputnik", []string{"Sputnik News", "Sputnik"}, SourceBroadcaster, "Russia", true},
	{"CCTV", []string{"China Central Television", "CCTV"}, SourceBroadcaster, "China", true},
	{"Deutsche Welle", []string{"Deutsche Welle", "DW"}, SourceBroadcaster, "Germany", false},
	{"People's Daily", []string{"People's Daily"}, SourceNewspaper, "China", true},
	{"Global Times", []string{"Global Times"}, SourceNewspaper, "China", true},
	// papers and broadcasters
	{"BBC", []string{"BBC News", "BBC"}, SourceBroadcaster, "United Kingdom", false},
	{"The Guardian", []string{"The Guardian", "Guardian"}, SourceNewspaper, "United Kingdom", false},
	{"The New York Times", []string{"The New York Times", "New York Times", "NYT"}, SourceNewspaper, "United States", false},
	{"The Washington Post", []string{"The Washington Post", "Washington Post"}, SourceNewspaper, "United States", false},
	{"The Wall Street Journal", []string{"The Wall Street Journal", "Wall Street Journal", "WSJ"}, SourceNewspaper, "United States", false},
	{"Financial Times", []string{"Financial Times"}, SourceNewspaper, "United Kingdom", false},
	{"CNN", []string{"CNN"}, SourceBroadcaster, "United States", false},
	{"Al Jazeera", []string{"Al Jazeera"}, SourceBroadcaster, "Qatar", false},
	{"NHK", []string{"NHK"}, SourceBroadcaster, "Japan", false},
	{"The Korea Herald", []string{"The Korea Herald", "Korea Herald"}, SourceNewspaper, "South Korea", false},
	{"Korea JoongAng Daily", []string{"Korea JoongAng Daily", "JoongAng Daily", "JoongAng Ilbo"}, SourceNewspaper, "South Korea", false},
	{"The Chosun Ilbo", []string{"The Chosun Ilbo", "Chosun Ilbo"}, SourceNewspaper, "South Korea", false},
	{"NK News", []string{"NK News"}, SourceNewspaper, "", false},
	{"Daily NK", []string{"Daily NK"}, SourceNewspaper, "South Korea", false},
	{"The Moscow Times", []string{"The Moscow Times", "Moscow Times"}, SourceNewspaper, "", false},
	{"Kommersant", []string{"Kommersant"}, SourceNewspaper, "Russia", false},
	{"Izvestia", []string{"Izvestia"}, SourceNewspaper, "Russia", false},
	// governments, by the seat reporters name for them (capitals: see Capitals)
	{"Kremlin", []string{"Kremlin"}, SourceGovernment, "Russia", false},
	{"White House", []string{"White House"}, SourceGovernment, "United States", false},
	{"Downing Street", []string{"Downing Street"}, SourceGovernment, "United Kingdom", false},
	{"Elysee", []string{"Élysée", "Elysee"}, SourceGovernment, "France", false},
	{"Zhongnanhai", []string{"Zhongnanhai"}, SourceGovernment, "China", false},
	{"Presidential Office (South Korea)", []string{"the presidential office in Seoul", "Yongsan presidential office", "Blue House"}, SourceGovernment, "South Korea", false},
}

// outletOnlyNames are agencies' initials and short names that also name other things in
// running text ("PTI" a Pakistani party, "MENA" a region, "Petra" a city): they name the
// agency where a name is expected (a dateline's "(PTI)", a byline, a source field:
// OutletByName) and in running text only followed by "agency" or "news agency" ("the
// state-run BSS news agency": FindReferences); SourceByName, which running text reads
// through, does not know them.
var outletOnlyNames = map[string]string{
	"PTI": "Press Trust of India", "IANS": "Indo-Asian News Service", "BSS": "Bangladesh Sangbad Sangstha",
	"UNB": "United News of Bangladesh", "RSS": "Rastriya Samachar Samiti", "APP": "Associated Press of Pakistan",
	"MENA": "Middle East News Agency", "SPA": "Saudi Press Agency", "BNA": "Bahrain News Agency",
	"ONA": "Oman News Agency", "INA": "Iraqi News Agency", "NNA": "National News Agency", "Saba": "Saba News Agency",
	"Petra": "Jordan News Agency", "MAP": "Maghreb Arabe Presse", "TAP": "Tunis Afrique Presse",
	"NAN": "News Agency of Nigeria", "GNA": "Ghana News Agency", "KNA": "Kenya News Agency",
	"ENA": "Ethiopian News Agency", "SUNA": "Sudan News Agency", "MNA": "Myanmar News Agency",
	"AKP": "Agence Kampuchea Presse", "KPL": "Lao News Agency", "PL": "Prensa Latina", "AA": "Anadolu Agency",
	"NTB": "Norsk Telegrambyrå", "TT": "TT News Agency",
}

// Capitals name governments: "Pyongyang said", "officials in Moscow". Every state's seat
// of government comes from the one geography table (package geo); "Brussels" stands for the
// European Union, as it does in news copy. Whether a mention of the city means its
// government is the reader's call (FindReferences marks such hits RefCapital).
var Capitals = func() map[string]string {
	m := geo.Capitals()
	m["Brussels"] = "European Union"
	return m
}()

// capitalWords is the longest capital in words: "Kuala Lumpur", "The Hague".
const capitalWords = 3

// SourceByName returns the source whose canonical name or alias is name (ignoring case and
// surrounding white space), or nil.
func SourceByName(name string) *Source {
	if MoreWordsThan(name, nameWords) {
		return nil // a sentence or a paragraph: no name is that long (and no copy of it is made)
	}
	name = strings.Join(strings.Fields(name), " ")
	low := strings.ToLower(name)
	if s := sourceIndex[low]; s != nil {
		return s
	}
	return sourceIndex[strings.TrimPrefix(low, "the ")] // "the Kremlin"
}

// OutletByName is SourceByName where a name is expected — a dateline's "(PTI)", a byline,
// an article's outlet or a source field: there agencies' initials that name other things
// in running text ("PTI" a Pakistani party, "MENA" a region) name the agency too.
func OutletByName(name string) *Source {
	if MoreWordsThan(name, nameWords) {
		return nil
	}
	if s := SourceByName(name); s != nil {
		return s
	}
	return outletOnly(strings.Join(strings.Fields(name), " "))
}

// outletOnly is the source an outletOnlyNames entry names, written as the entry is or all
// in capitals ("PETRA"), or nil. Not in lower case: "app", "map", "rss" or "aa" typed in
// an outlet field are words and abbreviations, not an agency's initials.
func outletOnly(name string) *Source {
	full, ok := outletOnlyNames[name]
	if !ok && name == strings.ToUpper(name) {
		for short, f := range outletOnlyNames {
			if strings.ToUpper(short) == name {
				full, ok = f, true
			}
		}
	}
	if !ok {
		return nil
	}
	return sourceIndex[strings.ToLower(full)]
}

// nameWords is the most words a source's name or alias has: a longer text names none.
var nameWords = func() int {
	n := 0
	for name := range sourceIndex {
		n = max(n, len(strings.Fields(name)))
	}
	for name := range outletOnlyNames {
		n = max(n, len(strings.Fields(name)))
	}
	return n
}()

// MoreWordsThan reports whether s has more than n white-space separated words, as
// len(strings.Fields(s)) > n would, without splitting it: callers pass whole lines and
// paragraphs of an article to ask whether they are a name.
func MoreWordsThan(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words > n {
				return true
			}
		}
	}
	return false
}

// sourceIndex maps every lower-cased name and alias to its source.
var sourceIndex = func() map[string]*Source {
	m := map[string]*Source{}
	for i := range Sources {
		s := &Sources[i]
		m[strings.ToLower(s.Name)] = s
		for _, al := range s.Aliases {
			if _, taken := m[strings.ToLower(al)]; !taken {
				m[strings.ToLower(al)] = s
			}
		}
	}
	return m
}()

// Reference kinds (Reference.Kind).
const (
	RefNamed      = "named"       // a source by name: "KCNA", "the Kremlin"
	RefStateMedia = "state-media" // "state media", "North Korean state media": which one is resolved per mention
	RefAgency     = "the-agency"  // "the agency", "the news agency": an agency named earlier
	RefOfficials  = "officials"   // "officials in Pyongyang", "Seoul officials": that capital's government
	RefCapital    = "capital"     // a capital that may stand for its government ("Pyongyang said")
)

// Reference is a place in a text where a source is named or referred to. Offsets are code
// points, half-open.
type Reference struct {
	Kind       string
	Source     *Source // RefNamed only
	Country    string  // the country the reference points to, "" when the text does not say
	Start, End int
	Text       string
}

// FindSources lists the named sources in text (RefNamed references), longest alias first
// where they overlap, in text order. Photo credits ("REUTERS/Name", "AP Photo/Name") credit a
// picture, not a claim, and are left out.
func FindSources(text string) []Reference {
	var out []Reference
	for _, r := range FindReferences(text) {
		if r.Kind == RefNamed {
			out = append(out, r)
		}
	}
	return out
}

// FindReferences lists every reference to a source in text: sources by name, "state
// media", "the agency", "officials in <capital>", and bare capitals, in text order.
func FindReferences(text string) []Reference {
	rs := []rune(text)
	taken := make([]bool, len(rs)+1)
	var out []Reference
	claim := func(i, end int) bool {
		if i > 0 && isWord(rs[i-1]) || end < len(rs) && isWord(rs[end]) {
			return false
		}
		for k := i; k < end; k++ {
			if taken[k] {
				return false
			}
		}
		for k := i; k < end; k++ {
			taken[k] = true
		}
		return true
	}
	lines := capitalLines{rs: rs}
	for _, h := range formHits(rs) {
		f := sourceForms[h.form]
		end := h.at + len(f.s)
		if photoCredit(rs, h.at, end) || lines.initialsInCapitals(h.at, end) || !claim(h.at, end) {
			continue
		}
		out = append(out, Reference{Kind: RefNamed, Source: f.src, Country: f.src.Country, Start: h.at, End: end, Text: string(rs[h.at:end])})
	}
	// vague references, by words (case-insensitive)
	words := wordSpans(rs)
	for k, w := range words {
		lw := strings.ToLower(w.text(rs))
		capital := capitalAt(rs, words, k)
		switch {
		case lw == "state" && k+1 < len(words) && strings.EqualFold(words[k+1].text(rs), "media"):
			start, country := w.start, ""
			if k > 1 && demonymCountry[words[k-2].text(rs)+" "+words[k-1].text(rs)] != "" {
				start, country = words[k-2].start, demonymCountry[words[k-2].text(rs)+" "+words[k-1].text(rs)]
			} else if k > 0 && demonymCountry[words[k-1].text(rs)] != "" {
				start, country = words[k-1].start, demonymCountry[words[k-1].text(rs)]
			}
			if claim(start, words[k+1].end) {
				out = append(out, Reference{Kind: RefStateMedia, Country: country, Start: start, End: words[k+1].end, Text: string(rs[start:words[k+1].end])})
			}
		case lw == "agency" && k > 0 && strings.EqualFold(words[k-1].text(rs), "the"),
			lw == "agency" && k > 1 && strings.EqualFold(words[k-1].text(rs), "news") && strings.EqualFold(words[k-2].text(rs), "the"):
			start := words[k-1].start
			if !strings.EqualFold(words[k-1].text(rs), "the") {
				start = words[k-2].start
			}
			if claim(start, w.end) {
				out = append(out, Reference{Kind: RefAgency, Start: start, End: w.end, Text: string(rs[start:w.end])})
			}
		case outletOnlyNames[w.text(rs)] != "" && k+1 < len(words) && (strings.EqualFold(words[k+1].text(rs), "agency") ||
			k+2 < len(words) && strings.EqualFold(words[k+1].text(rs), "news") && strings.EqualFold(words[k+2].text(rs), "agency")):
			end := words[k+1].end
			if !strings.EqualFold(words[k+1].text(rs), "agency") {
				end = words[k+2].end
			}
			if src := outletOnly(w.text(rs)); src != nil && claim(w.start, end) {
				out = append(out, Reference{Kind: RefNamed, Source: src, Country: src.Country, Start: w.start, End: end, Text: string(rs[w.start:end])})
			}
		case capital > 0:
			last := k + capital - 1
			country := Capitals[string(rs[w.start:words[last].end])]
			kind, start, end := RefCapital, w.start, words[last].end
			// "officials in Moscow", "Seoul officials"
			if k >= 2 && strings.EqualFold(words[k-1].text(rs), "in") && officialWords[strings.ToLower(words[k-2].text(rs))] {
				kind, start = RefOfficials, words[k-2].start
			} else if last+1 < len(words) && officialWords[strings.ToLower(words[last+1].text(rs))] {
				kind, end = RefOfficials, words[last+1].end
			}
			if claim(start, end) {
				out = append(out, Reference{Kind: kind, Country: country, Start: start, End: end, Text: string(rs[start:end])})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// officialWords name the people who speak for a government.
var officialWords = set(`officials official authorities government diplomats spokesman spokeswoman spokesperson ministry`)

// demonymCountry turns the adjective before "state media" into its country.
var demonymCountry = geo.Demonyms()

// capitalAt is how many words from words[k] spell a capital ("Kuala Lumpur": 2), or 0.
// The words must be separated by single spaces, as a name is written.
func capitalAt(rs []rune, words []wordSpan, k int) int {
	for n := min(capitalWords, len(words)-k); n > 0; n-- {
		last := words[k+n-1]
		if n > 1 && !singleSpaced(rs, words[k:k+n]) {
			continue
		}
		if Capitals[string(rs[words[k].start:last.end])] != "" {
			return n
		}
	}
	return 0
}

func singleSpaced(rs []rune, ws []wordSpan) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i].start != ws[i-1].end+1 || rs[ws[i-1].end] != ' ' {
			return false
		}
	}
	return true
}

type sourceForm struct {
	src *Source
	s   []rune
}

// sourceForms: every alias as written and in all capitals, longest first.
var sourceForms = func() []sourceForm {
	var fs []sourceForm
	for i := range Sources {
		for _, al := range Sources[i].Aliases {
			fs = append(fs, sourceForm{&Sources[i], []rune(al)})
			if up := strings.ToUpper(al); up != al && len([]rune(al)) > 3 {
				fs = append(fs, sourceForm{&Sources[i], []rune(up)})
			}
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return len(fs[i].s) > len(fs[j].s) })
	return fs
}()

// formsByFirst lists sourceForms' indexes by their first rune, in sourceForms' order.
var formsByFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for i, f := range sourceForms {
		m[f.s[0]] = append(m[f.s[0]], i)
	}
	return m
}()

// formHit is an occurrence of sourceForms[form] at code point at.
type formHit struct{ form, at int }

// formHits finds every occurrence of every source form (overlapping ones too) in one pass
// over the text, ordered as a search form by form (longest first), each from the start,
// would find them: the order in which FindReferences lets them claim the text. Searching
// the whole text once per form (306 forms) took a fifth of an import's CPU time.
func formHits(rs []rune) []formHit {
	var hits []formHit
	for i, r := range rs {
		for _, fi := range formsByFirst[r] {
			if s := sourceForms[fi].s; i+len(s) <= len(rs) && slices.Equal(rs[i:i+len(s)], s) {
				hits = append(hits, formHit{fi, i})
			}
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].form != hits[b].form {
			return hits[a].form < hits[b].form
		}
		return hits[a].at < hits[b].at
	})
	return hits
}

// capitalLines tells whether a line of rs has no small letter; its lines are read once,
// on the first question, so a long text with many hits is not scanned once per hit.
type capitalLines struct {
	rs    []rune
	ends  []int  // each line's end (the index of its newline, or len(rs))
	caps  []bool // the line has no small letter
	ready bool
}

// line returns the bounds of the line holding position i and whether it is in capitals.
func (c *capitalLines) line(i int) (from, to int, caps bool) {
	if !c.ready {
		c.ready = true
		caps := true
		for k, r := range c.rs {
			if r == '\n' {
				c.ends, c.caps = append(c.ends, k), append(c.caps, caps)
				caps = true
			} else if unicode.IsLower(r) {
				caps = false
			}
		}
		c.ends, c.caps = append(c.ends, len(c.rs)), append(c.caps, caps)
	}
	n := sort.SearchInts(c.ends, i)
	if n > 0 {
		from = c.ends[n-1] + 1
	}
	return from, c.ends[n], c.caps[n]
}

// initialsInCapitals: short initials ("AP", "DW", "PAP", "BTA") on a line with no small
// letters — a results table, tickers, a pasted code — are one more capitalised word there,
// not a source; in parentheses they are still the outlet ("WASHINGTON (AP) —"), and so is a
// line that is only the initials (a credit line).
func (c *capitalLines) initialsInCapitals(start, end int) bool {
	if end-start > 4 || start > 0 && c.rs[start-1] == '(' {
		return false
	}
	from, to, caps := c.line(start)
	return caps && !(blank(c.rs[from:start]) && blank(c.rs[end:to]))
}

// blank reports whether rs holds only white space (it stops at the first other rune).
func blank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func photoCredit(rs []rune, start, end int) bool {
	if start > 0 && rs[start-1] == '/' {
		return true
	}
	rest := string(rs[end:min(end+8, len(rs))])
	rest = strings.TrimLeft(strings.TrimPrefix(rest, " Photo"), " ")
	return strings.HasPrefix(rest, "/")
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

type wordSpan struct{ start, end int }

func (w wordSpan) text(rs []rune) string { return string(rs[w.start:w.end]) }

// wordSpans: runs of letters (with inner apostrophes) in code points.
func wordSpans(rs []rune) []wordSpan {
	// About one word in six characters of news prose: sized once instead of grown by doubling.
	out := make([]wordSpan, 0, len(rs)/6+1)
	for i := 0; i < len(rs); {
		if !unicode.IsLetter(rs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '\'' || rs[j] == '\u2019') && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
			j++
		}
		out = append(out, wordSpan{i, j})
		i = j
	}
	return out
}

// IsMedium reports whether s publishes news (an agency, paper or broadcaster): what an
// article can be published by or cite as a channel. A government is a speaker instead.
func (s *Source) IsMedium() bool { return s.Kind != SourceGovernment }
