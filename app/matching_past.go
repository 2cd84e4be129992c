package app

import (
	"strings"
	"time"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// A sentence that dates what it tells to a time well before every article of a claim
// ("The 2022 blackout ... cut power to Tashkent, Bishkek and Almaty", "the 2010 quake")
// tells an earlier event of the same kind, background the story recalls, not the claim.
// A year alone is no date mark of the matcher, so such a sentence met the claim on its
// words alone.

// statedDates are the last days of the dates text states with their year written
// ("2022", "25 January 2022", "in March 2019"), YYYY-MM-DD. Relative dates ("on Tuesday",
// "last year") are left out, as are dates that bound another time ("the highest since
// 2022", "before 2020": boundBefore): those date nothing the sentence tells.
func statedDates(text string) []string {
	if !hasYearDigits(text) {
		return nil
	}
	rs := []rune(text)
	var out []string
	for _, v := range reading.Find(text, "") {
		if v.Kind != reading.KindDate || len(v.End) < 10 || !strings.Contains(v.Raw, v.End[:4]) || boundBefore(rs, v.From) {
			continue
		}
		// a year alone is a date after "in", "the", "of", "during" ("the 2022 blackout", "in
		// 2019"); after a verb it may be a count ("holds 2045 cubic metres")
		if strings.TrimSpace(v.Raw) == v.End[:4] && !yearWordBefore(rs, v.From) {
			continue
		}
		out = append(out, v.End[:10])
	}
	return out
}

// yearWordBefore: the word before a year alone makes it a date ("the 2022 blackout").
func yearWordBefore(rs []rune, pos int) bool {
	ws := match.Words(string(rs[max(0, pos-12):pos]))
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "in", "the", "of", "during", "its", "that", "a":
		return true
	}
	return false
}

// hasYearDigits: four digits starting 19 or 20, a cheap test before reading dates.
func hasYearDigits(text string) bool {
	for i := 0; i+4 <= len(text); i++ {
		if (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') && isDigit(text[i+2]) && isDigit(text[i+3]) &&
			(i == 0 || !isDigit(text[i-1])) && (i+4 == len(text) || !isDigit(text[i+4])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// earlierEvent reports whether every date a sentence states ended more than
// publishedApartDays before every day the claim's articles were published, and none of
// them is near a date of the claim (matching_dates.go): the sentence tells an earlier event.
func (r claimRefs) earlierEvent(dates []string) bool {
	if len(dates) == 0 || len(r.mentionDays) == 0 {
		return false
	}
	for _, d := range dates {
		end, err := time.Parse("2006-01-02", d)
		if err != nil || near([]daySpan{{end, end}}, r.claimDays) {
			return false
		}
		for _, day := range r.mentionDays {
			if day.Sub(end) <= publishedApartDays*24*time.Hour {
				return false
			}
		}
	}
	return true
}
