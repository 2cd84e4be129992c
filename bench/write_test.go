package bench

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimdesk/app"
	"claimdesk/db/store"
)

var execLookPath = exec.LookPath

func runTo(w io.Writer, bin string, args ...string) error {
	cmd := exec.Command(bin, args...)
	cmd.Stdout = w
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// corpusDir writes n synthetic articles (the generator's, seeded) as .txt files into a
// temporary folder; with CORPUS set, that folder is used instead.
func corpusDir(tb testing.TB, n int) (string, int) {
	tb.Helper()
	if dir := os.Getenv("CORPUS"); dir != "" {
		count := 0
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				count++
			}
			return nil
		})
		return dir, count
	}
	dir := tb.TempDir()
	c := Default()
	c.Seed += 1 // not the big workspace's articles, so importing into it adds them all
	g := newGen(c)
	for i := 0; i < n; i++ {
		a := g.article(i, 360+g.r.Intn(80))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("article-%05d.txt", i)), []byte(a.title+"\n\n"+a.body+"\n"), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir, n
}

// BenchmarkImport: ImportService.ImportPaths on a folder of text files into a fresh
// workspace, without suggestions (the CLI's import). CORPUS=DIR imports that folder.
func BenchmarkImport(b *testing.B) {
	dir, n := corpusDir(b, 2000)
	var best time.Duration
	var bestCPU float64
	for i := 0; i < b.N; i++ {
		_, svc := freshWorkspace(b)
		c0, t0 := cpuSeconds(), time.Now()
		sum, err := svc.Import.ImportPaths([]string{dir}, app.ImportOptions{})
		d, cpu := time.Since(t0), cpuSeconds()-c0
		if bestCPU == 0 || cpu < bestCPU {
			bestCPU = cpu
		}
		if err != nil {
			b.Fatal(err)
		}
		if sum.Rejected > 0 && os.Getenv("CORPUS") == "" {
			b.Fatalf("rejected: %d", sum.Rejected)
		}
		if best == 0 || d < best {
			best = d
		}
		n = sum.Imported
	}
	b.ReportMetric(float64(n)/best.Seconds(), "articles/s")
	b.ReportMetric(float64(n)/bestCPU, "articles/cpu-s")
	logFigure(b, "import articles=%d best=%s %.0f articles/s, %.0f articles per CPU-second (corpus %q)", n, best.Round(time.Millisecond), float64(n)/best.Seconds(), float64(n)/bestCPU, os.Getenv("CORPUS"))
}

// BenchmarkImportWithSuggestions: import, then entity suggestions for what was added (as
// the window and serve do after an import), into a fresh workspace; articles/s of both.
func BenchmarkImportWithSuggestions(b *testing.B) {
	dir, _ := corpusDir(b, 500)
	var best, bestSuggest time.Duration
	var bestCPU float64
	n := 0
	for i := 0; i < b.N; i++ {
		_, svc := freshWorkspace(b)
		c0, t0 := cpuSeconds(), time.Now()
		sum, err := svc.Import.ImportPaths([]string{dir}, app.ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ids := make([]int64, 0, len(sum.Items))
		for _, it := range sum.Items {
			if it.ArticleID > 0 {
				ids = append(ids, it.ArticleID)
			}
		}
		t1 := time.Now()
		if _, err := svc.Suggestions.RunForArticles(ids); err != nil {
			b.Fatal(err)
		}
		d, cpu := time.Since(t0), cpuSeconds()-c0
		if best == 0 || d < best {
			best, bestSuggest = d, time.Since(t1)
		}
		if bestCPU == 0 || cpu < bestCPU {
			bestCPU = cpu
		}
		n = len(ids)
	}
	b.ReportMetric(float64(n)/best.Seconds(), "articles/s")
	b.ReportMetric(float64(n)/bestCPU, "articles/cpu-s")
	logFigure(b, "import+suggest articles=%d best=%s %.0f articles/s, %.0f articles per CPU-second (suggestions alone %.0f articles/s)", n, best.Round(time.Millisecond), float64(n)/best.Seconds(), float64(n)/bestCPU, float64(n)/bestSuggest.Seconds())
}

// stmtDB is a store.DBTX running every query through a statement prepared once on one
// connection: the bulk-insert pattern of db.Batch (db/batch.go).
type stmtDB struct {
	conn  *sql.Conn
	stmts map[string]*sql.Stmt
}

func (s *stmtDB) stmt(ctx context.Context, q string) *sql.Stmt {
	st, ok := s.stmts[q]
	if !ok {
		var err error
		if st, err = s.conn.PrepareContext(ctx, q); err != nil {
			panic(err)
		}
		s.stmts[q] = st
	}
	return st
}
func (s *stmtDB) ExecContext(ctx context.Context, q string, a ...any) (sql.Result, error) {
	return s.stmt(ctx, q).ExecContext(ctx, a...)
}
func (s *stmtDB) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return s.conn.PrepareContext(ctx, q)
}
func (s *stmtDB) QueryContext(ctx context.Context, q string, a ...any) (*sql.Rows, error) {
	return s.stmt(ctx, q).QueryContext(ctx, a...)
}
func (s *stmtDB) QueryRowContext(ctx context.Context, q string, a ...any) *sql.Row {
	return s.stmt(ctx, q).QueryRowContext(ctx, a...)
}

// BenchmarkBulkSpanInsert: 100,000 spans (store.CreateSpan, the sqlc query, through one
// prepared statement in one transaction; the span_notes_fts trigger fires) into a
// workspace holding 100 articles, against the sqlite3 shell inserting the same rows from
// a generated SQL file in one transaction into an identical workspace.
func BenchmarkBulkSpanInsert(b *testing.B) {
	const nArticles, nSpans = 100, 100_000
	ctx := context.Background()
	// a workspace with 100 articles (and their 500 claim mentions), the spans deleted
	c := Config{Seed: 7, Articles: nArticles, Spans: nArticles * 5, Claims: nArticles * 5 / MentionsPerClaim, Entities: 1000, BigArticleSpans: 5}
	dir := b.TempDir()
	// the rows: the generator's spans for 100 articles, as parameters
	g := newGen(c)
	var rows []store.CreateSpanParams
	for i := 1; i <= nArticles; i++ {
		a := g.article(i, 400)
		for _, s := range g.spans(a, nSpans/nArticles, 0) {
			p := store.CreateSpanParams{ArticleID: int64(i), Kind: s.kind, StartCp: int64(s.start), EndCp: int64(s.end),
				Quote: a.body[s.start:s.end], Prefix: a.body[max(0, s.start-32):s.start], Suffix: a.body[s.end:min(len(a.body), s.end+32)],
				AnchorStatus: "exact", State: s.state, Origin: s.origin, Confidence: s.confidence, Note: s.note, Annotator: "bench", CreatedAt: g.at(i)}
			if s.entityType != "" {
				p.EntityType = sql.NullString{String: s.entityType, Valid: true}
			}
			rows = append(rows, p)
		}
	}
	// a workspace with the articles and no spans, copied for each side
	seed := filepath.Join(dir, "seed.db")
	if _, err := Generate(ctx, seed, c); err != nil {
		b.Fatal(err)
	}
	{
		ws, err := app.OpenWorkspace(ctx, seed, app.OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		ws.DB().Exec("DELETE FROM claim_mentions")
		ws.DB().Exec("DELETE FROM span_tags")
		ws.DB().Exec("DELETE FROM spans")
		ws.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		ws.Close()
	}
	copyFile := func(to string) {
		data, err := os.ReadFile(seed)
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(to, data, 0o600)
	}
	var best time.Duration
	var bestCPU float64
	for i := 0; i < b.N; i++ {
		path := filepath.Join(dir, fmt.Sprintf("ours%d.db", i))
		copyFile(path)
		ws, err := app.OpenWorkspace(ctx, path, app.OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		conn, _ := ws.DB().Conn(ctx)
		s := &stmtDB{conn: conn, stmts: map[string]*sql.Stmt{}}
		q := store.New(s)
		c0, t0 := cpuSeconds(), time.Now()
		conn.ExecContext(ctx, "BEGIN IMMEDIATE")
		for _, p := range rows {
			if _, err := q.CreateSpan(ctx, p); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
			b.Fatal(err)
		}
		d, cpu := time.Since(t0), cpuSeconds()-c0
		if bestCPU == 0 || cpu < bestCPU {
			bestCPU = cpu
		}
		for _, st := range s.stmts {
			st.Close()
		}
		conn.Close()
		ws.Close()
		if best == 0 || d < best {
			best = d
		}
	}
	b.ReportMetric(float64(len(rows))/best.Seconds(), "rows/s")
	b.ReportMetric(float64(len(rows))/bestCPU, "rows/cpu-s")
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		return
	}
	var script strings.Builder
	script.WriteString("PRAGMA foreign_keys=ON;\nPRAGMA synchronous=NORMAL;\nBEGIN IMMEDIATE;\n")
	lit := func(v sql.NullString) string {
		if !v.Valid {
			return "NULL"
		}
		return sqlString(v.String)
	}
	for _, p := range rows {
		fmt.Fprintf(&script, "INSERT INTO spans (article_id, kind, entity_type, entity_id, start_cp, end_cp, quote, prefix, suffix, anchor_status, state, origin, confidence, note, annotator, created_at, updated_at) VALUES (%d, %s, %s, NULL, %d, %d, %s, %s, %s, %s, %s, %s, %g, %s, %s, %s, %s) RETURNING id;\n",
			p.ArticleID, sqlString(p.Kind), lit(p.EntityType), p.StartCp, p.EndCp, sqlString(p.Quote), sqlString(p.Prefix), sqlString(p.Suffix),
			sqlString(p.AnchorStatus), sqlString(p.State), sqlString(p.Origin), p.Confidence, sqlString(p.Note), sqlString(p.Annotator), sqlString(p.CreatedAt), sqlString(p.CreatedAt))
	}
	script.WriteString("COMMIT;\n")
	sqlFile := filepath.Join(dir, "spans.sql")
	os.WriteFile(sqlFile, []byte(script.String()), 0o644)
	var ref, refCPU time.Duration
	for i := 0; i < 2; i++ {
		path := filepath.Join(dir, fmt.Sprintf("shell%d.db", i))
		copyFile(path)
		f, _ := os.Open(sqlFile)
		cmd := exec.Command(bin, path)
		cmd.Stdin = f
		cmd.Stdout = io.Discard
		cmd.Stderr = os.Stderr
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t0)
		f.Close()
		// The shell's own CPU time (user + system), comparable with ours per CPU-second.
		cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ref == 0 || d < ref {
			ref = d
		}
		if refCPU == 0 || cpu < refCPU {
			refCPU = cpu
		}
	}
	b.ReportMetric(float64(len(rows))/ref.Seconds(), "sqlite3-rows/s")
	logFigure(b, "bulk-span-insert rows=%d ours=%s (%.0f rows/s; %.0f rows per CPU-second) sqlite3=%s (%.0f rows/s; %.0f rows per CPU-second) ratio wall=%.2f cpu=%.2f",
		len(rows), best.Round(time.Millisecond), float64(len(rows))/best.Seconds(), float64(len(rows))/bestCPU,
		ref.Round(time.Millisecond), float64(len(rows))/ref.Seconds(), float64(len(rows))/refCPU.Seconds(),
		best.Seconds()/ref.Seconds(), bestCPU/refCPU.Seconds())
}
