package reading

import (
	"strconv"
	"strings"
	"time"
)

// The date rules follow app/suggest/dates.go (findDates, monthDay, resolveWeekday,
// seasonRange), copied and reshaped to give intervals with a precision instead of strings;
// where they differ it is said below.

const unresolvedNote = "a relative date, and the article has no publication date to resolve it against"

type dater struct {
	c   cursor
	pub time.Time
	ok  bool // pub is known
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func iso(t time.Time) string { return t.Format("2006-01-02") }

// interval builds a resolved date value.
func interval(first int, start, end time.Time, precision string) Value {
	return Value{From: first, Start: iso(start), End: iso(end), Precision: precision}
}

func monthInterval(first, y, m int) Value {
	s := day(y, m, 1)
	return interval(first, s, s.AddDate(0, 1, -1), Month)
}

func yearInterval(first, y1, y2 int) Value {
	return interval(first, day(y1, 1, 1), day(y2, 12, 31), Year)
}

// seasonInterval: the season s that starts in year y (winter runs into y+1).
func seasonInterval(first, y int, s [2]int) Value {
	start := day(y, s[0], 1)
	endY := y
	if s[0] > s[1] {
		endY = y + 1
	}
	return interval(first, start, day(endY, s[1], 1).AddDate(0, 1, -1), Season)
}

// unresolved is a relative date without a publication date; precision is what it would
// have had (kept out of the value: nothing is resolved).
func (d dater) unresolved(first int, _ string) Value {
	return Value{From: first, Note: unresolvedNote}
}

// dateAt reads a date starting at token k.
func (d dater) dateAt(k int) (Value, int, bool) {
	c := d.c
	toks := c.toks
	t := toks[k]
	lw := t.low
	first := k
	hedge := ""
	// "early June", "mid-June", "late 2024"
	if dateHedges[lw] && k+1 < len(toks) {
		j := k + 1
		if lw == "mid" && isDash(c.text(j)) && c.glued(j) {
			j++
		}
		if v, last, ok := d.dateAt(j); ok {
			v.Core = coreTok(v) + 1
			v.From = first
			v.Hedge = joinHedge(lw, v.Hedge)
			// "earlier this month" ends at publication, "later this week" starts there
			if pub := iso(d.pub); d.ok && v.Start != "" {
				if lw == "earlier" && v.End > pub && v.Start <= pub {
					v.End = pub
				}
				if lw == "later" && v.Start < pub && v.End >= pub {
					v.Start = pub
				}
			}
			return v, last, true
		}
		return Value{}, 0, false
	}
	if v, last, ok := d.ago(k); ok {
		return v, last, true
	}
	if t.kind == tWord {
		switch lw {
		case "today", "yesterday", "tomorrow":
			if !d.ok {
				return d.unresolved(first, Day), k, true
			}
			off := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[lw]
			x := d.pub.AddDate(0, 0, off)
			return interval(first, x, x, Day), k, true
		case "last", "this", "next", "past":
			if v, last, ok := d.relative(k); ok {
				return v, last, true
			}
		}
		// season (+ year): "fall 2024", "the fall of 2024", "in the fall"
		if s, ok := seasons[lw]; ok {
			j := k + 1
			if c.low(j) == "of" {
				j++
			}
			if j < len(toks) {
				if y, ok := toks[j].year(); ok {
					return seasonInterval(first, y, s), j, true
				}
			}
			if c.low(k-1) == "the" || c.low(k-1) == "in" || c.low(k-1) == "this" {
				if !d.ok {
					return d.unresolved(first, Season), k, true
				}
				// the latest such season that has begun by publication
				for y := d.pub.Year(); ; y-- {
					v := seasonInterval(first, y, s)
					if v.Start <= iso(d.pub) {
						return v, k, true
					}
				}
			}
		}
		if v, last, ok := d.monthBased(k); ok {
			v.Hedge = joinHedge(hedge, v.Hedge)
			return v, last, true
		}
		// weekday: the most recent such day on or before publication (app/suggest: dir -1, not strict)
		if wd, ok := weekdayNames[t.text]; ok {
			if !d.ok {
				return d.unresolved(first, Day), k, true
			}
			x := resolveWeekday(d.pub, wd, -1, false)
			if c.futureBefore(first) {
				x = resolveWeekday(d.pub.AddDate(0, 0, -1), wd, 1, false) // on or after publication
			}
			return interval(first, x, x, Day), k, true
		}
		// "the 1990s" handled at the number
		return Value{}, 0, false
	}
	if t.kind != tNum {
		return Value{}, 0, false
	}
	// day month [year]: "29 Jun 2025", "19 June 2024"
	if dd, ok := t.integer(); ok && dd >= 1 && dd <= 31 && len(t.text) <= 2 {
		if m, end := d.monthTok(k + 1); m > 0 {
			last := end
			year := 0
			if end+1 < len(toks) {
				if y, ok := toks[end+1].year(); ok {
					year, last = y, end+1
				}
			}
			return d.monthDay(first, year, m, dd), last, true
		}
	}
	if last, x, ok := d.numericDate(k); ok {
		return interval(first, x, x, Day), last, true
	}
	y, ok := t.year()
	if !ok || y < 1900 || y > 2100 {
		return Value{}, 0, false
	}
	// a year that is really a count or an amount: "2000 troops", "2025 percent", "$2024"
	next := c.low(k + 1)
	if next == "%" || next == "percent" || scaleWords[next] > 0 || units[next] != "" || (k > 0 && units[c.text(k-1)] != "" && toks[k-1].kind == tPunct) {
		return Value{}, 0, false
	}
	// decade: "1990s"
	if next == "s" && c.glued(k+1) && y%10 == 0 {
		return interval(first, day(y, 1, 1), day(y+9, 12, 31), Decade), k + 1, true
	}
	// "2025-2027", "2025 to 2027", "between 2025 and 2027"
	if (isDash(c.text(k+1)) && c.glued(k+1) && c.glued(k+2)) || next == "to" || next == "through" || (next == "and" && c.low(k-1) == "between") {
		if k+2 < len(toks) {
			if y2, ok := toks[k+2].year(); ok && y2 > y {
				return yearInterval(first, y, y2), k + 2, true
			}
		}
	}
	return yearInterval(first, y, y), k, true
}

// relative reads last/this/next + year|month|week|<month>|<weekday>|<season> at k.
func (d dater) relative(k int) (Value, int, bool) {
	c := d.c
	lw := c.low(k)
	if lw == "past" {
		return Value{}, 0, false
	}
	dir := map[string]int{"last": -1, "this": 0, "next": 1}[lw]
	nw := c.low(k + 1)
	first := k
	switch nw {
	case "year":
		if !d.ok {
			return d.unresolved(first, Year), k + 1, true
		}
		return yearInterval(first, d.pub.Year()+dir, d.pub.Year()+dir), k + 1, true
	case "month":
		if !d.ok {
			return d.unresolved(first, Month), k + 1, true
		}
		x := day(d.pub.Year(), int(d.pub.Month()), 1).AddDate(0, dir, 0)
		return monthInterval(first, x.Year(), int(x.Month())), k + 1, true
	case "week":
		if !d.ok {
			return d.unresolved(first, Day), k + 1, true
		}
		wd := (int(d.pub.Weekday()) + 6) % 7 // Monday = 0
		mon := d.pub.AddDate(0, 0, -wd+7*dir)
		return interval(first, mon, mon.AddDate(0, 0, 6), Week), k + 1, true
	}
	if m, end := d.monthTok(k + 1); m > 0 {
		if !d.ok {
			return d.unresolved(first, Month), end, true
		}
		y, pm := d.pub.Year(), int(d.pub.Month())
		switch dir {
		case -1: // "last June" in June 2025 = June 2024
			if m >= pm {
				y--
			}
		case 1:
			if m <= pm {
				y++
			}
		}
		return monthInterval(first, y, m), end, true
	}
	if wd, ok := weekdayNames[c.text(k+1)]; ok {
		if !d.ok {
			return d.unresolved(first, Day), k + 1, true
		}
		x := resolveWeekday(d.pub, wd, dir, true)
		return interval(first, x, x, Day), k + 1, true
	}
	if s, ok := seasons[nw]; ok {
		if !d.ok {
			return d.unresolved(first, Season), k + 1, true
		}
		// (differs from app/suggest) last = the latest such season over before publication;
		// this = the one of the publication's year (winter: the one running at publication in
		// Jan/Feb); next = the first that begins after publication.
		pub := iso(d.pub)
		switch dir {
		case -1:
			for y := d.pub.Year(); ; y-- {
				if v := seasonInterval(first, y, s); v.End < pub {
					return v, k + 1, true
				}
			}
		case 0:
			y := d.pub.Year()
			if s[0] > s[1] && d.pub.Month() <= 2 {
				y--
			}
			return seasonInterval(first, y, s), k + 1, true
		default:
			for y := d.pub.Year(); ; y++ {
				if v := seasonInterval(first, y, s); v.Start > pub {
					return v, k + 1, true
				}
			}
		}
	}
	return Value{}, 0, false
}

// monthTok: token k is a month name (capitalised; abbreviations may carry a dot). Returns
// the month and the index of its last token.
func (d dater) monthTok(k int) (int, int) {
	c := d.c
	if k < 0 || k >= len(c.toks) || c.toks[k].kind != tWord {
		return 0, k
	}
	m := monthNames[c.toks[k].text]
	if m == 0 {
		// all-capitals or lower-case spellings in an analyst's raw value: "june"
		t := c.toks[k].low
		if len(t) > 3 {
			m = monthNames[string(t[0]-32)+t[1:]]
			if m != 0 && (t == "may" || t == "march") {
				m = 0 // "may" and "march" in lower case are verbs
			}
		}
		if m == 0 {
			return 0, k
		}
	}
	last := k
	// an abbreviation's dot ("Feb."); "May." ends a sentence
	if w := c.toks[k].text; len(w) <= 4 && w != "May" && w != "June" && w != "July" && c.text(k+1) == "." && c.glued(k+1) {
		last = k + 1
	}
	return m, last
}

// monthBased reads "June 19, 2024", "June 2024", "June of 2024", "June of last year", and a
// month alone ("in September"), at k.
func (d dater) monthBased(k int) (Value, int, bool) {
	c := d.c
	toks := c.toks
	m, end := d.monthTok(k)
	if m == 0 {
		return Value{}, 0, false
	}
	first := k
	// month day [, year]
	if end+1 < len(toks) {
		if dd, ok := toks[end+1].integer(); ok && dd >= 1 && dd <= 31 && len(toks[end+1].text) <= 2 {
			last := end + 1
			year := 0
			if c.text(last+1) == "," && last+2 < len(toks) {
				if y, ok := toks[last+2].year(); ok {
					year, last = y, last+2
				}
			} else if last+1 < len(toks) {
				if y, ok := toks[last+1].year(); ok {
					year, last = y, last+1
				}
			}
			return d.monthDay(first, year, m, dd), last, true
		}
		if y, ok := toks[end+1].year(); ok {
			return monthInterval(first, y, m), end + 1, true
		}
	}
	// "June of 2024", "June of last year"
	if c.low(end+1) == "of" {
		if end+2 < len(toks) {
			if y, ok := toks[end+2].year(); ok {
				return monthInterval(first, y, m), end + 2, true
			}
		}
		if w := c.low(end + 2); (w == "last" || w == "this" || w == "next") && c.low(end+3) == "year" {
			if !d.ok {
				return d.unresolved(first, Month), end + 3, true
			}
			return monthInterval(first, d.pub.Year()+map[string]int{"last": -1, "this": 0, "next": 1}[w], m), end + 3, true
		}
	}
	// a month alone; "May" and "March" only after a word such as "in" or "since"
	ambiguous := m == 5 || m == 3 && len(toks[k].text) > 3
	if ambiguous && !monthContext[c.low(k-1)] && len(toks) > 1 {
		return Value{}, 0, false
	}
	if !d.ok {
		return d.unresolved(first, Month), end, true
	}
	// the latest such month on or before publication ("in September" in March 2024 = 2023-09)
	y := d.pub.Year()
	if m > int(d.pub.Month()) {
		y--
	}
	return monthInterval(first, y, m), end, true
}

// monthDay resolves "June 29" (year 0 = unstated) against the publication date: the stated
// year, else yearNear.
func (d dater) monthDay(first, year, m, dd int) Value {
	if year == 0 {
		if !d.ok {
			return d.unresolved(first, Day)
		}
		year = yearNear(d.pub, m, dd)
	}
	x := day(year, m, dd)
	if x.Day() != dd {
		return Value{From: first, Note: NoteNotADate}
	}
	return interval(first, x, x, Day)
}

// numericDate reads yyyy-mm-dd, dd/mm/yyyy and mm/dd/yyyy (when the day is over 12).
func (d dater) numericDate(k int) (int, time.Time, bool) {
	c := d.c
	toks := c.toks
	// "30.06.2025": the tokenizer reads it as one token
	if t := toks[k]; t.kind == tNum && strings.Count(t.text, ".") == 2 && !strings.Contains(t.text, ",") {
		p := strings.Split(t.text, ".")
		dd, _ := strconv.Atoi(p[0])
		m, _ := strconv.Atoi(p[1])
		y, _ := strconv.Atoi(p[2])
		if x := day(y, m, dd); len(p[2]) == 4 && m >= 1 && m <= 12 && x.Day() == dd {
			return k, x, true
		}
		return 0, time.Time{}, false
	}
	if k+4 >= len(toks) {
		return 0, time.Time{}, false
	}
	for i := k + 1; i <= k+4; i++ {
		if toks[i].space {
			return 0, time.Time{}, false
		}
	}
	s1, s2 := toks[k+1].text, toks[k+3].text
	if s1 != s2 || (s1 != "/" && s1 != "-" && s1 != ".") {
		return 0, time.Time{}, false
	}
	a1, ok1 := toks[k].integer()
	a2, ok2 := toks[k+2].integer()
	a3, ok3 := toks[k+4].integer()
	if !ok1 || !ok2 || !ok3 {
		return 0, time.Time{}, false
	}
	var y, m, dd int
	switch {
	case len(toks[k].text) == 4 && s1 == "-":
		y, m, dd = a1, a2, a3
	case len(toks[k+4].text) == 4 && s1 != "-":
		y = a3
		if a2 > 12 {
			m, dd = a1, a2
		} else {
			dd, m = a1, a2
		}
	default:
		return 0, time.Time{}, false
	}
	x := day(y, m, dd)
	if m < 1 || m > 12 || dd < 1 || x.Day() != dd {
		return 0, time.Time{}, false
	}
	return k + 4, x, true
}

// futureCues before a weekday in its clause say it is to come: "will visit Yeonpyeong on
// Monday", "is due to resume on Sunday", "said it would reopen on Friday", "plans to call
// her counterpart on Thursday", "traders expect prices to fall in May" (Forecast).
var futureCues = set(`will shall would due scheduled expected expects expect forecast forecasts predict predicts going intends
intend plans planned planning aims hopes`)

// futureBefore reports whether the clause before token k (back to a comma, semicolon,
// colon or full stop, twelve words at most) speaks of the future, or the weekday is a
// bound not yet reached ("as early as Thursday", "as soon as Monday").
func (c cursor) futureBefore(k int) bool {
	if k >= 3 && c.toks[k-1].low == "as" && (c.toks[k-2].low == "early" || c.toks[k-2].low == "soon") && c.toks[k-3].low == "as" {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if c.toks[j].kind == tPunct && strings.ContainsAny(c.toks[j].text, ".,;:") {
			return false
		}
		if futureCues[c.toks[j].low] || strings.HasSuffix(c.toks[j].low, "'ll") {
			return true
		}
	}
	return false
}

// resolveWeekday (copied from app/suggest): dir -1 = the most recent such day on or before
// pub (strictly before when strict), 0 = this week's (Monday-based), 1 = the next one after.
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

// ago reads "two days ago", "a week ago", "three years ago" at k: the day, week, month or
// year that far before publication.
func (d dater) ago(k int) (Value, int, bool) {
	c := d.c
	n, j := 0, k+1
	switch {
	case c.low(k) == "a" || c.low(k) == "one":
		n = 1
	case c.toks[k].kind == tNum:
		v, ok := c.toks[k].integer()
		if !ok || v > 1000 {
			return Value{}, 0, false
		}
		n = v
	default:
		v, ok := numberWords[c.low(k)]
		if !ok {
			return Value{}, 0, false
		}
		n = v
	}
	unit := strings.TrimSuffix(c.low(j), "s")
	if c.low(j+1) != "ago" || (unit != "day" && unit != "week" && unit != "month" && unit != "year") {
		return Value{}, 0, false
	}
	if !d.ok {
		return d.unresolved(k, Day), j + 1, true
	}
	switch unit {
	case "day":
		x := d.pub.AddDate(0, 0, -n)
		return interval(k, x, x, Day), j + 1, true
	case "week":
		x := d.pub.AddDate(0, 0, -7*n)
		mon := x.AddDate(0, 0, -((int(x.Weekday()) + 6) % 7))
		return interval(k, mon, mon.AddDate(0, 0, 6), Week), j + 1, true
	case "month":
		x := day(d.pub.Year(), int(d.pub.Month()), 1).AddDate(0, -n, 0)
		return monthInterval(k, x.Year(), int(x.Month())), j + 1, true
	}
	return yearInterval(k, d.pub.Year()-n, d.pub.Year()-n), j + 1, true
}

// yearNear is the year of a month and day written without one: the latest such day on or
// before two months after ref. News reports the past and announces the near future; a
// date more than two months ahead is last year's ("Dec. 28" in an article of January 15).
func yearNear(ref time.Time, m, dd int) int {
	limit := ref.AddDate(0, 2, 0)
	y := limit.Year()
	if day(y, m, dd).After(limit) {
		y--
	}
	return y
}

// IntervalOf reads a date's text (Value.Text: "2026-11-30", "2026-11",
// "2026-11-23..2026-11-29", "2025..2027"; the suggester's normalised dates) back as the
// first and last day it stands for. A decade ("1990s") or anything else: ok false.
func IntervalOf(text string) (start, end time.Time, ok bool) {
	from, to, _ := strings.Cut(text, "..")
	if to == "" {
		to = from
	}
	start, ok = firstDayOf(from)
	if !ok {
		return start, end, false
	}
	last, ok := firstDayOf(to)
	if !ok {
		return start, end, false
	}
	// the last day of to's own precision: a day, a month or a year
	switch len(to) {
	case 7:
		end = last.AddDate(0, 1, -1)
	case 4:
		end = last.AddDate(1, 0, -1)
	default:
		end = last
	}
	return start, end, !end.Before(start)
}

// firstDayOf reads "YYYY-MM-DD", "YYYY-MM" or "YYYY" as its first day.
func firstDayOf(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			t, err := time.Parse(layout, s)
			return t, err == nil
		}
	}
	return time.Time{}, false
}
