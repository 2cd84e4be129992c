package app

import (
	"database/sql"
	"fmt"
	"strings"

	"claimdesk/db/store"
)

// What a removal keeps. An entity or a source that only the removed articles used is
// removed with them unless the analyst worked on it: that work is theirs, not the
// article's. The rows tell most of it: marks, the suggester and imports never write a
// note, an alias other than the name, a speaks-for link, a same/different decision or a
// grade other than F (every source the app makes starts at F, "cannot be judged"); only
// the analyst's edits, merges and judgements do. What the rows cannot tell, the audit log
// does (queries/entity_remove.sql, EntityHandWork and SourceHandWork): a type changed and
// nothing else, an entity or a source the analyst created by hand, a grade of F the
// analyst chose. An edit the analyst undid is no work.

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
	logged, err := c.q.EntityHandWork(c.ctx, sql.NullInt64{Int64: e.ID, Valid: true})
	if err != nil {
		return nil, err
	}
	if logged.MadeByHand != 0 {
		work = append(work, "made by you")
	}
	if logged.Retyped != 0 {
		work = append(work, "your change of type to "+e.Type)
	}
	return work, nil
}

// sourceWork lists what the analyst did to source s: made it, a grade, a note, a web address.
func (c *changeSet) sourceWork(s store.GetSourceRow) ([]string, error) {
	logged, err := c.q.SourceHandWork(c.ctx, sql.NullInt64{Int64: s.ID, Valid: true})
	if err != nil {
		return nil, err
	}
	var work []string
	if logged.MadeByHand != 0 {
		work = append(work, "made by you")
	}
	if s.Reliability != "F" || logged.Graded != 0 {
		work = append(work, "your grade "+s.Reliability)
	}
	if strings.TrimSpace(s.Note) != "" {
		work = append(work, "your note")
	}
	if strings.TrimSpace(s.Url) != "" {
		work = append(work, "its web address")
	}
	return work, nil
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
