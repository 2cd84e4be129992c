package reading

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Kinds of value (claim_mentions.value_kind).
const (
	KindNone   = "none"
	KindFigure = "figure"
	KindDate   = "date"
)

// Date precisions (claim_mentions.date_precision).
const (
	Day    = "day"
	Week   = "week"
	Month  = "month"
	Season = "season"
	Year   = "year"
	Decade = "decade"
)

// Value is a figure or date as written and normalised.
type Value struct {
	Kind  string `json:"kind"`  // none | figure | date
	Raw   string `json:"raw"`   // the expression as found in the text ("around 11,000 elite troops")
	Hedge string `json:"hedge"` // "around", "likely over", "reportedly", "early"; "" when none

	// Figures: the range [Low, High]; nil = open on that side.
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
	Unit string   `json:"unit"` // canonical unit ("troops", "%"), "" unknown

	// Dates: inclusive interval of days; "" when the date could not be resolved.
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"` // day | month | season | year | decade; "" unresolved

	Note string `json:"note,omitempty"` // why a value is unresolved, or how it was read

	// Byte offsets of Raw in the text it was found in; Core is where the number or date
	// itself starts, after its hedge words ("11,000" in "around 11,000").
	From int `json:"-"`
	To   int `json:"-"`
	Core int `json:"-"`
	// OfReport: a date that says when something was said ("police said on Saturday",
	// "told reporters on Monday"), not when it happened
	OfReport bool `json:"-"`
	// step: the place of a figure's last stated digit (digitStep); 0 when the figure was
	// not written in digits. An approximating hedge the analyst adds (WithHedge) is as wide
	// as the one in the text would be.
	step float64
}

// Resolved reports whether the value has a usable range or interval.
func (v Value) Resolved() bool {
	switch v.Kind {
	case KindFigure:
		return v.Low != nil || v.High != nil
	case KindDate:
		return v.Start != "" && v.End != ""
	}
	return false
}

// Parse reads the first figure or date in text. published ("YYYY-MM-DD…" or "") is the
// publication date relative dates resolve against. Nothing found: Kind none.
func Parse(text, published string) Value {
	vs := find(text, published, 1)
	if len(vs) == 0 {
		return Value{Kind: KindNone, Raw: strings.TrimSpace(text)}
	}
	return vs[0]
}

// Find returns every figure and date in text, in text order.
func Find(text, published string) []Value { return find(text, published, 0) }

// ParseIn reads raw (an analyst's "thousands") in the light of the context it was taken
// from (the mention's quote): the expression of the context that covers raw's first
// occurrence gives the unit ("thousands of troops") and modal hedges ("reportedly sending
// thousands"). Without raw, the first figure or date of the context. When raw does not
// occur in the context, raw alone.
func ParseIn(raw, context, published string) Value {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		// the first figure or date of what is said, not the day it was said on
		for _, v := range Find(context, published) {
			if !v.OfReport {
				return v
			}
		}
		return Value{Kind: KindNone, Raw: strings.TrimSpace(context)}
	}
	own := Parse(raw, published)
	at := indexFold(context, raw)
	if at < 0 || own.Kind == KindNone {
		return own
	}
	for _, v := range Find(context, published) {
		if v.From <= at && at < v.To || at <= v.From && v.From < at+len(raw) {
			if v.Kind != own.Kind {
				break
			}
			// the context's reading of the same place: with its hedge ("around" before the
			// analyst's "11,000") and its unit ("thousands" of troops)
			v.Raw = raw
			if own.Kind == KindFigure && v.Unit == "" {
				v.Unit = own.Unit
			}
			return v
		}
	}
	return own
}

// indexFold is strings.Index ignoring case (ASCII folding; other runes must match exactly).
func indexFold(s, sub string) int {
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	if len(ls) != len(s) {
		return -1 // lower-casing changed byte lengths: offsets would not map back
	}
	return strings.Index(ls, lsub)
}

// WithHedge applies a hedge given apart from the figure (the analyst's hedge field) when
// the figure carries none: "11,000" with hedge "around" = [9900, 12100]. Modal words only
// join the hedge text.
func (v Value) WithHedge(hedge string) Value {
	hedge = strings.ToLower(strings.Join(strings.Fields(hedge), " "))
	if hedge == "" || v.Kind == KindNone {
		return v
	}
	if v.Hedge != "" {
		switch {
		case strings.Contains(v.Hedge, hedge):
		case strings.Contains(" "+hedge+" ", " "+v.Hedge+" "):
			// the given hedge already holds the text's: one stored before, read again
			// ("roughly about" stayed "roughly about", not "roughly about about")
			v.Hedge = hedge
		default:
			v.Hedge = hedge + " " + v.Hedge
		}
		return v
	}
	v.Hedge = hedge
	if v.Kind != KindFigure || v.Low == nil || v.High == nil || *v.Low != *v.High {
		return v
	}
	words := strings.Fields(hedge)
	for i := range words {
		if kind := hedgeKindOf(strings.Join(words[i:], " ")); kind != 0 {
			x := *v.Low
			v.Low, v.High = applyHedge(kind, x, x, x == math.Trunc(x) && v.Unit != "%", v.step)
			break
		}
	}
	return v
}

func hedgeKindOf(s string) hedgeKind {
	for _, h := range numberHedges {
		if h.words == s {
			return h.kind
		}
	}
	return 0
}

func find(text, published string, limit int) []Value {
	pub, hasPub := PublishedDay(published)
	c := cursor{toks: tokenize(text)}
	d := dater{c: c, pub: pub, ok: hasPub}
	var out []Value
	for k := 0; k < len(c.toks); k++ {
		if v, last, ok := d.dateAt(k); ok {
			v.Kind = KindDate
			v.Core = c.toks[coreTok(v)].start
			v.From, v.To = c.toks[v.From].start, c.toks[last].end
			v.Raw = text[v.From:v.To]
			v.Hedge = joinHedge(c.modalBefore(k), v.Hedge)
			v.OfReport = c.reportBefore(k)
			out = append(out, v)
			k = last
		} else if v, last, ok := c.figureAt(k); ok {
			v.Kind = KindFigure
			v.Core = c.toks[coreTok(v)].start
			v.From, v.To = c.toks[v.From].start, c.toks[last].end
			v.Raw = text[v.From:v.To]
			out = append(out, v)
			k = last
		}
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out
}

// coreTok: while parsing, Value.Core holds the token index of the value proper plus one
// (0: the value starts at From).
func coreTok(v Value) int {
	if v.Core == 0 {
		return v.From
	}
	return v.Core - 1
}

func joinHedge(parts ...string) string {
	var ps []string
	for _, p := range parts {
		if p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, " ")
}

// modalBefore returns a modal hedge ("likely") among the three words before token k.
func (c cursor) modalBefore(k int) string {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if c.toks[j].kind != tWord {
			return ""
		}
		if modalHedges[c.toks[j].low] {
			return c.toks[j].low
		}
	}
	return ""
}

// number is a stated quantity before hedging.
type number struct {
	low, high float64
	whole     bool    // a whole count: "over 6,000" starts at 6,001
	unit      string  // "%" when the number said so
	vague     bool    // a vague quantity word: hedges do not apply
	precision string  // PrecExact, PrecRange or PrecVague ("" = PrecVague for vague words)
	round     bool    // a round figure said as a word ("a dozen"): read as "about" it
	step      float64 // the place of the last digit written (digitStep); 0: not in digits
}

// figureAt reads a figure starting at token k (a hedge, then the number, then the unit).
// v.From is the index of its first token; last the index of its last.
func (c cursor) figureAt(k int) (Value, int, bool) {
	first := k
	var kind hedgeKind
	hedge := ""
	// a hedge phrase starting at k
	for hi, h := range numberHedges {
		if c.toks[k].kind != tWord {
			break // every hedge starts with a word
		}
		ws := hedgeWords[hi]
		n := len(ws)
		if k+n < len(c.toks) && c.wordsAt(k, ws) {
			at := k + n
			if _, cur := units[c.text(at)]; cur && c.toks[at].kind == tPunct {
				at++ // "about $10 million"
			}
			if num, _, ok := c.numberAt(at); ok && (h.words != "some" || !num.vague) {
				kind, hedge = h.kind, h.words
				k += n
			}
			break
		}
	}
	core := k
	// currency before the number: "$5 million"
	unit := ""
	if u, ok := units[c.text(k)]; ok && c.toks[k].kind == tPunct && k+1 < len(c.toks) && c.toks[k+1].kind == tNum && !c.toks[k+1].space {
		unit = u
		k++
	}
	num, last, ok := c.numberAt(k)
	if !ok || c.clockBefore(k) || c.clockAfter(last+1) {
		return Value{}, 0, false
	}
	if num.round && kind == 0 {
		// "a dozen bridges" is said of 11 as of 13: a round figure, hedged as "about 12"
		kind, hedge = hApprox, "about"
	}
	v := Value{From: first, Core: core + 1, Hedge: joinHedge(c.modalBefore(first), hedge), step: num.step}
	if num.vague || kind == 0 {
		lo, hi := num.low, num.high
		v.Low, v.High = &lo, &hi
	} else {
		v.Low, v.High = applyHedge(kind, num.low, num.high, num.whole, num.step)
	}
	if num.unit != "" {
		unit = num.unit
	}
	after := last + 1
	if c.low(after) == "of" {
		after++ // "a couple of days"
	}
	if u := unitsRightAfter[c.low(after)]; unit == "" && u != "" {
		unit = u
	}
	if unit == "" {
		unit = c.unitAfter(last + 1)
	}
	if c.ageAt(first, last) {
		unit = UnitAge // "aged 34", "a 34-year-old": compared only with another age
	}
	v.Unit = unit
	switch {
	case num.precision == PrecExact && (kind == hApprox || kind == hNearly || kind == hJustOver):
		v.Precision = PrecApprox
	case num.precision == PrecExact && kind != 0 && kind != hExact:
		v.Precision = PrecBound
	case num.precision == "":
		v.Precision = PrecVague
	default:
		v.Precision = num.precision
	}
	if num.high > MaxFigure || num.low > MaxFigure {
		v.Low, v.High = nil, nil
		v.Note = NoteTooLarge
	}
	return v, last, true
}

// Notes of phrases that read as a figure or date no fact can have; services refuse them as
// input (Value.Impossible).
const (
	NoteTooLarge = "a figure over 10^15 is beyond any count or amount Claimdesk compares"
	NoteNotADate = "not a calendar date"
)

// Impossible reports whether v was read but names no possible value: "February 30", 10^30.
func (v Value) Impossible() bool { return v.Note == NoteTooLarge || v.Note == NoteNotADate }

// MaxFigure is the largest figure read as a value (10^15: more than any budget, army or
// population in the news); a larger one stays unresolved, with a note saying why.
const MaxFigure = 1e15

// Figure precisions (Value.Precision of a figure).
const (
	PrecExact  = "exact"  // a stated number: "11,000"
	PrecApprox = "approx" // a hedged number: "around 11,000", "nearly 1,000"
	PrecBound  = "bound"  // one end open or capped by a hedge: "over 6,000", "up to 500"
	PrecRange  = "range"  // a stated range: "10,000-12,000"
	PrecVague  = "vague"  // a vague quantity word: "thousands", "several", "a handful"
)

// fraction reads "half of", "half the", "a third of", "two-thirds of", "three quarters of"
// at k as a percentage.
func (c cursor) fraction(k int) (number, int, bool) {
	lw := c.low(k)
	j := k
	num := 1.0
	if lw == "a" || lw == "one" {
		j = k + 1
	} else if n, ok := numberWords[lw]; ok && n < 10 {
		num, j = float64(n), k+1
		if isDash(c.text(j)) && c.glued(j) {
			j++
		}
	}
	den, ok := fractionWords[c.low(j)]
	if !ok || (j == k && c.low(j) != "half") {
		return number{}, 0, false
	}
	// a fraction of a scale is a count: "a quarter of a million", "half a billion"
	at := j + 1
	if c.low(at) == "of" {
		at++
	}
	if c.low(at) == "a" {
		if s := scaleWords[c.low(at+1)]; s >= 1e3 {
			v := round(num / den * s)
			return number{low: v, high: v, whole: true, precision: PrecExact}, at + 1, true
		}
	}
	if c.low(j+1) != "of" && c.low(j+1) != "the" && !(c.low(j) == "half" && c.toks[j].kind == tWord && units[c.low(j+1)] != "") {
		return number{}, 0, false
	}
	p := round(100 * num / den)
	return number{low: p, high: p, unit: "%", precision: PrecExact}, j, true
}

// applyHedge turns [lo, hi] into the range the hedge allows (see the package comment);
// prec is the place of the figure's last stated digit (digitStep), 0 when unknown.
func applyHedge(kind hedgeKind, lo, hi float64, whole bool, prec float64) (*float64, *float64) {
	p := func(x float64) *float64 { return &x }
	step := 0.0
	if whole {
		step = 1
	}
	switch kind {
	case hApprox:
		if whole {
			// a small count is rounded to the nearest few, not the nearest tenth: "about a
			// dozen" is 10 to 14, "about five" 3 to 7 (the same width from 20 on)
			return p(math.Max(0, round(math.Min(lo-approxWidth(lo, prec), lo-2)))), p(round(math.Max(hi+approxWidth(hi, prec), hi+2)))
		}
		return p(round(lo - approxWidth(lo, prec))), p(round(hi + approxWidth(hi, prec)))
	case hOver:
		return p(hi + step), nil
	case hAtLeast:
		return p(lo), nil
	case hJustOver:
		return p(hi + step), p(round(hi + approxWidth(hi, prec)))
	case hUnder:
		return p(0), p(math.Max(0, lo-step))
	case hAtMost:
		return p(0), p(hi)
	case hNearly:
		return p(round(lo - approxWidth(lo, prec))), p(hi)
	}
	return p(lo), p(hi)
}

// approxWidth is how far an approximating hedge ("about", "nearly", "just over") lets x
// stray: a tenth of it, but no more than two steps of its last stated digit. A round
// figure ("about 400", "roughly 2 million") was rounded by the writer and keeps its tenth;
// a precise one ("roughly 375 million", "about 1,240") says the writer knew the figure to
// that digit, so "roughly 375 million" is 365 to 385 million, not 337.5 to 412.5, and does
// not hide a dispute with "412 million".
func approxWidth(x, prec float64) float64 {
	w := x * 0.1
	if prec > 0 {
		w = math.Min(w, 2*prec)
	}
	return w
}

// digitStep is the place of the last non-zero digit of a number as written (375 -> 1,
// 1,240 -> 10, 31.4 -> 0.1, 400 -> 100), five of them when that digit is 5 (a figure told
// to the nearest five: 375 -> 5, 150 -> 50); 0 for zero.
func digitStep(x float64) float64 {
	s := strings.TrimPrefix(strconv.FormatFloat(x, 'f', -1, 64), "-")
	intLen := strings.IndexByte(s, '.')
	if intLen < 0 {
		intLen = len(s)
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' || s[i] == '0' {
			continue
		}
		exp := intLen - 1 - i // the digit's power of ten
		if i > intLen {
			exp = intLen - i
		}
		place := math.Pow(10, float64(exp))
		if s[i] == '5' {
			place *= 5
		}
		return place
	}
	return 0
}

// round keeps hedged bounds readable (9900, not 9900.000000000002).
func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// inName reports whether the digits at k are part of a name: glued to a word ("G20",
// "MH370") or to a word and a dash ("COVID-19", "F-16"), not a currency's abbreviation
// ("Rs500"). Read as counts they were a quote's first figure ("COVID-19 killed 5,000":
// 19) and made false contradictions.
func (c cursor) inName(k int) bool {
	w := k - 1
	if c.glued(k) && isDash(c.text(k-1)) && c.glued(k-1) {
		w = k - 2
	} else if !c.glued(k) {
		return false
	}
	return w >= 0 && c.toks[w].kind == tWord && !currencyWords[c.toks[w].low] && !nameDashPrefixes[c.toks[w].low]
}

// currencyWords are currencies written as letters glued to the amount ("Rs500", "Tk20").
var currencyWords = set(`rs inr usd us eur gbp tk rp pkr npr lkr bdt ksh sh`)

// nameDashPrefixes are words before a dash and a number that date or count, not name:
// "mid-2024", "pre-1990", "post-2020", "over-50s", "under-18".
var nameDashPrefixes = set(`mid pre post over under top early late`)

// numberAt reads a number at token k: digits (with a scale word, a "-strong", a "%", or a
// "-" / "to" range), a spelled-out number, "a dozen", or a vague quantity word.
func (c cursor) numberAt(k int) (number, int, bool) {
	if k >= len(c.toks) {
		return number{}, 0, false
	}
	t := c.toks[k]
	if n, last, ok := c.ratio(k); ok {
		return n, last, true
	}
	switch t.kind {
	case tNum:
		// not part of a time (10:45), a numeric date or a ratio
		if c.glued(k+1) && (c.text(k+1) == ":" || c.text(k+1) == "/") || c.glued(k) && (c.text(k-1) == ":" || c.text(k-1) == "/") {
			return number{}, 0, false
		}
		if c.inName(k) {
			return number{}, 0, false
		}
		v, ok := t.number()
		if !ok {
			return number{}, 0, false
		}
		last := k
		whole := v == math.Trunc(v)
		step := digitStep(v)
		if c.glued(k+1) && c.toks[k+1].kind == tWord {
			// "2bn", "1.5mln": a scale glued to the digits; anything else ("75th", "1990s",
			// "3rd") is not a count
			s := gluedScales[c.low(k+1)]
			if s == 0 {
				return number{}, 0, false
			}
			v, last, whole, step = v*s, k+1, true, step*s
		}
		// "10^30": a power of ten
		if c.text(last+1) == "^" && c.glued(last+1) && c.glued(last+2) {
			if e, ok := c.toks[last+2].integer(); ok {
				v, last, step = math.Pow(v, float64(e)), last+2, 0
			}
		}
		if s := scaleWords[c.low(k+1)]; s > 0 && last == k {
			v *= s
			step *= s
			last = k + 1
			whole = true
			// "1.5 lakh crore", "2 thousand crore": a larger scale after a scale multiplies it
			if s2 := scaleWords[c.low(k+2)]; s2 > s {
				v *= s2
				step *= s2
				last = k + 2
			}
		}
		n := number{low: v, high: v, whole: whole, precision: PrecExact, step: step}
		// a range: "10,000-12,000", "10,000 to 12,000"
		if (isDash(c.text(last+1)) && c.glued(last+1) && c.glued(last+2)) || c.low(last+1) == "to" || (c.low(last+1) == "and" && c.low(k-1) == "between") {
			if hi, l2, ok := c.plainNumber(last + 2); ok && hi > v {
				if s := scaleWords[c.low(l2)]; s > 0 && last == k && v*s <= hi {
					n.low = v * s // "1.5-2 million": the scale is the range's
				}
				n.high, last = hi, l2
				n.vague = true // a range is already a range: hedges do not widen it further
				n.precision = PrecRange
			}
		}
		switch {
		case c.text(last+1) == "%":
			n.unit, last = "%", last+1
		case c.low(last+1) == "percent":
			n.unit, last = "%", last+1
		case c.low(last+1) == "per" && c.low(last+2) == "cent":
			n.unit, last = "%", last+2
		case isDash(c.text(last+1)) && c.glued(last+1) && c.low(last+2) == "strong":
			last += 2
		}
		if n.unit == "%" {
			n.whole = false
		}
		return n, last, true
	case tWord:
		lw := t.low
		// "tens of thousands", "hundreds of thousands"
		if (lw == "tens" || lw == "hundreds") && c.low(k+1) == "of" {
			if s, ok := vagueScales[c.low(k+2)]; ok && s >= 1e3 {
				m := 10.0
				if lw == "hundreds" {
					m = 100
				}
				return number{low: m * s, high: 10*m*s - 1, whole: true, vague: true}, k + 2, true
			}
		}
		if s, ok := vagueScales[lw]; ok {
			return number{low: 2 * s, high: 20*s - 1, whole: true, vague: true}, k, true
		}
		if lw == "scores" && c.low(k+1) != "of" {
			return number{}, 0, false
		}
		if r, ok := vagueWords[lw]; ok {
			if s := scaleWords[c.low(k+1)]; s > 0 {
				return number{low: r[0] * s, high: r[1] * s, whole: true, vague: true}, k + 1, true // "several hundred"
			}
			return number{low: r[0], high: r[1], whole: true, vague: true}, k, true
		}
		// "half a dozen", "half-dozen": a round 6, not the dozen after it (read as 10 to 14)
		if lw == "half" {
			if (c.low(k+1) == "a" || c.low(k+1) == "an") && c.low(k+2) == "dozen" {
				return number{low: 6, high: 6, whole: true, precision: PrecExact, round: true}, k + 2, true
			}
			if isDash(c.text(k+1)) && c.glued(k+1) && c.low(k+2) == "dozen" {
				return number{low: 6, high: 6, whole: true, precision: PrecExact, round: true}, k + 2, true
			}
		}
		// fractions of a whole: "half of", "a third of", "two-thirds of", "three quarters of"
		if n, last, ok := c.fraction(k); ok {
			return n, last, true
		}
		// "a dozen", "a hundred", "a thousand", "a few", "a handful", "a pair"
		if (lw == "a" || lw == "an") && k+1 < len(c.toks) {
			next := c.low(k + 1)
			if r, ok := vagueWords["a "+next]; ok {
				if s := scaleWords[c.low(k+2)]; s > 0 {
					return number{low: r[0] * s, high: r[1] * s, whole: true, vague: true}, k + 2, true // "a few thousand"
				}
				return number{low: r[0], high: r[1], whole: true, vague: true}, k + 1, true
			}
			switch next {
			case "day", "hour", "week":
				// "a day after leaving port", "an hour later": one of the unit read after it
				if spanWords[c.low(k+2)] {
					return number{low: 1, high: 1, whole: true, precision: PrecExact, unit: unitsRightAfter[next]}, k + 1, true
				}
			case "dozen":
				if c.low(k+2) == "and" && (c.low(k+3) == "a" || c.low(k+3) == "an") && c.low(k+4) == "half" {
					return number{low: 18, high: 18, whole: true, precision: PrecExact, round: true}, k + 4, true // "a dozen and a half"
				}
				return number{low: 12, high: 12, whole: true, precision: PrecExact, round: true}, k + 1, true
			case "half":
				// "a half-dozen": a round 6
				if isDash(c.text(k+2)) && c.glued(k+2) && c.low(k+3) == "dozen" {
					return number{low: 6, high: 6, whole: true, precision: PrecExact, round: true}, k + 3, true
				}
			case "pair":
				return number{low: 2, high: 2, whole: true, precision: PrecExact}, k + 1, true
			case "hundred", "thousand", "million", "billion":
				v := scaleWords[next]
				return number{low: v, high: v, whole: true, precision: PrecExact}, k + 1, true
			}
			return number{}, 0, false
		}
		v, last, ok := c.spelled(k)
		if !ok {
			return number{}, 0, false
		}
		if notCount[c.low(k-1)] || notCountAfter[c.low(last+1)] && !c.partOf(last+1) {
			return number{}, 0, false
		}
		// "one" counts only with what it counts ("one soldier"): "a temporary one", "no one"
		if lw == "one" && last == k && units[c.low(k+1)] == "" && unitsRightAfter[c.low(k+1)] == "" && !singularUnits[c.low(k+1)] {
			return number{}, 0, false
		}
		if isDash(c.text(last+1)) && c.glued(last+1) && c.low(last+2) == "strong" {
			last += 2
		} else if isDash(c.text(last+1)) && c.glued(last+1) {
			return number{}, 0, false // "four-day", "two-way": part of a compound word
		}
		n := number{low: v, high: v, whole: true, precision: PrecExact}
		if c.low(last+1) == "percent" {
			n.unit, n.whole, last = "%", false, last+1
		}
		return n, last, true
	}
	return number{}, 0, false
}

// ratio reads "nine out of ten", "one in two", "3 in 10" at k as a percentage (90, 50,
// 30): a share told as a ratio is the same figure as the share told in percent. "in" needs
// a second number not followed by a span of time or a month ("3 in 10 days", "5 in 2024"
// are counts), and in digits one that writers use for shares (2, 3, 4, 5, 10, 100).
func (c cursor) ratio(k int) (number, int, bool) {
	a, l1, ok := c.plainNumber(k)
	if !ok || c.toks[k].kind == tNum && c.glued(k+1) && c.toks[k+1].kind != tWord {
		return number{}, 0, false
	}
	j := l1 + 1
	switch {
	case c.low(j) == "out" && c.low(j+1) == "of":
		j += 2
	case c.low(j) == "in":
		j++
	default:
		return number{}, 0, false
	}
	b, l2, ok := c.plainNumber(j)
	if !ok || b <= a || b > 100 || a <= 0 {
		return number{}, 0, false
	}
	if c.low(j-1) == "in" && (c.toks[k].kind == tNum && !ratioDenominators[b] || unitsRightAfter[c.low(l2+1)] != "" || c.low(l2+1) == "minutes" || monthNames[c.text(l2+1)] > 0) {
		return number{}, 0, false
	}
	p := round(100 * a / b)
	return number{low: p, high: p, unit: "%", precision: PrecExact}, l2, true
}

var ratioDenominators = map[float64]bool{2: true, 3: true, 4: true, 5: true, 10: true, 100: true}

// partOf reports "of the 12", "of its 40", "of 12" at k: the number before is a part of a
// counted whole ("two of the 12 members"), a count, not a reference like "one of the".
func (c cursor) partOf(k int) bool {
	if c.low(k) != "of" {
		return false
	}
	j := k + 1
	if c.low(j) == "the" || c.low(j) == "its" || c.low(j) == "their" {
		j++
	}
	_, _, ok := c.plainNumber(j)
	return ok
}

// plainNumber: digits (with a scale word) or a spelled-out number at k.
func (c cursor) plainNumber(k int) (float64, int, bool) {
	if k >= len(c.toks) {
		return 0, 0, false
	}
	if v, ok := c.toks[k].number(); ok {
		if s := scaleWords[c.low(k+1)]; s > 0 {
			return v * s, k + 1, true
		}
		return v, k, true
	}
	return c.spelled(k)
}

// spelled reads "four", "twenty-five", "two thousand", "a dozen" is handled by numberAt.
func (c cursor) spelled(k int) (float64, int, bool) {
	lw := c.low(k)
	n, ok := numberWords[lw]
	if !ok {
		return 0, 0, false
	}
	v := float64(n)
	last := k
	// "twenty-five"
	if n >= 20 && n%10 == 0 && isDash(c.text(k+1)) && c.glued(k+1) && c.glued(k+2) {
		if u, ok := numberWords[c.low(k+2)]; ok && u < 10 {
			v += float64(u)
			last = k + 2
		}
	}
	if s := scaleWords[c.low(last+1)]; s > 0 {
		v *= s
		last++
	}
	return v, last, true
}

// unitAfter finds the unit among the (up to five) words from token k.
func (c cursor) unitAfter(k int) string {
	for j, n := k, 0; j < len(c.toks) && n < 5; j++ {
		t := c.toks[j]
		if t.kind == tPunct {
			if u, ok := units[t.text]; ok && j == k {
				return u
			}
			if isDash(t.text) && c.glued(j) {
				continue // "North Korean-backed", "well-trained"
			}
			return ""
		}
		if u, ok := units[t.low]; ok {
			return u
		}
		if unitStop[t.low] || t.kind == tNum {
			return ""
		}
		n++
	}
	return ""
}

// ---- comparing ----

// Verdict of comparing two values.
type Verdict string

const (
	Agree    Verdict = "agrees"    // the two can describe the same fact
	Conflict Verdict = "conflicts" // they cannot
	Unknown  Verdict = "unknown"   // they cannot be compared (a figure and a date, an unresolved date)
)

// Comparison is a verdict with a human explanation.
type Comparison struct {
	Verdict Verdict `json:"verdict"`
	Kind    string  `json:"kind"` // figure | date | unit | "" (what differs)
	Reason  string  `json:"reason"`
}

// Compatible reports whether a and b can describe the same fact: figures whose ranges
// overlap with the same or an unknown unit, dates whose intervals overlap. Values that
// cannot be compared (a figure and a date, an unresolved relative date, no value) are
// compatible: there is nothing to contradict.
func Compatible(a, b Value) bool { return Compare(a, b).Verdict != Conflict }

// Compare says whether a and b agree, conflict or cannot be compared, and why.
func Compare(a, b Value) Comparison {
	v, kind := Judge(a, b)
	c := Comparison{Verdict: v, Kind: kind}
	switch {
	case a.Kind == KindNone || b.Kind == KindNone:
		c.Reason = "no figure or date to compare"
	case a.Kind != b.Kind:
		c.Reason = fmt.Sprintf("%q is a %s and %q a %s: nothing to compare", a.Raw, a.Kind, b.Raw, b.Kind)
	case !a.Resolved() || !b.Resolved():
		un := a
		if a.Resolved() {
			un = b
		}
		why := un.Note
		if why == "" {
			why = "it could not be normalised"
		}
		c.Reason = fmt.Sprintf("%q cannot be compared: %s", un.Raw, why)
	case v == Agree:
		c.Reason = fmt.Sprintf("%q (%s) and %q (%s) overlap", a.Raw, a.Text(), b.Raw, b.Text())
	case kind == "date":
		c.Reason = fmt.Sprintf("%q (%s) and %q (%s) are different dates: the articles disagree on when, or these are different events — the analyst decides", a.Raw, a.Text(), b.Raw, b.Text())
	case kind == "unit":
		// the words say why in the story's own terms (the units), not by an example from
		// another story ("troops deployed vs casualties" under a dam evacuation)
		c.Reason = fmt.Sprintf("%q counts %s and %q counts %s: probably different claims — the analyst decides whether both belong to this claim", a.Raw, unitName(a.Unit), b.Raw, unitName(b.Unit))
	default:
		c.Reason = fmt.Sprintf("%q (%s) and %q (%s) are not the same figure; they may be different claims, or one tally overtaken by a later one — the analyst decides", a.Raw, a.Text(), b.Raw, b.Text())
	}
	return c
}

// inBase is v's range times factor (a measure in its dimension's base unit).
func inBase(v Value, factor float64) Value {
	scale := func(x *float64) *float64 {
		if x == nil {
			return nil
		}
		y := *x * factor
		return &y
	}
	v.Low, v.High = scale(v.Low), scale(v.High)
	return v
}

// maybeShare: a bare number (no unit) of at most 100, in digits, against a percentage may
// be the same share with its "per cent" left to the sentence before ("rates will settle
// nearer 31"); a number in words ("three in a row") is a count (news copy writes shares in
// digits).
func maybeShare(a, b Value) bool {
	bare, pct := a, b
	if a.Unit == "%" {
		bare, pct = b, a
	}
	return pct.Unit == "%" && bare.Unit == "" && bare.Low != nil && bare.High != nil && *bare.High <= 100 &&
		strings.ContainsAny(bare.Raw, "0123456789")
}

// personUnits count people of one kind; "people" counts any of them.
var personUnits = set(`casualties troops workers members delegates performers`)

func peopleOf(a, b string) bool {
	return a == "people" && personUnits[b] || b == "people" && personUnits[a] || tradeDead(a, b) || tradeDead(b, a)
}

// tradeDead: the casualties of a trade ("Two miners died" / "left two dead"); troops'
// casualties are another count ("11,000 troops" / "over 6,000 casualties").
func tradeDead(a, b string) bool { return a == "casualties" && b == "workers" }

// CountsPeople reports whether unit counts people: "people", or people of one kind.
func CountsPeople(unit string) bool { return unit == "people" || personUnits[unit] }

// SameKind reports whether two known units count one kind of thing: the same unit, or
// people and people of one kind ("19 men" / "14 miners"). Judge compares such figures by
// their ranges; the matcher reads them as one count (app/match's counts.go).
func SameKind(a, b string) bool {
	return a != "" && b != "" && (a == b || peopleOf(a, b))
}

// Judge is Compare without the explanation (cheap: for comparing many values).
func Judge(a, b Value) (Verdict, string) {
	switch {
	case a.Kind == KindNone || b.Kind == KindNone || a.Kind != b.Kind || !a.Resolved() || !b.Resolved():
		return Unknown, ""
	case a.Kind == KindDate:
		if a.Start <= b.End && b.Start <= a.End {
			return Agree, "date"
		}
		return Conflict, "date"
	case (a.Unit == UnitAge) != (b.Unit == UnitAge):
		return Unknown, "" // a person's age is no count of anything (ages.go)
	}
	// different units; a percentage is never the same quantity as a count; "people" may be
	// any kind of person counted ("four people drowned" / "four dead")
	if ma, mb := measureBase[a.Unit], measureBase[b.Unit]; a.Unit != b.Unit && ma.dim != "" && ma.dim == mb.dim {
		if overlap(inBase(a, ma.factor), inBase(b, mb.factor)) {
			return Agree, "figure"
		}
		return Conflict, "figure"
	}
	if a.Unit != "" && b.Unit != "" && !SameKind(a.Unit, b.Unit) || (a.Unit == "%") != (b.Unit == "%") && !maybeShare(a, b) {
		return Conflict, "unit"
	}
	if overlap(a, b) {
		return Agree, "figure"
	}
	return Conflict, "figure"
}

func unitName(u string) string {
	switch u {
	case "":
		return "an unstated unit"
	case "%":
		return "a percentage"
	}
	return u
}

func overlap(a, b Value) bool {
	lo := func(v Value) float64 {
		if v.Low == nil {
			return math.Inf(-1)
		}
		return *v.Low
	}
	hi := func(v Value) float64 {
		if v.High == nil {
			return math.Inf(1)
		}
		return *v.High
	}
	return lo(a) <= hi(b) && lo(b) <= hi(a)
}

// Text renders the normalised value: "9,900–12,100 troops", "6,001 or more casualties",
// "2024-06", "2024-09..2024-11", "2025..2027".
func (v Value) Text() string {
	switch v.Kind {
	case KindFigure:
		unit := ""
		if v.Unit == "%" {
			unit = "%"
		} else if v.Unit != "" {
			unit = " " + v.Unit
		}
		switch {
		case v.Low != nil && v.High != nil && *v.Low == *v.High:
			return fmtNum(*v.Low) + unit
		case v.Low != nil && v.High != nil:
			return fmtNum(*v.Low) + "–" + fmtNum(*v.High) + unit
		case v.Low != nil:
			return fmtNum(*v.Low) + unit + " or more"
		case v.High != nil:
			return "at most " + fmtNum(*v.High) + unit
		}
	case KindDate:
		if !v.Resolved() {
			return "unresolved"
		}
		switch v.Precision {
		case Day:
			if v.Start == v.End {
				return v.Start
			}
			return v.Start + ".." + v.End
		case Month, Season:
			if v.Start[:7] == v.End[:7] {
				return v.Start[:7]
			}
			return v.Start[:7] + ".." + v.End[:7]
		case Year:
			if v.Start[:4] == v.End[:4] {
				return v.Start[:4]
			}
			return v.Start[:4] + ".." + v.End[:4]
		case Decade:
			return v.Start[:4] + "s"
		}
		return v.Start + ".." + v.End
	}
	return ""
}

// fmtNum writes 11000 as "11,000" and 2.5 as "2.5".
func fmtNum(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String() + frac
	if neg {
		out = "-" + out
	}
	return out
}

// PublishedDay reads an article's publication day from its published_at ("2025-06-19",
// "2025-06-19T08:30": the first ten characters, YYYY-MM-DD); false when there is none.
// Relative dates resolve against it here, and claim matching weighs how far apart two
// articles were published by it: one reading of the stored date.
func PublishedDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// Modal reports whether a hedge holds a word of doubt about the report itself
// ("reportedly", "likely", "allegedly"), as opposed to imprecision of the figure ("around").
func Modal(hedge string) bool {
	for _, w := range strings.Fields(strings.ToLower(hedge)) {
		if modalHedges[w] {
			return true
		}
	}
	return false
}
