package suggest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// pubDate is the publication date, if known.
type pubDate struct {
	ok bool
	t  time.Time
}

func parsePub(s string) pubDate {
	if len(s) < 10 {
		return pubDate{}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return pubDate{}
	}
	return pubDate{ok: true, t: t}
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }
func ym(y, m int) string     { return fmt.Sprintf("%04d-%02d", y, m) }

// word returns the token text at k, or "" past the end or across a line break
// (when nlStop).
func (a *analysis) word(k int) string {
	if k < 0 || k >= len(a.toks) {
		return ""
	}
	return a.toks[k].text
}

// sameLine: token k exists and continues the line of token k-1.
func (a *analysis) next(k int) bool { return k < len(a.toks) && !a.toks[k].nl }

func atoiTok(t token) (int, bool) {
	if t.kind != tNum || strings.ContainsAny(t.text, ",.") {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	return n, err == nil
}

func isYear(t token) (int, bool) {
	n, ok := atoiTok(t)
	if !ok || len(t.text) != 4 || n < 1800 || n > 2199 {
		return 0, false
	}
	return n, true
}

// monthTok: token k is a month name (abbreviations may carry a dot); returns
// month and the index of its last token.
func (a *analysis) monthTok(k int) (int, int) {
	if k >= len(a.toks) || a.toks[k].kind != tWord {
		return 0, k
	}
	m := monthNames[a.toks[k].text]
	if m == 0 {
		return 0, k
	}
	last := k
	if len(a.toks[k].text) <= 4 && a.toks[k].text != "June" && a.toks[k].text != "July" && a.toks[k].text != "May" {
		// abbreviation: "Feb." or "Feb"
		if k+1 < len(a.toks) && a.toks[k+1].text == "." && !a.toks[k+1].space {
			last = k + 1
		}
	}
	return m, last
}

var monthContext = set(`in since until till by from of early late mid last next this during through before after between and or to throughout`)

func (a *analysis) addDate(first, last int, norm, hedge string) {
	a.add(candidate{start: a.toks[first].start, end: a.toks[last].end, typ: TypeDate, rule: RuleDate, conf: 0.9, norm: norm, hedge: hedge})
}

// findDates finds calendar expressions and resolves them against the
// publication date.
func (a *analysis) findDates() {
	toks := a.toks
	p := a.pub
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		lw := strings.ToLower(t.text)
		// relative: last/this/next + year|month|week|<month>|<weekday>|<season>
		if t.kind == tWord && (lw == "last" || lw == "this" || lw == "next" || lw == "past") && a.next(k+1) {
			nw := toks[k+1].text
			dir := map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}[lw]
			switch {
			case nw == "year" && lw != "past":
				norm := ""
				if p.ok {
					norm = strconv.Itoa(p.t.Year() + dir)
				}
				a.addDate(k, k+1, norm, "")
				k++
				continue
			case nw == "month" && lw != "past":
				norm := ""
				if p.ok {
					d := p.t.AddDate(0, dir, 0)
					norm = ym(d.Year(), int(d.Month()))
				}
				a.addDate(k, k+1, norm, "")
				k++
				continue
			case nw == "week" && lw != "past":
				norm := ""
				if p.ok {
					wd := (int(p.t.Weekday()) + 6) % 7 // Monday = 0
					mon := p.t.AddDate(0, 0, -wd+7*dir)
					norm = ymd(mon) + ".." + ymd(mon.AddDate(0, 0, 6))
				}
				a.addDate(k, k+1, norm, "")
				k++
				continue
			}
			if m, end := a.monthTok(k + 1); m > 0 && lw != "past" {
				norm := ""
				if p.ok {
					y := p.t.Year()
					pm := int(p.t.Month())
					switch dir {
					case -1:
						if m >= pm {
							y--
						}
					case 1:
						if m <= pm {
							y++
						}
					}
					norm = ym(y, m)
				}
				a.addDate(k, end, norm, "")
				k = end
				continue
			}
			if wd, ok := weekdayNames[nw]; ok && lw != "past" {
				norm := ""
				if p.ok {
					norm = ymd(resolveWeekday(p.t, wd, dir, true))
				}
				a.addDate(k, k+1, norm, "")
				k++
				continue
			}
			if s, ok := seasons[strings.ToLower(nw)]; ok && lw != "past" {
				norm := ""
				if p.ok {
					y := p.t.Year() + dir
					if dir == 0 || (dir == -1 && int(p.t.Month()) > s[1] && s[0] < s[1]) {
						y = p.t.Year()
						if dir == -1 {
							y = p.t.Year()
						}
					}
					norm = seasonRange(y, s)
				}
				a.addDate(k, k+1, norm, "")
				k++
				continue
			}
		}
		// season + year: "fall 2024", "the fall of 2024"
		if s, ok := seasons[lw]; ok && t.kind == tWord {
			j := k + 1
			if a.word(j) == "of" {
				j++
			}
			if a.next(j) && j < len(toks) {
				if y, ok := isYear(toks[j]); ok {
					a.addDate(k, j, seasonRange(y, s), "")
					k = j
					continue
				}
			}
		}
		// month-based
		if m, end := a.monthTok(k); m > 0 && t.cap {
			// day
			if a.next(end + 1) {
				if d, ok := atoiTok(toks[end+1]); ok && d >= 1 && d <= 31 && len(toks[end+1].text) <= 2 {
					last := end + 1
					year := 0
					if a.word(last+1) == "," && a.next(last+2) {
						if y, ok := isYear(toks[last+2]); ok {
							year, last = y, last+2
						}
					} else if a.next(last + 1) {
						if y, ok := isYear(toks[last+1]); ok {
							year, last = y, last+1
						}
					}
					a.addDate(k, last, a.monthDay(year, m, d), "")
					k = last
					continue
				}
				if y, ok := isYear(toks[end+1]); ok {
					a.addDate(k, end+1, ym(y, m), "")
					k = end + 1
					continue
				}
			}
			// "June of last year", "June of 2024"
			if a.word(end+1) == "of" && a.next(end+2) {
				if y, ok := isYear(toks[end+2]); ok {
					a.addDate(k, end+2, ym(y, m), "")
					k = end + 2
					continue
				}
				if w := a.word(end + 2); (w == "last" || w == "this" || w == "next") && a.word(end+3) == "year" {
					norm := ""
					if p.ok {
						norm = ym(p.t.Year()+map[string]int{"last": -1, "this": 0, "next": 1}[w], m)
					}
					a.addDate(k, end+3, norm, "")
					k = end + 3
					continue
				}
			}
			// a month alone
			full := end == k && len(t.text) > 4 || t.text == "June" || t.text == "July"
			ambiguous := t.text == "May" || t.text == "March"
			prev := ""
			if k > 0 && !t.nl {
				prev = strings.ToLower(toks[k-1].text)
			}
			if (full && !ambiguous) || (ambiguous && monthContext[prev]) {
				if t.sentInit && ambiguous {
					continue
				}
				norm := ""
				if p.ok {
					y := p.t.Year()
					if m > int(p.t.Month()) {
						y--
					}
					norm = ym(y, m)
				}
				hedge := ""
				if prev == "early" || prev == "late" || prev == "mid" {
					hedge = prev
				}
				a.addDate(k, end, norm, hedge)
				k = end
				continue
			}
		}
		// day month [year]: "29 Jun 2025"
		if d, ok := atoiTok(t); ok && d >= 1 && d <= 31 && len(t.text) <= 2 && a.next(k+1) {
			if m, end := a.monthTok(k + 1); m > 0 {
				last := end
				year := 0
				if a.next(end + 1) {
					if y, ok := isYear(toks[end+1]); ok {
						year, last = y, end+1
					}
				}
				a.addDate(k, last, a.monthDay(year, m, d), "")
				k = last
				continue
			}
		}
		// weekday
		if wd, ok := weekdayNames[t.text]; ok {
			norm := ""
			if p.ok {
				norm = ymd(resolveWeekday(p.t, wd, -1, false))
			}
			a.addDate(k, k, norm, "")
			continue
		}
		// numeric dates: 30/06/2025, 2025-06-30; years and year ranges
		if t.kind == tNum {
			if last, norm, ok := a.numericDate(k); ok {
				a.addDate(k, last, norm, "")
				k = last
				continue
			}
			if y, ok := isYear(t); ok && y >= 1900 && y <= 2100 {
				nt := a.word(k + 1)
				if nt == "%" || scaleWords[strings.ToLower(nt)] > 0 || (k > 0 && (toks[k-1].text == "$" || toks[k-1].text == "€" || toks[k-1].text == "£")) {
					continue
				}
				// "2025-2027"
				if k+2 < len(toks) && isHyphenOrDash(toks[k+1].text) && !toks[k+1].space && !toks[k+2].space {
					if y2, ok := isYear(toks[k+2]); ok && y2 > y {
						a.addDate(k, k+2, fmt.Sprintf("%d..%d", y, y2), "")
						k += 2
						continue
					}
				}
				a.addDate(k, k, strconv.Itoa(y), "")
			}
		}
	}
}

func isHyphenOrDash(s string) bool {
	return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2010" || s == "\u2011"
}

// numericDate reads dd/mm/yyyy, mm/dd/yyyy (when unambiguous) and yyyy-mm-dd.
func (a *analysis) numericDate(k int) (int, string, bool) {
	toks := a.toks
	if k+4 >= len(toks) {
		return 0, "", false
	}
	for i := k + 1; i <= k+4; i++ {
		if toks[i].space {
			return 0, "", false
		}
	}
	s1, s2 := toks[k+1].text, toks[k+3].text
	if s1 != s2 || (s1 != "/" && s1 != "-" && s1 != ".") {
		return 0, "", false
	}
	a1, ok1 := atoiTok(toks[k])
	a2, ok2 := atoiTok(toks[k+2])
	a3, ok3 := atoiTok(toks[k+4])
	if !ok1 || !ok2 || !ok3 {
		return 0, "", false
	}
	var y, m, d int
	switch {
	case len(toks[k].text) == 4 && s1 == "-":
		y, m, d = a1, a2, a3
	case len(toks[k+4].text) == 4 && s1 != "-":
		y = a3
		if a2 > 12 {
			m, d = a1, a2
		} else {
			d, m = a1, a2
		}
	default:
		return 0, "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d {
		return 0, "", false
	}
	return k + 4, ymd(t), true
}

// monthDay resolves "June 29" (year 0 = unstated) against the publication date:
// the stated year, else the publication year unless that puts the date more
// than two months after publication.
func (a *analysis) monthDay(year, m, d int) string {
	if year == 0 {
		if !a.pub.ok {
			return ""
		}
		year = a.pub.t.Year()
		t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.After(a.pub.t.AddDate(0, 2, 0)) {
			year--
		}
	}
	t := time.Date(year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return ymd(t)
}

// resolveWeekday: dir -1 = the most recent such day on or before (strictly
// before when strict), 0 = this week's, 1 = the next one after.
func resolveWeekday(pub time.Time, wd, dir int, strict bool) time.Time {
	diff := (int(pub.Weekday()) - wd + 7) % 7
	switch dir {
	case 1:
		ahead := (wd - int(pub.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return pub.AddDate(0, 0, ahead)
	case 0:
		mon := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		return mon.AddDate(0, 0, (wd+6)%7)
	}
	if strict && diff == 0 {
		diff = 7
	}
	return pub.AddDate(0, 0, -diff)
}

func seasonRange(y int, s [2]int) string {
	if s[0] > s[1] { // winter
		return fmt.Sprintf("%s..%s", ym(y, s[0]), ym(y+1, s[1]))
	}
	return fmt.Sprintf("%s..%s", ym(y, s[0]), ym(y, s[1]))
}
