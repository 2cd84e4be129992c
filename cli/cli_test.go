package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/app"
	"claimdesk/cli"

	_ "modernc.org/sqlite"
)

// run calls cli.Main in-process and returns its exit status and output.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = cli.Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

// isolate keeps a test away from the real workspace: no CLAIMDESK_DB, XDG in a temp dir.
func isolate(t *testing.T) string {
	t.Helper()
	xdg := t.TempDir()
	t.Setenv("CLAIMDESK_DB", "")
	t.Setenv("XDG_DATA_HOME", xdg)
	return xdg
}

// newWorkspace runs `init --db` and returns the path.
func newWorkspace(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "ws.db")
	if code, out, errs := run(t, "init", "--db", p); code != 0 {
		t.Fatalf("init: exit %d\n%s%s", code, out, errs)
	}
	return p
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHelpListsEveryCommand(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "help"} {
		code, out, _ := run(t, arg)
		if code != 0 {
			t.Errorf("%s: exit %d, want 0", arg, code)
		}
		for _, c := range []string{"init", "serve", "check", "backup", "version"} {
			if !regexp.MustCompile(`(?m)^\s+` + c + `\s`).MatchString(out) {
				t.Errorf("%s: help does not list %q:\n%s", arg, c, out)
			}
			if !strings.Contains(out, "claimdesk "+c) {
				t.Errorf("%s: help lacks usage line for %q", arg, c)
			}
		}
		if !strings.Contains(out, "CLAIMDESK_DB") {
			t.Errorf("%s: help does not explain where the workspace is", arg)
		}
	}
}

func TestNoArgsIsUsageError(t *testing.T) {
	code, out, _ := run(t)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(out, "Commands:") {
		t.Errorf("no usage printed:\n%s", out)
	}
}

func TestUnknownCommand(t *testing.T) {
	code, out, errs := run(t, "frobnicate")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errs, `unknown command "frobnicate"`) || !strings.Contains(errs, "Commands:") {
		t.Errorf("stderr:\n%s", errs)
	}
	if out != "" {
		t.Errorf("stdout not empty: %q", out)
	}
}

func TestIsCommand(t *testing.T) {
	for _, c := range []string{"init", "serve", "check", "backup", "version", "help", "--help", "-h"} {
		if !cli.IsCommand(c) {
			t.Errorf("IsCommand(%q) = false", c)
		}
	}
	for _, c := range []string{"", "-psn_0_1234", "window", "--db"} {
		if cli.IsCommand(c) {
			t.Errorf("IsCommand(%q) = true", c)
		}
	}
}

func TestBadFlagsAreUsageErrors(t *testing.T) {
	isolate(t)
	for _, args := range [][]string{
		{"init", "--nope"},
		{"init", "--db", filepath.Join(t.TempDir(), "a.db"), "extra"},
		{"check", "--nope"},
		{"check", "extra"},
		{"backup", "a", "b"},
		{"serve", "extra"},
	} {
		code, _, errs := run(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errs, "Usage: claimdesk "+args[0]) {
			t.Errorf("%v: stderr lacks usage:\n%s", args, errs)
		}
	}
}

func TestInit(t *testing.T) {
	isolate(t)

	t.Run("Seeded", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "new.db")
		code, out, errs := run(t, "init", "--db", p)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "5 articles") || !strings.Contains(out, p) {
			t.Errorf("stdout %q lacks \"5 articles\" or the path", out)
		}
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := st.Mode().Perm(); m != 0o600 {
			t.Errorf("mode %o, want 600", m)
		}
	})

	t.Run("Empty", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "e.db")
		code, out, errs := run(t, "init", "--empty", "--db", p)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, " 0 articles") {
			t.Errorf("--empty: stdout %q, want 0 articles", out)
		}
	})

	t.Run("RefusesExisting", func(t *testing.T) {
		p := newWorkspace(t)
		before := readFile(t, p)
		st0, _ := os.Stat(p)
		code, out, errs := run(t, "init", "--db", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.Contains(errs, "already exists") || !strings.Contains(errs, p) {
			t.Errorf("stderr %q", errs)
		}
		if out != "" {
			t.Errorf("stdout %q", out)
		}
		st1, _ := os.Stat(p)
		if !bytes.Equal(before, readFile(t, p)) || !st0.ModTime().Equal(st1.ModTime()) {
			t.Error("init changed the existing workspace")
		}
		// Also with --empty, and on a file that is not a workspace at all.
		other := filepath.Join(t.TempDir(), "notes.txt")
		os.WriteFile(other, []byte("my notes"), 0o644)
		if code, _, _ := run(t, "init", "--empty", "--db", other); code != 1 {
			t.Errorf("init on a text file: exit %d", code)
		}
		if string(readFile(t, other)) != "my notes" {
			t.Error("init changed a text file")
		}
	})

	t.Run("MissingFolder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "no-such-folder")
		code, _, errs := run(t, "init", "--db", filepath.Join(dir, "x.db"))
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.Contains(errs, dir) || !strings.Contains(errs, "does not exist") {
			t.Errorf("stderr %q does not name the folder %s", errs, dir)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Error("init created the folder")
		}
	})

	t.Run("FolderAsPath", func(t *testing.T) {
		dir := t.TempDir()
		if code, _, _ := run(t, "init", "--db", dir); code != 1 {
			t.Errorf("init on a folder: exit %d, want 1", code)
		}
	})
}

func TestCheck(t *testing.T) {
	isolate(t)

	t.Run("Healthy", func(t *testing.T) {
		p := newWorkspace(t)
		code, out, errs := run(t, "check", "--db", p)
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, out, errs)
		}
		if !strings.Contains(out, ": ok") || !strings.Contains(out, "schema v") {
			t.Errorf("stdout %q", out)
		}
	})

	t.Run("MissingFile", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "missing.db")
		code, _, errs := run(t, "check", "--db", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.Contains(errs, "claimdesk init") {
			t.Errorf("stderr %q does not suggest claimdesk init", errs)
		}
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Error("check created the missing workspace")
		}
	})

	t.Run("NotSQLite", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "hello.db")
		if err := os.WriteFile(p, []byte("hello"), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, errs := run(t, "check", "--db", p)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.Contains(errs, "not") {
			t.Errorf("stderr %q", errs)
		}
		if got := string(readFile(t, p)); got != "hello" {
			t.Errorf("file changed to %q", got)
		}
		for _, side := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(p + side); err == nil {
				t.Errorf("check left %s", p+side)
			}
		}
	})

	t.Run("EmptyFile", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "empty.db")
		os.WriteFile(p, nil, 0o600)
		code, _, errs := run(t, "check", "--db", p)
		if code != 1 || !strings.Contains(errs, "claimdesk init") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
	})

	t.Run("DanglingForeignKey", func(t *testing.T) {
		p := newWorkspace(t)
		d, err := sql.Open("sqlite", p)
		if err != nil {
			t.Fatal(err)
		}
		d.SetMaxOpenConns(1) // the pragma holds for the one connection
		for _, q := range []string{
			"PRAGMA foreign_keys=OFF",
			`INSERT INTO spans (article_id, kind, entity_type, start_cp, end_cp, quote, created_at, updated_at)
			 VALUES (99999, 'note', NULL, 0, 1, 'x', 't', 't')`,
		} {
			if _, err := d.Exec(q); err != nil {
				d.Close()
				t.Fatalf("%s: %v", q, err)
			}
		}
		if err := d.Close(); err != nil {
			t.Fatal(err)
		}
		code, out, errs := run(t, "check", "--db", p)
		if code != 1 {
			t.Errorf("exit %d, want 1\n%s%s", code, out, errs)
		}
		if !strings.Contains(out, "1 problem") || !strings.Contains(out, "foreign_keys") || !strings.Contains(out, "spans") {
			t.Errorf("stdout %q does not report the dangling span", out)
		}
		if strings.Contains(out, ": ok") {
			t.Errorf("damaged workspace reported ok: %q", out)
		}
	})

	t.Run("CorruptPages", func(t *testing.T) {
		p := newWorkspace(t)
		d, err := sql.Open("sqlite", p)
		if err != nil {
			t.Fatal(err)
		}
		var pageSize, pages int
		if _, err := d.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			t.Fatal(err)
		}
		d.QueryRow("PRAGMA page_size").Scan(&pageSize)
		d.QueryRow("PRAGMA page_count").Scan(&pages)
		d.Close()
		if pageSize == 0 || pages < 4 {
			t.Fatalf("unexpected layout: page_size %d, page_count %d", pageSize, pages)
		}
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		garbage := bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, pageSize/4)
		// Pages 2 .. the middle (page 1 holds the header and schema root: left intact so
		// the file still opens as SQLite and the damage is found by the check itself).
		for pg := 2; pg <= pages/2+1; pg++ {
			if _, err := f.WriteAt(garbage, int64(pg-1)*int64(pageSize)); err != nil {
				t.Fatal(err)
			}
		}
		f.Close()

		var code int
		var out, errs string
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("check panicked on a corrupt file: %v", r)
				}
			}()
			code, out, errs = run(t, "check", "--db", p)
		}()
		t.Logf("check on corrupt pages: exit %d\n%s%s", code, out, errs)
		if code == 0 {
			t.Errorf("corrupt workspace: exit 0\n%s%s", out, errs)
		}
		if strings.Contains(out, ": ok") {
			t.Errorf("corrupt workspace reported ok: %q", out)
		}
		if !strings.Contains(out+errs, p) {
			t.Errorf("message for a corrupt workspace does not name the file: %q", out+errs)
		}
	})
}

func TestBackup(t *testing.T) {
	isolate(t)
	w := newWorkspace(t)
	out := filepath.Join(t.TempDir(), "copy.db")

	code, stdout, errs := run(t, "backup", "--db", w, out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("stdout %q does not name the copy", stdout)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("copy: %v, mode %v", err, st)
	}
	if code, o, e := run(t, "check", "--db", out); code != 0 {
		t.Errorf("check on the backup: exit %d\n%s%s", code, o, e)
	}
	// The copy holds the articles.
	ws, err := app.OpenWorkspace(context.Background(), out, app.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	info, err := app.NewServices(ws).Workspace.Info()
	ws.Close()
	if err != nil || info.Articles != 5 {
		t.Errorf("backup has %d articles (%v), want 5", info.Articles, err)
	}

	t.Run("FlagAfterOut", func(t *testing.T) {
		out2 := filepath.Join(t.TempDir(), "copy2.db")
		if code, _, e := run(t, "backup", out2, "--db", w); code != 0 {
			t.Errorf("exit %d: %s", code, e)
		}
		if _, err := os.Stat(out2); err != nil {
			t.Error(err)
		}
	})

	t.Run("RefusesExistingOut", func(t *testing.T) {
		before := readFile(t, out)
		st0, _ := os.Stat(out)
		code, _, errs := run(t, "backup", "--db", w, out)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.Contains(errs, "already exists") {
			t.Errorf("stderr %q", errs)
		}
		st1, _ := os.Stat(out)
		if !bytes.Equal(before, readFile(t, out)) || !st0.ModTime().Equal(st1.ModTime()) {
			t.Error("backup overwrote the existing file")
		}
		// Nor does it overwrite an unrelated file.
		notes := filepath.Join(t.TempDir(), "notes.txt")
		os.WriteFile(notes, []byte("keep me"), 0o644)
		if code, _, _ := run(t, "backup", "--db", w, notes); code != 1 {
			t.Errorf("backup over a text file: exit %d", code)
		}
		if string(readFile(t, notes)) != "keep me" {
			t.Error("backup overwrote a text file")
		}
	})

	t.Run("NoOut", func(t *testing.T) {
		code, _, errs := run(t, "backup", "--db", w)
		if code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
		if !strings.Contains(errs, "backup [--db PATH] OUT") {
			t.Errorf("stderr %q lacks usage", errs)
		}
	})

	t.Run("MissingWorkspace", func(t *testing.T) {
		out3 := filepath.Join(t.TempDir(), "copy3.db")
		code, _, errs := run(t, "backup", "--db", filepath.Join(t.TempDir(), "nope.db"), out3)
		if code != 1 || !strings.Contains(errs, "claimdesk init") {
			t.Errorf("exit %d, stderr %q", code, errs)
		}
		if _, err := os.Stat(out3); err == nil {
			t.Error("backup of a missing workspace wrote a file")
		}
	})
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "version")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(out, "schema v") || !strings.Contains(out, app.Version) {
		t.Errorf("stdout %q", out)
	}
	if !regexp.MustCompile(`schema v[1-9][0-9]*\)`).MatchString(out) {
		t.Errorf("stdout %q lacks a schema version ≥ 1", out)
	}
}

func TestServeRefusesBadAddresses(t *testing.T) {
	isolate(t)
	p := newWorkspace(t)
	cases := []struct {
		addr, want string
	}{
		{"0.0.0.0:0", "loopback"},
		{"[::]:0", "loopback"},
		{":0", "loopback"},
		{"192.0.2.1:0", "loopback"},
		{"bad", "host:port"},
		{"127.0.0.1", "host:port"},
	}
	for _, c := range cases {
		code, out, errs := run(t, "serve", "--db", p, "--addr", c.addr)
		if code != 2 {
			t.Errorf("--addr %s: exit %d, want 2", c.addr, code)
		}
		if !strings.Contains(errs, c.want) {
			t.Errorf("--addr %s: stderr %q lacks %q", c.addr, errs, c.want)
		}
		if strings.Contains(out, "token=") {
			t.Errorf("--addr %s: served anyway: %q", c.addr, out)
		}
	}
	// A wildcard is refused even with --allow-remote: the bridge checks Host against
	// the one address it serves, which a wildcard does not name.
	for _, wild := range []string{"0.0.0.0:0", "[::]:0", ":0"} {
		code, out, errs := run(t, "serve", "--db", p, "--addr", wild, "--allow-remote")
		if code != 2 || !strings.Contains(errs, "wildcard") || strings.Contains(out, "token=") {
			t.Errorf("--addr %s --allow-remote: exit %d, stderr %q", wild, code, errs)
		}
	}
	// Off loopback, plain HTTP needs an explicit --insecure; else TLS (issue 15 item 6).
	code, out, errs := run(t, "serve", "--db", p, "--addr", "192.0.2.1:0", "--allow-remote")
	if code != 2 || !strings.Contains(errs, "--tls-cert") || !strings.Contains(errs, "--insecure") || strings.Contains(out, "token=") {
		t.Errorf("--allow-remote without TLS: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := run(t, "serve", "--db", p, "--tls-cert", "cert.pem"); code != 2 || !strings.Contains(errs, "go together") {
		t.Errorf("--tls-cert alone: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := run(t, "serve", "--db", p, "--tls-cert", "no-cert.pem", "--tls-key", "no-key.pem"); code != 1 || !strings.Contains(errs, "cannot use --tls-cert") {
		t.Errorf("missing certificate files: exit %d, stderr %q", code, errs)
	}
	// The refusal happens before the workspace is touched.
	missing := filepath.Join(t.TempDir(), "never.db")
	if code, _, _ := run(t, "serve", "--db", missing, "--addr", "0.0.0.0:0"); code != 2 {
		t.Errorf("exit %d", code)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("refused serve created a workspace")
	}
}

func TestWorkspaceFromEnvironment(t *testing.T) {
	t.Run("CLAIMDESK_DB", func(t *testing.T) {
		xdg := isolate(t)
		p := filepath.Join(t.TempDir(), "env.db")
		t.Setenv("CLAIMDESK_DB", p)
		code, out, errs := run(t, "init")
		if code != 0 {
			t.Fatalf("init: exit %d: %s", code, errs)
		}
		if !strings.Contains(out, p) {
			t.Errorf("stdout %q does not name %s", out, p)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("CLAIMDESK_DB not used: %v", err)
		}
		if _, err := os.Stat(filepath.Join(xdg, "claimdesk")); err == nil {
			t.Error("XDG location used although CLAIMDESK_DB is set")
		}
		if code, out, _ := run(t, "check"); code != 0 || !strings.Contains(out, p) {
			t.Errorf("check via CLAIMDESK_DB: exit %d, %q", code, out)
		}
		// --db wins over the environment.
		other := filepath.Join(t.TempDir(), "flag.db")
		if code, out, _ := run(t, "init", "--empty", "--db", other); code != 0 || !strings.Contains(out, other) {
			t.Errorf("--db over CLAIMDESK_DB: exit %d, %q", code, out)
		}
	})

	t.Run("XDG_DATA_HOME", func(t *testing.T) {
		xdg := isolate(t)
		want := filepath.Join(xdg, "claimdesk", "claimdesk.db")
		code, out, errs := run(t, "init")
		if code != 0 {
			t.Fatalf("init: exit %d: %s", code, errs)
		}
		if !strings.Contains(out, want) || !strings.Contains(out, "5 articles") {
			t.Errorf("stdout %q does not name %s", out, want)
		}
		if _, err := os.Stat(want); err != nil {
			t.Fatalf("workspace not at %s: %v", want, err)
		}
		if st, err := os.Stat(filepath.Dir(want)); err != nil || st.Mode().Perm() != 0o700 {
			t.Errorf("folder %s: %v mode %v, want 700", filepath.Dir(want), err, st.Mode().Perm())
		}
		if code, _, _ := run(t, "check"); code != 0 {
			t.Errorf("check at the default path: exit %d", code)
		}
	})
}

func TestServe(t *testing.T) {
	isolate(t)
	p := newWorkspace(t)

	// Our own subscription to SIGINT: if anything went wrong with the command's own
	// signal.NotifyContext, the signal we send lands here instead of killing the tests.
	guardSig := make(chan os.Signal, 1)
	signal.Notify(guardSig, os.Interrupt)
	defer signal.Stop(guardSig)

	pr, pw := io.Pipe()
	var errs bytes.Buffer // only read after Main returned
	result := make(chan int, 1)
	go func() {
		code := cli.Main([]string{"serve", "--db", p, "--addr", "127.0.0.1:0"}, pw, &errs)
		pw.Close()
		result <- code
	}()

	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()

	urlRe := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/\?token=[A-Za-z0-9_-]+`)
	var all []string
	var open string
	guard := time.After(30 * time.Second) // failure guard only
	for open == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("serve ended before printing its URL: %q, exit %d, stderr %s", all, <-result, errs.String())
			}
			all = append(all, l)
			open = urlRe.FindString(l)
		case <-guard:
			t.Fatalf("no URL printed; saw %q", all)
		}
	}
	if !strings.Contains(strings.Join(all, "\n"), p) {
		t.Errorf("serve output %q does not name the workspace", all)
	}
	u, err := url.Parse(open)
	if err != nil {
		t.Fatal(err)
	}
	token := u.Query().Get("token")

	// The URL is printed after the listener is up and before Serve runs, so the call
	// below may be accepted before the server loop starts: the kernel queues it.
	client := &http.Client{Timeout: 30 * time.Second}
	req, _ := http.NewRequest(http.MethodPost, "http://"+u.Host+"/api/ArticleService/List", strings.NewReader("[]"))
	req.Header.Set("X-Claimdesk-Token", token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	derr := json.NewDecoder(resp.Body).Decode(&rows)
	resp.Body.Close()
	if resp.StatusCode != 200 || derr != nil || len(rows) != 5 {
		t.Errorf("List over serve: status %d, %d rows, %v", resp.StatusCode, len(rows), derr)
	}
	// A wrong token is refused by the real command too.
	req, _ = http.NewRequest(http.MethodPost, "http://"+u.Host+"/api/ArticleService/List", strings.NewReader("[]"))
	req.Header.Set("X-Claimdesk-Token", token+"x")
	req.Header.Set("Content-Type", "application/json")
	if resp, err := client.Do(req); err != nil {
		t.Error(err)
	} else {
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("wrong token: status %d", resp.StatusCode)
		}
	}

	// The server has answered, so serve's NotifyContext is active: SIGINT stops it.
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	var code int
	select {
	case code = <-result:
	case <-time.After(30 * time.Second): // failure guard only
		t.Fatal("serve did not stop on SIGINT")
	}
	for l := range lines {
		all = append(all, l)
	}
	if code != 0 {
		t.Errorf("serve exit %d, want 0; stderr %s", code, errs.String())
	}
	if all[len(all)-1] != "stopped" {
		t.Errorf("last line %q, want \"stopped\" (output %q)", all[len(all)-1], all)
	}
	// After stopping, the port no longer answers and the workspace is closed cleanly.
	if resp, err := (&http.Client{Timeout: 5 * time.Second}).Get("http://" + u.Host + "/"); err == nil {
		resp.Body.Close()
		t.Errorf("still answering after stop: %d", resp.StatusCode)
	}
	if code, out, e := run(t, "check", "--db", p); code != 0 {
		t.Errorf("check after serve: exit %d\n%s%s", code, out, e)
	}
}
