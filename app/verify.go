package app

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// FigureService normalises the figures and dates of claim mentions (app/figures): the raw
// value as written ("thousands", "June of last year") becomes a range with a unit, or a
// calendar interval with a precision resolved against the article's publication date.
type FigureService struct {
	ws *Workspace
}

// NormalizedMention is a mention's normalised value after Normalize.
type NormalizedMention struct {
	SpanID     int64           `json:"spanId"`
	ClaimID    int64           `json:"claimId"`
	RawValue   string          `json:"rawValue"` // as stored (the analyst's); the value's own text is normalized.raw
	Found      string          `json:"found"`    // the expression read (the raw value, or the one found in the quote)
	Hedge      string          `json:"hedge"`
	Normalized NormalizedValue `json:"normalized"`
}

// Parse previews how a raw figure or date reads, against a publication date ("YYYY-MM-DD"
// or ""), without storing anything.
func (s *FigureService) Parse(raw, publishedAt string) (NormalizedValue, error) {
	if publishedAt != "" {
		if _, err := asOfCutoff(publishedAt[:min(10, len(publishedAt))]); err != nil {
			return NormalizedValue{}, Invalid("publishedAt must start with a date YYYY-MM-DD; got %q", publishedAt)
		}
	}
	if strings.TrimSpace(raw) == "" {
		return NormalizedValue{}, Invalid("there is no figure or date to read: the value is empty")
	}
	if err := checkRawValue(raw); err != nil {
		return NormalizedValue{}, err
	}
	return normalizedOf(reading.Parse(raw, publishedAt)), nil
}

// checkRawValue refuses a figure or date as typed that names no possible value ("February
// 30", "10^30"): stored, it would silently never compare with anything.
func checkRawValue(raw string) error {
	for _, v := range reading.Find(raw, "") {
		if v.Impossible() {
			return Invalid("%q: %s", v.Raw, v.Note)
		}
	}
	return nil
}

// Normalize reads a mention's raw value (or, when it has none, the first figure or date in
// its quote) and stores the normalised value and hedge on the mention, as one undoable
// action. Nothing is logged when nothing changes.
func (s *FigureService) Normalize(spanID int64) (NormalizedMention, error) {
	err := s.ws.change(fmt.Sprintf("normalise the figure of claim mention %d", spanID), func(c *changeSet) error {
		return c.normalizeMention(spanID)
	})
	if err != nil {
		return NormalizedMention{}, err
	}
	return s.read(spanID)
}

// NormalizeClaim normalises every mention of a claim, as one undoable action.
func (s *FigureService) NormalizeClaim(claimID int64) ([]NormalizedMention, error) {
	var ids []int64
	err := s.ws.change(fmt.Sprintf("normalise the figures of claim %d", claimID), func(c *changeSet) error {
		if _, err := c.q.GetClaim(c.ctx, claimID); err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", claimID))
		}
		var err error
		if ids, err = c.q.ListMentionSpanIDsForClaim(c.ctx, claimID); err != nil {
			return err
		}
		for _, id := range ids {
			if err := c.normalizeMention(id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]NormalizedMention, 0, len(ids))
	for _, id := range ids {
		n, err := s.read(id)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

func (s *FigureService) read(spanID int64) (NormalizedMention, error) {
	ctx := s.ws.Context()
	r, err := s.ws.DB().Q.GetMentionForNormalize(ctx, spanID)
	if err != nil {
		return NormalizedMention{}, storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	img, err := s.ws.DB().Q.ImageClaimMentions(ctx, spanID)
	if err != nil {
		return NormalizedMention{}, storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	var m rowImage
	if err := json.Unmarshal([]byte(img), &m); err != nil {
		return NormalizedMention{}, Internal(err, "reading a claim mention")
	}
	v := mentionValue(m, r.Quote, r.PublishedAt)
	return NormalizedMention{SpanID: spanID, ClaimID: r.ClaimID, RawValue: r.RawValue, Found: v.Raw, Hedge: r.Hedge, Normalized: normalizedOf(v)}, nil
}

// normalizeMention reads a mention's values against its article's publication date and
// stores them: the first on the claim_mentions row (value_kind, value_low/high, value_unit,
// date_start/end/precision, hedge), logged as its update, and any further ones (a figure and
// a date, two figures) as claim_mention_values rows, replaced and logged. Call it inside any
// action that creates or edits a mention, or changes the article's publication date.
func (c *changeSet) normalizeMention(spanID int64) error {
	r, err := c.q.GetMentionForNormalize(c.ctx, spanID)
	if err != nil {
		return storeErr(err, fmt.Sprintf("claim mention %d", spanID))
	}
	vs := mentionValues(r.RawValue, r.Quote, r.PublishedAt, r.Hedge)
	v := vs[0]
	p := store.SetMentionValueParams{SpanID: spanID, ValueKind: v.Kind, Hedge: r.Hedge}
	switch v.Kind {
	case reading.KindFigure:
		p.ValueLow, p.ValueHigh, p.ValueUnit = sqlFloat(v.Low), sqlFloat(v.High), v.Unit
	case reading.KindDate:
		p.DateStart, p.DateEnd, p.DatePrecision = v.Start, v.End, v.Precision
	default:
		p.ValueKind = reading.KindNone
	}
	if v.Kind != reading.KindNone && v.Hedge != "" {
		p.Hedge = v.Hedge
	}
	if err := c.update("claim_mentions", spanID, func() error { return c.q.SetMentionValue(c.ctx, p) }); err != nil {
		return err
	}
	return c.setFurtherValues(spanID, vs[1:])
}

// mentionValues reads a mention's values: each figure or date of the raw value as written
// ("around 11,000 troops; fall 2024"), in the light of the quote (its unit, its hedge);
// without a raw value, the quote's first figure or date only: a quote's other numbers are
// often about something else ("120 killed and 300 injured"), and comparing them all made
// false conflicts on the verification stories. The first carries the analyst's hedge. Never
// empty: a mention without any value gets one of kind none.
func mentionValues(raw, quote, published, hedge string) []reading.Value {
	first := reading.ParseIn(raw, quote, published).WithHedge(hedge)
	out := []reading.Value{first}
	if first.Kind == reading.KindNone || strings.TrimSpace(raw) == "" {
		return out
	}
	if found := reading.Find(raw, published); len(found) > 1 {
		for _, f := range found[1:] {
			out = append(out, reading.ParseIn(f.Raw, quote, published))
		}
	}
	return out
}

// setFurtherValues replaces a mention's further values (positions 1, 2, ...), logged row by
// row; nothing is logged when they are unchanged.
func (c *changeSet) setFurtherValues(spanID int64, vs []reading.Value) error {
	have, err := c.q.ListMentionValues(c.ctx, spanID)
	if err != nil {
		return err
	}
	want := make([]store.CreateMentionValueParams, 0, len(vs))
	for i, v := range vs {
		p := store.CreateMentionValueParams{SpanID: spanID, Position: int64(i + 1), Raw: v.Raw, Kind: v.Kind, Hedge: v.Hedge, Precision: v.Precision}
		if v.Kind == reading.KindFigure {
			p.Low, p.High, p.Unit = sqlFloat(v.Low), sqlFloat(v.High), v.Unit
		} else {
			p.DateStart, p.DateEnd = v.Start, v.End
		}
		want = append(want, p)
	}
	if len(have) == len(want) {
		same := true
		for i, h := range have {
			w := want[i]
			if h.Position != w.Position || h.Raw != w.Raw || h.Kind != w.Kind || h.Low != w.Low || h.High != w.High || h.Unit != w.Unit ||
				h.DateStart != w.DateStart || h.DateEnd != w.DateEnd || h.Precision != w.Precision || h.Hedge != w.Hedge {
				same = false
			}
		}
		if same {
			return nil
		}
	}
	for _, h := range have {
		if err := c.delete("claim_mention_values", h.ID); err != nil {
			return err
		}
	}
	for _, p := range want {
		id, err := c.q.CreateMentionValue(c.ctx, p)
		if err != nil {
			return err
		}
		if err := c.created("claim_mention_values", id); err != nil {
			return err
		}
	}
	return nil
}

func sqlFloat(p *float64) sql.NullFloat64 {
	if p == nil {
		return sql.NullFloat64{}
	}
	return sql.NullFloat64{Float64: *p, Valid: true}
}

// ConflictService lists the mentions of a claim whose figures or dates cannot describe the
// same fact.
type ConflictService struct {
	ws *Workspace
}

// ValueConflict is two mentions of one claim whose values conflict, with an explanation.
type ValueConflict struct {
	Kind       string          `json:"kind"` // figure | date | unit | stance
	Message    string          `json:"message"`
	A          ConflictMention `json:"a"`
	B          ConflictMention `json:"b"`
	SameOrigin bool            `json:"sameOrigin"` // both from one independent origin
}

// ConflictMention is one side of a conflict.
type ConflictMention struct {
	SpanID      int64           `json:"spanId"`
	Stance      string          `json:"stance"`
	ArticleID   int64           `json:"articleId"`
	RawValue    string          `json:"rawValue"`
	Hedge       string          `json:"hedge"`
	Quote       string          `json:"quote"`
	Normalized  NormalizedValue `json:"normalized"`
	PublishedAt string          `json:"publishedAt"`
}

// ForClaim returns the claim's contradictions: the conflicting pairs of accepted mentions
// (figures or dates that cannot describe one fact; opposing stances), in text order.
func (s *ConflictService) ForClaim(claimID int64) ([]ValueConflict, error) {
	return s.forClaim(s.ws.DB().Q, claimID)
}

func (s *ConflictService) forClaim(q *store.Queries, claimID int64) ([]ValueConflict, error) {
	snap, err := loadSnapshot(s.ws.Context(), q, "", claimScope("", claimID))
	if err != nil {
		return nil, err
	}
	c := snap.byID[claimID]
	if c == nil {
		return nil, NotFound("claim %d does not exist", claimID)
	}
	out := []ValueConflict{}
	side := func(m *snapMention, v reading.Value) ConflictMention {
		return ConflictMention{SpanID: m.spanID, Stance: m.stance, ArticleID: m.articleID, RawValue: v.Raw, Hedge: v.Hedge,
			Quote: m.quote, Normalized: normalizedOf(v), PublishedAt: snap.articles[m.articleID].publishedAt}
	}
	for _, p := range c.comparison.conflicts() {
		out = append(out, ValueConflict{Kind: p.cmp.Kind, Message: p.reason(), A: side(p.a, p.va), B: side(p.b, p.vb),
			SameOrigin: snap.sameOrigin(p.a, p.b)})
	}
	return out, nil
}

func (snap *snapshot) sameOrigin(a, b *snapMention) bool {
	return a.root.key != "" && a.root.key == b.root.key
}

// GradeService suggests a credibility grade per claim from its independent confirmations
// and contradictions, and records the analyst's acceptance or override as an assessment.
type GradeService struct {
	ws *Workspace
}

// GradeSuggestion is a suggested Admiralty credibility grade with its reasons.
type GradeSuggestion struct {
	ClaimID     int64    `json:"claimId"`
	Credibility int64    `json:"credibility"`
	Label       string   `json:"label"`
	Reasons     []string `json:"reasons"`
	Articles    int      `json:"articles"`
	Origins     int      `json:"origins"`
	OriginNames []string `json:"originNames"`
	AsOf        string   `json:"asOf"`
}

// Suggest returns the suggested grade of a claim now.
func (s *GradeService) Suggest(claimID int64) (GradeSuggestion, error) {
	return s.SuggestAsOf(claimID, "")
}

// SuggestAsOf returns the grade that would have been suggested on a past date
// ("YYYY-MM-DD"; "" = now), from the mentions and origins recorded by then.
func (s *GradeService) SuggestAsOf(claimID int64, asOf string) (GradeSuggestion, error) {
	snap, err := loadSnapshot(s.ws.Context(), s.ws.DB().Q, asOf, claimScope(asOf, claimID))
	if err != nil {
		return GradeSuggestion{}, err
	}
	c := snap.byID[claimID]
	if c == nil {
		if _, err := s.ws.DB().Q.GetClaim(s.ws.Context(), claimID); err == nil {
			return GradeSuggestion{}, NotFound("claim %d did not exist on %s", claimID, asOf)
		}
		return GradeSuggestion{}, NotFound("claim %d does not exist", claimID)
	}
	g := snap.suggest(c)
	g.AsOf = asOf
	return g, nil
}

// Accept stores the current suggestion as an assessment (origin "suggested", the reasons
// as its rationale). Assessments are appended: the claim's earlier grades stay in its history.
func (s *GradeService) Accept(claimID int64) (Assessment, error) {
	sug, err := s.Suggest(claimID)
	if err != nil {
		return Assessment{}, err
	}
	rationale := "Suggested grade accepted: " + strings.Join(sug.Reasons, "; ")
	var id int64
	label := fmt.Sprintf("accept suggested grade %d for claim %d", sug.Credibility, claimID)
	err = s.ws.change(label, func(c *changeSet) error {
		cl, err := c.q.GetClaim(c.ctx, claimID)
		if err != nil {
			return storeErr(err, fmt.Sprintf("claim %d", claimID))
		}
		c.summary = fmt.Sprintf("accept suggested grade for “%s”: %d (%s)", clipLabel(cl.Statement), sug.Credibility, sug.Label)
		id, err = c.q.CreateAssessment(c.ctx, store.CreateAssessmentParams{
			ClaimID: claimID, Credibility: sug.Credibility, Rationale: rationale,
			Analyst: c.ws.Analyst, Origin: "suggested", AssessedAt: c.at,
		})
		if err != nil {
			return err
		}
		if err := c.created("assessments", id); err != nil {
			return err
		}
		return c.touchClaim(claimID)
	})
	if err != nil {
		return Assessment{}, err
	}
	list, err := s.ws.assessmentsForClaim(s.ws.DB().Q, claimID)
	if err != nil {
		return Assessment{}, err
	}
	for _, a := range list {
		if a.ID == id {
			return a, nil
		}
	}
	return Assessment{}, NotFound("assessment %d does not exist", id)
}

// Override stores the analyst's own grade instead of the suggestion; the reason is required
// and becomes the assessment's rationale.
func (s *GradeService) Override(claimID, credibility int64, reason string) (Assessment, error) {
	if strings.TrimSpace(reason) == "" {
		return Assessment{}, Invalid("overriding the suggested grade needs a reason")
	}
	if err := checkCredibility(credibility); err != nil {
		return Assessment{}, err
	}
	return (&AssessmentService{ws: s.ws}).Add(AssessmentInput{ClaimID: claimID, Credibility: credibility, Rationale: reason})
}

// suggest applies the grading rules to a claim. The rules, first match wins (O = the number
// of independent origins behind the accepted mentions, as ClaimService counts them: the
// distinct roots of their origin chains; a contradiction = two mentions whose figures or
// dates conflict in the same unit, or one asserts what the other denies; an
// uncertainty = mentions that count different things (troops vs casualties: maybe
// different claims), or a modal hedge such as "reportedly", "likely", "allegedly"):
//
//	no accepted mention                       → 6 Truth cannot be judged
//	a contradiction                           → 4 Doubtful
//	O ≥ 2, no uncertainty                     → 1 Confirmed by other sources
//	O ≥ 2, with uncertainty                   → 2 Probably true
//	O = 1, origin reliability A or B          → 2 Probably true
//	O = 1, reliability C                      → 3 Possibly true
//	O = 1, reliability D or E                 → 4 Doubtful
//	O = 1, reliability F (cannot be judged)   → 6 Truth cannot be judged
//
// Repetition is not confirmation: three articles that all cite KCNA are one origin.
func (snap *snapshot) suggest(c *snapClaim) GradeSuggestion {
	g := GradeSuggestion{ClaimID: c.id, Reasons: []string{}, OriginNames: []string{}}
	articles := map[int64]bool{}
	origins := map[string]snapOrigin{}
	for _, m := range c.mentions {
		articles[m.articleID] = true
		if m.root.key != "" {
			origins[m.root.key] = m.root
		}
	}
	g.Articles, g.Origins = len(articles), len(origins)
	var names []string
	best := "F"
	for _, o := range origins {
		names = append(names, o.name)
		if o.reliability < best {
			best = o.reliability
		}
	}
	sort.Strings(names)
	g.OriginNames = orEmpty(names)
	set := func(cred int64, reason string) {
		g.Credibility, g.Label = cred, CredibilityLabel(cred)
		g.Reasons = append(g.Reasons, reason)
	}
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	if len(c.mentions) == 0 {
		set(6, "no article states this claim yet")
		return g
	}
	summary := fmt.Sprintf("%s, %s: %s", plural(g.Articles, "article", "articles"), plural(g.Origins, "independent origin", "independent origins"), strings.Join(names, ", "))
	var contradictions, unitDiffs []string
	nContra, nUnit := 0, 0
	for _, p := range c.comparison.conflicts() {
		if p.cmp.Kind == "unit" {
			nUnit++
			if len(unitDiffs) < maxReasons {
				unitDiffs = append(unitDiffs, p.reason())
			}
		} else {
			nContra++
			if len(contradictions) < maxReasons {
				contradictions = append(contradictions, p.reason())
			}
		}
	}
	if nContra > len(contradictions) {
		contradictions = append(contradictions, fmt.Sprintf("… and %d more", nContra-len(contradictions)))
	}
	if nUnit > len(unitDiffs) {
		unitDiffs = append(unitDiffs, fmt.Sprintf("… and %d more", nUnit-len(unitDiffs)))
	}
	var modal []string
	for _, m := range c.mentions {
		if reading.Modal(m.hedge) || reading.Modal(m.value.Hedge) {
			h := m.value.Hedge
			if h == "" {
				h = m.hedge
			}
			modal = append(modal, fmt.Sprintf("%q is hedged (%s)", firstText(m.value.Raw, clipLabel(m.quote)), h))
		}
	}
	switch {
	case len(contradictions) > 0:
		set(4, summary)
		g.Reasons = append(g.Reasons, withDetails(plural(nContra, "contradiction", "contradictions")+" between mentions", contradictions))
	case g.Origins >= 2 && len(unitDiffs) == 0 && len(modal) == 0:
		set(1, summary)
		g.Reasons = append(g.Reasons, "confirmed by two or more independent origins, with no contradiction")
	case g.Origins >= 2:
		set(2, summary)
		g.Reasons = append(g.Reasons, withDetails("two or more independent origins, with some uncertainty", append(unitDiffs, modal...)))
	default:
		var cred int64
		var why string
		switch best {
		case "A", "B":
			cred, why = 2, fmt.Sprintf("a single origin, graded %s (%s)", best, ReliabilityLabel(best))
		case "C":
			cred, why = 3, fmt.Sprintf("a single origin, graded C (%s)", ReliabilityLabel(best))
		case "D", "E":
			cred, why = 4, fmt.Sprintf("a single origin, graded %s (%s)", best, ReliabilityLabel(best))
		default:
			cred, why = 6, "a single origin whose reliability cannot be judged (F)"
		}
		set(cred, summary)
		g.Reasons = append(g.Reasons, why)
		if g.Articles > 1 {
			g.Reasons = append(g.Reasons, "repetition by several articles of one origin is not confirmation")
		}
		g.Reasons = append(g.Reasons, unitDiffs...)
		g.Reasons = append(g.Reasons, modal...)
	}
	return g
}

// withDetails is one reason that names what it rests on ("…, with some uncertainty: X;
// Y"): a heading ending in a colon, with its details as separate reasons, read as a
// sentence cut off wherever the reasons are shown or copied one by one.
func withDetails(reason string, details []string) string {
	if len(details) == 0 {
		return reason
	}
	return reason + ": " + strings.Join(details, "; ")
}

func firstText(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
