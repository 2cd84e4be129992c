package export

import (
	"bufio"
	"io"
)

// ClaimReviewRatings maps the Admiralty information-credibility grade (1-6) to a
// schema.org ClaimReview rating on a 1 (worst) to 5 (best) scale. Grade 6, "Truth cannot
// be judged", has no place on a true/false scale: it gets no ratingValue, only its name
// (alternateName).
var ClaimReviewRatings = map[int64]int64{
	1: 5, // Confirmed by other sources
	2: 4, // Probably true
	3: 3, // Possibly true
	4: 2, // Doubtful
	5: 1, // Improbable
}

// RatingFor returns the ClaimReview ratingValue for a credibility grade (false for 6 or
// an unknown grade).
func RatingFor(credibility int64) (int64, bool) {
	v, ok := ClaimReviewRatings[credibility]
	return v, ok
}

// Appearance is an article in which a claim appears.
type Appearance struct {
	ArticleID   int64
	UUID        string
	URL         string
	Headline    string
	PublishedAt string
	Source      string
}

// Author is who made a claim or published a review (schema.org Person or Organization).
type Author struct {
	Name string
	Type string // "person" or anything else (an organisation)
}

// Review is an assessed claim as the ClaimReview writer needs it: the claim with its
// latest (non-retracted) assessment.
type Review struct {
	ClaimID          int64
	AssessmentID     int64
	Statement        string
	Credibility      int64
	CredibilityLabel string
	Rationale        string
	Analyst          string
	AssessedAt       string
	Appearances      []Appearance
	ClaimUUID        string
	AssessmentUUID   string
	URL              string // the review's page (the publisher's pattern), "" when unset
	Publisher        string // the organisation publishing the review
	ClaimAuthor      Author // the speaker or origin of the claim
}

type crThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type crRating struct {
	Type          string `json:"@type"`
	RatingValue   *int64 `json:"ratingValue,omitempty"`
	BestRating    *int64 `json:"bestRating,omitempty"`
	WorstRating   *int64 `json:"worstRating,omitempty"`
	AlternateName string `json:"alternateName"`
	Name          string `json:"name"`
}

type crWork struct {
	Type          string   `json:"@type"`
	Identifier    string   `json:"identifier"`
	URL           string   `json:"url,omitempty"`
	Headline      string   `json:"headline"`
	DatePublished string   `json:"datePublished,omitempty"`
	Publisher     *crThing `json:"publisher,omitempty"`
}

type crClaim struct {
	Type          string   `json:"@type"`
	Identifier    string   `json:"identifier"`
	Text          string   `json:"text"`
	Author        *crThing `json:"author,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
	Appearance    []crWork `json:"appearance"`
}

type crReview struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	Identifier    string   `json:"identifier"`
	URL           string   `json:"url,omitempty"`
	ClaimReviewed string   `json:"claimReviewed"`
	ReviewRating  crRating `json:"reviewRating"`
	Author        *crThing `json:"author,omitempty"`
	Analyst       *crThing `json:"claimdesk:analyst,omitempty"`
	DatePublished string   `json:"datePublished"`
	ReviewBody    string   `json:"reviewBody,omitempty"`
	ItemReviewed  crClaim  `json:"itemReviewed"`
}

// ClaimReview builds the schema.org ClaimReview JSON-LD object for r.
func ClaimReview(r Review) any {
	rating := crRating{Type: "Rating", AlternateName: CleanText(r.CredibilityLabel),
		Name: "Admiralty " + string(rune('0'+r.Credibility)) + " " + CleanText(r.CredibilityLabel)}
	if v, ok := RatingFor(r.Credibility); ok {
		best, worst := int64(5), int64(1)
		rating.RatingValue, rating.BestRating, rating.WorstRating = &v, &best, &worst
	}
	works := make([]crWork, 0, len(r.Appearances))
	first := ""
	for _, a := range r.Appearances {
		if a.PublishedAt != "" && (first == "" || a.PublishedAt < first) {
			first = a.PublishedAt
		}
		w := crWork{Type: "CreativeWork", Identifier: orURN(a.UUID, ArticleURN(a.ArticleID)), URL: CleanText(a.URL),
			Headline: CleanText(a.Headline), DatePublished: a.PublishedAt}
		if a.Source != "" {
			w.Publisher = &crThing{Type: "Organization", Name: CleanText(a.Source)}
		}
		works = append(works, w)
	}
	// The review's author is the publishing organisation (as Google asks); the analyst
	// who graded it stays, under Claimdesk's own property.
	var author, analyst, claimAuthor *crThing
	if r.Publisher != "" {
		author = &crThing{Type: "Organization", Name: CleanText(r.Publisher)}
	}
	if r.Analyst != "" {
		analyst = &crThing{Type: "Person", Name: CleanText(r.Analyst)}
	}
	if r.ClaimAuthor.Name != "" {
		typ := "Organization"
		if r.ClaimAuthor.Type == "person" {
			typ = "Person"
		}
		claimAuthor = &crThing{Type: typ, Name: CleanText(r.ClaimAuthor.Name)}
	}
	return crReview{
		Context: "https://schema.org", Type: "ClaimReview", Identifier: orURN(r.AssessmentUUID, AssessmentURN(r.AssessmentID)),
		URL: r.URL, ClaimReviewed: CleanText(r.Statement), ReviewRating: rating, Author: author, Analyst: analyst,
		DatePublished: r.AssessedAt, ReviewBody: CleanText(r.Rationale),
		ItemReviewed: crClaim{Type: "Claim", Identifier: orURN(r.ClaimUUID, ClaimURN(r.ClaimID)), Text: CleanText(r.Statement),
			Author: claimAuthor, DatePublished: first, Appearance: works},
	}
}

// ClaimReviewWriter writes one ClaimReview (JSON-LD) per line.
type ClaimReviewWriter struct{ w *bufio.Writer }

func NewClaimReview(w io.Writer) *ClaimReviewWriter {
	return &ClaimReviewWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

func (w *ClaimReviewWriter) Write(r Review) error { return jsonLine(w.w, ClaimReview(r)) }

func (w *ClaimReviewWriter) Flush() error { return w.w.Flush() }
