package db

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenCreatesMigratedWorkspace(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	v, err := d.Version(ctx)
	if err != nil || v != LatestVersion() {
		t.Fatalf("version = %d, %v; want %d", v, err, LatestVersion())
	}
	var fk, timeout int
	var journal, sync string
	d.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk)
	d.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&journal)
	d.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout)
	d.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
	if fk != 1 || journal != "wal" || timeout != 5000 || sync != "1" {
		t.Fatalf("pragmas: foreign_keys=%d journal_mode=%s busy_timeout=%d synchronous=%s", fk, journal, timeout, sync)
	}
	info, err := os.Stat(d.Path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("workspace mode = %v, %v; want 0600", info.Mode().Perm(), err)
	}
	problems, err := d.Check(ctx)
	if err != nil || len(problems) != 0 {
		t.Fatalf("check on a new workspace: %v %v", problems, err)
	}
}

func TestEveryTableIsStrict(t *testing.T) {
	d := MustOpenDB(t)
	rows, err := d.Query(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var name string
		var strict int
		rows.Scan(&name, &strict)
		n++
		if strict != 1 {
			t.Errorf("table %s is not STRICT", name)
		}
	}
	if n < 10 {
		t.Fatalf("only %d tables found", n)
	}
}

// Each older version must migrate up to the newest: build it with MigrateTo, reopen.
func TestMigrateFromEachOlderVersion(t *testing.T) {
	ctx := context.Background()
	for from := 0; from < LatestVersion(); from++ {
		path := filepath.Join(t.TempDir(), "old.db")
		raw, err := sql.Open("sqlite", dsn(path))
		if err != nil {
			t.Fatal(err)
		}
		old := &DB{DB: raw, Path: path}
		if err := old.MigrateTo(ctx, from); err != nil {
			t.Fatalf("building v%d: %v", from, err)
		}
		raw.Close()
		d, _, err := Open(ctx, path, MustExistOrEmpty(from))
		if err != nil {
			t.Fatalf("from v%d: %v", from, err)
		}
		v, _ := d.Version(ctx)
		if v != LatestVersion() {
			t.Fatalf("from v%d: reached v%d", from, v)
		}
		backups, _ := filepath.Glob(path + ".backup-v*")
		if from > 0 && len(backups) != 1 {
			t.Fatalf("from v%d: want one backup before migrating, got %v", from, backups)
		}
		d.Close()
	}
}

// MustExistOrEmpty picks the mode a test needs to reopen a file that may be empty (v0).
func MustExistOrEmpty(version int) Mode {
	if version == 0 {
		return CreateIfMissing
	}
	return MustExist
}

func TestRefusesNewerSchemaAndLeavesFileUntouched(t *testing.T) {
	ctx := context.Background()
	d := MustOpenDB(t)
	path := d.Path
	if _, err := d.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	d.Close()
	before, _ := os.ReadFile(path)
	_, _, err := Open(ctx, path, MustExist)
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrTooNew || !strings.Contains(err.Error(), "newer Claimdesk") || !strings.Contains(err.Error(), path) {
		t.Fatalf("want a too-new error naming the file, got %v", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Fatal("the newer workspace was modified")
	}
}

func TestRefusesNonSQLiteFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cases := map[string][]byte{
		"notes.txt":   []byte("just some text, not a database\n"),
		"picture.png": {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0},
	}
	for name, content := range cases {
		path := filepath.Join(dir, name)
		os.WriteFile(path, content, 0o644)
		_, _, err := Open(ctx, path, CreateIfMissing)
		var e *Error
		if !errors.As(err, &e) || e.Kind != ErrNotSQLite || !strings.Contains(err.Error(), "not a Claimdesk workspace") {
			t.Fatalf("%s: want not-SQLite error, got %v", name, err)
		}
		after, _ := os.ReadFile(path)
		if string(after) != string(content) {
			t.Fatalf("%s was modified", name)
		}
		if _, err := os.Stat(path + "-wal"); err == nil {
			t.Fatalf("%s: a -wal file was created", name)
		}
	}
}

func TestRefusesForeignSQLiteDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	raw, _ := sql.Open("sqlite", "file:"+path)
	if _, err := raw.Exec("CREATE TABLE foo (x)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	_, _, err := Open(context.Background(), path, MustExist)
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrNotSQLite {
		t.Fatalf("want refusal of a foreign database, got %v", err)
	}
}

func TestBadPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cases := []struct {
		name string
		path string
		mode Mode
		kind ErrKind
		want string
	}{
		{"missing folder", filepath.Join(dir, "nope", "w.db"), CreateIfMissing, ErrInvalidPath, "does not exist"},
		{"missing file", filepath.Join(dir, "w.db"), MustExist, ErrMissing, "claimdesk init"},
		{"a folder", dir, CreateIfMissing, ErrInvalidPath, "is a folder"},
	}
	for _, c := range cases {
		_, _, err := Open(ctx, c.path, c.mode)
		var e *Error
		if !errors.As(err, &e) || e.Kind != c.kind || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v", c.name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "w.db")); err == nil {
		t.Error("MustExist created a file")
	}
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions; covered on non-root machines")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o500)
	_, _, err := Open(context.Background(), filepath.Join(dir, "w.db"), CreateIfMissing)
	if err == nil || !strings.Contains(err.Error(), "not writable") {
		t.Fatalf("want not-writable error, got %v", err)
	}
}

func TestFailedMigrationRollsBack(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	bad := Migration{Version: LatestVersion() + 1, Name: "broken", SQL: "CREATE TABLE half_done (x INTEGER) STRICT; SELECT no_such_function();"}
	if err := d.apply(ctx, bad); err == nil {
		t.Fatal("broken migration applied")
	}
	var n int
	d.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").Scan(&n)
	v, _ := d.Version(ctx)
	if n != 0 || v != LatestVersion() {
		t.Fatalf("half-applied migration: table=%d version=%d", n, v)
	}
}

func TestCheckFindsDamage(t *testing.T) {
	d := MustOpenDB(t)
	ctx := context.Background()
	// A dangling foreign key written with enforcement off, as another tool might.
	if _, err := d.Exec("PRAGMA foreign_keys = OFF"); err != nil {
		t.Fatal(err)
	}
	conn, _ := d.Conn(ctx)
	conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF")
	if _, err := conn.ExecContext(ctx, `INSERT INTO articles (source_id, title, body, body_sha256, char_count, imported_at)
		VALUES (42, 't', 'b', printf('%064d', 1), 1, '2025-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	conn.ExecContext(ctx, "PRAGMA foreign_keys = ON")
	conn.Close()
	problems, err := d.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) == 0 || problems[0].Check != "foreign_keys" {
		t.Fatalf("want a foreign-key problem, got %v", problems)
	}
}

func TestBackupRefusesOverwrite(t *testing.T) {
	d := MustOpenDB(t)
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := d.Backup(context.Background(), out); err != nil {
		t.Fatal(err)
	}
	if err := d.Backup(context.Background(), out); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("want refusal, got %v", err)
	}
	c, _, err := Open(context.Background(), out, MustExist)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if p, err := c.Check(context.Background()); err != nil || len(p) != 0 {
		t.Fatalf("backup unhealthy: %v %v", p, err)
	}
}
