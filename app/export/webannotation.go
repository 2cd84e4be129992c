package export

import (
	"bufio"
	"io"
	"strconv"
)

// AnnoContext is the @context of every exported annotation: the W3C Web Annotation
// context first (as the model requires), then the prefix of Claimdesk's own properties.
var AnnoContext = []any{"http://www.w3.org/ns/anno.jsonld", map[string]string{"claimdesk": Vocab}}

// Vocab is the namespace of Claimdesk's extension properties (claimdesk:state, ...).
const Vocab = "urn:claimdesk:vocab#"

// Motivations, per span kind (W3C Web Annotation motivations).
var Motivations = map[string]string{
	"entity": "identifying", // the text names this entity
	"claim":  "assessing",   // the text makes this claim, which the analyst assesses
	"note":   "commenting",  // the analyst's comment on the text
}

// Annotation is one span as the Web Annotation writer needs it. Start and End are code
// points, half-open, as TextPositionSelector counts them.
type Annotation struct {
	ID            int64
	ArticleID     int64
	ArticleURL    string
	ArticleSHA256 string
	Kind          string
	EntityType    string
	EntityID      *int64
	Entity        string // the linked entity's name, else the name a suggestion proposes
	ClaimID       *int64
	Claim         string
	Grade         string // e.g. "B2" for a graded claim mention, else ""
	GradeLabel    string // e.g. "B2: source Usually reliable, information Probably true"
	Start, End    int64
	Quote         string
	Prefix        string
	Suffix        string
	AnchorStatus  string
	State         string
	Origin        string
	Confidence    float64
	Note          string
	Annotator     string
	CreatedAt     string
	UpdatedAt     string
	Tags          []string
	// Global identities (migration 0011): the annotation's, its article's, its entity's
	// and its claim's uuid, so that ids mean the same row in every workspace.
	UUID, ArticleUUID, EntityUUID, ClaimUUID string
}

type waBody struct {
	ID      string `json:"id,omitempty"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
	Format  string `json:"format"`
}

type waSelector struct {
	Type   string  `json:"type"`
	Exact  *string `json:"exact,omitempty"`
	Prefix *string `json:"prefix,omitempty"`
	Suffix *string `json:"suffix,omitempty"`
	Start  *int64  `json:"start,omitempty"`
	End    *int64  `json:"end,omitempty"`
}

type waTarget struct {
	Source   string       `json:"source"`
	Selector []waSelector `json:"selector"`
}

type waAgent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

type waAnnotation struct {
	Context      []any    `json:"@context"`
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Motivation   string   `json:"motivation"`
	Creator      *waAgent `json:"creator,omitempty"`
	Created      string   `json:"created"`
	Modified     string   `json:"modified"`
	Body         []waBody `json:"body"`
	Target       waTarget `json:"target"`
	Article      string   `json:"claimdesk:article"`
	ArticleID    int64    `json:"claimdesk:articleId"`
	SHA256       string   `json:"claimdesk:articleSha256"`
	Kind         string   `json:"claimdesk:kind"`
	State        string   `json:"claimdesk:state"`
	Origin       string   `json:"claimdesk:origin"`
	Confidence   float64  `json:"claimdesk:confidence"`
	AnchorStatus string   `json:"claimdesk:anchorStatus"`
	OffsetUnit   string   `json:"claimdesk:offsetUnit"`
}

// WebAnnotationWriter writes one W3C Web Annotation (JSON-LD) per line.
type WebAnnotationWriter struct{ w *bufio.Writer }

func NewWebAnnotation(w io.Writer) *WebAnnotationWriter {
	return &WebAnnotationWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// UUIDURN names a row by its global identity (RFC 4122 URN).
func UUIDURN(uuid string) string { return "urn:uuid:" + uuid }

// orURN prefers the row's urn:uuid and falls back to the workspace-local URN (a row
// written before it had a uuid; never the case after migration 0011).
func orURN(uuid, local string) string {
	if uuid != "" {
		return UUIDURN(uuid)
	}
	return local
}

// ArticleURN and friends are the workspace-local ids of Claimdesk objects outside the workspace.
func ArticleURN(id int64) string    { return "urn:claimdesk:article:" + strconv.FormatInt(id, 10) }
func AnnotationURN(id int64) string { return "urn:claimdesk:annotation:" + strconv.FormatInt(id, 10) }
func EntityURN(id int64) string     { return "urn:claimdesk:entity:" + strconv.FormatInt(id, 10) }
func ClaimURN(id int64) string      { return "urn:claimdesk:claim:" + strconv.FormatInt(id, 10) }
func AssessmentURN(id int64) string { return "urn:claimdesk:assessment:" + strconv.FormatInt(id, 10) }

// WebAnnotation builds the JSON-LD object for a (as a value for encoding/json).
func WebAnnotation(a Annotation) any {
	clean := func(s string) string { return CleanText(s) }
	text := func(purpose, value string) waBody {
		return waBody{Type: "TextualBody", Purpose: purpose, Value: clean(value), Format: "text/plain"}
	}
	var body []waBody
	switch a.Kind {
	case "entity":
		b := text("identifying", a.Entity)
		if a.EntityID != nil {
			b.ID = orURN(a.EntityUUID, EntityURN(*a.EntityID))
		}
		body = append(body, b, text("classifying", a.EntityType))
	case "claim":
		b := text("describing", a.Claim)
		if a.ClaimID != nil {
			b.ID = orURN(a.ClaimUUID, ClaimURN(*a.ClaimID))
		}
		body = append(body, b)
		if a.Grade != "" {
			body = append(body, text("assessing", a.GradeLabel))
		}
	}
	if a.Note != "" {
		body = append(body, text("commenting", a.Note))
	}
	for _, t := range a.Tags {
		body = append(body, text("tagging", t))
	}
	if body == nil {
		body = []waBody{}
	}
	motivation := Motivations[a.Kind]
	if motivation == "" {
		motivation = "highlighting"
	}
	var creator *waAgent
	if a.Origin == "analyst" || a.Origin == "" {
		if a.Annotator != "" {
			creator = &waAgent{Type: "Person", Name: clean(a.Annotator)}
		}
	} else {
		creator = &waAgent{Type: "Software", Name: clean(a.Origin)}
	}
	exact, prefix, suffix := clean(a.Quote), clean(a.Prefix), clean(a.Suffix)
	start, end := a.Start, a.End
	article := orURN(a.ArticleUUID, ArticleURN(a.ArticleID))
	source := article
	if a.ArticleURL != "" {
		source = clean(a.ArticleURL)
	}
	return waAnnotation{
		Context: AnnoContext, ID: orURN(a.UUID, AnnotationURN(a.ID)), Type: "Annotation", Motivation: motivation,
		Creator: creator, Created: a.CreatedAt, Modified: a.UpdatedAt, Body: body,
		Target: waTarget{Source: source, Selector: []waSelector{
			{Type: "TextQuoteSelector", Exact: &exact, Prefix: &prefix, Suffix: &suffix},
			{Type: "TextPositionSelector", Start: &start, End: &end},
		}},
		Article: article, ArticleID: a.ArticleID, SHA256: a.ArticleSHA256,
		Kind: a.Kind, State: a.State, Origin: a.Origin, Confidence: a.Confidence,
		AnchorStatus: a.AnchorStatus, OffsetUnit: "codepoint",
	}
}

// Write writes a as one line.
func (w *WebAnnotationWriter) Write(a Annotation) error { return jsonLine(w.w, WebAnnotation(a)) }

func (w *WebAnnotationWriter) Flush() error { return w.w.Flush() }
