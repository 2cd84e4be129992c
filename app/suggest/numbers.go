package suggest

import (
	"strconv"
	"strings"
)

// notCount: a spelled-out number after these words is a reference ("the two
// countries"), not a count.
var notCount = set(`the both these those all its their his her our your my each every other`)

var durationUnits = set(`year years month months week weeks day days hour hours minute minutes second seconds decade decades century old`)

// findNumbers finds cardinal counts and percentages with their hedges.
func (a *analysis) findNumbers() {
	toks := a.toks
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch t.kind {
		case tNum:
			// times (10:45), parts of numeric dates and ratios
			if k+1 < len(toks) && !toks[k+1].space && (toks[k+1].text == ":" || toks[k+1].text == "/") {
				continue
			}
			if k > 0 && !t.space && (toks[k-1].text == ":" || toks[k-1].text == "/") {
				continue
			}
			if k+2 < len(toks) && isHyphenOrDash(toks[k+1].text) && !toks[k+1].space && !toks[k+2].space && durationUnits[strings.ToLower(toks[k+2].text)] {
				k += 2
				continue // "a 12-year hiatus": a duration, not a count
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(t.text, ",", ""), 64)
			if err != nil {
				continue
			}
			first, last := k, k
			if k > 0 && !t.space && (toks[k-1].text == "$" || toks[k-1].text == "€" || toks[k-1].text == "£") {
				first = k - 1
			}
			norm := ""
			switch {
			case a.word(k+1) == "%" && !toks[k+1].space:
				last = k + 1
				norm = fmtNum(v) + "%"
			case a.word(k+1) == "percent" && a.next(k+1):
				last = k + 1
				norm = fmtNum(v) + "%"
			case a.word(k+1) == "per" && a.word(k+2) == "cent":
				last = k + 2
				norm = fmtNum(v) + "%"
			case scaleWords[strings.ToLower(a.word(k+1))] > 0 && a.next(k+1):
				last = k + 1
				norm = fmtNum(v * scaleWords[strings.ToLower(a.word(k+1))])
			default:
				norm = fmtNum(v)
			}
			a.addNumber(first, last, norm, 0.85)
			k = last
		case tWord:
			lw := strings.ToLower(t.text)
			if r, ok := vagueNumbers[lw]; ok {
				first := k
				// "tens of thousands", "hundreds of thousands"
				if (lw == "thousands" || lw == "millions") && k >= 2 && a.word(k-1) == "of" {
					switch strings.ToLower(a.word(k - 2)) {
					case "tens":
						first, r = k-2, map[string]string{"thousands": "10000..99999", "millions": "10000000..99999999"}[lw]
					case "hundreds":
						first, r = k-2, map[string]string{"thousands": "100000..999999", "millions": "100000000..999999999"}[lw]
					}
				}
				a.addNumber(first, k, r, 0.75)
				continue
			}
			if t.cap && !t.sentInit {
				continue
			}
			v, ok := spelledNumber(lw)
			if !ok {
				continue
			}
			if j := a.prevWord(k); j >= 0 && notCount[strings.ToLower(toks[j].text)] {
				continue
			}
			// "two thousand", "three million"
			last := k
			if s := scaleWords[strings.ToLower(a.word(k+1))]; s > 0 && a.next(k+1) {
				v *= s
				last = k + 1
			}
			// followed by a word, not a hyphen ("four-day" is one word already)
			a.addNumber(k, last, fmtNum(v), 0.7)
			k = last
		}
	}
}

func spelledNumber(w string) (float64, bool) {
	if n, ok := numberWords[w]; ok {
		return float64(n), true
	}
	// "twenty-five"
	if i := strings.IndexAny(w, "-\u2010\u2011"); i > 0 {
		t, ok1 := numberWords[w[:i]]
		_, size := 0, 1
		if w[i] != '-' {
			size = 3
		}
		u, ok2 := numberWords[w[i+size:]]
		if ok1 && ok2 && t >= 20 && t%10 == 0 && u < 10 {
			return float64(t + u), true
		}
	}
	return 0, false
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func (a *analysis) addNumber(first, last int, norm string, conf float64) {
	a.add(candidate{start: a.toks[first].start, end: a.toks[last].end, typ: TypeNumber, rule: RuleNumber, conf: conf,
		norm: norm, hedge: a.hedgeBefore(first)})
}

// hedgeBefore reads the hedge words just before token k: "around",
// "more than", and a modal such as "likely" a little further back.
func (a *analysis) hedgeBefore(k int) string {
	var parts []string
	words := func(n int) string {
		var ws []string
		for j := k - n; j < k; j++ {
			if j < 0 || a.toks[j].kind != tWord {
				return ""
			}
			ws = append(ws, strings.ToLower(a.toks[j].text))
		}
		return strings.Join(ws, " ")
	}
	hedge := ""
	n := 0
	for _, h := range numberHedges {
		c := strings.Count(h, " ") + 1
		if words(c) == h {
			hedge, n = h, c
			break
		}
	}
	for j := k - n - 1; j >= 0 && j >= k-n-3; j-- {
		if a.toks[j].kind != tWord {
			break
		}
		if w := strings.ToLower(a.toks[j].text); modalHedges[w] {
			parts = append(parts, w)
			break
		}
	}
	if hedge != "" {
		parts = append(parts, hedge)
	}
	return strings.Join(parts, " ")
}

// theNorth: "the North" / "the South" stand for the document's North or
// South country ("North Korea") when it is named in the document.
func (a *analysis) theNorth() {
	found := map[string]string{}
	for _, c := range a.gazHits {
		if c.typ != TypePlace || !a.gaz.countries[c.name] {
			continue
		}
		for _, dir := range []string{"North", "South"} {
			if strings.HasPrefix(c.name, dir+" ") {
				if prev, ok := found[dir]; ok && prev != c.name {
					found[dir] = "" // two candidates: ambiguous
				} else {
					found[dir] = c.name
				}
			}
		}
	}
	toks := a.toks
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		name := found[t.text]
		if name == "" || !strings.EqualFold(toks[k-1].text, "the") || t.nl {
			continue
		}
		if k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].cap && toks[k+1].space && !toks[k+1].nl {
			continue // "the North Korean ...", "the North Atlantic ..."
		}
		a.add(candidate{start: t.start, end: t.end, typ: TypePlace, rule: RuleAlias, conf: 0.8, name: name})
	}
}
