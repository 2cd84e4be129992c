package db

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// migrateHolderEnv ("VERSION:PATH") makes the test binary, re-run as a child, run
// migration VERSION on the workspace at PATH inside the transaction db.apply opens, say
// so, and wait to be killed before the commit.
const migrateHolderEnv = "CLAIMDESK_MIGRATE_HOLDER"

func TestMain(m *testing.M) {
	if arg := os.Getenv(migrateHolderEnv); arg != "" {
		os.Exit(migrateHolder(arg))
	}
	os.Exit(m.Run())
}

func migrateHolder(arg string) int {
	ctx := context.Background()
	v, path, _ := strings.Cut(arg, ":")
	version, err := strconv.Atoi(v)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	// a one-page cache, so the migration's pages spill into the WAL before the commit
	raw, err := sql.Open("sqlite", dsn(path)+"&_pragma=cache_size(1)")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tx, err := raw.BeginTx(ctx, nil)
	if err == nil {
		_, err = tx.ExecContext(ctx, Migrations()[version-1].SQL)
	}
	if err == nil {
		_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("migrated, not committed")
	time.Sleep(time.Minute)
	return 1
}

// killInsideMigration runs migration version on the workspace at path (at version-1) in
// a child process and kills it (SIGKILL) before the commit; then the file must be at
// version-1 with every row and definition as it was, and the next open migrates it to
// the newest version.
func killInsideMigration(t *testing.T, path string, version int) {
	t.Helper()
	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	before := dumpAll(t, raw)
	raw.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d:%s", migrateHolderEnv, version, path))
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if line != "migrated, not committed\n" {
		t.Fatalf("the child did not reach the commit: %q %s", line, stderr.String())
	}
	// the point of the test: the migration's pages are in the WAL, without a commit
	if wal, err := os.Stat(path + "-wal"); err != nil || wal.Size() <= 32 {
		t.Fatalf("no uncommitted frames in the WAL: %v %v", wal, err)
	} else {
		t.Logf("WAL after the kill: %d bytes", wal.Size())
	}

	raw, err = sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	var v int
	raw.QueryRow(`PRAGMA user_version`).Scan(&v)
	if v != version-1 {
		t.Errorf("version %d after the kill, want %d", v, version-1)
	}
	if !reflect.DeepEqual(dumpAll(t, raw), before) {
		t.Error("the killed migration changed the file")
	}
	raw.Close()
	d, _, err := Open(context.Background(), path, MustExist)
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer d.Close()
	if v, _ := d.Version(context.Background()); v != LatestVersion() {
		t.Errorf("reopened at v%d", v)
	}
}

// A process killed (SIGKILL) inside migration 0016, before its commit, leaves the
// workspace at v15 with every row and definition as it was; the next open migrates it.
func TestMigrateIDsNeverReusedSurvivesAKill(t *testing.T) {
	path, raw := v15WithWork(t)
	raw.Close()
	killInsideMigration(t, path, 16)
}

// The same inside migration 0017 (its index over the whole audit log, the view it
// recreates): v16 as it was, and the next open migrates it.
func TestMigrateAuditTablesSurvivesAKill(t *testing.T) {
	path, raw := v15WithWork(t)
	if err := (&DB{DB: raw, Path: path}).MigrateTo(context.Background(), 16); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	killInsideMigration(t, path, 17)
}
