package match

import (
	"regexp"
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// Name is a person or organisation mention found in the text (by the entity suggester
// or marked by the analyst), with its canonical name.
type Name struct {
	Start, End int
	Name       string
	Type       string // person | organisation | place | ...
}

// Quote is a quotation in the text (the words between the marks) and its speaker, if known.
type Quote struct {
	Start, End int
	Speaker    string
}

// Attribution says who a statement is attributed to and through which channel.
type Attribution struct {
	SpeakerName   string  `json:"speakerName"`   // a person or organisation, as named ("" when none)
	ChannelName   string  `json:"channelName"`   // a medium, canonical when known ("Korean Central News Agency")
	ChannelVia    string  `json:"channelVia"`    // the medium that relayed it ("Yonhap" in "according to Yonhap, citing KCNA")
	ChannelText   string  `json:"channelText"`   // the cue as written ("according to KCNA")
	IsDirectQuote bool    `json:"isDirectQuote"` // the statement is (in) a quotation
	Confidence    float64 `json:"confidence"`
	Cue           string  `json:"cue"` // the words the suggestion rests on
}

// reportingVerbs introduce speech or a report: "X said", "said X", "X noted".
var reportingVerbs = wordSet(`said says told tells added adds noted notes remarked stated asserted reported reports
emphasized emphasised acknowledged underscored explained warned claimed announced insisted wrote writing
confirmed disclosed estimated argued stressed estimates counts counted tallies tallied reckons reckoned`)

// givesFigureAt reports whether words[k] is "puts/put ... at" or "gives/gave ... as" or
// "gives a figure of": who gives a figure (putsAt, read on these tokens).
func givesFigureAt(words []wordTok, k int) bool {
	sw := make([]speakerWord, 0, min(len(words), k+9)-k)
	for _, w := range words[k:min(len(words), k+9)] {
		sw = append(sw, speakerWord{w.start, w.end, w.text})
	}
	return putsAt(sw, 0)
}

var pronouns = wordSet(`he she they`)

// stateMediaRe finds references to state media without a name.
var stateMediaRe = regexp.MustCompile(`(?i)\bstate(?:-run| media|-controlled| television| news agency| broadcaster)\b`)

// channelCueRe finds "according to X", "as reported/stated/noted by X", "citing X":
// the cue phrase runs to the next comma, semicolon or sentence end, and "X, citing Y"
// extends it to Y.
var channelCueRe = regexp.MustCompile(`(?i)\b(according to|as (?:reported|stated|noted|said|announced) by|citing|reported by|quoted by)\s+`)

// Attribute reads the attribution of the statement at [start, end) of text from its
// sentence (and, when that says nothing, its paragraph's other sentences): channels
// ("according to KCNA", "as reported by the KCNA", "KCNA reported", "state media"),
// speakers ("Umerov said", "said Umerov", "he said" resolved to the last person named,
// "according to U.K. defense intelligence") and quotations. names are the people and
// organisations mentioned in text; quotes its quotations with their speakers.
func Attribute(text string, start, end int, names []Name, quotes []Quote) Attribution {
	rs := []rune(text)
	sents := Sentences(text)
	from, to, ok := Covering(sents, start, end)
	if !ok {
		return Attribution{}
	}
	att := attributeIn(rs, from, to, start, end, names, quotes, text)
	if att.SpeakerName == "" && att.ChannelName == "" && att.ChannelText == "" {
		// the paragraph's other sentences, nearest first, with less confidence
		pFrom, pTo := paragraph(rs, from, to)
		var best Attribution
		bestDist := -1
		for _, s := range sents {
			if s.Start < pFrom || s.End > pTo || (s.Start < to && from < s.End) {
				continue
			}
			a := attributeIn(rs, s.Start, s.End, start, end, names, quotes, text)
			if a.SpeakerName == "" && a.ChannelText == "" {
				continue
			}
			d := s.Start - to
			if d < 0 {
				d = from - s.End
			}
			if bestDist < 0 || d < bestDist {
				best, bestDist = a, d
			}
		}
		if bestDist >= 0 {
			best.Confidence *= 0.6
			best.IsDirectQuote = att.IsDirectQuote
			att = best
		}
	}
	return att
}

func paragraph(rs []rune, from, to int) (int, int) {
	for from > 0 && rs[from-1] != '\n' {
		from--
	}
	for to < len(rs) && rs[to] != '\n' {
		to++
	}
	return from, to
}

// attributeIn reads the cues of the sentence [from, to) for the statement [start, end).
func attributeIn(rs []rune, from, to, start, end int, names []Name, quotes []Quote, full string) Attribution {
	var att Attribution
	sentence := string(rs[from:to])
	// a quotation the statement is part of (or that is part of the statement)
	quoteSpeaker := ""
	for _, q := range quotes {
		if q.Start < end && start < q.End {
			ov := min(q.End, end) - max(q.Start, start)
			if ov*2 >= min(q.End-q.Start, end-start) {
				att.IsDirectQuote = true
				quoteSpeaker = q.Speaker
			}
		}
	}
	// channels: "according to X[, citing Y]", "as reported by X", "citing X"
	sr := []rune(sentence)
	for _, m := range channelCueRe.FindAllStringSubmatchIndex(sentence, -1) {
		cueStart := runeIndex(sentence, m[0])
		objStart := runeIndex(sentence, m[1])
		objEnd := phraseEnd(sr, objStart)
		obj := strings.TrimSpace(string(sr[objStart:objEnd]))
		cueEnd := objEnd
		// "according to Yonhap, citing the Korean Central News Agency (KCNA)"
		via := ""
		if rest := string(sr[objEnd:]); strings.HasPrefix(rest, ", citing ") {
			s2 := objEnd + len([]rune(", citing "))
			e2 := phraseEnd(sr, s2)
			if a := firstAgency(string(sr[s2:e2])); a != nil {
				if v := firstAgency(obj); v != nil {
					via = v.Name
				} else {
					via = cleanPhrase(obj)
				}
				obj = string(sr[s2:e2])
				cueEnd = e2
			}
		}
		cue := strings.TrimSpace(string(sr[cueStart:cueEnd]))
		if a := firstAgency(obj); a != nil {
			if att.ChannelName == "" {
				att.ChannelName, att.ChannelVia, att.ChannelText = a.Name, via, cue
				att.Confidence = max(att.Confidence, 0.9)
				att.Cue = cue
			}
			continue
		}
		if stateMediaRe.MatchString(obj) {
			if att.ChannelText == "" {
				att.ChannelText, att.Cue = cue, cue
				att.ChannelName = namedStateMedia(full)
				att.Confidence = max(att.Confidence, 0.6)
			}
			continue
		}
		// not a medium: the speaker is who the phrase names ("U.K. defense intelligence")
		if att.SpeakerName == "" && obj != "" {
			att.SpeakerName = cleanPhrase(obj)
			if att.ChannelText == "" {
				att.ChannelText = cue
			}
			att.Cue = cue
			att.Confidence = max(att.Confidence, 0.8)
		}
	}
	// "X said", "X reported", "said X", "he said"
	words := tokens(sentence)
	for k, w := range words {
		if !reportingVerbs[strings.ToLower(w.text)] && !givesFigureAt(words, k) {
			continue
		}
		vStart := from + w.start
		// the agent just before the verb (an aside between commas allowed:
		// "Lyubimova, for her part, added")
		agent, conf := "", 0.0
		if a, aStart := agencyEndingBefore(rs, from, vStart); a != nil {
			if att.ChannelName == "" {
				att.ChannelName = a.Name
				att.ChannelText = strings.TrimSpace(string(rs[aStart : from+w.end]))
				att.Cue = att.ChannelText
				att.Confidence = max(att.Confidence, 0.85)
			}
			continue
		}
		if k > 0 && pronouns[strings.ToLower(words[k-1].text)] && words[k-1].end+1 >= w.start {
			if n := lastPersonBefore(names, from+words[k-1].start); n != nil {
				agent, conf = n.Name, 0.7
			}
		} else if n := nameEndingBefore(rs, names, from, vStart); n != nil {
			agent, conf = n.Name, 0.85
		} else if k+1 < len(words) {
			// "said Umerov"
			nStart := from + words[k+1].start
			for i := range names {
				if names[i].Start == nStart && (names[i].Type == "person" || names[i].Type == "organisation") {
					agent, conf = names[i].Name, 0.85
				}
			}
		}
		if agent == "" {
			// "state media said"
			if m := stateMediaRe.FindStringIndex(string(rs[max(from, vStart-24):vStart])); m != nil && att.ChannelText == "" {
				att.ChannelText = strings.TrimSpace(string(rs[max(from, vStart-24) : from+w.end]))
				att.ChannelText = att.ChannelText[m[0]:]
				att.ChannelName = namedStateMedia(full)
				att.Cue = att.ChannelText
				att.Confidence = max(att.Confidence, 0.6)
			}
			continue
		}
		if att.SpeakerName == "" {
			att.SpeakerName = agent
			if att.Cue == "" {
				att.Cue = reportCue(rs, from, vStart, from+w.end)
				if n := nameEndingBefore(rs, names, from, vStart); n != nil && n.Type == "organisation" && n.Name == agent {
					// "Brekke Valley Fire and Rescue said": a body's whole name, not its last word
					att.Cue = strings.TrimSpace(string(rs[n.Start : from+w.end]))
				}
			}
			att.Confidence = max(att.Confidence, conf)
		}
	}
	if att.IsDirectQuote && quoteSpeaker != "" {
		att.SpeakerName = quoteSpeaker
		att.Confidence = max(att.Confidence, 0.8)
	}
	// "(KCNA)" closing a sentence or a caption
	if att.ChannelName == "" {
		for _, h := range FindAgencies(sentence) {
			if h.Start > 0 && sr[h.Start-1] == '(' && h.End < len(sr) && sr[h.End] == ')' && strings.TrimSpace(string(sr[h.End+1:])) == "" ||
				h.Start > 0 && sr[h.Start-1] == '(' && h.End < len(sr) && sr[h.End] == ')' && h.Start-1 == 0 {
				att.ChannelName, att.ChannelText = h.Source.Name, string(sr[h.Start-1:h.End+1])
				att.Cue = att.ChannelText
				att.Confidence = max(att.Confidence, 0.6)
			}
		}
	}
	if att.Confidence == 0 && (att.IsDirectQuote || att.SpeakerName != "") {
		att.Confidence = 0.5
	}
	return att
}

// reportCue is the words from the agent's start to the verb ("Umerov said").
func reportCue(rs []rune, from, vStart, vEnd int) string {
	i := vStart
	for i > from && rs[i-1] == ' ' {
		i--
	}
	j := i
	for j > from && (isWordRune(rs[j-1]) || rs[j-1] == '.' || rs[j-1] == '-' || rs[j-1] == '\'' || rs[j-1] == '’') {
		j--
	}
	return strings.TrimSpace(string(rs[j:vEnd]))
}

// phraseEnd is where a cue's object ends: at a comma, semicolon, colon, sentence end or
// closing quote (a parenthesised acronym stays with it).
func phraseEnd(sr []rune, i int) int {
	for ; i < len(sr); i++ {
		switch sr[i] {
		case ',', ';', ':', '"', '“', '”':
			return i
		case '.':
			if i+1 >= len(sr) || unicode.IsSpace(sr[i+1]) {
				// "U.K." inside the phrase: a period after a single capital is an initial
				if i > 0 && unicode.IsUpper(sr[i-1]) && (i < 2 || sr[i-2] == '.' || sr[i-2] == ' ') && i+1 < len(sr) {
					continue
				}
				return i
			}
		}
	}
	return len(sr)
}

// cleanPhrase drops a leading article and trailing punctuation.
func cleanPhrase(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"the ", "The "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimRight(s, " .,;")
}

func firstAgency(s string) *reading.Source {
	if hits := FindAgencies(s); len(hits) > 0 {
		return hits[0].Source
	}
	return nil
}

// namedStateMedia is the state medium the article names, if exactly one.
func namedStateMedia(text string) string {
	found := ""
	for _, h := range FindAgencies(text) {
		if !h.Source.StateMedia {
			continue
		}
		if found != "" && found != h.Source.Name {
			return ""
		}
		found = h.Source.Name
	}
	return found
}

// agencyEndingBefore returns the agency named right before pos ("KCNA reported") and
// where its name starts.
func agencyEndingBefore(rs []rune, from, pos int) (*reading.Source, int) {
	seg := string(rs[from:pos])
	hits := FindAgencies(seg)
	if len(hits) == 0 {
		return nil, 0
	}
	h := hits[len(hits)-1]
	between := strings.TrimSpace(string([]rune(seg)[h.End:]))
	if between == "" || between == ")" {
		start := h.Start
		// "Korean Central News Agency (KCNA) said": start at the full name
		if len(hits) > 1 && hits[len(hits)-2].Source == h.Source && h.Start-hits[len(hits)-2].End <= 2 {
			start = hits[len(hits)-2].Start
		}
		return h.Source, from + start
	}
	return nil, 0
}

// nameEndingBefore returns the person or organisation named right before pos, allowing
// an aside between commas ("Lyubimova, for her part, added").
func nameEndingBefore(rs []rune, names []Name, from, pos int) *Name {
	var best *Name
	for i := range names {
		n := &names[i]
		if n.Type != "person" && n.Type != "organisation" || n.Start < from || n.End > pos {
			continue
		}
		between := strings.TrimSpace(string(rs[n.End:pos]))
		if between == "" || (strings.HasPrefix(between, ",") && strings.HasSuffix(between, ",") && len([]rune(between)) < 30) {
			if best == nil || n.End > best.End {
				best = n
			}
		}
	}
	return best
}

// lastPersonBefore returns the last person named before pos (within 600 code points).
func lastPersonBefore(names []Name, pos int) *Name {
	var best *Name
	for i := range names {
		n := &names[i]
		if n.Type == "person" && n.End <= pos && pos-n.End < 600 && (best == nil || n.Start > best.Start) {
			best = n
		}
	}
	return best
}

// runeIndex converts a byte offset of s into a code-point offset.
func runeIndex(s string, b int) int { return len([]rune(s[:b])) }
