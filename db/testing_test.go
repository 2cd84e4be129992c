package db

import (
	"context"
	"path/filepath"
	"testing"
)

// MustOpenDB opens a new, migrated workspace in a temp folder and closes it with the test.
func MustOpenDB(t testing.TB) *DB {
	t.Helper()
	d, created, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), CreateIfMissing)
	if err != nil {
		t.Fatal(err)
	}
	if !created {
		t.Fatal("expected a new workspace file")
	}
	t.Cleanup(func() { d.Close() })
	return d
}
