package app

import (
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
// "The Uruguayan government announced". Read once per corpus; sum keys the sentence
// cache, since the features depend on it.
type knownParticipants struct {
	filed  aliasIndex                  // people's and bodies' names and aliases
	bodies map[int64]map[string]string // entity id -> the body it speaks for, as participant keys
	sum    uint64
}

// filedCache keeps the last index of names with the workspace file and the audit log's
// newest entry on entities or aliases it was read at (as the suggester's cache does,
// suggest_cache.go: every change to those tables writes an entry). Reading the 100,000
// entities of the benchmark workspace took 200 ms of CPU, more than a proposal; an
// accepted proposal does not move that entry. The links to bodies are few and read each
// time.
var filedCache struct {
	sync.Mutex
	db  *db.DB
	at  int64
	ix  aliasIndex
	sum uint64
}

// knownParticipants returns what the workspace knows of who takes part.
func (ws *Workspace) knownParticipants(q *store.Queries) (*knownParticipants, error) {
	ctx := ws.Context()
	v, err := q.SuggestInputsVersion(ctx)
	if err != nil {
		return nil, storeErr(err, "the workspace's history")
	}
	filedCache.Lock()
	if filedCache.ix == nil || filedCache.db != ws.DB() || filedCache.at != v.NameChange {
		rows, err := q.ListEntityAliasKeys(ctx)
		if err != nil {
			filedCache.Unlock()
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
		filedCache.db, filedCache.at, filedCache.ix, filedCache.sum = ws.DB(), v.NameChange, newAliasIndex(filed), h.Sum64()
	}
	k := &knownParticipants{filed: filedCache.ix, bodies: map[int64]map[string]string{}}
	h := fnv.New64a()
	fmt.Fprint(h, filedCache.sum)
	filedCache.Unlock()
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
