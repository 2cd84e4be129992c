package app

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashWriterEnv makes the test binary, re-run as a child, write to a workspace in a loop.
const crashWriterEnv = "CLAIMDESK_CRASH_WRITER"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashWriterEnv); path != "" {
		os.Exit(crashWriter(path))
	}
	if path := os.Getenv(removeWriterEnv); path != "" {
		os.Exit(removeWriter(path))
	}
	if spec := os.Getenv(fileWriterEnv); spec != "" {
		os.Exit(fileWriter(spec))
	}
	os.Exit(m.Run())
}

// crashWriter writes spans, claims and assessments until it is killed, printing
// "<table> <id>" after each commit returns: every printed row must survive a SIGKILL.
func crashWriter(path string) int {
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	svc := NewServices(ws)
	arts, err := svc.Articles.List()
	if err != nil || len(arts) == 0 {
		fmt.Fprintln(os.Stderr, "no articles", err)
		return 1
	}
	a, _ := svc.Articles.Get(arts[0].ID)
	word := strings.Fields(a.Body)[3]
	at := int64(len([]rune(a.Body[:strings.Index(a.Body, word)])))
	end := at + int64(len([]rune(word)))
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: at, End: end, Quote: word, Note: fmt.Sprintf("note %d", i)})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "spans %d\n", sp.ID)
		out.Flush()
		cl, err := svc.Claims.AddMention(MentionInput{NewStatement: fmt.Sprintf("claim %d", i), ArticleID: a.ID, Start: at, End: end, Quote: word})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "claims %d\n", cl.ID)
		out.Flush()
		as, err := svc.Assessments.Add(AssessmentInput{ClaimID: cl.ID, Credibility: int64(i%6 + 1), Rationale: "loop",
			Evidence: []EvidenceInput{{Stance: "supports", URL: "https://example.org/" + strconv.Itoa(i)}}})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintf(out, "assessments %d\n", as.ID)
		out.Flush()
	}
}

// killChild re-runs the test binary as a child with env set (it writes in a loop, see
// TestMain), kills it with SIGKILL after the given time, and returns the lines it
// printed (each after a write returned). A child that reports an error fails the test.
func killChild(t *testing.T, env string, after time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env)
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	reported := make(chan []string, 1)
	go func() {
		var lines []string
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		reported <- lines
	}()
	time.Sleep(after)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	lines := <-reported
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Fatalf("the writer (%s) failed: %s", env, s)
	}
	return lines
}

// TestSurvivesSIGKILL kills a writing child process at random moments and checks, after
// each kill, that the workspace passes Check and holds every write reported as committed.
func TestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 50 child processes")
	}
	kills := 50
	if s := os.Getenv("CLAIMDESK_CRASH_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	ws, err := OpenWorkspace(context.Background(), path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	rng := rand.New(rand.NewSource(20261122))
	writes, losses := 0, 0
	for k := 0; k < kills; k++ {
		lines := killChild(t, crashWriterEnv+"="+path, time.Duration(100+rng.Intn(400))*time.Millisecond)

		ws, err := OpenWorkspace(context.Background(), path, OpenOptions{})
		if err != nil {
			t.Fatalf("kill %d: reopening: %v", k, err)
		}
		problems, err := ws.DB().Check(context.Background())
		if err != nil || len(problems) > 0 {
			t.Fatalf("kill %d: check: %v %v", k, problems, err)
		}
		for _, l := range lines {
			table, id, _ := strings.Cut(l, " ")
			var n int
			if err := ws.DB().QueryRow("SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n); err != nil {
				t.Fatal(err)
			}
			writes++
			if n != 1 {
				losses++
				t.Errorf("kill %d: %s %s was reported committed but is missing", k, table, id)
			}
		}
		ws.Close()
	}
	msg := fmt.Sprintf("crash test: %d kills, %d committed writes checked, %d lost", kills, writes, losses)
	t.Log(msg)
	fmt.Println(msg)
	if writes < kills {
		t.Fatalf("only %d writes in %d runs: the writer is not writing", writes, kills)
	}
}
