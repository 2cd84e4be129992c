package reading

import "strings"

// Forecast reports whether the value written raw in text (a mention's quote) is said of
// something to come: its clause speaks of the future, a plan or a schedule before it ("is
// expected to reopen on Saturday", "will arrive next week", "plans to raise output in
// 2027"; futureBefore, the reading that already takes such a weekday for the next one).
// A forecast's date and the date of what happened are not two accounts of one time: the
// tunnel expected to reopen on Saturday that reopened on Thursday is no contradiction.
// False when raw does not occur in text.
func Forecast(text, raw string) bool {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return false
	}
	at := indexFold(text, raw)
	if at < 0 {
		return false
	}
	c := cursor{toks: tokenize(text)}
	for k, t := range c.toks {
		if t.start >= at {
			return c.futureBefore(k)
		}
	}
	return false
}
