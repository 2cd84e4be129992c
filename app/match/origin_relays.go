package match

import (
	"regexp"
	"strings"
)

// A medium that relays a speaker: "<speaker> was quoted by <medium> as saying",
// "<speaker>, quoted by <medium>, said", "<speaker> told <medium>". The speaker is the
// root, the medium the channel (ReadOrigin's "A, citing B" reads the same chain written
// the other way round).

// quotedBy reads "<speaker> (was) quoted by <medium>" at word k ("quoted"): the speaker,
// the phrase before (auxiliaries dropped), is the root and the medium after "by", up to
// "as saying" or a comma, relays it. It returns the attribution (the medium, with the
// speaker upstream) and where the medium's phrase ends; ok is false when either side
// resolves to no one or the medium is no medium.
func (r *originReader) quotedBy(words []speakerWord, k, from, to int, prev OriginReading) (attribution, int, bool) {
	if strings.ToLower(words[k].text) != "quoted" || k == 0 || k+2 >= len(words) || strings.ToLower(words[k+1].text) != "by" {
		return attribution{}, 0, false
	}
	m := r.phraseAfter(words, k+2, to)
	for e := k + 2; e < len(words) && words[e].start < m[1]; e++ {
		if strings.ToLower(words[e].text) == "as" && e > k+2 {
			m[1] = words[e-1].end // "quoted by TASS as saying"
			break
		}
	}
	sp := r.phraseBefore(words, k, from)
	if sp[0] >= sp[1] || m[0] >= m[1] {
		return attribution{}, 0, false
	}
	mroot, mkind := r.resolve(m[0], m[1], prev)
	sroot, skind := r.resolve(sp[0], sp[1], prev)
	if sroot == "" || mroot == "" || (mkind != "agency" && mkind != "state_media") || sroot == mroot {
		return attribution{}, 0, false
	}
	up := attribution{root: sroot, kind: skind, at: words[k].start, cue: strings.TrimSpace(string(r.rs[sp[0]:sp[1]]))}
	return attribution{root: mroot, kind: mkind, at: words[k].start, upstream: &up,
		cue: strings.TrimSpace(string(r.rs[sp[0]:m[1]]))}, m[1], true
}

// goesOnQuoted says whether the speaking verb at word k belongs to a "quoted by" read
// whole, which ends at quotedEnd: "as saying" after it, or "said" whose speaker phrase is
// that reading ("X, quoted by Anadolu, said").
func (r *originReader) goesOnQuoted(words []speakerWord, k, quotedEnd int) bool {
	if k > 0 && strings.ToLower(words[k-1].text) == "as" && words[k-1].start >= quotedEnd {
		return words[k-1].start-quotedEnd <= 2
	}
	return words[k].start >= quotedEnd && strings.TrimSpace(strings.Trim(string(r.rs[quotedEnd:words[k].start]), ", ")) == ""
}

// mediumTold is the medium named as the object of "told" at word k ("told Interfax",
// "told the Kyodo news agency"), by its canonical name, with its kind; "" when the object
// is no medium the sources know, or is the article's own outlet ("told Reuters" in
// Reuters' copy is Reuters' own interview).
func (r *originReader) mediumTold(words []speakerWord, k int) (name, kind string) {
	if lw := strings.ToLower(words[k].text); lw != "told" && lw != "tells" && lw != "telling" {
		return "", ""
	}
	i := k + 1
	if i < len(words) && articleWords[strings.ToLower(words[i].text)] {
		i++
	}
	for n := min(4, len(words)-i); n >= 1; n-- {
		if strings.ContainsAny(string(r.rs[words[i].start:words[i+n-1].end]), ",;:\"“”") {
			continue
		}
		src := AgencyByName(string(r.rs[words[i].start:words[i+n-1].end]))
		if src == nil {
			continue
		}
		if strings.EqualFold(src.Name, r.outlet) {
			return "", ""
		}
		if src.StateMedia {
			return src.Name, "state_media"
		}
		return src.Name, "agency"
	}
	return "", ""
}

// carrierRe finds, right after a speaking verb, the medium that carried the statement:
// "said in a statement carried by Meridian Press", "in a post distributed by Interfax",
// "..., as reported by TASS". A thing "carried by" a ship ("said the cheese carried by
// Northgate Shipping had spoiled") is what was said, not how: only a statement, post or
// the like is carried.
var carrierRe = regexp.MustCompile(`^(?:\s+(?:in|on)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|message|post|notice|release|letter|video|interview|briefing)\s+(?:carried|distributed)|[^.;]*,\s*as\s+reported)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})`)

// carrierAfter is the medium that carried what the speaking verb at word k introduces
// (carrierRe), by its canonical name when the sources know it, with its kind; "" when
// there is none, it is the article's own outlet, or the name is a country's or an
// office's ("as reported by the Health Ministry" names a speaker, not a relay).
func (r *originReader) carrierAfter(words []speakerWord, k, to int) (name, kind string) {
	m := carrierRe.FindStringSubmatch(string(r.rs[words[k].end:to]))
	if m == nil {
		return "", ""
	}
	name = m[1]
	if src := AgencyByName(name); src != nil {
		if strings.EqualFold(src.Name, r.outlet) {
			return "", ""
		}
		if src.StateMedia {
			return src.Name, "state_media"
		}
		return src.Name, "agency"
	}
	for _, w := range strings.Fields(name) {
		if officeWords[strings.ToLower(w)] {
			return "", ""
		}
	}
	if strings.EqualFold(name, r.outlet) || countryOf(name) != "" || r.countryIn(name) != "" {
		return "", ""
	}
	return name, "agency" // a medium the sources do not know: the text says it carried the statement
}
