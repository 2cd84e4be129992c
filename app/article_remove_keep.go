package app

import (
	"fmt"
	"strings"

	"claimdesk/db/store"
)

// What a removal keeps. An entity or a source that only the removed articles used is
// removed with them unless the analyst worked on it: that work is theirs, not the
// article's. The rows tell, without reading the log: marks, the suggester and imports
// never write a note, an alias other than the name, a speaks-for link, a same/different
// decision or a grade (an imported outlet starts at F, "cannot be judged"); only the
// analyst's edits, merges and judgements do.

// entityWork lists what the analyst did to entity e ("your note", "2 aliases"); none:
// nothing, the entity goes.
func (c *changeSet) entityWork(e store.Entity) ([]string, error) {
	var work []string
	if strings.TrimSpace(e.Note) != "" {
		work = append(work, "your note")
	}
	rows, err := c.q.ListEntityAliases(c.ctx, e.ID)
	if err != nil {
		return nil, err
	}
	aliases := make([]string, 0, len(rows))
	for _, a := range rows {
		aliases = append(aliases, a.Alias)
	}
	if n := len(otherAliases(e.Name, aliases)); n > 0 {
		work = append(work, fmt.Sprintf("%d %s", n, plural(n, "alias", "aliases")))
	}
	if _, err := c.q.ImageEntitySpeaksFor(c.ctx, e.ID); err == nil {
		work = append(work, "what it speaks for")
	}
	judgements, err := c.q.ListJudgementsOfEntity(c.ctx, e.ID)
	if err != nil {
		return nil, err
	}
	if n := len(judgements); n > 0 {
		work = append(work, fmt.Sprintf("%d same/different %s", n, plural(n, "decision", "decisions")))
	}
	return work, nil
}

// sourceWork lists what the analyst did to source s: a grade, a note, a web address.
func sourceWork(s store.GetSourceRow) []string {
	var work []string
	if s.Reliability != "F" {
		work = append(work, "your grade "+s.Reliability)
	}
	if strings.TrimSpace(s.Note) != "" {
		work = append(work, "your note")
	}
	if strings.TrimSpace(s.Url) != "" {
		work = append(work, "its web address")
	}
	return work
}

// keptPhrase is how the confirmation names a kept row: the entity “Ilsa Brandt” (your
// note and 2 aliases).
func keptPhrase(what, name string, work []string) string {
	last := len(work) - 1
	said := work[last]
	if last > 0 {
		said = strings.Join(work[:last], ", ") + " and " + work[last]
	}
	return what + " “" + clipLabel(name) + "” (" + said + ")"
}
