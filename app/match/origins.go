package match

import (
	"regexp"
	"sort"
	"strings"
)

// OriginCue is where an article says it got its material: an agency (canonical name),
// possibly relayed by another (Via), with the words that say so.
type OriginCue struct {
	Origin     string  `json:"origin"`
	Via        string  `json:"via"`
	Cue        string  `json:"cue"`
	Start      int     `json:"start"` // the cue's code points in the text
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

var (
	roleBefore = regexp.MustCompile(`(?i)(according to|reported by|stated by|noted by|released by|quoted by|cited by|citing|carried by|told)\s+(?:the\s+)?(?:[\p{L}’',-]+\s+){0,5}$`)
	roleAfter  = regexp.MustCompile(`(?i)^(?:\s*\([A-Z]+\))?\s+(said|says|reported|reports|noted|added|stated|announced|did not|released|showed|published|carried|quoted)\b`)
	citingRe   = regexp.MustCompile(`(?i),?\s*(?:\w+\s+){0,2}citing\s+(?:the\s+)?$`)
)

// FindOrigins reads the origins an article names: agencies in a reporting role
// ("according to Yonhap", "KCNA reported", "as stated by the KCNA", "(KCNA)"), with
// relays ("according to Yonhap, citing the Korean Central News Agency" → KCNA via
// Yonhap), and unnamed state media ("the North's state media") attached to the one
// state medium the article names, if any. outlet (the article's own source) is never
// its own origin; an agency seen only as a relay is a via, not an origin. One cue per
// origin, the strongest, with its confidence (0.5 for a bare mention of the name).
func FindOrigins(text, outlet string) []OriginCue {
	rs := []rune(text)
	own := AgencyByName(outlet)
	hits := FindAgencies(text)
	best := map[string]*OriginCue{}
	add := func(c OriginCue) {
		if cur, ok := best[c.Origin]; !ok || c.Confidence > cur.Confidence || (c.Confidence == cur.Confidence && cur.Via == "" && c.Via != "") {
			cc := c
			best[c.Origin] = &cc
		}
	}
	for i, h := range hits {
		if own != nil && h.Source == own {
			continue
		}
		// "Korean Central News Agency (KCNA)": the acronym repeats the name
		if i > 0 && hits[i-1].Source == h.Source && h.Start-hits[i-1].End <= 2 {
			continue
		}
		end := h.End
		if i+1 < len(hits) && hits[i+1].Source == h.Source && hits[i+1].Start-h.End <= 2 {
			end = hits[i+1].End + 1 // include "(KCNA)"
			if end > len(rs) {
				end = len(rs)
			}
		}
		lineStart := h.Start
		for lineStart > 0 && rs[lineStart-1] != '\n' {
			lineStart--
		}
		before := string(rs[max(lineStart, h.Start-60):h.Start])
		after := string(rs[end:min(len(rs), end+24)])
		c := OriginCue{Origin: h.Source.Name, Start: h.Start, End: end, Confidence: 0.5}
		c.Cue = "names " + h.Source.Name
		if m := roleBefore.FindStringSubmatchIndex(before); m != nil {
			cueStart := h.Start - len([]rune(before[m[0]:]))
			c.Start, c.Cue, c.Confidence = cueStart, string(rs[cueStart:end]), 0.85
			// "according to Yonhap, citing the KCNA": KCNA via Yonhap
			if cm := citingRe.FindStringIndex(before); cm != nil && i > 0 {
				prev := hits[i-1]
				if prev.Source != h.Source && h.Start-prev.End < 40 {
					c.Via = prev.Source.Name
					vStart := prev.Start
					if m2 := roleBefore.FindStringIndex(string(rs[max(lineStart, prev.Start-60):prev.Start])); m2 != nil {
						vStart = prev.Start - len([]rune(string(rs[max(lineStart, prev.Start-60):prev.Start])[m2[0]:]))
					}
					c.Start, c.Cue, c.Confidence = vStart, string(rs[vStart:end]), 0.9
				}
			}
		} else if m := roleAfter.FindStringIndex(after); m != nil {
			c.Cue, c.End, c.Confidence = string(rs[h.Start:end+len([]rune(after[:m[1]]))]), end+len([]rune(after[:m[1]])), 0.8
		} else if h.Start > 0 && rs[h.Start-1] == '(' && end < len(rs) && rs[end] == ')' {
			c.Cue, c.Start, c.End, c.Confidence = string(rs[h.Start-1:end+1]), h.Start-1, end+1, 0.7
		}
		add(c)
	}
	// relays: an agency named only as the via of another is not an origin itself
	vias := map[string]bool{}
	for _, c := range best {
		if c.Via != "" {
			vias[c.Via] = true
		}
	}
	for v := range vias {
		if _, ok := best[v]; ok && onlyAsRelay(text, rs, v, best) {
			delete(best, v)
		}
	}
	// "state media" / "state-run": the one state medium the article names
	if sm := namedStateMedia(text); sm != "" && (own == nil || own.Name != sm) {
		if loc := stateMediaRe.FindStringIndex(text); loc != nil {
			if c, ok := best[sm]; ok && !strings.Contains(c.Cue, "state") {
				c.Confidence = min(0.95, c.Confidence+0.05)
				c.Cue += "; " + text[loc[0]:loc[1]]
			}
		}
	}
	out := make([]OriginCue, 0, len(best))
	for _, c := range best {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// onlyAsRelay reports whether every mention of agency v is the relay of a cue in best.
func onlyAsRelay(text string, rs []rune, v string, best map[string]*OriginCue) bool {
	for _, h := range FindAgencies(text) {
		if h.Source.Name != v {
			continue
		}
		inside := false
		for _, c := range best {
			if c.Via == v && c.Start <= h.Start && h.End <= c.End {
				inside = true
			}
		}
		if !inside {
			return false
		}
	}
	return true
}
