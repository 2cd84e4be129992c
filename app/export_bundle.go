package app

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"path/filepath"

	"claimdesk/db"
	"claimdesk/db/store"
)

// An export bundle (docs/merge.md, "Export bundles") is the export that carries
// everything a merge needs, as JSON Lines: a header line, then one line per row of every
// merged table (parents first, each row as the audit log's image of it: its columns, its
// workspace id and its uuid; articles with their text), then the audit log and the
// history merged from others. `claimdesk merge` and File > Merge Workspace read it into
// a scratch workspace and merge that: one mechanism for files and bundles.

// bundleFormat names the bundle's header; bundleVersion is the layout of its lines.
const (
	bundleFormat  = "claimdesk-bundle"
	bundleVersion = 1
)

// bundleHeader is the bundle's first line.
type bundleHeader struct {
	Format     string `json:"format"`
	Version    int    `json:"version"`
	Schema     int    `json:"schema"` // the workspace schema its row images follow
	ExportedAt string `json:"exported_at"`
	Analyst    string `json:"analyst"`
	Workspace  string `json:"workspace"` // the file it was exported from
}

// bundleLine is every line after the header: a row of a table.
type bundleLine struct {
	Table string          `json:"table"`
	Row   json.RawMessage `json:"row"`
}

// bundleAuditRow is an audit log entry in a bundle (before and after as JSON values).
type bundleAuditRow struct {
	ID        int64           `json:"id"`
	At        string          `json:"at"`
	Actor     string          `json:"actor"`
	Action    string          `json:"action"`
	TableName string          `json:"table_name"`
	RowID     *int64          `json:"row_id"`
	Batch     string          `json:"batch"`
	Summary   string          `json:"summary"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
	UndoesID  *int64          `json:"undoes_id"`
}

// checkBundleOptions: a bundle is JSON Lines of the whole workspace (a merge needs every
// row a kept row links to), so no filter applies.
func checkBundleOptions(o ExportOptions) (ExportOptions, error) {
	if o.Format == "" {
		o.Format = "jsonl"
	}
	if o.Format != "jsonl" {
		return o, Invalid("a bundle is written as JSON Lines (format jsonl), not %s", o.Format)
	}
	if o.ArticleID != 0 || o.Tag != "" || o.Since != "" || o.State != "" || o.Excel {
		return o, Invalid("a bundle carries the whole workspace (what a merge needs): no article, tag, since, state or excel option applies")
	}
	return o, nil
}

// bundle writes the workspace as an export bundle, a table at a time inside the
// export's read snapshot.
func (x *exporter) bundle(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	line := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b = append(b, '\n')
		_, err = bw.Write(b)
		return wrapWrite(err)
	}
	if err := line(bundleHeader{Format: bundleFormat, Version: bundleVersion, Schema: db.LatestVersion(),
		ExportedAt: x.ws.now(), Analyst: x.ws.Analyst, Workspace: filepath.Base(x.ws.DB().Path)}); err != nil {
		return err
	}
	x.total = 0 // rows are counted as they go: the progress bar shows no fraction
	x.progress()
	for _, t := range mergeOrder {
		rows, err := t.all(x.q, x.ctx)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := line(bundleLine{Table: t.name, Row: json.RawMessage(r.image)}); err != nil {
				return err
			}
		}
		x.rows += len(rows)
		if err := x.endPage(); err != nil {
			return err
		}
	}
	if err := x.bundleHistory(line); err != nil {
		return err
	}
	return wrapWrite(bw.Flush())
}

// bundleHistory writes the audit log and the merged history.
func (x *exporter) bundleHistory(line func(any) error) error {
	log, err := x.q.ListAuditEntries(x.ctx)
	if err != nil {
		return err
	}
	for _, e := range log {
		if err := line(bundleLine{Table: "audit_log", Row: mustJSON(bundleAuditRow{ID: e.ID, At: e.At, Actor: e.Actor,
			Action: e.Action, TableName: e.TableName, RowID: nullID(e.RowID), Batch: e.Batch, Summary: e.Summary,
			Before: rawJSON(e.Before), After: rawJSON(e.After), UndoesID: nullID(e.UndoesID)})}); err != nil {
			return err
		}
	}
	x.rows += len(log)
	merged, err := x.q.AllImagesMergedHistory(x.ctx)
	if err != nil {
		return err
	}
	for _, img := range merged {
		if err := line(bundleLine{Table: mergedHistoryTable.name, Row: json.RawMessage(img)}); err != nil {
			return err
		}
	}
	x.rows += len(merged)
	return x.endPage()
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain structs of strings and numbers come here
	}
	return b
}

// bundleTables are the tables a bundle may name, with how their rows are inserted.
func bundleTables() map[string]func(q *store.Queries, ctx context.Context, rows string) error {
	out := map[string]func(q *store.Queries, ctx context.Context, rows string) error{}
	for _, t := range mergeOrder {
		add := t.addMany
		out[t.name] = func(q *store.Queries, ctx context.Context, rows string) error { return add(q, ctx, rows) }
	}
	out["audit_log"] = func(q *store.Queries, ctx context.Context, rows string) error { return q.InsertAuditMany(ctx, rows) }
	out[mergedHistoryTable.name] = func(q *store.Queries, ctx context.Context, rows string) error {
		return q.RestoreManyMergedHistory(ctx, rows)
	}
	return out
}
