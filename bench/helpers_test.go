package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"claimdesk/app"
)

// bigWorkspace opens the workspace named by BENCH_DB (make bench generates it) and skips
// the benchmark when it is not set: these benchmarks need the 20,000-article workspace.
func bigWorkspace(tb testing.TB) (string, *app.Workspace, *app.Services) {
	tb.Helper()
	path := os.Getenv("BENCH_DB")
	if path == "" {
		tb.Skip("BENCH_DB is not set: run `make bench` (it builds the 20,000-article workspace)")
	}
	ws, err := app.OpenWorkspace(context.Background(), path, app.OpenOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ws.Close() })
	return path, ws, app.NewServices(ws)
}

// freshWorkspace is an empty workspace in a temporary folder.
func freshWorkspace(tb testing.TB) (*app.Workspace, *app.Services) {
	tb.Helper()
	ws, err := app.OpenWorkspace(context.Background(), filepath.Join(tb.TempDir(), "ws.db"), app.OpenOptions{Create: true, Empty: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ws.Close() })
	return ws, app.NewServices(ws)
}

// timings collects durations and reports percentiles.
type timings []time.Duration

func (t timings) pct(p float64) time.Duration {
	s := append(timings(nil), t...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s) == 0 {
		return 0
	}
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// namedQuery returns the SQL of one sqlc query from queries/*.sql with its sqlc.arg()
// and sqlc.narg() parameters replaced by the given SQL literals: the same statement our
// layers run, for the sqlite3 shell to run as the reference.
func namedQuery(tb testing.TB, name string, args map[string]string) string {
	tb.Helper()
	files, _ := filepath.Glob("../queries/*.sql")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		parts := strings.Split(string(b), "-- name: ")
		for _, p := range parts[1:] {
			if !strings.HasPrefix(p, name+" ") {
				continue
			}
			var sql []string
			for _, line := range strings.Split(p, "\n")[1:] {
				if !strings.HasPrefix(strings.TrimSpace(line), "--") {
					sql = append(sql, line)
				}
			}
			q := strings.TrimSpace(strings.Join(sql, "\n"))
			q = regexp.MustCompile(`sqlc\.n?arg\((\w+)\)`).ReplaceAllStringFunc(q, func(m string) string {
				k := m[strings.Index(m, "(")+1 : len(m)-1]
				v, ok := args[k]
				if !ok {
					tb.Fatalf("query %s: no value for %s", name, k)
				}
				return v
			})
			return strings.TrimSuffix(q, ";") + ";"
		}
	}
	tb.Fatalf("no query named %s", name)
	return ""
}

// shellPerRun is the sqlite3 shell's time for one run of script on path: the script is
// run reps times in one process, minus the time of a process that runs it zero times
// (start-up and opening the file), divided by reps. ok is false without sqlite3.
func shellPerRun(tb testing.TB, path, script string, reps int) (time.Duration, bool) {
	tb.Helper()
	return shellTimed(tb, path, script, reps, "-readonly")
}

// shellWritesPerRun is shellPerRun for a script that writes (and rolls its writes back,
// so that each run finds the file as the first did).
func shellWritesPerRun(tb testing.TB, path, script string, reps int) (time.Duration, bool) {
	tb.Helper()
	return shellTimed(tb, path, script, reps)
}

func shellTimed(tb testing.TB, path, script string, reps int, flags ...string) (time.Duration, bool) {
	tb.Helper()
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		tb.Log("sqlite3 shell not installed: no reference figure")
		return 0, false
	}
	run := func(n int) time.Duration {
		var in bytes.Buffer
		in.WriteString(".output /dev/null\n")
		for i := 0; i < n; i++ {
			in.WriteString(script)
			in.WriteString("\n")
		}
		best := time.Duration(0)
		for k := 0; k < 3; k++ {
			cmd := exec.Command(bin, append(flags, path)...)
			cmd.Stdin = bytes.NewReader(in.Bytes())
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			t0 := time.Now()
			if err := cmd.Run(); err != nil || stderr.Len() > 0 {
				tb.Fatalf("sqlite3: %v %s", err, stderr.String())
			}
			if d := time.Since(t0); best == 0 || d < best {
				best = d
			}
		}
		return best
	}
	base := run(0)
	return max(0, run(reps)-base) / time.Duration(reps), true
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func logFigure(tb testing.TB, format string, args ...any) {
	tb.Helper()
	fmt.Fprintf(os.Stderr, "FIGURE "+format+"\n", args...)
}

func openWorkspace(path string) (*app.Workspace, error) {
	return app.OpenWorkspace(context.Background(), path, app.OpenOptions{})
}
