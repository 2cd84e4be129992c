package db

import (
	"context"
	"fmt"
	"strings"
)

// Problem is one finding of Check.
type Problem struct {
	Check  string // integrity, foreign_keys, fts, schema
	Detail string
}

func (p Problem) String() string { return p.Check + ": " + p.Detail }

// Check runs SQLite's integrity_check, foreign_key_check and the FTS5 index check and
// returns every problem found (none means healthy). These are maintenance statements sqlc
// cannot express, which is why they are written here by hand.
func (d *DB) Check(ctx context.Context) ([]Problem, error) {
	problems, err := d.integrity(ctx, "")
	if IsCorrupt(err) {
		// SQLite stops at the first page it cannot read and says only "malformed":
		// check table by table, to name the damaged ones.
		return d.integrityByTable(ctx, err), nil
	} else if err != nil {
		return nil, err
	}

	fk, err := d.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	for fk.Next() {
		var table, parent string
		var rowid, index any
		if err := fk.Scan(&table, &rowid, &parent, &index); err != nil {
			fk.Close()
			return nil, err
		}
		problems = append(problems, Problem{"foreign_keys", fmt.Sprintf("%s row %v points at a missing %s row", table, rowid, parent)})
	}
	fk.Close()
	if err := fk.Err(); err != nil {
		return nil, err
	}

	ftsTables, err := d.ftsTables(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range ftsTables {
		// Names come from sqlite_schema, not from input, so formatting them in is safe.
		if _, err := d.ExecContext(ctx, fmt.Sprintf("INSERT INTO %s (%s, rank) VALUES ('integrity-check', 1)", t, t)); err != nil {
			// FTS5 runs its check as a write: a lock held by another program or a
			// read-only file stops it, and says nothing about the index.
			if cerr := couldNotCheck(err); cerr != nil && !IsCorrupt(err) {
				return nil, cerr
			}
			problems = append(problems, Problem{"fts", fmt.Sprintf("full-text index %s does not match its table: %v (rebuild with: INSERT INTO %s(%s) VALUES('rebuild'))", t, err, t, t)})
		}
	}

	if v, err := d.Version(ctx); err != nil {
		return nil, err
	} else if v != LatestVersion() {
		problems = append(problems, Problem{"schema", fmt.Sprintf("schema version %d, expected %d", v, LatestVersion())})
	}
	return problems, nil
}

// integrity runs PRAGMA integrity_check, of one table when table is not "".
func (d *DB) integrity(ctx context.Context, table string) ([]Problem, error) {
	q := "PRAGMA integrity_check"
	if table != "" {
		// Names come from sqlite_schema, not from input.
		q = fmt.Sprintf("PRAGMA integrity_check(%q)", table)
	}
	rows, err := d.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []Problem
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return problems, err
		}
		if line != "ok" {
			line = strings.TrimSpace(strings.TrimPrefix(line, "*** in database main ***"))
			if table != "" {
				line = "table " + table + ": " + line
			}
			problems = append(problems, Problem{"integrity", line})
		}
	}
	return problems, rows.Err()
}

// integrityByTable checks each table of a file whose whole check stopped with err.
func (d *DB) integrityByTable(ctx context.Context, err error) []Problem {
	damaged := []Problem{{"integrity", "the file is damaged: " + err.Error()}}
	rows, qerr := d.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
	if qerr != nil {
		return append(damaged, Problem{"integrity", "the list of tables cannot be read: " + qerr.Error()})
	}
	var tables []string
	for rows.Next() {
		var n string
		if rows.Scan(&n) == nil {
			tables = append(tables, n)
		}
	}
	if rerr := rows.Err(); rerr != nil {
		damaged = append(damaged, Problem{"integrity", "the list of tables cannot be read whole: " + rerr.Error()})
	}
	rows.Close()
	for _, t := range tables {
		found, terr := d.integrity(ctx, t)
		damaged = append(damaged, found...)
		if terr != nil {
			damaged = append(damaged, Problem{"integrity", "table " + t + ": " + terr.Error()})
		}
	}
	return damaged
}

// couldNotCheck turns an error that stops a check without telling anything about the
// workspace (busy, read-only) into an explanation; nil for other errors.
func couldNotCheck(err error) error {
	switch {
	case IsBusy(err):
		return fmt.Errorf("the workspace is busy: another program holds its write lock (the full-text check needs it); try again when it is done (%w)", err)
	case IsReadOnly(err):
		return fmt.Errorf("the workspace file or its folder is read-only (the full-text check writes); check a copy made with `claimdesk backup` (%w)", err)
	}
	return nil
}

// ftsTables lists the workspace's FTS5 tables.
func (d *DB) ftsTables(ctx context.Context) ([]string, error) {
	rows, err := d.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}
