package db

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var updatePlans = flag.Bool("update", false, "rewrite testdata/query_plans.txt from the current query plans")

const plansGolden = "testdata/query_plans.txt"

// Workspaces carry no sqlite_stat1 (nobody runs ANALYZE), so SQLite plans every query
// from the schema alone: a plan is the same on an empty migrated workspace as on a
// 20,000-article one, and can be checked here in milliseconds.

// bigTables grow with the workspace (articles, annotations, history). A full SCAN of one
// of them, or an automatic index built over one, reads the whole table on every call.
var bigTables = map[string]bool{
	"articles": true, "article_origins": true, "spans": true, "entities": true,
	"entity_aliases": true, "entity_judgements": true, "claims": true, "claim_mentions": true,
	"assessments": true, "evidence": true, "span_tags": true, "claim_tags": true,
	"audit_log": true,
}

// lowSelectivity columns hold a handful of values (vocabularies, flags): a SEARCH
// constrained by nothing else walks a large share of the table, as FindEntityByKey did
// through entities_type_name (type=?).
var lowSelectivity = map[string]bool{
	"type": true, "kind": true, "state": true, "origin": true, "entity_type": true,
	"anchor_status": true, "stance": true, "value_kind": true, "date_precision": true,
	"action": true, "table_name": true, "reliability": true, "credibility": true,
	"judgement": true, "is_direct_quote": true, "language": true, "encoding": true,
	"hedge": true,
}

// planAllowlist: queries that may read a whole big table, each with the reason. Only
// whole-workspace work belongs here (exports, imports' one-off passes, whole-workspace
// reports); a query on an interactive path that reads a whole table must be fixed.
var planAllowlist = map[string]string{
	// A word of a script written without spaces (Chinese, Japanese, Thai: app/search_unspaced.go)
	// is no token of the unicode61 full-text indexes, so the search and the article finder
	// look for it where it stands in every text; they run only when the query holds such a
	// word (0.08-0.23 s each on the 20,000-article benchmark copy, rfix2's sqlite3 figures).
	// Follow-up: an FTS5 trigram index of titles, bodies, statements and notes (a migration)
	// would make them index reads.
	"SearchArticlesHolding":      "search with a word of a script without spaces: every article body, only for such a query",
	"SearchClaimsHolding":        "search with a word of a script without spaces: every claim, only for such a query",
	"SearchSpanNotesHolding":     "search with a word of a script without spaces: every span note, only for such a query",
	"FindArticlesByTitleHolding": "article finder with a word of a script without spaces: every title, only for such a query",
	// The suggester's workspace adaptation (app/adaptation.go) reads the analyst's decided
	// name spans once per suggestion run, not on an interactive path. Follow-up: keep the
	// fingerprint in workspace_meta, updated with each decision, instead of recounting.
	"AdaptationFingerprint":  "suggestion run: a checksum of the entity spans, once per run",
	"ListAdaptationArticles": "suggestion run: articles with decided names, once per run when they changed",
	// The suggester's and the matcher's cache checks (app/suggest_cache.go,
	// app/matching_known.go): max(id) of a few table names' entries. The plan line reads as
	// a search by table name alone, but since v17 it is one seek per name: audit_log_table
	// (table_name) ends each entry with the id, and SQLite's min/max optimisation takes the
	// last entry of each name (EXPLAIN QUERY PLAN does not show it; BenchmarkAuditVersionSeek
	// in db/ does: the same time on a log of 1,000 and 1,000,000 entries). Before v17 it
	// walked every entry on those tables in audit_log_row. The SCANs are count(*) of the
	// tables the caches read, which a row another program adds or deletes without an audit
	// entry moves: SQLite counts each page's cells of the smallest index without reading a
	// row (BenchmarkCacheVersionRowCounts: 9-18 ms on 100,000 entities and 200,000 aliases).
	"SuggestInputsVersion":     "suggestion run: the newest entity/alias audit entry, one seek per table name (min/max optimisation); entities' and aliases' row counts",
	"KnownParticipantsVersion": "proposal: the newest entity/alias/link/source audit entry, one seek per table name (min/max optimisation); those tables' row counts",
	// A workspace merge reads every row of the other workspace (and of ours, to match
	// them by uuid), once per merge (app/merge.go).
	"AllImagesArticleOrigins":   "merge: every row of the table, once per merge",
	"AllImagesArticles":         "merge: every row of the table, once per merge",
	"AllImagesAssessments":      "merge: every row of the table, once per merge",
	"AllImagesClaimMentions":    "merge: every row of the table, once per merge",
	"AllImagesClaimTags":        "merge: every row of the table, once per merge",
	"AllImagesClaims":           "merge: every row of the table, once per merge",
	"AllImagesEntities":         "merge: every row of the table, once per merge",
	"AllImagesEntityAliases":    "merge: every row of the table, once per merge",
	"AllImagesEntityJudgements": "merge: every row of the table, once per merge",
	"AllImagesEvidence":         "merge: every row of the table, once per merge",
	"AllImagesSpanTags":         "merge: every row of the table, once per merge",
	"AllImagesSpans":            "merge: every row of the table, once per merge",
	"ListAuditEntries":          "merge: the other workspace's whole log, appended to our history once per merge",
	"ListAuditBatches":          "merge: our batches, to know our own entries coming back, once per merge",

	// Exports: the whole workspace unless filtered; they page by id and run in the
	// background with a progress bar. The counts size that progress bar.
	"CountExportAnnotations": "export: counts the spans the export will write (whole workspace by default)",
	"CountExportMentions":    "export: counts the claim mentions the export will write",
	"CountExportClaims":      "export: counts the claims the export will write",
	"CountExportEntities":    "export: counts the entities the export will write",
	"CountExportAssessments": "export: counts the assessments the export will write",
	"CountExportEvidence":    "export: counts the evidence rows the export will write",

	// The claim matrix without a scope is a grid of the whole workspace; scoped grids
	// read through the *ByID queries.
	"MatrixArticles":    "matrix columns without an article scope: every article (one narrow row each)",
	"MatrixClaims":      "unscoped matrix: every claim",
	"MatrixMentions":    "unscoped matrix: every claim mention",
	"MatrixAssessments": "unscoped matrix: every assessment (grades as of any date)",
	"ListAllClaimTags":  "unscoped matrix and the claims list: the tags of every claim, read once",

	// Workspace-wide passes by design.
	"ListArticleKeys":         "import: every article's version keys, read once per import batch",
	"ListLatestArticleIDs":    "\"suggest everywhere\": every latest-version article (newer version looked up by index)",
	"ListArticlesForMatching": "claim matching corpus: every latest-version article's text, read once per matching run",
	"ListClaimStatements":     "claim matching: every claim statement, read once per matching run",
	"ListKnownEntityNames":    "suggester gazetteer: every live person, organisation, place and event, loaded once",
	"ListTakenBackEntities":   "suggester gazetteer: the rejected spans, to leave out names the analyst took back, once per run",
	"ListWaitingNewNames":     "a rejection: the waiting suggestions, to reject the same text's in other articles, once per reject action",
	"ListRejectedNames":       "suggester: the rejected spans, to leave out texts the analyst rejected as a type, read with ListTakenBackEntities",
	"ListEntityAliasKeys":     "speaker resolution: every live entity's alias keys, loaded once",
	"ListLiveEntityKeys":      "merge proposals: compares every live entity's keys with every other's",
	"ListJudgedPairs":         "merge proposals: every same/different judgement, to skip judged pairs",

	// Lists and counts of the whole workspace.
	"CountArticles":       "article count for the list header and status bar: count(*) over the narrowest index",
	"ListArticlesPage":    "the article list in published order: walks articles_published and stops after offset+limit (of that outlet's articles, with the outlet filter)",
	"ListArticleChoices":  "an article picker's first choices in published order: walks articles_published and stops after limit",
	"ListRecentAudit":     "newest history entries: walks audit_log backwards by id and stops at the limit",
	"ListOrphanSpans":     "scans only the partial index spans_orphan (orphaned spans), not the spans table",
	"ListClaimIDs":        "the claim list's filter and order over every claim, ids only (filters are LIKE/OR tests with no index to use; ListPage reads counts for one page)",
	"ListAllClaimOrigins": "claim lists of more than 5,000 claims: origins of every claim in one walk of the accepted spans (fewer: ListClaimOrigins by ids)",
	"ListEntitySummaries": "entity type-ahead: a word anywhere in a name or alias (LIKE '% word%') has no index to use",

	// Interactive and growing with the history; no plan fix without a model change.
	"MatrixRowImagesSince": "matrix as of a past date: span and claim-mention history since then (audit_log has no index on at)",
}

// TestQueryPlans runs EXPLAIN QUERY PLAN on every query of queries/*.sql, as sqlc
// generated it into db/store (the SQL the app runs, every parameter bound to NULL),
// against a freshly migrated workspace; compares the plans with
// testdata/query_plans.txt (so every plan change shows up in review) and fails on full
// scans of big tables, automatic indexes over them and searches constrained only by a
// low-selectivity column, unless allowlisted above. The plans come from the SQLite
// embedded in modernc.org/sqlite: a driver upgrade may change some, to be reviewed.
// EXPLAIN QUERY PLAN does not show trigger bodies (the FTS triggers): they are not checked.
//
// Update the golden file after an intended change with: go test ./db -run QueryPlans -update
func TestQueryPlans(t *testing.T) {
	queries, argCounts := generatedQueries(t)
	checkEveryQueryGenerated(t, queries)
	d := MustOpenDB(t)
	ctx := context.Background()

	tableOf := map[string]string{} // index name -> table
	viewSQL := map[string]string{}
	children := map[string]map[string]bool{} // table -> tables with a foreign key to it
	rows, err := d.QueryContext(ctx, `SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var typ, name, tbl, sqlText string
		if err := rows.Scan(&typ, &name, &tbl, &sqlText); err != nil {
			t.Fatal(err)
		}
		switch typ {
		case "index":
			tableOf[name] = tbl
		case "view":
			viewSQL[name] = sqlText
		case "table":
			children[name] = map[string]bool{}
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for child := range children {
		fks, err := d.QueryContext(ctx, `SELECT "table" FROM pragma_foreign_key_list(?)`, child)
		if err != nil {
			t.Fatal(err)
		}
		for fks.Next() {
			var parent string
			if err := fks.Scan(&parent); err != nil {
				t.Fatal(err)
			}
			if children[parent] != nil {
				children[parent][child] = true
			}
		}
		if err := fks.Close(); err != nil {
			t.Fatal(err)
		}
	}

	type result struct{ name, kind, plan string }
	var results []result
	violations := map[string][]string{}
	for constName, sqlText := range queries {
		name, kind := queryHeader(sqlText)
		if name == "" {
			t.Errorf("%s: no -- name: header", constName)
			continue
		}
		plan, lines, err := explain(ctx, d, sqlText, argCounts[constName])
		if err != nil {
			t.Errorf("%s: EXPLAIN QUERY PLAN: %v", name, err)
			continue
		}
		results = append(results, result{name, kind, plan})
		aliases := aliasTables(withViews(sqlText, viewSQL))
		named := aliasTables([]string{sqlText})
		target := insertTarget(sqlText)
		for _, line := range lines {
			// An INSERT into a parent table carries code that scans the child tables
			// to settle deferred foreign key violations; it runs only while such
			// violations are pending (OP_FkIfZero), i.e. never here.
			if target != "" {
				if m := planTable.FindStringSubmatch(line); m != nil && children[target][m[1]] && named[m[1]] == nil {
					continue
				}
			}
			if why := planProblem(line, aliases, tableOf); why != "" {
				violations[name] = append(violations[name], why+": "+line)
			}
		}
	}
	sort.Slice(results, func(i, j int) bool { return results[i].name < results[j].name })

	flagged := make([]string, 0, len(violations))
	for name := range violations {
		flagged = append(flagged, name)
	}
	sort.Strings(flagged)
	for _, name := range flagged {
		if _, ok := planAllowlist[name]; ok {
			continue
		}
		t.Errorf("%s reads a big table without a selective index (fix the plan, or allowlist it in planAllowlist with a reason):\n  %s",
			name, strings.Join(violations[name], "\n  "))
	}
	known := map[string]bool{}
	for _, r := range results {
		known[r.name] = true
	}
	for name := range planAllowlist {
		if !known[name] {
			t.Errorf("planAllowlist names %s, which is not a query", name)
		} else if len(violations[name]) == 0 {
			t.Errorf("planAllowlist names %s, whose plan no longer scans a big table: remove it from the list", name)
		}
	}

	var b strings.Builder
	b.WriteString("# EXPLAIN QUERY PLAN of every query in queries/*.sql on a freshly migrated workspace.\n")
	b.WriteString("# Workspaces have no sqlite_stat1, so these are the plans on every workspace.\n")
	b.WriteString("# Generated by TestQueryPlans: go test ./db -run QueryPlans -update\n")
	for _, r := range results {
		fmt.Fprintf(&b, "\n-- %s %s", r.name, r.kind)
		if reason, ok := planAllowlist[r.name]; ok {
			fmt.Fprintf(&b, "  (allowed: %s)", reason)
		}
		b.WriteString("\n" + r.plan)
	}
	got := b.String()

	if *updatePlans {
		if err := os.MkdirAll(filepath.Dir(plansGolden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(plansGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantBytes, err := os.ReadFile(plansGolden)
	if err != nil {
		t.Fatalf("%v: create it with: go test ./db -run QueryPlans -update", err)
	}
	if want := string(wantBytes); want != got {
		t.Errorf("query plans differ from %s (review the change; if intended, update it with: go test ./db -run QueryPlans -update):\n%s",
			plansGolden, planDiff(want, got))
	}
}

// checkEveryQueryGenerated fails when a query in queries/*.sql has no generated
// counterpart (and so would escape the plan check).
func checkEveryQueryGenerated(t *testing.T, queries map[string]string) {
	generated := map[string]bool{}
	for _, s := range queries {
		name, _ := queryHeader(s)
		generated[name] = true
	}
	files, _ := filepath.Glob("../queries/*.sql")
	if len(files) == 0 {
		t.Fatal("no queries/*.sql found")
	}
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range nameHeader.FindAllStringSubmatch(string(src), -1) {
			n++
			if !generated[m[1]] {
				t.Errorf("%s: query %s has no generated code in db/store: run sqlc generate", f, m[1])
			}
		}
	}
	if n != len(queries) {
		t.Errorf("queries/*.sql has %d queries, db/store %d: run sqlc generate", n, len(queries))
	}
}

var nameHeader = regexp.MustCompile(`(?m)^-- name: (\w+) (:\w+)`)

func queryHeader(sqlText string) (name, kind string) {
	m := nameHeader.FindStringSubmatch(sqlText)
	if m == nil {
		return "", ""
	}
	return m[1], m[2]
}

// explain returns the query's plan as an indented tree, and its detail lines. All
// parameters are bound to NULL: without statistics SQLite does not plan by their values.
func explain(ctx context.Context, d *DB, sqlText string, nargs int) (string, []string, error) {
	rows, err := d.QueryContext(ctx, "EXPLAIN QUERY PLAN "+sqlText, make([]any, nargs)...)
	if err != nil {
		return "", nil, err
	}
	defer rows.Close()
	depth := map[int]int{0: -1}
	var b strings.Builder
	var lines []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			return "", nil, err
		}
		depth[id] = depth[parent] + 1
		b.WriteString(strings.Repeat("  ", depth[id]) + detail + "\n")
		lines = append(lines, detail)
	}
	return b.String(), lines, rows.Err()
}

var (
	fromAlias  = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?`)
	scanLine   = regexp.MustCompile(`^SCAN (\S+)(?: USING (?:COVERING )?INDEX (\S+))?`)
	searchLine = regexp.MustCompile(`^SEARCH (\S+) USING (.*?) ?\((.*)\)$`)
	indexName  = regexp.MustCompile(`INDEX (\w+)`)
	colName    = regexp.MustCompile(`^(?:ANY\()?(\w+)`)
)

var (
	insertInto = regexp.MustCompile(`(?is)^\s*(?:--[^\n]*\n\s*)*(?:INSERT|REPLACE)\b[^(]*?\bINTO\s+(\w+)`)
	planTable  = regexp.MustCompile(`^(?:SCAN|SEARCH) (\w+)`)
	wordRe     = regexp.MustCompile(`\w+`)
)

// insertTarget is the table an INSERT statement writes, or "".
func insertTarget(sqlText string) string {
	if m := insertInto.FindStringSubmatch(sqlText); m != nil {
		return m[1]
	}
	return ""
}

// withViews returns the statement and the SQL of every view it reads, directly or
// through other views.
func withViews(sqlText string, views map[string]string) []string {
	out := []string{sqlText}
	seen := map[string]bool{}
	for i := 0; i < len(out); i++ {
		for _, w := range wordRe.FindAllString(out[i], -1) {
			if v, ok := views[w]; ok && !seen[w] {
				seen[w] = true
				out = append(out, v)
			}
		}
	}
	return out
}

var notAlias = map[string]bool{"WHERE": true, "JOIN": true, "LEFT": true, "INNER": true, "CROSS": true,
	"ON": true, "USING": true, "GROUP": true, "ORDER": true, "LIMIT": true, "UNION": true, "NATURAL": true,
	"SET": true, "VALUES": true, "AS": true, "WINDOW": true, "HAVING": true, "RETURNING": true, "EXCEPT": true,
	"INTERSECT": true, "INDEXED": true, "NOT": true}

// aliasTables maps every table name and alias in the statements to the tables it may
// stand for (plans name a table by its alias).
func aliasTables(stmts []string) map[string][]string {
	m := map[string][]string{}
	for _, s := range stmts {
		for _, g := range fromAlias.FindAllStringSubmatch(s, -1) {
			m[g[1]] = append(m[g[1]], g[1])
			if g[2] != "" && !notAlias[strings.ToUpper(g[2])] {
				m[g[2]] = append(m[g[2]], g[1])
			}
		}
	}
	return m
}

// planProblem says what is wrong with one plan line, or "".
func planProblem(line string, aliases map[string][]string, tableOf map[string]string) string {
	isBig := func(name, index string) (string, bool) {
		if t, ok := tableOf[index]; ok {
			return t, bigTables[t]
		}
		if bigTables[name] {
			return name, true
		}
		for _, t := range aliases[name] {
			if bigTables[t] {
				return t, true
			}
		}
		return "", false
	}
	if m := scanLine.FindStringSubmatch(line); m != nil {
		if strings.Contains(line, "VIRTUAL TABLE") || strings.HasPrefix(line, "SCAN CONSTANT ROW") {
			return ""
		}
		if t, big := isBig(m[1], m[2]); big {
			return "full scan of " + t
		}
		return ""
	}
	if m := searchLine.FindStringSubmatch(line); m != nil {
		index := ""
		if im := indexName.FindStringSubmatch(m[2]); im != nil {
			index = im[1]
		}
		t, big := isBig(m[1], index)
		if !big {
			return ""
		}
		if strings.Contains(m[2], "AUTOMATIC") {
			return "automatic index built over all of " + t
		}
		for _, c := range strings.Split(m[3], " AND ") {
			cm := colName.FindStringSubmatch(strings.TrimSpace(c))
			if cm == nil || !lowSelectivity[cm[1]] {
				return ""
			}
		}
		return "only a low-selectivity column constrains the search of " + t
	}
	return ""
}

// planDiff shows the queries whose plans changed, added or removed.
func planDiff(want, got string) string {
	split := func(s string) map[string]string {
		m := map[string]string{}
		for _, block := range strings.Split(s, "\n-- ")[1:] {
			name, _, _ := strings.Cut(block, " ")
			m[name] = "-- " + block
		}
		return m
	}
	w, g := split(want), split(got)
	var names []string
	for n := range w {
		names = append(names, n)
	}
	for n := range g {
		if _, ok := w[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		if w[n] == g[n] {
			continue
		}
		b.WriteString("want:\n" + indent(w[n]) + "got:\n" + indent(g[n]))
	}
	if b.Len() == 0 {
		return "(only the header differs)"
	}
	return b.String()
}

func indent(s string) string {
	if s == "" {
		return "    (none)\n"
	}
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ") + "\n"
}
