package app

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"golang.org/x/text/unicode/norm"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/app/reading"
	"claimdesk/db/store"
)

// The one way a name becomes a source row. Import (an article's outlet and the agencies
// it cites), an edited outlet, a mention's origin chain and an applied attribution all
// name sources by text; before, each had its own lookup, and they disagreed: an import
// stored "Reuters" as an outlet while an edit stored it as an agency, and only some
// read "AP" as "Associated Press".

// findSource returns the workspace's source for name (its id and stored name), as
// written or under the name the sources table gives it ("AP" → "Associated Press"; hint
// as knownSource reads it);
// id 0 when the workspace has none. The table's NOCASE index answers for ASCII names;
// only when both exact lookups miss are the sources compared folded in Go, once for
// both names, because NOCASE folds only A–Z ("ÉCHOS" is not "Échos" to SQLite) and a
// row written by an older build may not be normalised. A miss is rare on the import's
// path (it is followed by a new source), and sources are few.
func findSource(ctx context.Context, q *store.Queries, name, hint string) (int64, string, error) {
	return sourceNamedLike(ctx, q, sourceNames(name, hint))
}

// sourceNamedLike returns the source named by the first of candidates (sourceName-clean)
// that the workspace holds, ignoring case and what sourceName removes; id 0 when none.
func sourceNamedLike(ctx context.Context, q *store.Queries, candidates []string) (int64, string, error) {
	for _, n := range candidates {
		src, err := q.GetSourceByName(ctx, n)
		if err == nil {
			return src.ID, src.Name, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, "", err
		}
	}
	all, err := q.ListSources(ctx)
	if err != nil {
		return 0, "", err
	}
	for _, n := range candidates {
		for _, s := range all {
			if sameSourceName(s.Name, n) {
				return s.ID, s.Name, nil
			}
		}
	}
	return 0, "", nil
}

// sameSourceName reports whether a and b name one source by sourceNamedLike's rule.
func sameSourceName(a, b string) bool { return strings.EqualFold(sourceName(a), sourceName(b)) }

// invisibleInNames are characters that show nothing and mean nothing in a name (zero-width
// space, word joiner, byte-order mark, soft hyphen); pasted from a web page they made a
// second source that reads the same. The zero-width (non-)joiners stay: they spell words
// in Persian and Indic scripts.
var invisibleInNames = strings.NewReplacer("\u200b", "", "\u2060", "", "\ufeff", "", "\u00ad", "")

// sourceName is a source's name as stored and looked up: compatibility-composed (NFKC:
// full-width "ＲＥＵＴＥＲＳ" is "REUTERS", a decomposed "u\u0308" is "ü"), without invisible
// characters, its runs of white space one space.
func sourceName(name string) string {
	return names.Clean(invisibleInNames.Replace(norm.NFKC.String(name)))
}

// findOrCreateSource returns the source for name, creating it when the workspace has
// none: under the canonical name when the sources table knows it, of the kind the table
// gives (a state agency, an agency, a government), else of kind hint.
func findOrCreateSource(ctx context.Context, q *store.Queries, name, hint, now string) (id int64, created bool, err error) {
	if name = sourceName(name); name == "" {
		return 0, false, Invalid("a source needs a name")
	}
	names := sourceNames(name, hint)
	if id, _, err = sourceNamedLike(ctx, q, names); err != nil || id != 0 {
		return id, false, err
	}
	if id, err = sourceOfSameBody(ctx, q, name, hint); err != nil || id != 0 {
		return id, false, err
	}
	id, err = q.CreateSource(ctx, store.CreateSourceParams{
		Name: names[len(names)-1], Kind: newSourceKind(name, hint), Reliability: "F", CreatedAt: now,
	})
	return id, err == nil, err
}

// sourceNames: the name as written, then its canonical name when that differs.
func sourceNames(name, hint string) []string {
	name = sourceName(name)
	if known := knownSource(name, hint); known != nil && known.Name != name {
		return []string{name, known.Name}
	}
	return []string{name}
}

// newSourceKind: what the sources table knows the name to be wins over the caller's
// hint; a hint outside the vocabulary becomes "other".
func newSourceKind(name, hint string) string {
	if known := knownSource(name, hint); known != nil {
		switch {
		case known.StateMedia:
			return "state_media"
		case known.Kind == reading.SourceAgency:
			return "agency"
		case known.Kind == reading.SourceGovernment:
			return "government"
		}
	}
	if sourceKinds[hint] {
		return hint
	}
	return "other"
}

// knownSource is the sources table's entry for name. Agencies' initials that also name
// other things ("PTI" a Pakistani party, "MAP") name the agency only where an outlet or an
// agency is expected (hint outlet, agency or state_media: reading.OutletByName); a root the
// origin reader gives as an organisation, a person or a government it has already judged
// to be no agency ("PTI said"), and reading it again as one would undo that.
func knownSource(name, hint string) *reading.Source {
	switch hint {
	case "outlet", "agency", "state_media":
		return reading.OutletByName(name)
	}
	return reading.SourceByName(name)
}

// source is findOrCreateSource inside an audited change: a created source is logged,
// so undoing the change removes it.
func (c *changeSet) source(name, hint string) (int64, error) {
	id, created, err := findOrCreateSource(c.ctx, c.q, name, hint, c.at)
	if err != nil || !created {
		return id, err
	}
	return id, c.created("sources", id)
}

// personOrGovernment are the source kinds that name no body with a legal form.
var personOrGovernment = set("official", "government")

// sourceOfSameBody is the workspace's source for the body name names under another of its
// names, 0 when none: one name is the other plus a legal or group word ("Corvale Foods"
// and "Corvale Foods Group", match.SameBodyByGroupWord), or the workspace files both as
// names of one organisation (its name and aliases). A claim's origins are the distinct
// sources its mentions rest on, so one body must be one source wherever a mention's
// reading names it: the uxwalk4 walk counted the company twice under two of its names.
// The group-word rule joins bodies only: a person or a government is no company with a
// legal form, so "Sinclair" (an official quoted by surname) is not "Sinclair Group", nor
// the government "Texas" the "Texas AG" (ratk15).
func sourceOfSameBody(ctx context.Context, q *store.Queries, name, hint string) (int64, error) {
	all, err := q.ListSources(ctx)
	if err != nil {
		return 0, err
	}
	for _, s := range all {
		if !personOrGovernment[hint] && !personOrGovernment[s.Kind] && match.SameBodyByGroupWord(s.Name, name) {
			return s.ID, nil
		}
	}
	ents, err := q.FindEntityByKey(ctx, store.FindEntityByKeyParams{AliasKey: names.Key(name), Type: "organisation"})
	if err != nil || len(ents) != 1 {
		return 0, err // none, or two bodies go by this name: the name does not say which
	}
	aliases, err := q.ListEntityAliases(ctx, ents[0].ID)
	if err != nil {
		return 0, err
	}
	keys := map[string]bool{names.Key(ents[0].Name): true}
	for _, a := range aliases {
		keys[a.AliasKey] = true
	}
	for _, s := range all {
		if keys[names.Key(s.Name)] {
			return s.ID, nil
		}
	}
	return 0, nil
}
