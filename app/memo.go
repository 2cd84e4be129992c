package app

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"claimdesk/app/export"
	"claimdesk/app/match"
	"claimdesk/app/names"
	"claimdesk/db/store"
)

// The verification memo (docs/export.md): one claim, several, or a tag's claims, read in
// one snapshot into an export.Memo and written as printable HTML or plain text. It says
// what the claim page says, in the same words: the verdict and the reasons for the
// suggested grade (grades.go), the independent origins (origins.go), each accepted
// mention with its chain and sentence, the contradictions (conflicts.go), the
// assessments with their evidence, and the workspace state it was read from.

// MemoOptions says which claims a memo holds and how it is written: ClaimIDs, Tag or
// Filter, one of them.
type MemoOptions struct {
	ClaimIDs []int64 `json:"claimIds"`
	Tag      string  `json:"tag"` // every claim carrying this tag, in the claim list's order
	// Filter: every claim the claim list shows with this filter, all its pages, in its
	// order (the claims view's "Memo of the N claims shown"); refused over MaxMemoClaims.
	Filter *ClaimFilter `json:"filter"`
	Format string       `json:"format"` // html (the default) | text
}

// MemoFormats are the memo's formats.
var MemoFormats = []string{"html", "text"}

// MaxMemoClaims bounds one memo; a larger selection is refused, never cut.
const MaxMemoClaims = 200

// maxMemoMentions is how many accepted mentions a memo lists per claim: what the claim
// page draws (DRAWN_MENTIONS, frontend/src/lib/mentionPick.ts); the rest are counted.
const maxMemoMentions = 200

// maxOriginTitles is how many article titles a memo names per origin; the rest are counted.
const maxOriginTitles = 10

// maxQuoteContext bounds the sentence quoted around a mention, each side, in code points:
// a text without sentence ends is not quoted whole.
const maxQuoteContext = 300

// CheckMemoOptions validates and normalises options without the workspace (the CLI tells
// wrong usage from failures by it). Every error is `invalid`.
func CheckMemoOptions(o MemoOptions) (MemoOptions, error) {
	o.Format = strings.ToLower(strings.TrimSpace(o.Format))
	if o.Format == "" {
		o.Format = "html"
	}
	if o.Format != "html" && o.Format != "text" {
		return o, Invalid("a memo's format must be html or text; got %q", o.Format)
	}
	o.Tag = names.Clean(o.Tag)
	given := 0
	for _, g := range []bool{o.Tag != "", len(o.ClaimIDs) > 0, o.Filter != nil} {
		if g {
			given++
		}
	}
	if given > 1 {
		return o, Invalid("a memo is of the claims given, of a tag's claims or of the claims a filter shows: one of them")
	}
	if given == 0 {
		return o, Invalid("a memo needs a claim (or several, or a tag)")
	}
	if o.Filter != nil {
		if o.Filter.ArticleID < 0 || o.Filter.EntityID < 0 || o.Filter.SourceID < 0 {
			return o, Invalid("the filter's article, entity and source ids are positive numbers (0 for any)")
		}
		if err := checkClaimFilter(*o.Filter); err != nil {
			return o, err
		}
	}
	seen := map[int64]bool{}
	ids := make([]int64, 0, len(o.ClaimIDs))
	for _, id := range o.ClaimIDs {
		if id <= 0 {
			return o, Invalid("claim ids are positive numbers; got %d", id)
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) > MaxMemoClaims {
		return o, Invalid("a memo holds at most %d claims; %d were asked for: make several memos, or narrow the selection", MaxMemoClaims, len(ids))
	}
	o.ClaimIDs = ids
	return o, nil
}

// memoExtensions are the file name endings a memo may be saved as, per format.
var memoExtensions = map[string][]string{"html": {".html", ".htm"}, "text": {".txt"}}

// CheckMemoPath is CheckExportPath for a memo.
func CheckMemoPath(path, format string) (string, error) {
	what := map[string]string{"html": "an HTML memo", "text": "a text memo"}[format]
	return checkPathExtension(path, what, memoExtensions[format])
}

// memoFilename suggests a memo's file name: claimdesk-memo-claim12-20261207.html.
func (ws *Workspace) memoFilename(o MemoOptions) string {
	name := "claimdesk-memo"
	switch {
	case o.Tag != "":
		name += "-tag-" + fileWord(o.Tag)
	case o.Filter != nil:
		name += "-filtered"
	case len(o.ClaimIDs) == 1:
		name += fmt.Sprintf("-claim%d", o.ClaimIDs[0])
	default:
		name += fmt.Sprintf("-%dclaims", len(o.ClaimIDs))
	}
	name += "-" + ws.Clock().UTC().Format("20060102")
	if o.Format == "text" {
		return name + ".txt"
	}
	return name + ".html"
}

var notFileWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// fileWord is a tag name as a safe part of a file name ("key people" → "key-people").
func fileWord(s string) string {
	w := strings.Trim(notFileWord.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if r := []rune(w); len(r) > 40 {
		w = string(r[:40])
	}
	if w == "" {
		return "tag"
	}
	return w
}

// writeMemo reads the memo in the snapshot q and writes it to w; it returns the number of claims.
func (ws *Workspace) writeMemo(ctx context.Context, q *store.Queries, w io.Writer, o MemoOptions) (int, error) {
	m, err := ws.readMemo(ctx, q, o)
	if err != nil {
		return 0, err
	}
	if o.Format == "text" {
		err = export.WriteMemoText(w, m)
	} else {
		err = export.WriteMemoHTML(w, m)
	}
	return len(m.Claims), wrapWrite(err)
}

// readMemo reads the claims o names into a memo.
func (ws *Workspace) readMemo(ctx context.Context, q *store.Queries, o MemoOptions) (export.Memo, error) {
	ids := o.ClaimIDs
	selection := "claim " + joinIDs(ids)
	if len(ids) > 1 {
		selection = "claims " + joinIDs(ids)
	}
	if o.Tag != "" {
		if _, err := q.GetTagByName(ctx, o.Tag); err != nil {
			return export.Memo{}, storeErr(err, fmt.Sprintf("tag %q", o.Tag))
		}
		var err error
		if ids, err = listClaimIDs(ctx, q, ClaimFilter{Tag: o.Tag}); err != nil {
			return export.Memo{}, err
		}
		if len(ids) == 0 {
			return export.Memo{}, Invalid("no claim carries the tag %q: there is nothing to put in a memo", o.Tag)
		}
		if len(ids) > MaxMemoClaims {
			return export.Memo{}, Invalid("%d claims carry the tag %q; a memo holds at most %d: make memos of fewer claims", len(ids), o.Tag, MaxMemoClaims)
		}
		selection = fmt.Sprintf("the %s tagged “%s”", countLabel(len(ids), "claim"), o.Tag)
	}
	if o.Filter != nil {
		var err error
		if ids, err = memoFilterIDs(ctx, q, *o.Filter); err != nil {
			return export.Memo{}, err
		}
		selection = fmt.Sprintf("the %s the claim list showed%s", countLabel(len(ids), "claim"), filterWords(*o.Filter))
	}
	snap, err := loadSnapshot(ctx, q, "", &snapScope{claimIDs: ids, articleIDs: []int64{}})
	if err != nil {
		return export.Memo{}, storeErr(err, "the claims' grades")
	}
	state, err := q.MaxAuditID(ctx)
	if err != nil {
		return export.Memo{}, storeErr(err, "the workspace's history")
	}
	m := export.Memo{
		Selection: selection, Workspace: workspaceName(ws.DB().Path), StateID: state,
		MadeAt: ws.now(), MadeBy: ws.Analyst, AppVersion: Version,
	}
	if state > 0 {
		if last, err := q.ListRecentAudit(ctx, 1); err == nil && len(last) == 1 {
			m.StateAt = last[0].At
		}
	}
	r := memoReader{ctx: ctx, q: q, facts: map[int64]store.ExportArticleFactsByIDRow{}, sentences: map[int64]articleSentences{}}
	// One claim's detail at a time: a memo of many claims of thousands of mentions holds
	// what it lists, not every claim's mentions at once.
	for _, id := range ids {
		d, err := ws.claimDetail(q, id)
		if err != nil {
			return export.Memo{}, err
		}
		c, err := r.claim(d)
		if err != nil {
			return export.Memo{}, err
		}
		if sc := snap.byID[d.ID]; sc != nil {
			g := snap.suggest(sc)
			c.Suggested = fmt.Sprintf("%d %s", g.Credibility, g.Label)
			c.Reasons = g.Reasons
		}
		m.Claims = append(m.Claims, c)
	}
	if len(m.Claims) == 1 {
		m.Title = "Verification memo: " + m.Claims[0].Statement
	} else {
		m.Title = "Verification memo: " + selection
	}
	return m, nil
}

// memoFilterIDs are the claims the claim list shows with f, in its order: refused when
// none or more than MaxMemoClaims pass (the count the analyst was told may be stale).
func memoFilterIDs(ctx context.Context, q *store.Queries, f ClaimFilter) ([]int64, error) {
	ids, err := listClaimIDs(ctx, q, f)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, Invalid("no claim passes the filter: there is nothing to put in a memo")
	}
	if len(ids) > MaxMemoClaims {
		return nil, Invalid("%d claims pass the filter; a memo holds at most %d: narrow the filter, or tick the claims you want", len(ids), MaxMemoClaims)
	}
	if sortedByChange(f.Sort) {
		return ids, nil
	}
	rows, err := claimSummariesByID(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	if err := sortClaimSummaries(ctx, q, rows, f.Sort); err != nil {
		return nil, err
	}
	for i, r := range rows {
		ids[i] = r.ID
	}
	return ids, nil
}

// filterWords says a claim filter's text, tag and grade for a memo's heading (“ with the
// text “dam”, tagged “flood””); entity, source and article as “filtered by …”.
func filterWords(f ClaimFilter) string {
	var parts []string
	if t := strings.TrimSpace(f.Text); t != "" {
		parts = append(parts, "with the words “"+clipLabel(t)+"”")
	}
	if tag := names.Clean(f.Tag); tag != "" { // spaces alone are no tag to the list either
		parts = append(parts, "tagged “"+clipLabel(tag)+"”")
	}
	switch {
	case f.Credibility == 7:
		parts = append(parts, "ungraded")
	case f.Credibility > 0:
		parts = append(parts, "graded "+CredibilityLabel(f.Credibility))
	}
	var by []string
	for _, x := range []struct {
		id   int64
		word string
	}{{f.EntityID, "an entity"}, {f.SourceID, "a source"}, {f.ArticleID, "an article"}} {
		if x.id > 0 {
			by = append(by, x.word)
		}
	}
	if len(by) > 0 {
		parts = append(parts, "filtered by "+strings.Join(by, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// workspaceName is a workspace file's name without its folder and extension: a memo says
// which workspace it came from without telling the reader where files are kept.
func workspaceName(path string) string {
	base := filepath.Base(path)
	if n := strings.TrimSuffix(base, filepath.Ext(base)); n != "" {
		return n
	}
	return base
}

func joinIDs(ids []int64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatInt(id, 10)
	}
	return strings.Join(s, ", ")
}

// memoReader reads what a claim detail does not hold: the articles' URLs and the sentences
// the mentions sit in, each article once.
type memoReader struct {
	ctx       context.Context
	q         *store.Queries
	facts     map[int64]store.ExportArticleFactsByIDRow
	sentences map[int64]articleSentences
}

type articleSentences struct {
	text  []rune
	sents []match.Sentence
}

var originKindWords = map[string]string{"source": "source", "speaker": "speaker", "article": "the article’s own reporting"}

func (r *memoReader) claim(d ClaimDetail) (export.MemoClaim, error) {
	c := export.MemoClaim{
		ID: d.ID, Statement: d.Statement, Note: d.Note, CreatedBy: d.CreatedBy, CreatedAt: d.CreatedAt,
		UpdatedAt: d.UpdatedAt, OriginSummary: d.OriginSummary, ContradictionsCount: d.ContradictionsCount, Uncompared: d.Uncompared,
	}
	for _, t := range d.Tags {
		c.Tags = append(c.Tags, t.Name)
	}
	var accepted []Mention
	best := ""
	for _, m := range d.Mentions {
		switch m.State {
		case "accepted":
			accepted = append(accepted, m)
			if best == "" || m.SourceReliability < best {
				best = m.SourceReliability
			}
		case "suggested":
			c.Pending++
		}
	}
	c.MentionsTotal = len(accepted)
	if len(d.Assessments) > 0 {
		a := d.Assessments[0]
		c.Verdict = fmt.Sprintf("%d %s", a.Credibility, a.CredibilityLabel)
		c.AssessedBy, c.AssessedAt, c.Rationale = a.Analyst, a.AssessedAt, a.Rationale
		if best != "" {
			c.Grade = Grade(best, &a.Credibility)
		}
	}
	listed := accepted
	if len(listed) > maxMemoMentions {
		listed = listed[:maxMemoMentions]
	}
	var articleIDs []int64
	for _, m := range listed {
		articleIDs = append(articleIDs, m.ArticleID)
	}
	for _, x := range d.Contradictions {
		articleIDs = append(articleIDs, x.A.ArticleID, x.B.ArticleID)
	}
	if err := r.readFacts(articleIDs); err != nil {
		return c, err
	}
	for _, m := range listed {
		mm, err := r.mention(m)
		if err != nil {
			return c, err
		}
		c.Mentions = append(c.Mentions, mm)
	}
	chain := originChainOf(d)
	for _, o := range chain.Origins {
		mo := export.MemoOrigin{Name: o.Name, Kind: originKindWords[o.Kind], Mentions: len(o.Articles)}
		for _, a := range o.Articles {
			if len(mo.Titles) == maxOriginTitles {
				break
			}
			mo.Titles = append(mo.Titles, a.Title)
		}
		c.Origins = append(c.Origins, mo)
	}
	for i, a := range chain.Unattributed {
		if i == maxOriginTitles {
			c.Unattributed = append(c.Unattributed, fmt.Sprintf("and %d more", len(chain.Unattributed)-i))
			break
		}
		c.Unattributed = append(c.Unattributed, a.Title)
	}
	for _, x := range d.Contradictions {
		mc := export.MemoContradiction{
			Kind: x.Kind, Message: x.Message, A: r.side(x.A), B: r.side(x.B), SameOrigin: x.SameOrigin, Revised: x.Revised, Others: x.Others,
		}
		if x.Kind == "unit" { // no contradiction (contradictionCount): apart, as on the claim page
			c.UnitDifferences = append(c.UnitDifferences, mc)
			continue
		}
		c.Contradictions = append(c.Contradictions, mc)
	}
	for i, a := range d.Assessments {
		ma := export.MemoAssessment{Verdict: fmt.Sprintf("%d %s", a.Credibility, a.CredibilityLabel), Analyst: a.Analyst,
			Origin: a.Origin, At: a.AssessedAt, Latest: i == 0, Rationale: a.Rationale}
		for _, e := range a.Evidence {
			ma.Evidence = append(ma.Evidence, export.MemoEvidence{Stance: e.Stance, Title: e.ArticleTitle, Quote: e.Quote, URL: e.URL, Note: e.Note})
		}
		c.Assessments = append(c.Assessments, ma)
	}
	return c, nil
}

// readFacts reads the titles, URLs and outlets of the articles not read yet.
func (r *memoReader) readFacts(ids []int64) error {
	var missing []int64
	for _, id := range ids {
		if _, ok := r.facts[id]; !ok {
			r.facts[id] = store.ExportArticleFactsByIDRow{ID: id}
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	rows, err := r.q.ExportArticleFactsByID(r.ctx, idsJSON(missing))
	if err != nil {
		return storeErr(err, "the mentions' articles")
	}
	for _, f := range rows {
		r.facts[f.ID] = f
	}
	return nil
}

func (r *memoReader) mention(m Mention) (export.MemoMention, error) {
	out := export.MemoMention{
		Outlet: m.Source, Reliability: m.SourceReliability, Published: m.PublishedAt, Title: m.ArticleTitle,
		URL: r.facts[m.ArticleID].Url, Stance: m.Stance, Value: m.RawValue, Hedge: m.Hedge, DirectQuote: m.IsDirectQuote,
		Quote: m.Quote, Speaker: m.SpeakerName, Channel: firstText(m.ChannelText, m.ChannelName),
	}
	names := make([]string, len(m.OriginChain))
	for i, l := range m.OriginChain {
		names[i] = l.Name
	}
	if m.OriginKey != "" {
		out.Chain = strings.Join(names, " ← ")
	}
	before, after, err := r.around(m.ArticleID, m.Start, m.End, m.Quote)
	if err != nil {
		return out, err
	}
	out.Before, out.After = before, after
	return out, nil
}

// around returns the text of the mention's sentence before and after it, at most
// maxQuoteContext code points each side ("…" where cut). Nothing when the text at the
// mention's offsets is not its quote (a span re-anchored fuzzily): the quote stands alone.
func (r *memoReader) around(articleID, start, end int64, quote string) (string, string, error) {
	as, ok := r.sentences[articleID]
	if !ok {
		body, err := r.q.GetArticleBody(r.ctx, articleID)
		if err != nil {
			return "", "", storeErr(err, fmt.Sprintf("article %d", articleID))
		}
		as = articleSentences{text: []rune(body), sents: match.Sentences(body)}
		r.sentences[articleID] = as
	}
	s, e := int(start), int(end)
	if s < 0 || e > len(as.text) || s > e || string(as.text[s:e]) != quote {
		return "", "", nil
	}
	from, to, ok := match.Covering(as.sents, s, e)
	if !ok {
		return "", "", nil
	}
	from, to = min(from, s), max(to, e)
	before, after := "", ""
	if s-from > maxQuoteContext {
		from = s - maxQuoteContext
		before = "…"
	}
	if to-e > maxQuoteContext {
		to = e + maxQuoteContext
		after = "…"
	}
	return before + string(as.text[from:s]), string(as.text[e:to]) + after, nil
}

func (r *memoReader) side(m ConflictMention) export.MemoSide {
	f := r.facts[m.ArticleID]
	return export.MemoSide{Outlet: f.Source, Title: f.Title, Published: m.PublishedAt, Value: m.RawValue, Stance: m.Stance, Quote: m.Quote}
}
