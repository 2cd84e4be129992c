package app

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"claimdesk/app/match"
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
		c.summary = "normalise the figure of " + c.spanLabel(spanID)
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
		c.summary = "normalise the figures of " + c.claimLabel(claimID)
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
	if strings.TrimSpace(raw) == "" {
		// what the speaker said, not the reporter's background after the attribution
		// (", the mayor said, as some 6,000 remained out of their homes")
		quote = match.Foreground(quote)
	}
	first := reading.ParseIn(raw, quote, published).WithHedge(hedge)
	out := []reading.Value{first}
	if first.Kind == reading.KindDate && strings.TrimSpace(raw) == "" {
		// a date that frames figures ("its October reading was 38.2 per cent"): the figures
		// are what is claimed, and are compared too (one that agrees with the other
		// mention's keeps the others from conflicting: aboutOtherThing)
		for _, v := range reading.Find(quote, published) {
			if v.Kind == reading.KindFigure && v.From > 0 {
				out = append(out, v)
			}
		}
		return out
	}
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

// setFurtherValues sets a mention's further values (positions 1, 2, ...), logged row by
// row: a value at a position the mention had is rewritten in place (the row keeps its id:
// since v16 a new row gets a new id, and the merge reads a row's history by id), one past
// them is added, one no longer there removed; nothing is logged for an unchanged value.
func (c *changeSet) setFurtherValues(spanID int64, vs []reading.Value) error {
	have, err := c.q.ListMentionValues(c.ctx, spanID)
	if err != nil {
		return err
	}
	for i, v := range vs {
		p := store.CreateMentionValueParams{SpanID: spanID, Position: int64(i + 1), Raw: v.Raw, Kind: v.Kind, Hedge: v.Hedge, Precision: v.Precision}
		if v.Kind == reading.KindFigure {
			p.Low, p.High, p.Unit = sqlFloat(v.Low), sqlFloat(v.High), v.Unit
		} else {
			p.DateStart, p.DateEnd = v.Start, v.End
		}
		if i < len(have) && have[i].Position == p.Position {
			if err := c.rewriteValue(have[i], p); err != nil {
				return err
			}
			continue
		}
		if i < len(have) { // positions out of order (a damaged file): start the rest afresh
			for _, h := range have[i:] {
				if err := c.delete("claim_mention_values", h.ID); err != nil {
					return err
				}
			}
			have = have[:i]
		}
		id, err := c.q.CreateMentionValue(c.ctx, p)
		if err != nil {
			return err
		}
		if err := c.created("claim_mention_values", id); err != nil {
			return err
		}
	}
	for _, h := range have[min(len(have), len(vs)):] {
		if err := c.delete("claim_mention_values", h.ID); err != nil {
			return err
		}
	}
	return nil
}

// rewriteValue writes w over the stored value h at the same position, logged, when they differ.
func (c *changeSet) rewriteValue(h store.ClaimMentionValue, w store.CreateMentionValueParams) error {
	if h.Raw == w.Raw && h.Kind == w.Kind && h.Low == w.Low && h.High == w.High && h.Unit == w.Unit &&
		h.DateStart == w.DateStart && h.DateEnd == w.DateEnd && h.Precision == w.Precision && h.Hedge == w.Hedge {
		return nil
	}
	return c.update("claim_mention_values", h.ID, func() error {
		return c.q.UpdateMentionValue(c.ctx, store.UpdateMentionValueParams{ID: h.ID, Raw: w.Raw, Kind: w.Kind, Low: w.Low, High: w.High,
			Unit: w.Unit, DateStart: w.DateStart, DateEnd: w.DateEnd, Precision: w.Precision, Hedge: w.Hedge})
	})
}

func sqlFloat(p *float64) sql.NullFloat64 {
	if p == nil {
		return sql.NullFloat64{}
	}
	return sql.NullFloat64{Float64: *p, Valid: true}
}

// NormalizedValue is a mention's figure or date as normalised (app/reading, docs/reading.md).
type NormalizedValue struct {
	Kind      string   `json:"kind"` // none | figure | date
	Text      string   `json:"text"` // "9,900–12,100 troops", "2024-06", "unresolved"
	Low       *float64 `json:"low"`  // null: open
	High      *float64 `json:"high"` // null: open
	Unit      string   `json:"unit"`
	Start     string   `json:"start"`
	End       string   `json:"end"`
	Precision string   `json:"precision"`
	Note      string   `json:"note"`
}

func normalizedOf(v reading.Value) NormalizedValue {
	if v.Kind == "" {
		v.Kind = reading.KindNone
	}
	return NormalizedValue{Kind: v.Kind, Text: v.Text(), Low: v.Low, High: v.High, Unit: v.Unit,
		Start: v.Start, End: v.End, Precision: v.Precision, Note: v.Note}
}

func normalizedAll(vs []reading.Value) []NormalizedValue {
	out := make([]NormalizedValue, 0, len(vs))
	for _, v := range vs {
		out = append(out, normalizedOf(v))
	}
	return out
}

// Resolved reports whether the value has a usable range or interval.
func (n NormalizedValue) Resolved() bool {
	if n.Kind == reading.KindDate {
		return n.Start != ""
	}
	return n.Kind == reading.KindFigure && (n.Low != nil || n.High != nil)
}

// wordsHedge is the hedge a mention's words give its value by themselves ("about 4,200"),
// none set by the analyst. normalizeMention stores it in the mention's hedge: when the
// quote changes (a resized span) a hedge equal to it was the reading's and goes with the
// old words, else a mention resized from "about 4,200 sheep" onto "5,000 goats" read
// 4,500–5,500.
func wordsHedge(m store.GetMentionForNormalizeRow) string {
	return reading.ParseIn(m.RawValue, m.Quote, m.PublishedAt).Hedge
}

// rereadQuote reads a claim mention again after its span was resized (was: the mention
// before), dropping a hedge its old words had read (wordsHedge), in the same action.
func (c *changeSet) rereadQuote(spanID int64, was store.GetMentionForNormalizeRow) error {
	if h := wordsHedge(was); h != "" && h == was.Hedge {
		cur, err := c.q.GetClaimMention(c.ctx, spanID)
		if err != nil {
			return err
		}
		p := mentionParams(cur)
		p.Hedge = ""
		if err := c.update("claim_mentions", spanID, func() error { return c.q.UpdateClaimMention(c.ctx, p) }); err != nil {
			return err
		}
	}
	return c.normalizeMention(spanID)
}
