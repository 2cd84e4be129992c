package suggest

import (
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"
)

// ReadMEANTIME reads documents of the MEANTIME corpus (Minard et al. 2016:
// English Wikinews articles, entities marked by hand) in the CAT tool's XML
// export, one <Document> after another (the files concatenated), and keeps
// their named people, organisations and places.
//
// MEANTIME marks every mention of six entity types (person, organisation,
// location, product, financial, mixed), named or not ("the company", "its"),
// nested, with its syntactic type; a mention refers to an entity, which
// carries the type. Only the first sentences of an article are annotated
// (the title, the date line and four sentences of the body: sentences 0 to
// 5), so a document keeps those alone: the rest holds names nobody marked. A
// document whose mentions carry no syntactic type is left out (some of the
// export's files lost them), since there a name cannot be told from a
// description. A mention is a name when its syntactic type is NAM (a proper
// name with its modifiers: "US automaker GM") or PRE.NAM (a name modifying a
// noun: "US" in "US automaker"); the name is its last run of capitalised
// words before any comma, bracket or lower-case word that follows a name
// ("Washington , in the United States": "Washington"), without a leading
// article, and for a person without a leading title ("Australian Prime
// Minister John Howard": "John Howard"); a person's run that holds "of" is a
// role ("the Chief Executive Officer of General Motors"), no name. Products,
// financial entities and mixed ones name nothing of ours, nor anything inside
// their own run ("Airbus A380"; CoNLL-2003 has them as MISC), as in ReadGUM.
func ReadMEANTIME(r io.Reader) ([]TrainDoc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var conll strings.Builder
	docs := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "Document" {
			continue
		}
		var d meantimeDoc
		if err := dec.DecodeElement(&d, &start); err != nil {
			return nil, err
		}
		if d.write(&conll) {
			docs++
		}
	}
	if docs == 0 {
		return nil, errors.New("no MEANTIME document with syntactic types (a CAT XML export: <Document> with <token> and <ENTITY_MENTION syntactic_type=...>)")
	}
	return ReadCoNLL(strings.NewReader(conll.String()), CoNLLType, 0)
}

// meantimeLastSentence is the last annotated sentence of a document (0 is
// the title, 1 the date line).
const meantimeLastSentence = 5

type meantimeDoc struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Mentions []struct {
		ID      string `xml:"m_id,attr"`
		Syntax  string `xml:"syntactic_type,attr"`
		Anchors []struct {
			ID string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>ENTITY_MENTION"`
	Entities []struct {
		ID   string `xml:"m_id,attr"`
		Type string `xml:"ent_type,attr"`
	} `xml:"Markables>ENTITY"`
	RefersTo []struct {
		Sources []struct {
			ID string `xml:"m_id,attr"`
		} `xml:"source"`
		Target struct {
			ID string `xml:"m_id,attr"`
		} `xml:"target"`
	} `xml:"Relations>REFERS_TO"`
}

// meantimeName is a named mention: its tokens (indices into the kept
// tokens, first to last) and its entity's type.
type meantimeName struct {
	first, last int
	typ         string
}

// write appends the document's annotated sentences as CoNLL lines; false if
// it was left out.
func (d *meantimeDoc) write(conll *strings.Builder) bool {
	typed := false
	for _, m := range d.Mentions {
		typed = typed || m.Syntax != ""
	}
	if !typed {
		return false
	}
	index := map[string]int{} // token id -> index in words
	var words []string
	var sentence []int
	for _, t := range d.Tokens {
		w := strings.TrimSpace(t.Text)
		if t.Sentence > meantimeLastSentence || w == "" || strings.ContainsAny(w, " \t") {
			continue
		}
		index[t.ID] = len(words)
		words = append(words, w)
		sentence = append(sentence, t.Sentence)
	}
	entityType := map[string]string{}
	for _, e := range d.Entities {
		entityType[e.ID] = e.Type
	}
	mentionType := map[string]string{}
	for _, rel := range d.RefersTo {
		for _, s := range rel.Sources {
			mentionType[s.ID] = entityType[rel.Target.ID]
		}
	}
	var names []meantimeName
	for _, m := range d.Mentions {
		if m.Syntax != "NAM" && m.Syntax != "PRE.NAM" {
			continue
		}
		var at []int
		for _, a := range m.Anchors {
			if i, ok := index[a.ID]; ok {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			continue
		}
		sort.Ints(at)
		first, last, ok := meantimeRun(words[at[0]:at[len(at)-1]+1], mentionType[m.ID])
		if ok {
			names = append(names, meantimeName{at[0] + first, at[0] + last, mentionType[m.ID]})
		}
	}
	tags := meantimeTags(len(words), names)
	for i, w := range words {
		if i > 0 && sentence[i] != sentence[i-1] {
			conll.WriteString("\n")
		}
		conll.WriteString(w + " " + tags[i] + "\n")
	}
	conll.WriteString("\n-DOCSTART- O\n\n")
	return true
}

// meantimeRun finds the name in a named mention's words: the last run of
// name words before the mention goes on past a name with a comma, a bracket,
// a dash or a preposition ("Moscone Center in San Francisco"); [first, last]
// within ws. Lower-case descriptions before the name stay outside it
// ("American automobile manufacturer Chrysler LLC").
func meantimeRun(ws []string, typ string) (first, last int, ok bool) {
	end := len(ws)
	for i := 1; i < len(ws); i++ {
		if gumCapitalised(ws[i-1]) && meantimeBreak[ws[i]] {
			end = i
			break
		}
	}
	last = end - 1
	for last >= 0 && !gumCapitalised(ws[last]) {
		last--
	}
	if last < 0 {
		return 0, 0, false
	}
	first = last
	for first > 0 && (gumNameWord(ws[first-1]) || meantimeHyphen(ws, first-1)) {
		first--
	}
	for first < last && (!gumCapitalised(ws[first]) || articles[strings.ToLower(ws[first])]) {
		first++
	}
	if articles[strings.ToLower(ws[first])] || strings.Contains(ws[last], "-based") {
		return 0, 0, false // "The" alone; "New York City-based" describes a firm
	}
	if typ == "PER" {
		for k := first; k <= last; k++ {
			if ws[k] == "of" {
				return 0, 0, false // a role: "the Chief Executive Officer of General Motors"
			}
		}
		for k := last - 1; k >= first; k-- {
			if isTitleWord(ws[k]) {
				first = k + 1
				break
			}
		}
		if isTitleWord(ws[last]) {
			return 0, 0, false
		}
	}
	if allDemonyms(ws[first : last+1]) {
		return 0, 0, false
	}
	return first, last, true
}

// meantimeBreak are the words after which a mention goes on past its name.
var meantimeBreak = set(`, ( -- in at on from for with by who which that whose where`)

// meantimeHyphen: ws[k] is a hyphen written apart between two capitalised
// words, inside one name ("Wal - Mart"); before a lower-case word it starts
// a description ("MacBook Pro - a notebook computer").
func meantimeHyphen(ws []string, k int) bool {
	return ws[k] == "-" && k > 0 && k+1 < len(ws) && gumCapitalised(ws[k-1]) && gumCapitalised(ws[k+1])
}

// articles begin no name: "The Bank of America Corporation".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// meantimeTags returns the BIO tag of each word: the outermost name wins
// (longer names first), and a product, financial or mixed
// name keeps the words of its run from any name of ours.
func meantimeTags(n int, names []meantimeName) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	sort.SliceStable(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if a.last-a.first != b.last-b.first {
			return a.last-a.first > b.last-b.first
		}
		return a.first < b.first
	})
	taken := make([]bool, n)
	for _, m := range names {
		free := true
		for k := m.first; k <= m.last; k++ {
			free = free && !taken[k]
		}
		if !free {
			continue
		}
		for k := m.first; k <= m.last; k++ {
			taken[k] = true
		}
		var typ string
		switch m.typ {
		case "PER":
			typ = "PER"
		case "ORG":
			typ = "ORG"
		case "LOC":
			typ = "LOC"
		default:
			continue // a product, a market index, a mixed entity: no name of ours
		}
		tags[m.first] = "B-" + typ
		for k := m.first + 1; k <= m.last; k++ {
			tags[k] = "I-" + typ
		}
	}
	return tags
}
