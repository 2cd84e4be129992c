package app

import (
	"context"
	"slices"
	"sync"

	"claimdesk/app/names"
	"claimdesk/db"
	"claimdesk/db/store"
)

// What a suggestion run derives from the workspace — the known names (loadKnown) and the
// adaptation learned from the analyst's decisions (adaptation.go) — is kept in the
// SuggestionService and reused while the workspace has not changed in what it was
// derived from. On the 100,000-entity benchmark workspace deriving them again took most
// of a one-article run (docs/performance.md), and the reader asks for a run after every
// decision.
//
// How a run knows nothing changed: the audit log (SuggestInputsVersion). Every write
// goes through a changeSet, and every change to entities, entity_aliases and spans —
// an edit, a merge, a split, an accepted or rejected suggestion, a run's suggestions,
// an undo, a redo, a workspace merge — appends an entry (TestWritesGoThroughAChange
// guards that no write escapes it). The log is append-only (triggers refuse update and
// delete) and SQLite has one writer at a time, so its newest id grows with every
// committed change, whichever window or process made it, and it is read from the file,
// not from memory. The version is read before what it guards: a change committed in
// between is then in what was derived, and only makes the next run derive again.
//
// Candidates measured against it (docs/suggestions.md): an in-process counter misses a
// second window or process; PRAGMA data_version needs a connection of its own held for
// the workspace's life and moves on every commit of any other connection, this
// service's own pool included, so every run's own suggestions would throw the cache
// away; a counter in workspace_meta would be one more write in every change, which the
// audit log already is. The audit log also says which table changed: a run's own
// suggestions (spans only) leave the known names' version where it was.
//
// A program other than claimdesk (a sqlite3 shell) writes no audit entry. A name or alias
// it adds or deletes is seen by the row counts and highest ids of entities and
// entity_aliases, read with the version (name_row_counts: a count of each table's b-tree
// cells and a seek, docs/performance.md). Not seen: a row it edits in place (an alias
// respelt by an UPDATE) or a span it changes; opening the workspace again starts afresh.

// suggestInputs is the audit log's position read at the start of a run.
type suggestInputs struct {
	db    *db.DB // the handle read from: a reopened or restored workspace starts afresh
	any   int64  // newest audit entry
	names int64  // newest audit entry on entities or entity_aliases
	// nameRows: those two tables' row counts and highest ids (another program's rows)
	nameRows string
	takenBk  []int64
	// declined: the (type, text) the analyst rejected anywhere (readDeclined); like
	// takenBk, it depends on decided spans only
	declined map[string]bool
}

func (s *SuggestionService) readInputs(ctx context.Context) (suggestInputs, error) {
	d := s.ws.DB()
	v, err := d.Q.SuggestInputsVersion(ctx)
	if err != nil {
		return suggestInputs{}, storeErr(err, "the workspace's history")
	}
	return suggestInputs{db: d, any: v.AnyChange, names: v.NameChange, nameRows: v.NameRowCounts}, nil
}

// knownCache keeps the last known names and the audit position they were read at.
type knownCache struct {
	mu    sync.Mutex
	at    suggestInputs
	known *knownEntities // without adaptation; nil: none read yet
}

// known returns the workspace's known names, read again only when they may have
// changed: an entity or alias changed (names version), or a span changed (any version)
// and the entities taken back (ListTakenBackEntities: every mention rejected, which
// depends on spans) are not the same ones. The result is shared between runs: callers
// copy it before setting its adaptation.
func (s *SuggestionService) known(ctx context.Context, in suggestInputs) (*knownEntities, error) {
	c := &s.knownCache
	c.mu.Lock()
	defer c.mu.Unlock()
	same := c.known != nil && c.at.db == in.db && c.at.names == in.names && c.at.nameRows == in.nameRows
	if same && c.at.any == in.any {
		return c.known, nil
	}
	if same {
		// Waiting suggestions made or removed (a run, its undo) leave the taken-back
		// entities as they were: only rejected and accepted spans decide those.
		if _, only, err := suggestionsOnlySince(ctx, in.db.Q, c.at.any); err != nil {
			return nil, err
		} else if only {
			in.takenBk, in.declined = c.at.takenBk, c.at.declined
			c.at = in
			return c.known, nil
		}
	}
	takenBack, err := readTakenBack(ctx, in.db.Q)
	if err != nil {
		return nil, err
	}
	declined, err := readDeclined(ctx, in.db.Q)
	if err != nil {
		return nil, err
	}
	in.takenBk, in.declined = takenBack, declined
	if same && slices.Equal(c.at.takenBk, takenBack) {
		k := *c.known // the names as they were; only what was rejected changed
		k.declined = declined
		c.at, c.known = in, &k
		return c.known, nil
	}
	k, err := s.loadKnown(ctx, in.db.Q, takenBack)
	if err != nil {
		return nil, err
	}
	k.declined = declined
	c.at, c.known = in, k
	return k, nil
}

// readDeclined reads the texts the analyst rejected as a name type anywhere in the
// workspace, as type + "\x00" + names.Key(text). It is read from the spans themselves
// (nothing else is stored), so an undone rejection takes the text out again.
func readDeclined(ctx context.Context, q *store.Queries) (map[string]bool, error) {
	rows, err := q.ListRejectedNames(ctx)
	if err != nil {
		return nil, storeErr(err, "the rejected suggestions")
	}
	out := make(map[string]bool, len(rows))
	for _, r := range rows {
		if key := names.Key(r.Quote); key != "" {
			out[r.EntityType.String+"\x00"+key] = true
		}
	}
	return out, nil
}

// readTakenBack lists the entities whose mentions the analyst all rejected, in id order.
func readTakenBack(ctx context.Context, q *store.Queries) ([]int64, error) {
	rows, err := q.ListTakenBackEntities(ctx)
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	ids := make([]int64, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.Int64)
	}
	slices.Sort(ids)
	return ids, nil
}

// changesLookedAt bounds the audit entries suggestionsOnlySince reads: past it (a run over
// the whole workspace since), the caches check what they derive from directly instead.
const changesLookedAt = 5000

// suggestionsOnlySince reports whether every audit entry after since made or removed a
// waiting suggestion, or changed one that stays waiting (a run's suggestions, their undo
// or redo, a merge relinking them), and the articles of those spans. Every change to a
// span is logged with its before and after images (audit.go, history_steps.go), so any
// decision — accepted, rejected, marked by hand, taken back, undone — shows as a state
// other than "suggested" on one side, and any other table's entry as itself.
func suggestionsOnlySince(ctx context.Context, q *store.Queries, since int64) (map[int64]bool, bool, error) {
	rows, err := q.ListChangesSince(ctx, store.ListChangesSinceParams{SinceID: since, MaxRows: changesLookedAt + 1})
	if err != nil {
		return nil, false, storeErr(err, "the workspace's history")
	}
	if len(rows) > changesLookedAt {
		return nil, false, nil
	}
	articles := map[int64]bool{}
	for _, r := range rows {
		waiting := func(state string) bool { return state == "" || state == "suggested" }
		if r.TableName != "spans" || !waiting(r.BeforeState) || !waiting(r.AfterState) || r.BeforeState == r.AfterState && r.BeforeState == "" {
			return nil, false, nil
		}
		articles[r.ArticleID] = true
	}
	return articles, true, nil
}
