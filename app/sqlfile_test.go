package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The workspace file is an interface: the example queries in docs/schema.md and
// docs/export.md must run in the sqlite3 shell and in Python's sqlite3 module (both
// from Debian) on a real workspace, and every span's substr() must equal its quote.

var sqlBlock = regexp.MustCompile("(?s)```sql\n(.*?)```")

// docQueries returns the runnable ```sql blocks of a document (fragments such as a bare
// substr() expression are left out).
func docQueries(t *testing.T, doc string) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "docs", doc))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range sqlBlock.FindAllStringSubmatch(string(raw), -1) {
		body := m[1]
		first := ""
		for _, line := range strings.Split(body, "\n") {
			l := strings.TrimSpace(line)
			if l != "" && !strings.HasPrefix(l, "--") && !strings.HasPrefix(l, ".") {
				first = strings.ToUpper(strings.Fields(l)[0])
				break
			}
		}
		if first == "SELECT" || first == "WITH" || first == "PRAGMA" {
			out = append(out, body)
		}
	}
	return out
}

// annotatedWorkspace is a seeded workspace with an entity, a claim with mentions in two
// articles, an assessment and suggestions, so the views have rows.
func annotatedWorkspace(t *testing.T) (*Workspace, *Services) {
	ws, svc := MustOpenWorkspace(t, false)
	a, s, e := articleWith(t, svc, "Reuters", "Olga Lyubimova")
	if _, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "person", Start: s, End: e}); err != nil {
		t.Fatal(err)
	}
	cl, err := svc.Claims.AddMention(MentionInput{ArticleID: a.ID, Start: s, End: e, NewStatement: "Lyubimova visited North Korea"})
	if err != nil {
		t.Fatal(err)
	}
	b, s2, e2 := articleWith(t, svc, "Yonhap", "Pyongyang")
	if _, err := svc.Claims.AddMention(MentionInput{ClaimID: &cl.ID, ArticleID: b.ID, Start: s2, End: e2}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: cl.ID, Credibility: 2, Rationale: "two outlets",
		Evidence: []EvidenceInput{{Stance: "supports", URL: "https://example.org/a"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Suggestions.Run(0); err != nil {
		t.Fatal(err)
	}
	// Close the writer's connections so other programs see a checkpointed file.
	ws.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	return ws, svc
}

func TestDocumentedQueriesRunInTheSQLiteShell(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("the sqlite3 shell is not installed (make setup installs it)")
	}
	ws, _ := annotatedWorkspace(t)
	n := 0
	for _, doc := range []string{"schema.md", "export.md"} {
		for _, q := range docQueries(t, doc) {
			n++
			cmd := exec.Command("sqlite3", "-bail", "-batch", ws.DB().Path)
			cmd.Stdin = strings.NewReader("PRAGMA foreign_keys=ON;\n" + q + "\n")
			out, err := cmd.CombinedOutput()
			if err != nil || strings.Contains(string(out), "Error") {
				t.Errorf("%s query failed in the sqlite3 shell: %v\n%s\n%s", doc, err, q, out)
			}
			if strings.Contains(q, "<> s.quote") && strings.TrimSpace(string(out)) != "" {
				t.Errorf("spans whose substr() differs from their quote:\n%s", out)
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d documented queries found", n)
	}
}

const pythonRunner = `
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("PRAGMA foreign_keys=ON")
text = open(sys.argv[2], encoding="utf-8").read()
buf = ""
for line in text.splitlines():
    if line.strip().startswith("."):
        continue  # a shell dot-command
    buf += line + "\n"
    if sqlite3.complete_statement(buf):
        rows = con.execute(buf).fetchall()
        if "<> s.quote" in buf and rows:
            sys.exit("spans whose substr() differs from their quote: %r" % rows)
        if "AS anchored" in buf and any(r[-1] != 1 for r in rows):
            sys.exit("unanchored spans: %r" % [r for r in rows if r[-1] != 1])
        buf = ""
print("ok")
`

func TestDocumentedQueriesRunInPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	ws, _ := annotatedWorkspace(t)
	dir := t.TempDir()
	runner := filepath.Join(dir, "run.py")
	os.WriteFile(runner, []byte(pythonRunner), 0o600)
	for _, doc := range []string{"schema.md", "export.md"} {
		for i, q := range docQueries(t, doc) {
			file := filepath.Join(dir, doc+"-"+string(rune('a'+i))+".sql")
			os.WriteFile(file, []byte(q), 0o600)
			out, err := exec.Command(py, runner, ws.DB().Path, file).CombinedOutput()
			if err != nil || strings.TrimSpace(string(out)) != "ok" {
				t.Errorf("%s query failed in Python's sqlite3: %v\n%s\n%s", doc, err, q, out)
			}
		}
	}
}
