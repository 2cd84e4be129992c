package app

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The short text fields an analyst types on a claim mention, with the longest each may be.
// A value is refused, never cut: a figure as written ("more than 1.5 million tonnes"), a
// hedge ("about"), a channel as the article words it ("AFP, citing Interfax"). ratk3 found a
// NUL accepted in a raw value (SQLite reads text only up to it) and a 100,000-character
// channel text accepted.
const (
	maxRawValue    = 500
	maxHedge       = 100
	maxChannelText = 500
)

// checkMentionFields refuses a raw value, hedge or channel text (nil: not given) holding a
// control character or longer than its field allows.
func checkMentionFields(raw, hedge, channel *string) error {
	for _, f := range []struct {
		label string
		v     *string
		max   int
	}{{"the figure as written", raw, maxRawValue}, {"the hedge", hedge, maxHedge}, {"the channel", channel, maxChannelText}} {
		if f.v == nil {
			continue
		}
		v := strings.TrimSpace(*f.v)
		if strings.IndexFunc(v, unicode.IsControl) >= 0 {
			return Invalid("%s cannot contain control characters", f.label)
		}
		if n := utf8.RuneCountInString(v); n > f.max {
			return Invalid("%s is %d characters long; at most %d are kept on a mention (put longer text in the claim's note)", f.label, n, f.max)
		}
	}
	return nil
}
