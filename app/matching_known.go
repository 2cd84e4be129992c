package app

import (
	"context"
	"fmt"
	"hash/fnv"
	"strconv"
	"sync"

	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/db"
	"claimdesk/db/store"
)

// knownParticipants is what the workspace knows about who takes part in what the
// articles tell: the names and aliases the analyst filed for people and bodies ("water
// ministry" for the Ministry of Water Resources) and the body each speaks for (a minister
// -> her government). Without it the participant gate kept "the water ministry" and "the
// Ministry of Water Resources" apart, and "Minister Ilse Brannock announced" apart from
// "The Uruguayan government announced". Read once per corpus (kept while the workspace
// is unchanged: participantsCache); sum keys the sentence cache, since the features depend on it.
type knownParticipants struct {
	filed  aliasIndex                  // people's and bodies' names and aliases
	bodies map[int64]map[string]string // entity id -> the body it speaks for, as participant keys
	sum    uint64
}

// participantsCache keeps the last reading of what the workspace knows of who takes part, with
// the workspace file and the audit log's newest entry on entities, aliases, speaks-for
// links and sources it was read at (KnownParticipantsVersion: every change to those tables
// writes an entry, as the suggester's cache relies on, suggest_cache.go), and those tables'
// row counts and highest ids, which a row another program adds or deletes moves. Reading the
// 100,000 entities of the benchmark workspace took 200 ms of CPU, more than a proposal;
// its 10,000 links to bodies (bench/grow.sql) were read again for every proposal too. An
// accepted proposal moves neither.
var participantsCache struct {
	sync.Mutex
	db *db.DB
	at store.KnownParticipantsVersionRow
	k  *knownParticipants
}

// knownParticipants returns what the workspace knows of who takes part (shared: callers
// only read it).
func (ws *Workspace) knownParticipants(q *store.Queries) (*knownParticipants, error) {
	ctx := ws.Context()
	at, err := q.KnownParticipantsVersion(ctx) // read before what it guards
	if err != nil {
		return nil, storeErr(err, "the workspace's history")
	}
	participantsCache.Lock()
	defer participantsCache.Unlock()
	if participantsCache.k != nil && participantsCache.db == ws.DB() && participantsCache.at == at {
		return participantsCache.k, nil
	}
	k, err := readKnownParticipants(ctx, q)
	if err != nil {
		return nil, err
	}
	participantsCache.db, participantsCache.at, participantsCache.k = ws.DB(), at, k
	return k, nil
}

// readKnownParticipants reads the people's and bodies' names and aliases and the bodies
// they speak for; sum hashes all of it.
func readKnownParticipants(ctx context.Context, q *store.Queries) (*knownParticipants, error) {
	rows, err := q.ListEntityAliasKeys(ctx)
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	var filed []store.ListEntityAliasKeysRow
	h := fnv.New64a()
	for _, r := range rows {
		if r.Type == "person" || r.Type == "organisation" {
			filed = append(filed, r)
			h.Write([]byte(strconv.FormatInt(r.ID, 10) + ":" + r.Type + ":" + r.AliasKey + ";"))
		}
	}
	k := &knownParticipants{filed: newAliasIndex(filed), bodies: map[int64]map[string]string{}}
	links, err := q.MatrixSpeaksFor(ctx)
	if err != nil {
		return nil, storeErr(err, "what the entities speak for")
	}
	if len(links) > 0 {
		sources, err := q.MatrixSources(ctx)
		if err != nil {
			return nil, storeErr(err, "the sources")
		}
		name := map[int64]string{}
		for _, s := range sources {
			name[s.ID] = s.Name
		}
		for _, l := range links {
			body := name[l.SourceID]
			keys := map[string]string{names.Key(body): body}
			for _, c := range match.Countries(body, body) { // "Government of Uruguay" is Uruguay's
				keys[c] = body
			}
			k.bodies[l.EntityID] = keys
			fmt.Fprintf(h, ";%d>%s", l.EntityID, body)
		}
	}
	k.sum = h.Sum64()
	return k, nil
}

// read notes in f.Known the people and bodies text names by a name or alias the workspace
// holds, or that its article names by the role text describes them by ("the minister"
// after "Transport Minister Ilse Brannock": f.Resolved), and the bodies they speak for.
func (k *knownParticipants) read(f *match.Features, text string) {
	if k == nil || len(k.filed) == 0 {
		return
	}
	add := func(rows []store.ListEntityAliasKeysRow) {
		for _, r := range rows {
			f.AddKnown(r.AliasKey, names.Key(r.Name), r.Name, k.bodies[r.ID])
		}
	}
	add(k.filed.namedIn(text, "person", "organisation"))
	for _, name := range f.Resolved {
		add(k.filed.namedIn(name, "person"))
	}
}
