package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"claimdesk/app/names"
	"claimdesk/app/suggest"
	"claimdesk/app/textspan"
	"claimdesk/db/store"
)

// SuggestionService runs the entity suggester over articles and lets the analyst review
// what it proposes. A suggestion is an entity span in state "suggested" whose origin
// names the rule that made it ("rule:gazetteer") and whose confidence is the engine's.
// It links to an existing entity when there is one; for a new entity it only stores the
// proposed name (spans.proposed_name), and the entity is made when the suggestion is
// accepted. Accepting and rejecting are audited actions (undoable); so is each article's
// batch of new suggestions, so undoing a run removes them. A rejected suggestion is
// kept and never proposed again.
type SuggestionService struct {
	ws *Workspace

	engineOnce sync.Once
	engine     suggest.Engine // nil: suggest.Default()

	adapt      adaptationCache // the workspace's adaptation of the tagger (adaptation.go)
	knownCache knownCache      // the known names of the last run (suggest_cache.go)

	run     sync.Mutex // one run at a time; a second waits for the first
	mu      sync.Mutex
	cancels map[*int]context.CancelFunc
}

// RunSummary is the result of a suggestion run.
type RunSummary struct {
	Articles  int       `json:"articles"`  // articles looked at
	Suggested int       `json:"suggested"` // suggestions stored
	Skipped   int       `json:"skipped"`   // proposals left out: a span with those offsets and type is there already, or the text was rejected as that type elsewhere
	Cancelled bool      `json:"cancelled"`
	Items     []RunItem `json:"items"` // one per article looked at, in order
}

// RunItem is what a run did in one article.
type RunItem struct {
	ArticleID int64  `json:"articleId"`
	Title     string `json:"title"`
	Suggested int    `json:"suggested"`
	Skipped   int    `json:"skipped"`
}

// SuggestionFilter selects suggestions for the review list and for AcceptWhere. Zero
// values mean "any": ArticleID 0 = every article, Type "" = every type, Rule "" = every
// rule (a rule is the part of the origin after the engine: "gazetteer", "title-cue"),
// Limit 0 = no limit (List only).
type SuggestionFilter struct {
	ArticleID     int64   `json:"articleId"`
	Type          string  `json:"type"`
	MinConfidence float64 `json:"minConfidence"`
	Rule          string  `json:"rule"`
	Limit         int     `json:"limit"`
	// Expect (AcceptWhere only): the number of suggestions the analyst confirmed. When
	// set and a different number matches now (a run in the background or another window
	// added or decided some since), nothing is accepted.
	Expect int `json:"expect,omitempty"`
}

// Suggestion is one row of the review list. EntityName is the linked entity's name, or
// for a new entity (IsNewEntity) the name it would get. Normalized is a date's or
// number's normalised value ("2025-06-28", "1000..999999"), Hedge a number's hedge
// ("around"), SpeakerName a quote's speaker as the suggester named them.
type Suggestion struct {
	SpanID       int64   `json:"spanId"`
	ArticleID    int64   `json:"articleId"`
	ArticleTitle string  `json:"articleTitle"`
	Type         string  `json:"type"`
	Start        int64   `json:"start"`
	End          int64   `json:"end"`
	Quote        string  `json:"quote"`
	Prefix       string  `json:"prefix"`
	Suffix       string  `json:"suffix"`
	Rule         string  `json:"rule"`
	Origin       string  `json:"origin"`
	Confidence   float64 `json:"confidence"`
	EntityID     *int64  `json:"entityId"`
	EntityName   string  `json:"entityName"`
	IsNewEntity  bool    `json:"isNewEntity"`
	Normalized   string  `json:"normalized"`
	Hedge        string  `json:"hedge"`
	SpeakerName  string  `json:"speakerName"`
}

// nameTypes are the entity types the gazetteer knows and accepted aliases feed.
var nameTypes = set(suggest.TypePerson, suggest.TypeOrganisation, suggest.TypePlace, suggest.TypeEvent)

func (s *SuggestionService) eng() suggest.Engine {
	s.engineOnce.Do(func() {
		if s.engine == nil {
			s.engine = suggest.Default()
		}
	})
	return s.engine
}

// Run proposes entity mentions in one article, or (articleID 0) in the latest version of
// every article. Known entities (live, with their aliases) are found by name; nothing
// already marked at the same offsets with the same type — suggested, accepted or
// rejected — is proposed again. Each article's suggestions are stored in one transaction
// as one undoable action ("suggest 12 entities in …"). Events: progress {task:
// "suggest"} after each article, one workspace:changed at the end. Cancel stops it
// between articles.
func (s *SuggestionService) Run(articleID int64) (RunSummary, error) {
	if articleID < 0 {
		return RunSummary{}, Invalid("article id must be positive (or 0 for every article); got %d", articleID)
	}
	var ids []int64
	if articleID == 0 {
		var err error
		if ids, err = s.ws.DB().Q.ListLatestArticleIDs(s.ws.Context()); err != nil {
			return RunSummary{}, storeErr(err, "the article list")
		}
	} else {
		ids = []int64{articleID}
	}
	return s.RunForArticles(ids)
}

// RunForArticles runs the suggester over the given articles (e.g. those an import just
// stored), as Run does. An unknown id is not_found, and nothing runs. An old version's id
// runs on its story's newest version, once: suggestions are listed and decided there
// only, so any made on the old text would wait unseen.
func (s *SuggestionService) RunForArticles(ids []int64) (RunSummary, error) {
	sum := RunSummary{Items: []RunItem{}}
	ctx := s.ws.Context()
	asked, seen := make(map[int64]bool, len(ids)), make(map[int64]bool, len(ids))
	uniq := make([]int64, 0, len(ids))
	for _, id := range ids {
		if asked[id] {
			continue
		}
		asked[id] = true
		if _, err := s.ws.DB().Q.SuggestArticleID(ctx, id); err != nil {
			return sum, storeErr(err, fmt.Sprintf("article %d", id))
		}
		newest, err := newestVersionOf(ctx, s.ws.DB().Q, id)
		if err != nil {
			return sum, storeErr(err, fmt.Sprintf("article %d", id))
		}
		if !seen[newest] {
			seen[newest] = true
			uniq = append(uniq, newest)
		}
	}
	if len(uniq) == 0 {
		return sum, nil
	}

	runCtx, cancel := context.WithCancel(ctx)
	token := new(int)
	s.mu.Lock()
	if s.cancels == nil {
		s.cancels = map[*int]context.CancelFunc{}
	}
	s.cancels[token] = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.cancels, token)
		s.mu.Unlock()
		cancel()
	}()

	s.run.Lock()
	defer s.run.Unlock()

	// Read before the known names and the adaptation: what a change committed meanwhile
	// did is then in them, and it moves the version for the next run (suggest_cache.go).
	inputs, err := s.readInputs(ctx)
	if err != nil {
		return sum, err
	}
	shared, err := s.known(ctx, inputs)
	if err != nil {
		return sum, err
	}
	if err := s.ws.DB().Healthy(ctx); err != nil {
		return sum, storeErr(err, "the workspace") // a damaged workspace is not written to
	}
	known := *shared // the cached names are shared between runs; the adaptation is this run's
	if known.adaptation, err = s.adaptation(ctx, inputs); err != nil {
		return sum, err
	}
	// One connection with its statements prepared once for the whole run (as imports
	// do): re-preparing every insert and audit entry costs as much as running it.
	conn, err := s.ws.openChangeBatch(ctx)
	if err != nil {
		return sum, storeErr(err, "the workspace")
	}
	defer conn.close()
	tables := map[string]bool{}
	defer func() {
		if len(tables) > 0 {
			s.ws.notifyChanged(tables)
		}
	}()
	// Articles share a transaction (at most suggestBatchMax, or suggestBatchAge so other
	// writers never wait long for the lock): a commit per article cost as much as the
	// article's inserts. Each article stays its own undoable action (its own audit
	// batch). If storing one fails, the open batch is rolled back whole and the run
	// stops with the articles committed before it: never part of an article.
	var pending []RunItem
	commit := func() error {
		if err := conn.commit(ctx); err != nil {
			return storeErr(err, "storing suggestions")
		}
		for _, item := range pending {
			sum.Articles++
			sum.Suggested += item.Suggested
			sum.Skipped += item.Skipped
			sum.Items = append(sum.Items, item)
		}
		pending = pending[:0]
		return nil
	}
	// The engine reads the next articles on a second connection and goroutine while
	// this one stores (suggestAhead): on two cores the run takes about as long as the
	// longer of the two instead of their sum.
	reader, err := s.ws.openChangeBatch(ctx)
	if err != nil {
		return sum, storeErr(err, "the workspace")
	}
	defer reader.close()
	ahead, stop := s.suggestAhead(runCtx, reader, uniq, &known)
	defer stop()
	for i := range uniq {
		if runCtx.Err() != nil {
			sum.Cancelled = true
			break
		}
		p, ok := <-ahead
		if !ok { // cancelled meanwhile
			sum.Cancelled = true
			break
		}
		// The article is stored in the workspace's context, not the cancellable one: a
		// cancel waits for the article being stored.
		item, err := s.storeSuggestions(ctx, conn, p, &known, tables)
		if err != nil && err != errArticleGone {
			conn.rollback()
			return sum, err
		}
		if err == nil {
			pending = append(pending, item)
		}
		s.ws.Events.Emit("progress", Progress{Task: "suggest", Done: i + 1, Total: len(uniq), Label: item.Title})
		if len(pending) >= suggestBatchMax || (conn.txOpen() && conn.age() >= suggestBatchAge) {
			if err := commit(); err != nil {
				return sum, err
			}
		}
	}
	if err := commit(); err != nil {
		return sum, err
	}
	return sum, nil
}

// Batching limits of suggestion runs (variables so tests can make batches small).
var (
	suggestBatchMax = 200
	suggestBatchAge = 250 * time.Millisecond
)

// Cancel stops the running suggestion run (and any waiting to run) after the article it
// is storing; what was stored stays. It reports whether a run was going.
func (s *SuggestionService) Cancel() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, c := range s.cancels {
		c()
	}
	return len(s.cancels) > 0
}

// knownEntities is the workspace's live named entities, for the engine and for linking
// a proposed name to an entity that already has it.
type knownEntities struct {
	list  []suggest.KnownEntity
	ids   map[int64]string // id → type
	byKey map[string]int64 // type + "\x00" + names.Key(name or alias) → lowest id
	// adaptation: what the analyst's decisions taught the tagger (adaptation.go)
	adaptation *suggest.Model
	// matcher: list prepared for matching, built once with it and kept with it in the
	// cache (its automaton was most of a run on 100,000 entities)
	matcher *suggest.KnownNames
	// declined: type + "\x00" + names.Key(text) of every text the analyst rejected as
	// that type somewhere in the workspace (readDeclined)
	declined map[string]bool
}

// loadKnown reads the known names, leaving out the entities taken back (readTakenBack).
// Runs get them through known (suggest_cache.go), which reads them again only when they
// may have changed.
func (s *SuggestionService) loadKnown(ctx context.Context, q *store.Queries, takenBack []int64) (*knownEntities, error) {
	rows, err := q.ListKnownEntityNames(ctx)
	if err != nil {
		return nil, storeErr(err, "the entities")
	}
	skip := make(map[int64]bool, len(takenBack))
	for _, id := range takenBack {
		skip[id] = true
	}
	k := &knownEntities{ids: map[int64]string{}, byKey: map[string]int64{}}
	for _, r := range rows {
		if skip[r.ID] {
			continue // every mention rejected: the analyst took the name back
		}
		if _, ok := k.ids[r.ID]; !ok {
			k.ids[r.ID] = r.Type
			k.list = append(k.list, suggest.KnownEntity{ID: r.ID, Type: r.Type, Name: r.Name})
			k.index(r.Type, r.Name, r.ID)
		}
		if r.Alias != "" && names.Key(r.Alias) != names.Key(r.Name) {
			e := &k.list[len(k.list)-1]
			e.Aliases = append(e.Aliases, r.Alias)
			k.index(r.Type, r.Alias, r.ID)
		}
	}
	k.matcher = suggest.NewKnownNames(k.list)
	return k, nil
}

func (k *knownEntities) index(typ, name string, id int64) {
	key := names.Key(name)
	if key == "" {
		return
	}
	if _, ok := k.byKey[typ+"\x00"+key]; !ok {
		k.byKey[typ+"\x00"+key] = id // rows come by id: the lowest id wins, as FindEntityByKey
	}
}

// declines reports whether the analyst rejected this text as this type elsewhere and
// the suggestion would make a new name of it. A proposal linked to a known entity of
// that type is still made: the analyst accepted that name somewhere, so a rejection
// was about one place, not the name.
func (k *knownEntities) declines(sg suggest.Suggestion) bool {
	return nameTypes[sg.Type] && k.declined[sg.Type+"\x00"+names.Key(sg.Quote)] && k.link(sg) == 0
}

// link is the existing entity a suggestion refers to, or 0 for a new one.
func (k *knownEntities) link(sg suggest.Suggestion) int64 {
	if sg.EntityID != 0 && k.ids[sg.EntityID] == sg.Type {
		return sg.EntityID
	}
	if !nameTypes[sg.Type] || sg.EntityName == "" {
		return 0
	}
	return k.byKey[sg.Type+"\x00"+names.Key(sg.EntityName)]
}

type spanKey struct {
	start, end int64
	typ        string
}

// existingSpans reads an article's entity spans: the (offsets, type) of every one in any
// state, the offsets of accepted ones (whatever their type: the analyst has decided what
// that text is), and the rejected ones for the engine.
func existingSpans(ctx context.Context, q *store.Queries, articleID int64) (map[spanKey]bool, map[[2]int64]bool, []suggest.Span, error) {
	rows, err := q.ListEntitySpanKeys(ctx, articleID)
	if err != nil {
		return nil, nil, nil, err
	}
	all := make(map[spanKey]bool, len(rows))
	accepted := map[[2]int64]bool{}
	var rejected []suggest.Span
	for _, r := range rows {
		all[spanKey{r.StartCp, r.EndCp, r.EntityType}] = true
		switch r.State {
		case "accepted":
			accepted[[2]int64{r.StartCp, r.EndCp}] = true
		case "rejected":
			rejected = append(rejected, suggest.Span{Start: int(r.StartCp), End: int(r.EndCp), Type: r.EntityType})
		}
	}
	return all, accepted, rejected, nil
}

// proposed is one article as the engine read it, waiting to be stored.
type proposed struct {
	id        int64
	art       store.GetArticleForSuggestRow
	proposals []suggest.Suggestion
	err       error
}

// errArticleGone: an article of a run was removed since the run checked its ids (it
// waited behind another run, or read ahead). The run passes over it, having written
// nothing for it, and goes on with the others.
var errArticleGone = errors.New("the article was removed since the run began")

// suggestAhead runs the engine over the articles in order on its own goroutine, reading
// them with reader's connection, and hands each result over in order, a few articles
// ahead of the storing. The channel closes after the last article, or early when ctx is
// cancelled or stop is called; stop waits for the goroutine to end.
func (s *SuggestionService) suggestAhead(ctx context.Context, reader *changeBatch, ids []int64, known *knownEntities) (<-chan proposed, func()) {
	out := make(chan proposed, 4)
	done := make(chan struct{})
	quit := make(chan struct{})
	go func() {
		defer close(done)
		defer close(out)
		rq := reader.reads()
		for _, id := range ids {
			p := proposed{id: id}
			if p.art, p.err = rq.GetArticleForSuggest(ctx, id); errors.Is(p.err, sql.ErrNoRows) {
				p.err = errArticleGone
			} else if p.err != nil {
				p.err = storeErr(p.err, fmt.Sprintf("article %d", id))
			} else if _, _, rejected, err := existingSpans(ctx, rq, id); err != nil {
				p.err = storeErr(err, "the article's spans")
			} else {
				p.proposals = s.eng().Suggest(suggest.Document{Text: p.art.Body, PublishedAt: p.art.PublishedAt, Outlet: p.art.Outlet, KnownNames: known.matcher, Rejected: rejected, Adaptation: known.adaptation})
			}
			select {
			case out <- p:
			case <-quit:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	var once sync.Once
	return out, func() {
		once.Do(func() { close(quit) })
		<-done
	}
}

// storeSuggestions stores what is new of one article's proposals, in one action.
func (s *SuggestionService) storeSuggestions(ctx context.Context, conn *changeBatch, p proposed, known *knownEntities, tables map[string]bool) (RunItem, error) {
	id, art, proposals := p.id, p.art, p.proposals
	item := RunItem{ArticleID: id, Title: art.Title}
	if p.err != nil {
		return item, p.err
	}
	if len(proposals) == 0 {
		return item, nil
	}
	text := textspan.New(art.Body)
	origin := "rule:"
	if n := s.eng().Name(); n != "rules" {
		origin = n + ":"
	}
	stored, gone := 0, false
	changed, err := conn.change(ctx, "", func(c *changeSet) error {
		q := c.q
		stored, item.Skipped = 0, 0
		// removed after it was read: its rows would name an article that is not there
		if _, err := q.SuggestArticleID(ctx, id); errors.Is(err, sql.ErrNoRows) {
			gone = true
			return nil
		} else if err != nil {
			return err
		}
		// Read inside the transaction: nothing marked meanwhile is proposed again.
		all, accepted, _, err := existingSpans(ctx, q, id)
		if err != nil {
			return err
		}
		var todo []suggestedRow
		caps := newCapsReader(art.Body) // read once for all the article's names
		for _, sg := range proposals {
			k := spanKey{int64(sg.Start), int64(sg.End), sg.Type}
			if !entityTypes[sg.Type] || all[k] || accepted[[2]int64{k.start, k.end}] || known.declines(sg) {
				item.Skipped++
				continue
			}
			a, err := text.Anchor(sg.Start, sg.End, sg.Quote)
			if err != nil {
				item.Skipped++ // the engine keeps spans inside the text; never store one that is not
				continue
			}
			all[k] = true
			var entityID *int64
			if eid := known.link(sg); eid != 0 {
				entityID = &eid
			}
			todo = append(todo, suggestedRow{
				EntityType: sg.Type, EntityID: entityID,
				StartCp: int64(a.Start), EndCp: int64(a.End), Quote: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix,
				Origin: origin + sg.Rule, Confidence: min(1, max(0, sg.Confidence)),
				ProposedName: caps.name(sg.Start, sg.End, proposedName(sg)), Normalized: sg.Normalized, Hedge: sg.Hedge, SpeakerName: sg.Speaker,
			})
		}
		if len(todo) == 0 {
			return nil
		}
		c.summary = fmt.Sprintf(suggestRunPrefix+"%d %s in “%s”", len(todo), plural(len(todo), "entity", "entities"), clipLabel(art.Title))
		if err := c.createSuggestions(id, todo); err != nil {
			return err
		}
		stored = len(todo)
		return nil
	})
	for t := range changed {
		tables[t] = true
	}
	if err != nil {
		return item, storeErr(err, "storing suggestions for “"+clipLabel(art.Title)+"”")
	}
	if gone {
		return item, errArticleGone
	}
	item.Suggested = stored
	return item, nil
}

// proposedName is the name the entity would get when the suggestion is accepted: the
// engine's canonical name; for a date, its normalised value, so that "Saturday" and
// "June 28" of the same week link to one date; else "" (accepting names it by its quote).
func proposedName(sg suggest.Suggestion) string {
	if sg.EntityName != "" {
		return names.Clean(sg.EntityName)
	}
	if sg.Type == suggest.TypeDate {
		return sg.Normalized
	}
	return ""
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ruleOf is the rule part of an origin: "gazetteer" for "rule:gazetteer".
func ruleOf(origin string) string {
	if _, rule, ok := strings.Cut(origin, ":"); ok {
		return rule
	}
	return origin
}

// List returns the suggestions waiting for review, in article and text order.
func (s *SuggestionService) List(f SuggestionFilter) ([]Suggestion, error) {
	if err := s.checkFilter(f); err != nil {
		return nil, err
	}
	if f.Limit < 0 {
		return nil, Invalid("limit cannot be negative (0 means all); got %d", f.Limit)
	}
	rows, err := s.listRows(s.ws.DB().Q, f)
	if err != nil {
		return nil, storeErr(err, "the suggestions")
	}
	out := make([]Suggestion, 0, len(rows))
	existing := s.existingEntityFinder()
	for _, r := range rows {
		sg := Suggestion{
			SpanID: r.ID, ArticleID: r.ArticleID, ArticleTitle: r.ArticleTitle, Type: r.EntityType,
			Start: r.StartCp, End: r.EndCp, Quote: r.Quote, Prefix: r.Prefix, Suffix: r.Suffix,
			Rule: ruleOf(r.Origin), Origin: r.Origin, Confidence: r.Confidence,
			EntityID: nullID(r.EntityID), EntityName: r.EntityName, IsNewEntity: !r.EntityID.Valid,
			Normalized: r.Normalized, Hedge: r.Hedge, SpeakerName: r.SpeakerName,
		}
		if sg.EntityName == "" {
			sg.EntityName = r.ProposedName
		}
		if sg.EntityName == "" && sg.IsNewEntity {
			sg.EntityName = names.Clean(r.Quote)
		}
		if sg.IsNewEntity {
			// Made since the suggestion was (e.g. by a hand tag elsewhere): accepting
			// links to it, so the row must not promise a new entity.
			if e, ok, err := existing(r.EntityType, sg.EntityName); err != nil {
				return nil, storeErr(err, "the suggestions' entities")
			} else if ok {
				sg.EntityID, sg.EntityName, sg.IsNewEntity = &e.ID, e.Name, false
			}
		}
		out = append(out, sg)
	}
	return out, nil
}

// existingEntityFinder looks up the live entity of a type with a name's key, as accepting
// a suggestion would find it (resolveEntity), remembering each answer for one listing.
func (s *SuggestionService) existingEntityFinder() func(typ, name string) (store.FindEntityByKeyRow, bool, error) {
	type key struct{ typ, key string }
	type answer struct {
		row   store.FindEntityByKeyRow
		found bool
	}
	seen := map[key]answer{}
	return func(typ, name string) (store.FindEntityByKeyRow, bool, error) {
		k := key{typ, names.Key(name)}
		if k.key == "" {
			return store.FindEntityByKeyRow{}, false, nil
		}
		if a, ok := seen[k]; ok {
			return a.row, a.found, nil
		}
		found, err := s.ws.DB().Q.FindEntityByKey(s.ws.Context(), store.FindEntityByKeyParams{AliasKey: k.key, Type: typ})
		if err != nil {
			return store.FindEntityByKeyRow{}, false, err
		}
		var a answer
		if len(found) > 0 {
			a = answer{found[0], true}
		}
		seen[k] = a
		return a.row, a.found, nil
	}
}

// Counts returns how many suggestions wait for review under the filter's article,
// minimum confidence and rule, per entity type (the filter's type and limit are not
// used): the review list's total and type chips without sending every row (100,000
// suggestions are ~40 MB).
func (s *SuggestionService) Counts(f SuggestionFilter) (map[string]int64, error) {
	if err := s.checkFilter(f); err != nil {
		return nil, err
	}
	rows, err := s.ws.DB().Q.CountSuggestionsByType(s.ws.Context(), store.CountSuggestionsByTypeParams{
		ArticleID: f.ArticleID, MinConfidence: f.MinConfidence, Rule: f.Rule,
	})
	if err != nil {
		return nil, storeErr(err, "the suggestions")
	}
	out := make(map[string]int64, len(rows))
	for _, r := range rows {
		out[r.EntityType] = r.N
	}
	return out, nil
}

func (s *SuggestionService) listRows(q *store.Queries, f SuggestionFilter) ([]store.ListSuggestionsRow, error) {
	limit := int64(f.Limit)
	if limit == 0 {
		limit = -1
	}
	return q.ListSuggestions(s.ws.Context(), store.ListSuggestionsParams{
		ArticleID: f.ArticleID, EntityType: f.Type, MinConfidence: f.MinConfidence, Rule: f.Rule, MaxRows: limit,
	})
}

func (s *SuggestionService) checkFilter(f SuggestionFilter) error {
	if f.Type != "" && !entityTypes[f.Type] {
		return Invalid("entity type must be one of person, organisation, place, date, number, quote, event (or empty for any); got %q", f.Type)
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return Invalid("minimum confidence must be between 0 and 1; got %g", f.MinConfidence)
	}
	if f.ArticleID < 0 {
		return Invalid("article id must be positive (or 0 for every article); got %d", f.ArticleID)
	}
	if f.Expect < 0 {
		return Invalid("expect is the number of suggestions confirmed (or 0 for no check); got %d", f.Expect)
	}
	if f.ArticleID > 0 {
		if _, err := s.ws.DB().Q.SuggestArticleID(s.ws.Context(), f.ArticleID); err != nil {
			return storeErr(err, fmt.Sprintf("article %d", f.ArticleID))
		}
	}
	return nil
}

// Accept accepts suggestions, as one action: each links to its entity — the one it
// proposed, else an entity of its type with the proposed name (or the quote) as name or
// alias, else a new entity with that name — and becomes the analyst's. A spelling the
// entity did not have becomes one of its aliases, so the suggester finds it from then on
// (not a bare surname or "the North" found within one article: those stay local).
// Already accepted ones are left as they are. It returns how many changed.
func (s *SuggestionService) Accept(ids []int64) (int, error) {
	return s.decide(ids, "accepted")
}

// Reject rejects suggestions, as one action. They are kept, and never proposed again.
// It returns how many changed.
func (s *SuggestionService) Reject(ids []int64) (int, error) {
	return s.decide(ids, "rejected")
}

func (s *SuggestionService) decide(ids []int64, state string) (int, error) {
	if len(ids) == 0 {
		return 0, Invalid("no suggestions given")
	}
	ids = uniqIDs(ids)
	verb := map[string]string{"accepted": "accept", "rejected": "reject"}[state]
	n := 0
	err := s.ws.change(fmt.Sprintf("%s %d suggestions", verb, len(ids)), func(c *changeSet) error {
		if len(ids) == 1 {
			if r, err := c.q.GetSuggestionForDecision(c.ctx, ids[0]); err == nil {
				c.summary = fmt.Sprintf("%s “%s” as %s", verb, clipLabel(r.Quote), r.EntityType)
			}
		}
		for _, id := range ids {
			changed, err := c.decideSuggestion(id, state)
			if err != nil {
				return err
			}
			if changed {
				n++
			}
		}
		if state == "rejected" {
			return c.rejectSameElsewhere(ids)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// rejectSameElsewhere rejects, in the same action, the waiting suggestions of the same
// texts as the rejected ones (ids) as the same types in other articles, when they would
// make a new name: what the run of an import proposed before the analyst said no to it.
// A text that is a live entity's name or alias of that type (the analyst accepted it
// somewhere) is left waiting, as the next runs still propose it (knownEntities.declines).
// The action's label says how many more it rejected.
func (c *changeSet) rejectSameElsewhere(ids []int64) error {
	keys := map[string]bool{}
	var quotes []string
	for _, id := range ids {
		r, err := c.q.GetSuggestionForDecision(c.ctx, id)
		if err != nil {
			return err
		}
		if r.State != "rejected" || !nameTypes[r.EntityType] || r.EntityID.Valid {
			continue
		}
		key := names.Key(r.Quote)
		if key == "" || keys[r.EntityType+"\x00"+key] {
			continue
		}
		known, err := c.q.FindEntityByKey(c.ctx, store.FindEntityByKeyParams{AliasKey: key, Type: r.EntityType})
		if err != nil {
			return err
		}
		if len(known) == 0 {
			keys[r.EntityType+"\x00"+key] = true
			quotes = append(quotes, r.Quote)
		}
	}
	if len(quotes) == 0 {
		return nil
	}
	list, err := json.Marshal(quotes)
	if err != nil {
		return err
	}
	rows, err := c.q.ListWaitingNewNames(c.ctx, string(list))
	if err != nil {
		return err
	}
	var more []int64
	for _, r := range rows {
		if keys[r.EntityType.String+"\x00"+names.Key(r.Quote)] {
			more = append(more, r.ID)
		}
	}
	if len(more) == 0 {
		return nil
	}
	// Said before they are logged: the action's label is read from its entries.
	c.summary += fmt.Sprintf(" and %d more like it elsewhere", len(more))
	for _, id := range more {
		if _, err := c.decideSuggestion(id, "rejected"); err != nil {
			return err
		}
	}
	return nil
}

// AcceptWhere accepts every suggestion matching the filter (e.g. all people above 0.9 in
// one article, or everything above 0.95 across the workspace), as one action. Limit is
// ignored. It returns how many were accepted.
func (s *SuggestionService) AcceptWhere(f SuggestionFilter) (int, error) {
	if err := s.checkFilter(f); err != nil {
		return 0, err
	}
	f.Limit = 0
	label := fmt.Sprintf("accept all above %.2f", f.MinConfidence)
	if f.Type != "" {
		label += " (" + f.Type + ")"
	}
	if f.Rule != "" {
		label += " by " + f.Rule
	}
	n := 0
	err := s.ws.change(label, func(c *changeSet) error {
		rows, err := s.listRows(c.q, f)
		if err != nil {
			return err
		}
		if f.Expect > 0 && len(rows) != f.Expect {
			return Conflict("%d suggestions match now, not the %d you confirmed (suggestions were added or decided since); nothing was accepted — look at the list again and confirm", len(rows), f.Expect)
		}
		if f.ArticleID > 0 {
			if a, err := c.q.GetArticleForSuggest(c.ctx, f.ArticleID); err == nil {
				c.summary += " in “" + clipLabel(a.Title) + "”"
			}
		} else {
			c.summary += " across the workspace"
		}
		c.summary += fmt.Sprintf(" (%d)", len(rows))
		for _, r := range rows {
			changed, err := c.decideSuggestion(r.ID, "accepted")
			if err != nil {
				return err
			}
			if changed {
				n++
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// decideSuggestion accepts or rejects one suggestion; false when it already was.
func (c *changeSet) decideSuggestion(id int64, state string) (bool, error) {
	r, err := c.q.GetSuggestionForDecision(c.ctx, id)
	if err != nil {
		return false, storeErr(err, fmt.Sprintf("span %d", id))
	}
	if r.Kind != "entity" || r.Origin == "analyst" {
		return false, Invalid("span %d is the analyst's own %s mark, not a suggestion", id, r.Kind)
	}
	if err := c.suggestionOnNewestVersion(r.ArticleID); err != nil {
		return false, err
	}
	if r.State == state {
		return false, nil
	}
	if state == "accepted" {
		// The analyst already marked this very text as this type: the suggestion is
		// settled by their span, not added beside it as a second mention.
		twin, err := c.q.FindEntitySpanAt(c.ctx, store.FindEntitySpanAtParams{
			ArticleID: r.ArticleID, StartCp: r.StartCp, EndCp: r.EndCp,
			EntityType: sql.NullString{String: r.EntityType, Valid: true}, State: "accepted", NotID: id,
		})
		if err == nil && twin > 0 {
			return true, c.deleteSpan(id)
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return false, err
		}
	}
	params := store.DecideSuggestionParams{ID: id, State: state, EntityID: r.EntityID, Annotator: c.ws.Analyst, UpdatedAt: c.at}
	var entity store.Entity
	if state == "accepted" {
		eid, err := c.suggestedEntity(r)
		if err != nil {
			return false, err
		}
		if entity, err = c.q.GetEntity(c.ctx, eid); err != nil {
			return false, err
		}
		params.EntityID = sql.NullInt64{Int64: eid, Valid: true}
	}
	if err := c.update("spans", id, func() error { return c.q.DecideSuggestion(c.ctx, params) }); err != nil {
		return false, err
	}
	if state == "accepted" && feedsGazetteer(r.EntityType, ruleOf(r.Origin), r.Quote, entity.Name) {
		if err := c.addAlias(entity.ID, names.Clean(r.Quote)); err != nil {
			return false, err
		}
	}
	return true, nil
}

// suggestedEntity is the live entity an accepted suggestion links to: the one it
// proposed (followed through merges), else one found or made from the proposed name.
func (c *changeSet) suggestedEntity(r store.GetSuggestionForDecisionRow) (int64, error) {
	if r.EntityID.Valid {
		id := r.EntityID.Int64
		for hops := 0; hops < 100; hops++ {
			e, err := c.q.GetEntity(c.ctx, id)
			if errors.Is(err, sql.ErrNoRows) {
				break
			} else if err != nil {
				return 0, err
			}
			if e.MergedIntoID.Valid {
				id = e.MergedIntoID.Int64
				continue
			}
			if e.Type == r.EntityType {
				return e.ID, nil
			}
			break // retyped since: find by name instead
		}
	}
	return c.resolveEntity(r.EntityType, nil, r.ProposedName, r.Quote)
}

// feedsGazetteer tells whether an accepted quote should become an alias of its entity:
// a name type, a spelling with another key than the entity's name, and not something
// that only means the entity inside one article — a within-article alias ("Lyubimova",
// "the North") or one word of the entity's own name.
func feedsGazetteer(typ, rule, quote, entityName string) bool {
	if !nameTypes[typ] || rule == suggest.RuleAlias {
		return false
	}
	qk, nk := names.Key(quote), names.Key(entityName)
	if qk == "" || qk == nk {
		return false
	}
	if !strings.Contains(qk, " ") {
		for _, w := range strings.Fields(nk) {
			if w == qk {
				return false
			}
		}
	}
	return true
}

func uniqIDs(ids []int64) []int64 {
	seen := make(map[int64]bool, len(ids))
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// suggestRunPrefix starts the summary of a suggester's run on an article ("suggest 17
// entities in “…”"): the history reads it to say that undoing it leaves the import.
const suggestRunPrefix = "suggest "

func isSuggestRun(summary string) bool {
	rest, ok := strings.CutPrefix(summary, suggestRunPrefix)
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}
