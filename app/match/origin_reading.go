package match

import (
	"regexp"
	"strings"

	"claimdesk/app/reading"
)

// OriginReading is where a statement in an article comes from, as its sentence says: the
// root origin (a government, or a medium speaking in its own voice) and the medium that
// relayed it, by canonical source name. Root "" = the sentence attributes it to no one.
type OriginReading struct {
	Root     string // "Government of Russia", "TASS"
	RootKind string // government | agency | state_media | outlet
	Channel  string // the medium that relayed the root ("AFP" in "AFP, citing Interfax"), "" when none
	Cue      string // the words the reading rests on
}

// GovernmentName is the source name the app gives a country's government: every way of
// naming it ("the Kremlin", "Moscow insists", "officials in Moscow", "Russia's foreign
// ministry", "Kremlin spokesman Dmitry Peskov") meets in this one source.
func GovernmentName(country string) string { return "Government of " + country }

// attributiveVerbs are the verbs that make the phrase before them a statement's origin.
var attributiveVerbs = wordSet(`said says say told tells added adds noted notes stated reported reports announced
announces insisted insists insist denied denies deny rejected rejects dismissed dismisses claimed claims accused
warned warns confirmed confirms maintained maintains argued argues called calls described describes quoted
acknowledged admitted alleged urged stressed declared publishes published wrote according citing quoting`)

// relayCue marks the later source as the earlier one's origin: "AFP, citing Interfax",
// "Interfax quoted Peskov as saying".
var relayCue = regexp.MustCompile(`(?i)\b(citing|quoting|quoted|cited)\b`)

// governmentBody finds a body that speaks for a government: "<Country or demonym>('s)
// [word] ministry|government|military|navy|...", "<Place> provincial government".
var governmentBody = regexp.MustCompile(`\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+)(?:'s|’s)? (?:(?:[A-Za-z]+ ){0,3})?(ministry|Ministry|government|Government|military|Military|navy|Navy|army|Army|coast guard|Coast Guard|Joint Chiefs of Staff|presidential office|Presidential Office|president|President|prime minister|Prime Minister|foreign minister|Foreign Minister|spokesman|spokeswoman|spokesperson|officials|authorities|embassy|Embassy|command|Command|headquarters|Headquarters)\b`)

// provincial names a sub-national government: "Qinghai provincial authorities".
var provincial = regexp.MustCompile(`\b([A-Z][a-z]+) (provincial|regional|municipal|city|state|county) (?:[a-z]+ ){0,2}(government|authorities|officials|headquarters|office|department)\b`)

// countryWords turns a country's name or adjective into the country; the reading core's
// sources table gives the capitals and the countries its agencies are based in.
var countryWords = func() map[string]string {
	m := map[string]string{
		"North Korean": "North Korea", "South Korean": "South Korea", "Russian": "Russia", "Chinese": "China",
		"Japanese": "Japan", "Mongolian": "Mongolia", "Ukrainian": "Ukraine", "American": "United States",
		"U.S.": "United States", "US": "United States", "British": "United Kingdom", "French": "France",
		"German": "Germany", "Iranian": "Iran", "Turkish": "Turkey", "Belarusian": "Belarus", "Indian": "India",
		"Taiwanese": "Taiwan", "Vietnamese": "Vietnam", "Syrian": "Syria", "DPRK": "North Korea", "ROK": "South Korea",
		"Pyongyang's": "North Korea", "Seoul's": "South Korea", "Kazakh": "Kazakhstan", "Polish": "Poland",
	}
	for city, country := range reading.Capitals {
		m[city] = country
		m[country] = country
	}
	for _, s := range reading.Sources {
		if s.Country != "" {
			m[s.Country] = s.Country
		}
		if s.Kind == reading.SourceGovernment {
			for _, al := range s.Aliases {
				m[al] = s.Country
			}
		}
	}
	for _, c := range []string{"Mongolia", "North Korea", "South Korea", "Kazakhstan", "Poland", "Israel", "Japan"} {
		m[c] = c
	}
	return m
}()

// countryOf reads the country a phrase names ("South Korean", "the North", "Mongolia's").
func countryOf(phrase string) string {
	phrase = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(phrase), "'s"), "’s")
	if c := countryWords[phrase]; c != "" {
		return c
	}
	if i := strings.LastIndex(phrase, " "); i >= 0 {
		return countryWords[phrase[i+1:]]
	}
	return ""
}

type originCand struct {
	start, end int
	root, kind string
	medium     bool
}

// ReadOrigin reads the origin of the statement at [start, end) of text (an article body)
// from its sentence: named media ("according to TASS", "Interfax reported"), "state
// media" (the state agency of the country named, else of the country the article is
// most about), "the agency" (the agency last named before it), governments ("officials in
// Seoul", "Moscow insists", "the Kremlin", "Mongolia's foreign ministry", "Kremlin
// spokesman ..."). A government that speaks outranks the medium that carries it
// ("Interfax quoted the Kremlin": the Kremlin, via Interfax); "A, citing B" makes B the
// root and A the channel. The article's own outlet is never its origin here.
func ReadOrigin(text string, start, end int, outlet string) OriginReading {
	rs := []rune(text)
	sents := Sentences(text)
	from, to, ok := Covering(sents, start, end)
	if !ok {
		return OriginReading{}
	}
	refs := reading.FindReferences(text)
	mainCountry := storyCountry(refs, outlet)
	var cands []originCand
	lastAgency := ""
	for _, r := range refs {
		if r.End <= from {
			if r.Kind == reading.RefNamed && r.Source.IsMedium() && !strings.EqualFold(r.Source.Name, outlet) {
				lastAgency = r.Source.Name
			}
			continue
		}
		if r.Start >= to {
			break
		}
		switch r.Kind {
		case reading.RefNamed:
			if strings.EqualFold(r.Source.Name, outlet) || inDateline(rs, from, r.Start) {
				continue
			}
			if r.Source.Kind == reading.SourceGovernment {
				cands = append(cands, originCand{r.Start, r.End, GovernmentName(r.Source.Country), "government", false})
				continue
			}
			kind := "agency"
			if r.Source.StateMedia {
				kind = "state_media"
			}
			cands = append(cands, originCand{r.Start, r.End, r.Source.Name, kind, true})
		case reading.RefStateMedia:
			country := r.Country
			if country == "" {
				country = mainCountry
			}
			if a := stateAgency(country); a != "" {
				cands = append(cands, originCand{r.Start, r.End, a, "state_media", true})
			}
		case reading.RefAgency:
			if lastAgency != "" {
				cands = append(cands, originCand{r.Start, r.End, lastAgency, "agency", true})
			}
		case reading.RefOfficials:
			cands = append(cands, originCand{r.Start, r.End, GovernmentName(r.Country), "government", false})
		case reading.RefCapital:
			if inDateline(rs, from, r.Start) || !speaksAfter(rs, r.End, to) {
				continue
			}
			cands = append(cands, originCand{r.Start, r.End, GovernmentName(r.Country), "government", false})
		}
	}
	sentence := string(rs[from:to])
	for _, m := range provincial.FindAllStringSubmatchIndex(sentence, -1) {
		s, e := from+runeIndex(sentence, m[0]), from+runeIndex(sentence, m[1])
		if attributive(rs, s, e, from, to) {
			place := sentence[m[2]:m[3]]
			cands = append(cands, originCand{s, e, place + " " + sentence[m[4]:m[5]] + " government", "government", false})
		}
	}
	for _, m := range governmentBody.FindAllStringSubmatchIndex(sentence, -1) {
		s, e := from+runeIndex(sentence, m[0]), from+runeIndex(sentence, m[1])
		country := countryOf(sentence[m[2]:m[3]])
		if country == "" || !attributive(rs, s, e, from, to) || overlapsCand(cands, s, e) {
			continue
		}
		cands = append(cands, originCand{s, e, GovernmentName(country), "government", false})
	}
	// keep the candidates that attribute (a medium is attributive wherever it stands; a
	// government only when it speaks)
	var gov, media []originCand
	for _, c := range cands {
		if c.medium {
			media = append(media, c)
		} else if attributive(rs, c.start, c.end, from, to) || c.kind == "government" && isOfficials(rs, c) {
			gov = append(gov, c)
		}
	}
	out := OriginReading{}
	switch {
	case len(gov) > 0:
		out.Root, out.RootKind = gov[0].root, "government"
		out.Cue = strings.TrimSpace(string(rs[gov[0].start:gov[0].end]))
		if len(media) > 0 {
			out.Channel = media[0].root
		}
	case len(media) > 1 && relayCue.MatchString(string(rs[media[0].end:media[1].start])):
		out.Root, out.RootKind, out.Channel = media[1].root, media[1].kind, media[0].root
		out.Cue = strings.TrimSpace(string(rs[media[0].start:media[1].end]))
	case len(media) > 0:
		out.Root, out.RootKind = media[0].root, media[0].kind
		out.Cue = strings.TrimSpace(string(rs[media[0].start:media[0].end]))
	}
	if out.Channel == out.Root {
		out.Channel = ""
	}
	return out
}

func overlapsCand(cs []originCand, s, e int) bool {
	for _, c := range cs {
		if c.start < e && s < c.end {
			return true
		}
	}
	return false
}

func isOfficials(rs []rune, c originCand) bool {
	t := strings.ToLower(string(rs[c.start:c.end]))
	return strings.Contains(t, "official") || strings.Contains(t, "authorities")
}

// attributive reports whether the phrase at [s, e) speaks in its sentence [from, to): a
// reporting verb within a few words after it ("Moscow insists", "the ministry said in a
// statement"), or a cue just before it ("according to", "said", "citing", "told").
func attributive(rs []rune, s, e, from, to int) bool {
	after := Words(string(rs[e:min(to, e+60)]))
	for i, w := range after {
		if i >= 6 {
			break
		}
		if attributiveVerbs[w] {
			return true
		}
	}
	before := Words(string(rs[max(from, s-24):s]))
	if n := len(before); n > 0 {
		last := before[n-1]
		if n > 1 && before[n-2] == "according" && last == "to" {
			return true
		}
		if n > 2 && before[n-3] == "according" && last == "the" {
			return true
		}
		switch last {
		case "said", "says", "citing", "quoting", "told", "by":
			return true
		}
	}
	return false
}

// speaksAfter reports whether a capital is the subject of a reporting verb: "Pyongyang
// denied", "Moscow has insisted".
func speaksAfter(rs []rune, e, to int) bool {
	after := Words(string(rs[e:min(to, e+30)]))
	for i, w := range after {
		if i >= 3 {
			break
		}
		if attributiveVerbs[w] {
			return true
		}
	}
	return false
}

// inDateline reports whether pos is in the dateline that opens an article's first
// sentence ("SEOUL, March 14 (Yonhap) --"): before its dash.
func inDateline(rs []rune, from, pos int) bool {
	head := string(rs[from:min(len(rs), from+80)])
	for _, d := range []string{" -- ", " — ", " - ", " – ", "/."} {
		if i := strings.Index(head, d); i >= 0 && pos-from < len([]rune(head[:i])) {
			return true
		}
	}
	return false
}

// storyCountry is the country the article is most about, as its references say (its
// capitals, officials and state media), for "state media" that names none.
func storyCountry(refs []reading.Reference, outlet string) string {
	count := map[string]int{}
	best := ""
	for _, r := range refs {
		if r.Country == "" || r.Kind == reading.RefNamed && strings.EqualFold(r.Source.Name, outlet) {
			continue
		}
		count[r.Country]++
		if best == "" || count[r.Country] > count[best] {
			best = r.Country
		}
	}
	return best
}

// stateAgency is the state news agency of a country (KCNA for North Korea).
func stateAgency(country string) string {
	for _, s := range reading.Sources {
		if s.StateMedia && s.Kind == reading.SourceAgency && s.Country == country {
			return s.Name
		}
	}
	for _, s := range reading.Sources {
		if s.StateMedia && s.Country == country {
			return s.Name
		}
	}
	return ""
}
