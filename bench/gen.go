// Package bench builds the synthetic 20,000-article workspace the performance suite runs
// on (docs/performance.md) and holds the benchmarks that need it. The workspace is
// deterministic (fixed seed) and cached by generator version, so `make bench` builds it
// once. Its benchmarks skip unless BENCH_DB names the workspace (see bench_test.go), so
// `go test ./...` stays quick.
package bench

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"time"

	"claimdesk/app"
	"claimdesk/app/names"
)

// GeneratorVersion changes whenever the generated workspace changes; it is part of the
// cache file name, so an old cached workspace is never reused by a newer generator.
const GeneratorVersion = 1

// Config sizes the workspace. Default is the suite's; tests use a small one.
type Config struct {
	Seed            int64
	Articles        int // including the one big article (id 1)
	Spans           int // in all, including the big article's
	Claims          int // each has MentionsPerClaim mentions
	Entities        int // each with one alias
	BigArticleSpans int // overlapping spans on article 1 (the browser render figure)
}

// MentionsPerClaim is how many claim-mention spans each claim gets.
const MentionsPerClaim = 2

// Default is the workspace: 20,000 articles of ~400 words, 1,000,000 spans,
// 50,000 claims (100,000 mentions), 100,000 entities with aliases.
func Default() Config {
	return Config{Seed: 20250630, Articles: 20_000, Spans: 1_000_000, Claims: 50_000, Entities: 100_000, BigArticleSpans: 2_000}
}

// Name is the cache file name for c.
func (c Config) Name() string {
	return fmt.Sprintf("workspace-v%d-s%d-a%d-sp%d-c%d-e%d.db", GeneratorVersion, c.Seed, c.Articles, c.Spans, c.Claims, c.Entities)
}

// BigArticleTitle is the title of article 1, the one with BigArticleSpans overlapping spans.
const BigArticleTitle = "Benchmark: the long report with 2,000 overlapping annotations"

// Stats is what Generate wrote.
type Stats struct {
	Articles, Spans, Claims, Mentions, Assessments, Entities, Aliases, SpanTags, Origins int
	Words                                                                                int
	Elapsed                                                                              time.Duration
}

// Ensure returns the path of the cached workspace for c under dir, generating it first
// when it is missing (into a temporary file renamed into place once checked).
func Ensure(ctx context.Context, dir string, c Config, logf func(string, ...any)) (string, error) {
	path := filepath.Join(dir, c.Name())
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp := path + ".tmp"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(p)
	}
	st, err := Generate(ctx, tmp, c)
	if err != nil {
		return "", err
	}
	logf("generated %s: %+v", path, st)
	t0 := time.Now()
	ws, err := app.OpenWorkspace(ctx, tmp, app.OpenOptions{})
	if err != nil {
		return "", err
	}
	problems, err := ws.DB().Check(ctx)
	if err == nil && len(problems) > 0 {
		err = fmt.Errorf("generated workspace fails check: %v", problems)
	}
	if err == nil {
		_, err = ws.DB().ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	ws.Close()
	if err != nil {
		return "", err
	}
	logf("checked (db.Check: integrity, foreign keys, FTS) in %s", time.Since(t0).Round(time.Millisecond))
	return path, os.Rename(tmp, path)
}

// ftsTriggers are the insert triggers that index new rows one by one; Generate drops them
// while loading and rebuilds the indexes in one pass at the end (same result, faster).
var ftsTriggers = []string{"articles_fts_insert", "claims_fts_insert", "span_notes_fts_insert"}

// Generate writes the workspace for c at path (which must not exist). Rows go straight
// into the tables with prepared statements in large transactions (no audit log: this is
// a fixture, not the analyst's work); the FTS indexes are rebuilt at the end.
func Generate(ctx context.Context, path string, c Config) (Stats, error) {
	t0 := time.Now()
	var st Stats
	ws, err := app.OpenWorkspace(ctx, path, app.OpenOptions{Create: true, Empty: true})
	if err != nil {
		return st, err
	}
	defer ws.Close()
	conn, err := ws.DB().Conn(ctx)
	if err != nil {
		return st, err
	}
	defer conn.Close()
	exec := func(q string, args ...any) error {
		_, err := conn.ExecContext(ctx, q, args...)
		return err
	}
	for _, p := range []string{"PRAGMA foreign_keys=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144"} {
		if err := exec(p); err != nil {
			return st, err
		}
	}
	triggerSQL := map[string]string{}
	for _, t := range ftsTriggers {
		var s string
		if err := conn.QueryRowContext(ctx, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", t).Scan(&s); err != nil {
			return st, fmt.Errorf("trigger %s: %w", t, err)
		}
		triggerSQL[t] = s
		if err := exec("DROP TRIGGER " + t); err != nil {
			return st, err
		}
	}
	g := newGen(c)
	if err := g.write(ctx, conn, &st); err != nil {
		return st, err
	}
	for _, t := range ftsTriggers {
		if err := exec(triggerSQL[t]); err != nil {
			return st, err
		}
	}
	for _, t := range []string{"articles_fts", "claims_fts", "span_notes_fts"} {
		if err := exec(fmt.Sprintf("INSERT INTO %s (%s) VALUES ('rebuild')", t, t)); err != nil {
			return st, err
		}
	}
	if err := exec("PRAGMA foreign_keys=ON"); err != nil {
		return st, err
	}
	st.Elapsed = time.Since(t0)
	return st, nil
}

// ---- the generator ----

type entity struct {
	id   int64
	typ  string
	name string
}

type gen struct {
	c        Config
	r        *rand.Rand
	entities []entity
	byType   map[string][]int // indexes into entities
	base     time.Time
}

func newGen(c Config) *gen {
	g := &gen{c: c, r: rand.New(rand.NewSource(c.Seed)), byType: map[string][]int{},
		base: time.Date(2025, 7, 1, 8, 0, 0, 0, time.UTC)}
	for i := 0; i < c.Entities; i++ {
		e := entity{id: int64(i + 1)}
		k := i / 20
		switch m := i % 20; {
		case m < 12: // person
			e.typ = "person"
			k = k*12 + m
			e.name = firstNames[k%len(firstNames)] + " " + lastNames[(k/len(firstNames))%len(lastNames)]
			if n := k / (len(firstNames) * len(lastNames)); n > 0 {
				e.name = firstNames[k%len(firstNames)] + " " + string(rune('A'+n%26)) + ". " + lastNames[(k/len(firstNames))%len(lastNames)]
			}
		case m < 16:
			e.typ = "organisation"
			k = k*4 + m - 12
			e.name = orgWords1[k%len(orgWords1)] + " " + orgWords2[(k/len(orgWords1))%len(orgWords2)] + " " + orgWords3[(k/(len(orgWords1)*len(orgWords2)))%len(orgWords3)]
		case m < 19:
			e.typ = "place"
			k = k*3 + m - 16
			e.name = placeRoots[k%len(placeRoots)] + placeEnds[(k/len(placeRoots))%len(placeEnds)]
			if n := k / (len(placeRoots) * len(placeEnds)); n > 0 {
				e.name = []string{"North", "South", "East", "West", "New", "Old", "Upper", "Lower"}[n%8] + " " + e.name
			}
		default:
			e.typ = "event"
			e.name = placeRoots[k%len(placeRoots)] + placeEnds[(k/7)%len(placeEnds)] + " " + eventNames[k%len(eventNames)] + fmt.Sprintf(" %d", 2015+k%11)
		}
		g.byType[e.typ] = append(g.byType[e.typ], i)
		g.entities = append(g.entities, e)
	}
	return g
}

func (g *gen) at(sec int) string { return app.FormatTime(g.base.Add(time.Duration(sec) * time.Second)) }

// pick draws an entity of a type, skewed so that a few are in many articles (as Kim Jong
// Un and KCNA are) and most in a few.
func (g *gen) pick(typ string) entity {
	l := g.byType[typ]
	return g.entities[l[int(float64(len(l))*math.Pow(g.r.Float64(), 3))]]
}

func alias(e entity) string {
	w := strings.Fields(e.name)
	switch e.typ {
	case "person":
		return w[len(w)-1]
	case "organisation":
		var b strings.Builder
		for _, x := range w {
			b.WriteByte(x[0])
		}
		return b.String()
	case "place":
		return e.name + " City"
	default:
		return "the " + strings.Join(w[1:len(w)-1], " ")
	}
}

// mark is a phrase the generator put in a text: an entity mention or a claim sentence.
type mark struct {
	start, end int
	typ        string // entity type, or "claim"
	entityID   int64  // 0: none (dates, numbers, quotes)
	// claim sentences only
	raw, hedge, unit string
	low, high        float64
	speaker          int64
}

type textBuilder struct {
	b     strings.Builder
	marks []mark
	words int
}

func (t *textBuilder) word(s string) {
	t.b.WriteString(s)
	t.words += len(strings.Fields(s))
}

func (t *textBuilder) mark(s, typ string, id int64) {
	start := t.b.Len()
	t.word(s)
	t.marks = append(t.marks, mark{start: start, end: t.b.Len(), typ: typ, entityID: id})
}

func (g *gen) fillerWords(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = filler[int(float64(len(filler))*math.Pow(g.r.Float64(), 1.6))]
	}
	return strings.Join(w, " ")
}

func (g *gen) date() (string, string) {
	y, m, d := 2023+g.r.Intn(3), g.r.Intn(12), 1+g.r.Intn(28)
	return fmt.Sprintf("%s %d, %d", months[m], d, y), fmt.Sprintf("%04d-%02d-%02d", y, m+1, d)
}

// sentence appends one sentence; claim sentences carry a figure and become claim mentions.
func (g *gen) sentence(t *textBuilder, kind int) {
	ent := func(typ string) { e := g.pick(typ); t.mark(e.name, typ, e.id) }
	figure := func() (string, string, string, float64, float64) {
		n := []int{12, 125, 300, 1500, 3000, 11000, 20000, 150000}[g.r.Intn(8)] * (1 + g.r.Intn(9))
		h := hedges[g.r.Intn(len(hedges))]
		u := units[g.r.Intn(len(units))]
		num := fmt.Sprintf("%d", n)
		if n >= 1000 {
			num = fmt.Sprintf("%d,%03d", n/1000, n%1000)
		}
		raw := strings.TrimSpace(h + " " + num + " " + u)
		lo, hi := float64(n), float64(n)
		switch h {
		case "around", "about":
			lo, hi = lo*0.9, hi*1.1
		case "nearly":
			lo = lo * 0.9
		case "more than", "at least":
			hi = lo * 1.5
		case "up to":
			lo = 0
		}
		return raw, h, strings.Fields(u)[0], lo, hi
	}
	switch kind {
	case 0, 1: // claim: a person says a figure
		start := t.b.Len()
		p := g.pick("person")
		t.mark(p.name, "person", p.id)
		t.word(", the " + roles[g.r.Intn(len(roles))] + " of ")
		ent("organisation")
		t.word(", " + saidVerbs[g.r.Intn(len(saidVerbs))] + " on " + weekdays[g.r.Intn(7)] + " that ")
		raw, h, u, lo, hi := figure()
		t.mark(raw, "number", 0)
		t.word(" " + verbs[g.r.Intn(len(verbs))] + " in ")
		ent("place")
		t.word(".")
		t.marks = append(t.marks, mark{start: start, end: t.b.Len(), typ: "claim", raw: raw, hedge: h, unit: u, low: lo, high: hi, speaker: p.id})
	case 2: // claim: according to an organisation, with a date
		start := t.b.Len()
		t.word("According to ")
		ent("organisation")
		t.word(", ")
		raw, h, u, lo, hi := figure()
		t.mark(raw, "number", 0)
		t.word(" " + verbs[g.r.Intn(len(verbs))] + " near ")
		ent("place")
		t.word(" on ")
		d, _ := g.date()
		t.mark(d, "date", 0)
		t.word(".")
		t.marks = append(t.marks, mark{start: start, end: t.b.Len(), typ: "claim", raw: raw, hedge: h, unit: u, low: lo, high: hi})
	case 3:
		ent("place")
		t.word(" hosted the ")
		ent("event")
		t.word(" on ")
		d, _ := g.date()
		t.mark(d, "date", 0)
		t.word(", attended by ")
		ent("person")
		t.word(" and ")
		ent("person")
		t.word(".")
	case 4:
		q := g.fillerWords(8 + g.r.Intn(8))
		t.mark(`"`+strings.ToUpper(q[:1])+q[1:]+`."`, "quote", 0)
		t.word(" ")
		ent("person")
		t.word(" " + saidVerbs[g.r.Intn(len(saidVerbs))] + ".")
	default:
		f := g.fillerWords(10 + g.r.Intn(10))
		t.word(strings.ToUpper(f[:1]) + f[1:])
		if g.r.Intn(400) == 0 {
			t.word(" " + rareWords[g.r.Intn(len(rareWords))])
		}
		t.word(".")
	}
}

type article struct {
	title, body, published string
	source                 int
	marks                  []mark
}

func (g *gen) article(i int, words int) article {
	var t textBuilder
	src := g.r.Intn(len(outlets))
	d, iso := g.date()
	_ = d
	city := g.pick("place")
	t.word(fmt.Sprintf("%s, %s %d (%s) - ", strings.ToUpper(city.name), months[g.r.Intn(12)], 1+g.r.Intn(28), outlets[src].name))
	claims := 0
	for n := 0; t.words < words || claims < 5; n++ {
		kind := g.r.Intn(9)
		if kind <= 2 {
			claims++
		}
		g.sentence(&t, kind)
		if n%6 == 5 {
			t.word("\n\n")
		} else {
			t.word(" ")
		}
	}
	body := strings.TrimSpace(t.b.String())
	o := g.pick("organisation")
	title := fmt.Sprintf("%s: %s reports %s (%d)", city.name, o.name, strings.ToLower(units[g.r.Intn(len(units))]), i)
	return article{title: title, body: body, published: iso, source: src + 1, marks: t.marks}
}

type spanRow struct {
	id               int64
	kind, entityType string
	entityID         int64
	start, end       int
	state, origin    string
	confidence       float64
	note             string
	claim            *mark
	claimID          int64
}

func (g *gen) write(ctx context.Context, conn *sql.Conn, st *Stats) error {
	c := g.c
	prep := map[string]*sql.Stmt{}
	p := func(q string) (*sql.Stmt, error) {
		if s, ok := prep[q]; ok {
			return s, nil
		}
		s, err := conn.PrepareContext(ctx, q)
		prep[q] = s
		return s, err
	}
	defer func() {
		for _, s := range prep {
			if s != nil {
				s.Close()
			}
		}
	}()
	ins := func(q string, args ...any) error {
		s, err := p(q)
		if err != nil {
			return err
		}
		_, err = s.ExecContext(ctx, args...)
		return err
	}
	begin := func() error { _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); return err }
	commit := func() error { _, err := conn.ExecContext(ctx, "COMMIT"); return err }
	if err := begin(); err != nil {
		return err
	}
	now := g.at(0)
	for i, o := range outlets {
		if err := ins(`INSERT INTO sources (id, name, kind, reliability, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, i+1, o.name, o.kind, o.reliability, now, now); err != nil {
			return err
		}
	}
	tags := []string{"disputed", "key", "follow-up", "figure", "translation", "state-media", "duplicate", "context", "timeline", "quote", "legal", "casualties"}
	for i, t := range tags {
		if err := ins(`INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)`, i+1, t, fmt.Sprintf("#%02x%02x%02x", 40+i*15, 200-i*10, 120+i*9), now); err != nil {
			return err
		}
	}
	for i, e := range g.entities {
		at := g.at(i)
		if err := ins(`INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`, e.id, e.typ, e.name, at, at); err != nil {
			return err
		}
		a := alias(e)
		if err := ins(`INSERT INTO entity_aliases (id, entity_id, alias, alias_key, origin, created_at) VALUES (?, ?, ?, ?, 'analyst', ?)`, e.id, e.id, a, names.Key(a), at); err != nil {
			return err
		}
		st.Entities++
		st.Aliases++
	}
	// Claims first (mentions point at them); statements from their own draw.
	assessID := int64(0)
	for i := 1; i <= c.Claims; i++ {
		var t textBuilder
		g.sentence(&t, g.r.Intn(3))
		at := g.at(100_000 + i)
		if err := ins(`INSERT INTO claims (id, statement, note, created_by, created_at, updated_at) VALUES (?, ?, ?, 'bench', ?, ?)`,
			i, t.b.String(), map[bool]string{true: "check against satellite imagery", false: ""}[i%20 == 0], at, at); err != nil {
			return err
		}
		st.Claims++
		if i%3 != 0 {
			assessID++
			var retracted any
			if i%50 == 1 {
				retracted = g.at(300_000 + i)
			}
			if err := ins(`INSERT INTO assessments (id, claim_id, credibility, rationale, analyst, assessed_at, retracted_at) VALUES (?, ?, ?, ?, 'bench', ?, ?)`,
				assessID, i, 1+i%6, "two independent outlets report the same figure", g.at(200_000+i), retracted); err != nil {
				return err
			}
			st.Assessments++
			if i%10 == 0 {
				assessID++
				if err := ins(`INSERT INTO assessments (id, claim_id, credibility, rationale, analyst, assessed_at) VALUES (?, ?, ?, ?, 'bench', ?)`,
					assessID, i, 1+(i/10)%6, "revised after the ministry's denial", g.at(400_000+i)); err != nil {
					return err
				}
				st.Assessments++
			}
		}
	}
	if err := commit(); err != nil {
		return err
	}

	// Articles and their spans, in transactions of 500 articles.
	spanID := int64(0)
	mention := 0 // global claim-mention counter: mention k belongs to claim (k*7919 mod Claims)+1
	claimOf := func(k int) int64 { return int64((k*7919)%c.Claims) + 1 }
	others := c.Articles - 1
	otherSpans := c.Spans - c.BigArticleSpans
	claimSpansPerArticle := c.Claims * MentionsPerClaim / c.Articles // 5 with the default config
	if err := begin(); err != nil {
		return err
	}
	for i := 1; i <= c.Articles; i++ {
		var a article
		nSpans := 0
		if i == 1 {
			a = g.article(i, 1500)
			a.title = BigArticleTitle
			a.published = "2026-01-01"
			nSpans = c.BigArticleSpans
		} else {
			a = g.article(i, 360+g.r.Intn(80))
			nSpans = otherSpans / others
			if i-2 < otherSpans%others {
				nSpans++
			}
		}
		sum := sha256.Sum256([]byte(a.body))
		at := g.at(500_000 + i)
		if err := ins(`INSERT INTO articles (id, source_id, title, body, body_sha256, char_count, url, language, published_at, original_name, imported_at, imported_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 'bench')`,
			i, a.source, a.title, a.body, hex.EncodeToString(sum[:]), len(a.body), fmt.Sprintf("https://example.org/news/%d", i),
			a.published, fmt.Sprintf("article-%05d.txt", i), at); err != nil {
			return err
		}
		st.Articles++
		st.Words += len(strings.Fields(a.body))
		if i%10 < 3 {
			if err := ins(`INSERT INTO article_origins (article_id, origin_source_id, via_source_id, cue, created_at) VALUES (?, ?, ?, 'KCNA said', ?)`,
				i, 3+(i%10)%2, nil, at); err != nil {
				return err
			}
			st.Origins++
		}
		rows := g.spans(a, nSpans, claimSpansPerArticle)
		for k := range rows {
			s := &rows[k]
			spanID++
			s.id = spanID
			if s.kind == "claim" {
				if mention < c.Claims*MentionsPerClaim {
					s.claimID = claimOf(mention)
				} else {
					s.kind, s.entityType = "note", ""
				}
				mention++
			}
			var et, eid any
			if s.entityType != "" {
				et = s.entityType
			}
			if s.entityID != 0 {
				eid = s.entityID
			}
			quote := a.body[s.start:s.end]
			prefix := a.body[max(0, s.start-32):s.start]
			suffix := a.body[s.end:min(len(a.body), s.end+32)]
			if err := ins(`INSERT INTO spans (id, article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix, state, origin, confidence, note, annotator, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)`,
				s.id, i, s.kind, et, eid, s.start, s.end, quote, prefix, suffix, s.state, s.origin, s.confidence, s.note, at, at); err != nil {
				return err
			}
			st.Spans++
			if s.claimID != 0 {
				m := s.claim
				var speaker any
				if m.speaker != 0 {
					speaker = m.speaker
				}
				if err := ins(`INSERT INTO claim_mentions (span_id, claim_id, raw_value, value_kind, value_low, value_high, value_unit, hedge, speaker_entity_id, channel_text)
					VALUES (?, ?, ?, 'figure', ?, ?, ?, ?, ?, ?)`,
					s.id, s.claimID, m.raw, m.low, m.high, m.unit, m.hedge, speaker, map[bool]string{true: "", false: "according to"}[m.speaker != 0]); err != nil {
					return err
				}
				st.Mentions++
			}
			if g.r.Intn(20) == 0 {
				if err := ins(`INSERT INTO span_tags (span_id, tag_id) VALUES (?, ?)`, s.id, 1+g.r.Intn(len(tags))); err != nil {
					return err
				}
				st.SpanTags++
			}
		}
		if i%500 == 0 {
			if err := commit(); err != nil {
				return err
			}
			if err := begin(); err != nil {
				return err
			}
		}
	}
	if mention < c.Claims*MentionsPerClaim {
		return fmt.Errorf("only %d claim mentions for %d claims", mention, c.Claims)
	}
	return commit()
}

// spans lays n spans on an article: its claim sentences (nClaims), entity mentions,
// notes, and overlapping ranges to fill; states mostly accepted, some suggested, a few
// rejected. The big article gets n overlapping ranges of 1-12 words.
func (g *gen) spans(a article, n, nClaims int) []spanRow {
	out := make([]spanRow, 0, n)
	state := func() (string, string, float64) {
		switch x := g.r.Intn(20); {
		case x < 17:
			return "accepted", "analyst", 1
		case x < 19:
			return "suggested", "suggest:gazetteer", 0.6 + float64(g.r.Intn(40))/100
		default:
			return "rejected", "suggest:chunker", 0.5
		}
	}
	var claims, ents []*mark
	for k := range a.marks {
		if a.marks[k].typ == "claim" {
			claims = append(claims, &a.marks[k])
		} else {
			ents = append(ents, &a.marks[k])
		}
	}
	for k := 0; k < nClaims && k < len(claims) && len(out) < n; k++ {
		out = append(out, spanRow{kind: "claim", start: claims[k].start, end: claims[k].end, state: "accepted", origin: "analyst", confidence: 1, claim: claims[k]})
	}
	notes := 3
	for _, m := range ents {
		if len(out) >= n-notes {
			break
		}
		s, o, cf := state()
		out = append(out, spanRow{kind: "entity", entityType: m.typ, entityID: m.entityID, start: m.start, end: m.end, state: s, origin: o, confidence: cf})
	}
	// word boundaries for the rest
	var starts, ends []int
	in := false
	for k := 0; k < len(a.body); k++ {
		sp := a.body[k] == ' ' || a.body[k] == '\n'
		if !sp && !in {
			starts = append(starts, k)
		}
		if sp && in {
			ends = append(ends, k)
		}
		in = !sp
	}
	if in {
		ends = append(ends, len(a.body))
	}
	types := []string{"person", "organisation", "place", "date", "number", "quote", "event"}
	for len(out) < n {
		w := g.r.Intn(len(starts))
		e := min(len(ends)-1, w+g.r.Intn(12))
		s, o, cf := state()
		row := spanRow{kind: "note", start: starts[w], end: ends[e], state: s, origin: o, confidence: cf}
		if g.r.Intn(3) == 0 {
			row.note = "check the " + filler[g.r.Intn(len(filler))] + " against " + outlets[g.r.Intn(len(outlets))].name
		}
		if len(out) < n-notes || g.r.Intn(2) == 0 {
			if t := types[g.r.Intn(len(types))]; true {
				row.kind, row.entityType, row.note = "entity", t, ""
				if t == "person" || t == "organisation" || t == "place" || t == "event" {
					row.entityID = g.pick(t).id
				}
			}
		}
		if row.kind == "note" {
			row.state, row.origin, row.confidence = "accepted", "analyst", 1
		}
		out = append(out, row)
	}
	return out
}
