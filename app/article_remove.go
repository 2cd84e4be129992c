package app

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"claimdesk/app/ingest"
	"claimdesk/db/store"
	"claimdesk/seeds"
)

// Removing articles. An article goes with its whole story (every version of it: a later
// version carries the same annotations and counts as the same article everywhere, see
// article_versions.go) and with everything that exists only because of it:
//
//   - its spans of every kind and state (marks, notes, claim mentions, suggestions waiting
//     or rejected), with their tags (the tags themselves stay) and mention values;
//   - its origins (article_origins);
//   - evidence that cites it or one of its spans (in any claim's assessment): evidence
//     without the text it cites would point nowhere;
//   - claims left with no mention anywhere, with their assessments, evidence and tags;
//   - entities no other article names any more (no span, no speaker, nothing merged into
//     them), with their aliases, same/different judgements and "speaks for" links;
//   - sources nothing names any more (no article's outlet, no origin, no channel);
//   - but not an entity or a source the analyst worked on (article_remove_keep.go): it
//     stays, named in the confirmation as kept.
//
// Every row goes through the change set's delete, children first, so the removal is one
// batch of the audit log: one Undo puts back exactly those rows (same ids, images and
// links), one Redo takes them again. Preview runs the same removal in a transaction that
// is rolled back, so what the confirmation says is what Remove does.

// ArticleRemoval is what removing articles takes (Preview) or took (Remove).
type ArticleRemoval struct {
	// Articles are the articles removed: those asked for and their other versions.
	Articles []ArticleChoice `json:"articles"`
	// Versions counts the articles among them that were not asked for (other versions).
	Versions      int64 `json:"versions"`
	Marks         int64 `json:"marks"`         // accepted or analyst's entity marks and notes
	ClaimMentions int64 `json:"claimMentions"` // claim mentions (spans of kind claim that are not suggestions)
	Suggestions   int64 `json:"suggestions"`   // suggestions waiting or rejected
	SpanTags      int64 `json:"spanTags"`      // tags taken off those spans
	Origins       int64 `json:"origins"`
	Snapshots     int64 `json:"snapshots"` // web page snapshots (Undo brings them back byte for byte)
	FeedItems     int64 `json:"feedItems"` // feed items it was imported from: they show as not imported again
	Evidence      int64 `json:"evidence"`  // evidence that cited the articles
	// Claims are the statements of claims left with no mention, removed with their
	// Assessments.
	Claims      []string `json:"claims"`
	Assessments int64    `json:"assessments"`
	Entities    []string `json:"entities"` // names of entities no other article names
	Sources     []string `json:"sources"`  // names of sources nothing else names
	// KeptEntities and KeptSources are the names of those the analyst worked on (a note,
	// aliases, a speaks-for link, same/different decisions, a change of type, made by hand;
	// a grade, also an F chosen by hand): they stay, without
	// the removed marks (article_remove_keep.go).
	KeptEntities []string `json:"keptEntities"`
	KeptSources  []string `json:"keptSources"`
	kept         []string // each kept row as the confirmation names it, with its work
	// Summary is the confirmation in sentences, the same in the window, the browser and
	// the command line.
	Summary []string `json:"summary"`
}

// errPreviewOnly rolls back Preview's removal (storeErr passes an *Error through as is).
var errPreviewOnly = &Error{Code: CodeInvalid, Message: "a preview changes nothing"}

// PreviewRemove says what Remove(ids) would take with it, and changes nothing.
func (s *ArticleService) PreviewRemove(ids []int64) (ArticleRemoval, error) {
	var r ArticleRemoval
	_, err := s.ws.write(s.ws.Context(), "the articles to remove", func(c *changeSet) error {
		var err error
		if r, err = c.removeArticles(ids); err != nil {
			return err
		}
		return errPreviewOnly
	})
	if err != errPreviewOnly {
		return ArticleRemoval{}, err
	}
	return r, nil
}

// Remove removes articles (each with its whole story) and what exists only because of
// them, as one action that Undo takes back whole. An unknown id is not_found and nothing
// is removed.
func (s *ArticleService) Remove(ids []int64) (ArticleRemoval, error) {
	return s.RemoveConfirmed(ids, nil)
}

// RemoveConfirmed is Remove after a confirmation: confirmed is the Summary of the
// PreviewRemove the analyst read. When the removal would now take something else (another
// window marked a claim in the article meanwhile, the suggester added suggestions), it is
// refused with conflict and nothing is removed: what was confirmed is what goes. nil
// confirms nothing (Remove).
func (s *ArticleService) RemoveConfirmed(ids []int64, confirmed []string) (ArticleRemoval, error) {
	var r ArticleRemoval
	err := s.ws.change("remove articles", func(c *changeSet) error {
		var err error
		if r, err = c.removeArticles(ids); err != nil {
			return err
		}
		if confirmed != nil && !slices.Equal(r.Summary, confirmed) {
			return Conflict("What removing %s takes has changed since you were asked (another window, or the suggester, worked on it meanwhile). Nothing was removed: read what it takes now, and confirm again.",
				plural(len(r.Articles), "this article", "these articles"))
		}
		return nil
	})
	if err != nil {
		return ArticleRemoval{}, err
	}
	return r, nil
}

// SampleIDs lists the workspace's articles that hold a text of the sample corpus a new
// workspace starts with (none once they are removed), for "Remove the sample articles".
// A sample is known by its text's SHA-256, read as importSeeds reads the files.
func (s *ArticleService) SampleIDs() ([]int64, error) {
	names, err := fs.Glob(seeds.Files, "*.txt")
	if err != nil {
		return nil, Internal(err, "listing the sample corpus")
	}
	ids := []int64{}
	for _, name := range names {
		raw, err := seeds.Files.ReadFile(name)
		if err != nil {
			return nil, Internal(err, "reading sample "+name)
		}
		decoded, err := ingest.Decode(raw, "")
		if err != nil {
			return nil, Internal(err, "reading sample "+name)
		}
		body := ingest.ParsePlainText(ingest.Normalize(decoded.Text)).Body
		id, err := s.ws.DB().Q.ArticleIDBySHA256(s.ws.Context(), ingest.Hash(body))
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, storeErr(err, "the sample articles")
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// removeArticles removes the articles ids and their stories, logged; see the top of the file.
func (c *changeSet) removeArticles(ids []int64) (ArticleRemoval, error) {
	r := ArticleRemoval{Articles: []ArticleChoice{}, Claims: []string{}, Entities: []string{}, Sources: []string{},
		KeptEntities: []string{}, KeptSources: []string{}}
	if len(ids) == 0 {
		return r, Invalid("no article to remove was given")
	}
	asked, queued := map[int64]bool{}, map[int64]bool{}
	var order []int64 // each story latest version first
	for _, id := range ids {
		if id <= 0 {
			return r, Invalid("article id must be a positive number, got %d", id)
		}
		if asked[id] || queued[id] { // a repeated id, or a version of a story already taken
			asked[id] = true
			continue
		}
		if _, err := c.q.GetArticle(c.ctx, id); err != nil {
			return r, storeErr(err, fmt.Sprintf("article %d", id))
		}
		asked[id] = true
		first, err := c.q.StoryFirstVersionID(c.ctx, id)
		if err != nil {
			return r, err
		}
		versions, err := c.q.ListLaterVersionIDs(c.ctx, sql.NullInt64{Int64: first, Valid: true})
		if err != nil {
			return r, err
		}
		for _, v := range append(versions, first) {
			if !queued[v] {
				queued[v] = true
				order = append(order, v)
			}
		}
	}
	// read them all first: the history's label is set before the first entry is logged,
	// and a refusal comes before anything is deleted
	for _, id := range order {
		a, err := c.q.GetArticle(c.ctx, id)
		if err != nil {
			return r, err
		}
		r.Articles = append(r.Articles, ArticleChoice{ID: a.ID, Title: a.Title, Source: a.SourceName, PublishedAt: a.PublishedAt})
		if !asked[id] {
			r.Versions++
		}
	}
	if len(r.Articles) == 1 {
		c.summary = "remove article “" + clipLabel(r.Articles[0].Title) + "”"
	} else {
		c.summary = fmt.Sprintf("remove %d articles", len(r.Articles))
	}
	var entities, sources []int64
	seenEntity, seenSource, seenClaim := map[int64]bool{}, map[int64]bool{}, map[int64]bool{}
	var claims []int64
	for _, id := range order {
		named, err := c.q.ListEntitiesNamedByArticle(c.ctx, id)
		if err != nil {
			return r, err
		}
		entities = appendNew(entities, seenEntity, named)
		srcs, err := c.q.ListSourcesNamedByArticle(c.ctx, id)
		if err != nil {
			return r, err
		}
		sources = appendNew(sources, seenSource, srcs)
		if err := c.removeArticleRows(id, &r, &claims, seenClaim); err != nil {
			return r, err
		}
	}
	if err := c.removeOrphans(&r, claims, entities, sources); err != nil {
		return r, err
	}
	r.Summary = r.sentences()
	return r, nil
}

// removeArticleRows removes article id's own rows and then the article, noting the claims
// its mentions belonged to.
func (c *changeSet) removeArticleRows(id int64, r *ArticleRemoval, claims *[]int64, seenClaim map[int64]bool) error {
	// evidence first: deleteSpan would otherwise re-point a span's evidence at the article
	evidence, err := c.q.ListEvidenceIDsCitingArticle(c.ctx, sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return err
	}
	for _, e := range evidence {
		if err := c.delete("evidence", e); err != nil {
			return err
		}
	}
	r.Evidence += int64(len(evidence))
	spans, err := c.q.ListSpanIDsOfArticle(c.ctx, id)
	if err != nil {
		return err
	}
	for _, sid := range spans {
		sp, err := c.q.GetSpan(c.ctx, sid)
		if err != nil {
			return err
		}
		switch {
		case sp.State == "suggested" || sp.State == "rejected":
			r.Suggestions++
		case sp.Kind == "claim":
			r.ClaimMentions++
		default:
			r.Marks++
		}
		if sp.ClaimID.Valid && !seenClaim[sp.ClaimID.Int64] {
			seenClaim[sp.ClaimID.Int64] = true
			*claims = append(*claims, sp.ClaimID.Int64)
		}
		tags, err := c.q.ListSpanTags(c.ctx, sid)
		if err != nil {
			return err
		}
		r.SpanTags += int64(len(tags))
		if err := c.deleteSpan(sid); err != nil {
			return err
		}
	}
	origins, err := c.q.ListOriginIDsOfArticle(c.ctx, id)
	if err != nil {
		return err
	}
	for _, o := range origins {
		if err := c.delete("article_origins", o); err != nil {
			return err
		}
	}
	r.Origins += int64(len(origins))
	snapshots, err := c.q.ListSnapshotIDsOfArticle(c.ctx, id)
	if err != nil {
		return err
	}
	for _, sn := range snapshots {
		hops, err := c.q.ListRedirectImagesOfSnapshot(c.ctx, sn)
		if err != nil {
			return err
		}
		for _, h := range hops {
			if err := c.unlinked("page_redirects", h); err != nil {
				return err
			}
		}
		if err := c.delete("page_snapshots", sn); err != nil {
			return err
		}
	}
	r.Snapshots += int64(len(snapshots))
	items, err := c.q.ListFeedItemIDsOfArticle(c.ctx, sql.NullInt64{Int64: id, Valid: true})
	if err != nil {
		return err
	}
	for _, it := range items {
		if err := c.update("feed_items", it, func() error {
			return c.q.SetFeedItemArticle(c.ctx, store.SetFeedItemArticleParams{ID: it})
		}); err != nil {
			return err
		}
	}
	r.FeedItems += int64(len(items))
	return c.delete("articles", id)
}

// removeOrphans removes the claims, entities and sources the removed articles leave
// unused (claims first: their mentions may name the entities and sources).
func (c *changeSet) removeOrphans(r *ArticleRemoval, claims, entities, sources []int64) error {
	for _, id := range claims {
		left, err := c.q.ListMentionSpanIDsForClaim(c.ctx, id)
		if err != nil {
			return err
		}
		if len(left) > 0 {
			continue
		}
		cl, err := c.q.GetClaim(c.ctx, id)
		if err != nil {
			return err
		}
		assessments, err := c.q.ListAssessmentIDsForClaim(c.ctx, id)
		if err != nil {
			return err
		}
		r.Claims = append(r.Claims, cl.Statement)
		r.Assessments += int64(len(assessments))
		if err := c.deleteClaim(id); err != nil {
			return err
		}
	}
	for _, id := range entities {
		if n, err := c.q.CountEntityNamers(c.ctx, sql.NullInt64{Int64: id, Valid: true}); err != nil || n > 0 {
			if err != nil {
				return err
			}
			continue
		}
		e, err := c.q.GetEntity(c.ctx, id)
		if err != nil {
			return err
		}
		work, err := c.entityWork(e)
		if err != nil {
			return err
		}
		if len(work) > 0 {
			r.KeptEntities = append(r.KeptEntities, e.Name)
			r.kept = append(r.kept, keptPhrase("the entity", e.Name, work))
			continue
		}
		if err := c.deleteEntity(id); err != nil {
			return err
		}
		r.Entities = append(r.Entities, e.Name)
	}
	for _, id := range sources {
		if n, err := c.q.CountSourceUses(c.ctx, sql.NullInt64{Int64: id, Valid: true}); err != nil || n > 0 {
			if err != nil {
				return err
			}
			continue
		}
		src, err := c.q.GetSource(c.ctx, id)
		if err != nil {
			return err
		}
		work, err := c.sourceWork(src)
		if err != nil {
			return err
		}
		if len(work) > 0 {
			r.KeptSources = append(r.KeptSources, src.Name)
			r.kept = append(r.kept, keptPhrase("the source", src.Name, work))
			continue
		}
		if err := c.delete("sources", id); err != nil {
			return err
		}
		r.Sources = append(r.Sources, src.Name)
	}
	return nil
}

// deleteEntity deletes an entity nothing names any more, with what hangs on it, logged.
func (c *changeSet) deleteEntity(id int64) error {
	if _, err := c.q.ImageEntitySpeaksFor(c.ctx, id); err == nil {
		if err := c.delete("entity_speaks_for", id); err != nil {
			return err
		}
	}
	judgements, err := c.q.ListJudgementsOfEntity(c.ctx, id)
	if err != nil {
		return err
	}
	for _, j := range judgements {
		img, _ := json.Marshal(map[string]any{"entity_a_id": j.EntityAID, "entity_b_id": j.EntityBID,
			"judgement": j.Judgement, "analyst": j.Analyst, "decided_at": j.DecidedAt})
		if err := c.unlinked("entity_judgements", string(img)); err != nil {
			return err
		}
	}
	aliases, err := c.q.ListAliasIDsOfEntity(c.ctx, id)
	if err != nil {
		return err
	}
	for _, a := range aliases {
		if err := c.delete("entity_aliases", a); err != nil {
			return err
		}
	}
	return c.delete("entities", id)
}

// sentences is the confirmation: what goes, in words, and that Undo brings it back.
func (r ArticleRemoval) sentences() []string {
	var out []string
	titles := make([]string, 0, len(r.Articles))
	for _, a := range r.Articles {
		titles = append(titles, "“"+a.Title+"”")
	}
	head := fmt.Sprintf("Remove %d %s: %s.", len(r.Articles), plural(len(r.Articles), "article", "articles"), listed(titles, 5))
	if len(r.Articles) == 1 {
		head = "Remove " + titles[0] + "."
	}
	if r.Versions > 0 {
		head += fmt.Sprintf(" This includes %d other %s of the same story: an article goes with all its versions.", r.Versions, plural(int(r.Versions), "version", "versions"))
	}
	out = append(out, head)
	var with []string
	add := func(n int64, one, many string) {
		if n > 0 {
			with = append(with, fmt.Sprintf("%d %s", n, plural(int(n), one, many)))
		}
	}
	add(r.Marks, "mark or note", "marks and notes")
	add(r.ClaimMentions, "claim mention", "claim mentions")
	add(r.Suggestions, "suggestion", "suggestions")
	add(r.SpanTags, "tag on them (the tag itself stays)", "tags on them (the tags themselves stay)")
	add(r.Origins, "recorded origin", "recorded origins")
	add(r.Snapshots, "saved copy of the web page", "saved copies of the web pages")
	if len(with) > 0 {
		out = append(out, "With it go "+listed(with, len(with))+".")
	}
	if r.FeedItems > 0 {
		out = append(out, fmt.Sprintf("%d feed %s it was imported from will show as not imported.", r.FeedItems, plural(int(r.FeedItems), "item", "items")))
	}
	if r.Evidence > 0 {
		out = append(out, fmt.Sprintf("%d %s that %s it in an assessment %s too.", r.Evidence,
			plural(int(r.Evidence), "piece of evidence", "pieces of evidence"), plural(int(r.Evidence), "cites", "cite"), plural(int(r.Evidence), "goes", "go")))
	}
	if n := len(r.Claims); n > 0 {
		s := fmt.Sprintf("%d %s no other article mentions %s too", n, plural(n, "claim", "claims"), plural(n, "goes", "go"))
		if r.Assessments > 0 {
			s += fmt.Sprintf(", with %d %s", r.Assessments, plural(int(r.Assessments), "assessment", "assessments"))
		}
		out = append(out, s+": "+listed(quoted(r.Claims), 5)+".")
	}
	if n := len(r.Entities); n > 0 {
		out = append(out, fmt.Sprintf("%d %s no other article names %s too: %s.", n, plural(n, "entity", "entities"), plural(n, "goes", "go"), listed(sorted(r.Entities), 8)))
	}
	if n := len(r.Sources); n > 0 {
		out = append(out, fmt.Sprintf("%d %s nothing else names %s too: %s.", n, plural(n, "source", "sources"), plural(n, "goes", "go"), listed(sorted(r.Sources), 8)))
	}
	if len(r.kept) > 0 {
		out = append(out, "Kept, as your own work, without the removed marks: "+listed(r.kept, 8)+".")
	}
	return append(out, "Undo brings all of it back.")
}

// listed joins names with commas, at most max of them and "and N more".
func listed(names []string, max int) string {
	if len(names) > max {
		return strings.Join(names[:max], ", ") + fmt.Sprintf(" and %d more", len(names)-max)
	}
	return strings.Join(names, ", ")
}

func quoted(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = "“" + clipLabel(v) + "”"
	}
	return out
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// appendNew appends the ids of add not yet seen.
func appendNew(list []int64, seen map[int64]bool, add []sql.NullInt64) []int64 {
	for _, id := range add {
		if id.Valid && !seen[id.Int64] {
			seen[id.Int64] = true
			list = append(list, id.Int64)
		}
	}
	return list
}
