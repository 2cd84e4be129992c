package app

import (
	"context"
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
// "The Uruguayan government announced". Read once per corpus; sum keys the sentence
// cache, since the features depend on it.
type knownParticipants struct {
	filed  aliasIndex                  // people's and bodies' names and aliases
	bodies map[int64]map[string]string // entity id -> the body it speaks for, as participant keys
	sum    uint64
}

// participantsCache keeps the last reading with the workspace file and the audit log's newest
// entry it was read at (as the suggester's cache does, suggest_cache.go: every change to
// entities, aliases, sources and links writes an entry). Reading the 100,000 entities of
// the benchmark workspace again for every proposal would cost more than the proposal.
var participantsCache struct {
	sync.Mutex
	db *db.DB
	at int64
	k  *knownParticipants
}

// knownParticipants returns what the workspace knows of who takes part, read again only
// after a change.
func (ws *Workspace) knownParticipants(q *store.Queries) (*knownParticipants, error) {
	ctx := ws.Context()
	v, err := q.SuggestInputsVersion(ctx)
	if err != nil {
		return nil, storeErr(err, "the workspace's history")
	}
	participantsCache.Lock()
	defer participantsCache.Unlock()
	if participantsCache.k != nil && participantsCache.db == ws.DB() && participantsCache.at == v.AnyChange {
		return participantsCache.k, nil
	}
	k, err := loadKnownParticipants(ctx, q)
	if err != nil {
		return nil, err
	}
	participantsCache.db, participantsCache.at, participantsCache.k = ws.DB(), v.AnyChange, k
	return k, nil
}

func loadKnownParticipants(ctx context.Context, q *store.Queries) (*knownParticipants, error) {
	rows, err := q.ListEntityAliasKeys(ctx)
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	links, err := q.MatrixSpeaksFor(ctx)
	if err != nil {
		return nil, storeErr(err, "what the entities speak for")
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
			h.Write([]byte(strconv.FormatInt(l.EntityID, 10) + ">" + body + ";"))
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
			if f.Known == nil {
				f.Known = map[string]string{}
			}
			f.Known[names.Key(r.Name)] = r.Name
			for key, body := range k.bodies[r.ID] {
				f.Known[key] = body
			}
		}
	}
	add(k.filed.namedIn(text, "person", "organisation"))
	for _, name := range f.Resolved {
		add(k.filed.namedIn(name, "person"))
	}
}
