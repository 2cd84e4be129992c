package match

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Figure is a count or amount as written ("around 11,000 elite troops", "thousands of
// troops", "a 125-strong delegation", "over 20%") with its value as a range and the
// words that say what is counted (stemmed, up to three).
type Figure struct {
	Raw   string   `json:"raw"`
	Low   float64  `json:"low"`
	High  float64  `json:"high"`
	Units []string `json:"units"`
}

// vague counts: "thousands of troops" is some thousands.
var vagueCounts = map[string][2]float64{
	"dozens": {24, 199}, "hundreds": {200, 1999}, "thousands": {2000, 99999},
	"millions": {2e6, 999e6}, "scores": {40, 199},
}

var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9}

var monthWords = wordSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

// figureHedges widen a value: "around 11,000" is 9,350–12,650; "over 6,000" is 6,000–9,000.
var figureHedges = map[string][2]float64{
	"around": {0.85, 1.15}, "about": {0.85, 1.15}, "approximately": {0.85, 1.15}, "roughly": {0.85, 1.15},
	"some": {0.85, 1.15}, "nearly": {0.85, 1}, "almost": {0.85, 1}, "over": {1, 1.5}, "more": {1, 1.5},
	"least": {1, 1.5}, "than": {1, 1.5}, "up": {0, 1}, "under": {0, 1}, "fewer": {0, 1}, "estimated": {0.85, 1.15},
}

// wordTok is a word of a text with its code-point offsets.
type wordTok struct {
	text       string
	start, end int
}

// tokens splits text into runs of letters/digits (with inner , . % kept in numbers).
func tokens(text string) []wordTok {
	rs := []rune(text)
	var out []wordTok
	for i := 0; i < len(rs); {
		if !(unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i])) {
			i++
			continue
		}
		j := i
		for j < len(rs) {
			r := rs[j]
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j++
				continue
			}
			// 11,000 and 2.5 stay one token; a trailing % belongs to the number
			if (r == ',' || r == '.') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i && unicode.IsDigit(rs[j-1]) {
				j++
				continue
			}
			if r == '%' && j > i && unicode.IsDigit(rs[j-1]) {
				j++
			}
			break
		}
		out = append(out, wordTok{string(rs[i:j]), i, j})
		i = j
	}
	return out
}

// Figures finds the counts and amounts in text. Years, days of the month ("June 26"),
// ordinals and ranges of years ("2025-2027") are dates, not figures, and are skipped.
func Figures(text string) []Figure {
	toks := tokens(text)
	rs := []rune(text)
	var out []Figure
	for k := 0; k < len(toks); k++ {
		w := strings.ToLower(toks[k].text)
		var low, high float64
		first, last := k, k
		if v, ok := vagueCounts[w]; ok {
			low, high = v[0], v[1]
		} else {
			pct := strings.HasSuffix(w, "%")
			num := strings.ReplaceAll(strings.TrimSuffix(w, "%"), ",", "")
			v, err := strconv.ParseFloat(num, 64)
			if err != nil {
				continue
			}
			if !pct && !strings.Contains(w, ",") && v >= 1900 && v <= 2100 && !strings.Contains(num, ".") {
				continue // a year
			}
			if k > 0 && monthWords[strings.ToLower(toks[k-1].text)] || k+1 < len(toks) && monthWords[strings.ToLower(toks[k+1].text)] {
				continue // "June 26", "Feb. 5", "29 Jun"
			}
			if s, e := toks[k].start, toks[k].end; s > 0 && (rs[s-1] == '/' || rs[s-1] == ':') || e < len(rs) && (rs[e] == '/' || rs[e] == ':') {
				continue // "30/06/2025", "10:45"
			}
			if toks[k].end < len(rs) && (rs[toks[k].end] == '-' || rs[toks[k].end] == '–') && k+1 < len(toks) && isNumber(toks[k+1].text) && toks[k+1].start == toks[k].end+1 {
				k++ // "2025-2027": a span of years
				continue
			}
			if k+1 < len(toks) && scales[strings.ToLower(toks[k+1].text)] > 0 {
				v *= scales[strings.ToLower(toks[k+1].text)]
				last = k + 1
			}
			low, high = v, v
			if pct {
				out = append(out, Figure{Raw: string(rs[toks[first].start:toks[last].end]), Low: v, High: v, Units: []string{"%"}})
				widen(&out[len(out)-1], toks, first)
				continue
			}
		}
		f := Figure{Raw: string(rs[toks[first].start:toks[last].end]), Low: low, High: high}
		// what is counted: the next content words ("elite troops", "of troops", "-strong delegation")
		for j := last + 1; j < len(toks) && len(f.Units) < 3; j++ {
			u := strings.ToLower(toks[j].text)
			if u == "of" || u == "the" || u == "more" || u == "additional" {
				continue
			}
			if stopwords[u] || isNumber(u) {
				break
			}
			f.Units = append(f.Units, Stem(u))
		}
		widen(&f, toks, first)
		out = append(out, f)
		k = last
	}
	return out
}

// widen applies a hedge just before token k ("around", "more than", "up to").
func widen(f *Figure, toks []wordTok, k int) {
	if k == 0 {
		return
	}
	h, ok := figureHedges[strings.ToLower(toks[k-1].text)]
	if !ok {
		return
	}
	f.Low, f.High = f.Low*h[0], f.High*h[1]
}

// SameThing reports whether two figures count the same kind of thing (a shared unit word).
func SameThing(a, b Figure) bool {
	for _, u := range a.Units {
		for _, v := range b.Units {
			if u == v {
				return true
			}
		}
	}
	return false
}

// Compatible reports whether two figures' ranges overlap (allowing rounding: 5%).
func Compatible(a, b Figure) bool {
	slack := 0.05 * math.Max(math.Abs(a.High), math.Abs(b.High))
	return a.Low <= b.High+slack && b.Low <= a.High+slack
}
