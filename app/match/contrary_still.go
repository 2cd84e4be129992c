package match

// A state said to go on ("It was still burning at lunchtime", "the terminal remained shut
// on Thursday", "the fire continued to burn on Monday") at a time not before another text's
// end of it ("the fire was put out early on Monday", "the terminal reopened on Tuesday")
// contradicts that end: two times alone read as a change (Contrary), but a change cannot
// come before the state it ended is still there. Said earlier, it is the time before the
// change and contradicts nothing. r14contra3: the dev stories' "put out ... / still burning
// at lunchtime" pairs were read as changes or not at all.

// lastingWords say that a state goes on: "still" before it, or a verb of lasting.
var lastingWords = wordSet(`still remain stay continue keep`)

// gerundOpeners before a word in -ing make it the time around another state ("after
// burning for hours", "before closing"), not a state of its own.
var gerundOpeners = wordSet(`after before since while until`)

// lasting reports whether the state at i..i+n is said to go on (a lasting word in its
// verb group or its own phrase: "was still burning", "remained shut"), and the token its
// words start at for the reason shown ("still burning"; else i).
func lasting(words, lemmas []string, start, i, n int) (bool, int) {
	for j := i + n - 1; j >= max(start, i-3); j-- {
		if lastingWords[lemmas[j]] || lastingWords[words[j]] {
			if j < i && words[j] == "still" {
				return true, j
			}
			return true, i
		}
		if j < i && !verbGroup[lemmas[j]] && !beingVerbs[lemmas[j]] && words[j] != "to" {
			return false, i
		}
	}
	return false, i
}

// notBefore reports whether times a are not before times b: the first kind of time both
// name with different values (a year, a month, a day of the week, a part of the day)
// orders them; a kind that cannot be ordered ("now", "again", hours without am or pm)
// says nothing, and then a is not known to be after b.
func notBefore(a, b []string) bool {
	for _, kind := range []string{"year", "month", "day", "daypart"} {
		x, nx := timeOfKind(a, kind)
		y, ny := timeOfKind(b, kind)
		if nx == 0 || ny == 0 || x == y {
			continue
		}
		ox, okx := timeOrder(kind, x)
		oy, oky := timeOrder(kind, y)
		if nx > 1 || ny > 1 || !okx || !oky {
			return false // "on Wednesday again", "now": not ordered
		}
		if kind == "day" {
			// days of the week go round: the nearer way decides ("Sunday" then "Monday")
			return (ox-oy+7)%7 <= 3
		}
		return ox > oy
	}
	return true
}

// timeOfKind is a time word of kind in ts and how many ts has.
func timeOfKind(ts []string, kind string) (string, int) {
	found, n := "", 0
	for _, t := range ts {
		if timeKind(t) == kind {
			found, n = t, n+1
		}
	}
	return found, n
}

var (
	weekOrder    = map[string]int{"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
	monthOrder   = map[string]int{"jan": 0, "feb": 1, "mar": 2, "apr": 3, "may": 4, "jun": 5, "jul": 6, "aug": 7, "sep": 8, "oct": 9, "nov": 10, "dec": 11}
	dayPartOrder = map[string]int{"dawn": 0, "morning": 1, "noon": 2, "afternoon": 3, "evening": 4, "night": 5, "midnight": 6}
)

// timeOrder is a time word's place among its kind.
func timeOrder(kind, t string) (int, bool) {
	var o int
	var ok bool
	switch kind {
	case "year":
		o, ok = 0, len(t) == 4
		for _, r := range t {
			o = o*10 + int(r-'0')
		}
	case "month":
		o, ok = monthOrder[t]
	case "day":
		o, ok = weekOrder[t]
	case "daypart":
		o, ok = dayPartOrder[t]
	}
	return o, ok
}
