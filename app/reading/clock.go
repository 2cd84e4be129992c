package reading

// Times of day and the dates of statements.
//
// Times of day are not figures: "8.30 a.m.", "7 am", "10 this morning", "half past
// eight", "quarter to nine" name a moment, and read as counts they made one departure time
// disagree with itself ("8.30" against "eight"). They are left unread (neither figure nor
// date) until the reading has a kind for them.

// dayParts after a number make it a time of day ("10 this morning", "six in the evening").
var dayParts = set(`morning afternoon evening night`)

// clockWords right after a number make it a time of day.
var clockWords = set(`am pm o'clock oclock gmt utc`)

// clockAfter reports whether the tokens from k make the number before them a time of day.
func (c cursor) clockAfter(k int) bool {
	lw := c.low(k)
	switch {
	case clockWords[lw]:
		return true
	case (lw == "a" || lw == "p") && c.text(k+1) == "." && c.glued(k+1) && c.low(k+2) == "m": // a.m., p.m.
		return true
	case lw == "local" && c.low(k+1) == "time":
		return true
	case (lw == "this" || lw == "that" || lw == "on") && dayParts[c.low(k+1)]: // "10 this morning"
		return true
	case lw == "in" && c.low(k+1) == "the" && dayParts[c.low(k+2)]: // "six in the evening"
		return true
	}
	return false
}

// clockBefore reports whether the words before token k make the number at k a time of day:
// "half past eight", "ten past nine", "a quarter to nine".
func (c cursor) clockBefore(k int) bool {
	switch c.low(k - 1) {
	case "past":
		return true
	case "to":
		return c.low(k-2) == "quarter" || c.low(k-2) == "twenty" || c.low(k-2) == "ten"
	}
	return false
}

// reportWords before a date make it the date of a statement: "said on Saturday", "told
// reporters Monday", "in a statement on Friday", "at a news conference late Tuesday".
var reportWords = set(`said says say told tells reported reports announced announces stated added confirmed
reporters statement statements conference briefing`)

// reportBefore reports whether the date starting at token k follows a reporting verb or
// noun (past "on", "late", "early").
func (c cursor) reportBefore(k int) bool {
	j := k - 1
	for j >= 0 && (c.low(j) == "on" || c.low(j) == "late" || c.low(j) == "early") {
		j--
	}
	return j >= 0 && reportWords[c.low(j)]
}
