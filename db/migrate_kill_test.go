package db

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"
)

// migrateHolderEnv makes the test binary, re-run as a child, run migration 0016 on the
// workspace it names inside the transaction db.apply opens, say so, and wait to be killed
// before the commit.
const migrateHolderEnv = "CLAIMDESK_MIGRATE_HOLDER"

func TestMain(m *testing.M) {
	if path := os.Getenv(migrateHolderEnv); path != "" {
		os.Exit(migrateHolder(path))
	}
	os.Exit(m.Run())
}

func migrateHolder(path string) int {
	ctx := context.Background()
	// a one-page cache, so the migration's pages spill into the WAL before the commit
	raw, err := sql.Open("sqlite", dsn(path)+"&_pragma=cache_size(1)")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tx, err := raw.BeginTx(ctx, nil)
	if err == nil {
		_, err = tx.ExecContext(ctx, Migrations()[15].SQL)
	}
	if err == nil {
		_, err = tx.ExecContext(ctx, "PRAGMA user_version = 16")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("migrated, not committed")
	time.Sleep(time.Minute)
	return 1
}

// A process killed (SIGKILL) inside migration 0016, before its commit, leaves the
// workspace at v15 with every row and definition as it was; the next open migrates it.
func TestMigrateIDsNeverReusedSurvivesAKill(t *testing.T) {
	path, raw := v15WithWork(t)
	before := dumpAll(t, raw)
	raw.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), migrateHolderEnv+"="+path)
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

	raw, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	var v int
	raw.QueryRow(`PRAGMA user_version`).Scan(&v)
	if v != 15 {
		t.Errorf("version %d after the kill", v)
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
