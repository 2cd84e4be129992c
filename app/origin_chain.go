package app

import (
	"database/sql"
	"fmt"
	"strings"
)

// chainParts are what a claim mention's origin chain is read from (the columns of
// claim_mentions and the speaker's entity_speaks_for link; schema v11). This file is the
// one place that turns them into a chain and a root: the claim list's counts, the claim
// page, the matrix and the suggested grade all go through it.
type chainParts struct {
	articleID    int64
	outlet       sql.NullInt64 // the article's own source
	origin       sql.NullInt64 // the root named in the text or set by the analyst
	speaker      sql.NullInt64 // the speaker entity
	speaksFor    sql.NullInt64 // the body the speaker speaks for
	channel      sql.NullInt64 // "according to X"
	ownReporting bool          // the analyst says the outlet reported it itself
}

// rootKey is the mention's independent origin as a key ("s<source id>", "e<entity id>",
// "a<article id>"), or "" when the mention is unattributed and adds no origin. The root
// is the first of: the origin named ("Yonhap, citing KCNA" -> KCNA), the body the speaker
// speaks for (a spokesman -> his government), the speaker, the channel, and, only for
// the outlet's own reporting, the outlet (or the article when it has none).
func (p chainParts) rootKey() string {
	switch {
	case p.origin.Valid:
		return fmt.Sprintf("s%d", p.origin.Int64)
	case p.speaksFor.Valid:
		return fmt.Sprintf("s%d", p.speaksFor.Int64)
	case p.speaker.Valid:
		return fmt.Sprintf("e%d", p.speaker.Int64)
	case p.channel.Valid:
		return fmt.Sprintf("s%d", p.channel.Int64)
	case p.ownReporting && p.outlet.Valid:
		return fmt.Sprintf("s%d", p.outlet.Int64)
	case p.ownReporting:
		return fmt.Sprintf("a%d", p.articleID)
	}
	return ""
}

// chainNames are the display names the chain is written with.
type chainNames struct {
	outlet, origin, speaker, speaksFor, channel, article string
}

// OriginLink is one step of a mention's origin chain, from the article toward the root.
type OriginLink struct {
	Name string `json:"name"`
	Role string `json:"role"` // outlet | channel | speaker | body | origin
}

// chain lists the mention's links from the article's outlet to the root: "Reuters ←
// Yonhap ← KCNA", "TASS ← Dmitry Peskov ← Government of Russia". A name repeated next to
// itself is written once.
func (p chainParts) chain(n chainNames) []OriginLink {
	var out []OriginLink
	add := func(name, role string) {
		if name == "" || (len(out) > 0 && strings.EqualFold(out[len(out)-1].Name, name)) {
			return
		}
		out = append(out, OriginLink{Name: name, Role: role})
	}
	if p.outlet.Valid {
		add(n.outlet, "outlet")
	} else if p.ownReporting && p.rootKey() == fmt.Sprintf("a%d", p.articleID) {
		// an article with no outlet stands for it only where its own reporting is the root;
		// with an origin named it would read as a relay ("<title> ← KCNA")
		add(n.article, "outlet")
	}
	if p.channel.Valid {
		add(n.channel, "channel")
	}
	if p.origin.Valid {
		add(n.origin, "origin")
		return out
	}
	if p.speaker.Valid {
		add(n.speaker, "speaker")
	}
	if p.speaksFor.Valid {
		add(n.speaksFor, "body")
	}
	return out
}

// chainText writes a chain with arrows toward the root: "AFP ← Interfax".
func chainText(links []OriginLink) string {
	parts := make([]string, len(links))
	for i, l := range links {
		parts[i] = l.Name
	}
	return strings.Join(parts, " ← ")
}

// rootName names the root rootKey picks.
func (p chainParts) rootName(n chainNames) string {
	switch {
	case p.origin.Valid:
		return n.origin
	case p.speaksFor.Valid:
		return n.speaksFor
	case p.speaker.Valid:
		return n.speaker
	case p.channel.Valid:
		return n.channel
	case p.ownReporting && p.outlet.Valid:
		return n.outlet
	case p.ownReporting:
		return n.article
	}
	return ""
}
