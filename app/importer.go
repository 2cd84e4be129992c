package app

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"sort"

	"claimdesk/app/ingest"
	"claimdesk/db/store"
	"claimdesk/seeds"
)

// ImportOutcome tells what happened to one file of an import.
type ImportOutcome struct {
	Name      string `json:"name"`
	Status    string `json:"status"` // imported | duplicate | rejected
	ArticleID int64  `json:"articleId,omitempty"`
	Title     string `json:"title,omitempty"`
	Reason    string `json:"reason,omitempty"`
}

// importText decodes, normalises and stores one plain-text article in its own
// transaction, so a batch leaves only whole articles. A text already in the workspace
// (same SHA-256) is reported as a duplicate, not stored twice.
func (ws *Workspace) importText(ctx context.Context, name string, raw []byte, declaredEncoding string) ImportOutcome {
	out := ImportOutcome{Name: name}
	decoded, err := ingest.Decode(raw, declaredEncoding)
	if err != nil {
		out.Status, out.Reason = "rejected", err.Error()
		return out
	}
	parsed := ingest.ParsePlainText(ingest.Normalize(decoded.Text))
	if parsed.Body == "" {
		out.Status, out.Reason = "rejected", "no article text after the title line"
		return out
	}
	out.Title = parsed.Title
	sha := ingest.Hash(parsed.Body)
	now := ws.now()
	err = ws.DB.InTx(ctx, func(q *store.Queries) error {
		if id, err := q.ArticleIDBySHA256(ctx, sha); err == nil {
			out.Status, out.ArticleID, out.Reason = "duplicate", id, "the same text is already in the workspace"
			return nil
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		var sourceID sql.NullInt64
		if parsed.Outlet != "" {
			id, err := sourceByName(ctx, q, parsed.Outlet, "outlet", now)
			if err != nil {
				return err
			}
			sourceID = sql.NullInt64{Int64: id, Valid: true}
		}
		id, err := q.CreateArticle(ctx, store.CreateArticleParams{
			SourceID: sourceID, Title: parsed.Title, Body: parsed.Body, BodySha256: sha,
			CharCount: int64(ingest.CodePoints(parsed.Body)), Byline: parsed.Byline,
			PublishedAt: parsed.PublishedAt, Encoding: decoded.Encoding, OriginalName: name,
			Version: 1, ImportedAt: now, ImportedBy: ws.Analyst,
		})
		if err != nil {
			return err
		}
		// The agencies an article cites are where its material came from: stored as
		// suggested origins, for the analyst to confirm (independence counting).
		for _, cited := range parsed.Cites {
			originID, err := sourceByName(ctx, q, cited, "agency", now)
			if err != nil {
				return err
			}
			if err := q.AddArticleOrigin(ctx, store.AddArticleOriginParams{
				ArticleID: id, OriginSourceID: originID, Cue: "names " + cited,
				State: "suggested", Origin: "rule:ingest-cites", Confidence: 0.7, CreatedAt: now,
			}); err != nil {
				return err
			}
		}
		after, _ := json.Marshal(map[string]any{"title": parsed.Title, "sha256": sha, "source": parsed.Outlet, "file": name})
		if _, err := q.AppendAudit(ctx, store.AppendAuditParams{
			At: now, Actor: ws.Analyst, Action: "import", TableName: "articles",
			RowID: sql.NullInt64{Int64: id, Valid: true}, Summary: "imported " + name,
			After: sql.NullString{String: string(after), Valid: true},
		}); err != nil {
			return err
		}
		out.Status, out.ArticleID = "imported", id
		return nil
	})
	if err != nil {
		out.Status, out.Reason = "rejected", storeErr(err, "importing "+name).Error()
	}
	return out
}

// sourceByName finds a source by name (case-insensitive) or creates it with the given kind.
func sourceByName(ctx context.Context, q *store.Queries, name, kind, now string) (int64, error) {
	s, err := q.GetSourceByName(ctx, name)
	if err == nil {
		return s.ID, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	return q.CreateSource(ctx, store.CreateSourceParams{Name: name, Kind: kind, Reliability: "F", CreatedAt: now})
}

// importSeeds imports the embedded sample corpus in file-name order.
func (ws *Workspace) importSeeds(ctx context.Context) ([]ImportOutcome, error) {
	names, err := fs.Glob(seeds.Files, "*.txt")
	if err != nil {
		return nil, Internal(err, "listing the sample corpus")
	}
	sort.Strings(names)
	var outcomes []ImportOutcome
	for i, name := range names {
		raw, err := seeds.Files.ReadFile(name)
		if err != nil {
			return outcomes, Internal(err, "reading sample "+name)
		}
		o := ws.importText(ctx, path.Join("seeds", name), raw, "")
		if o.Status == "rejected" {
			return outcomes, Internal(errors.New(o.Reason), "importing sample "+name)
		}
		outcomes = append(outcomes, o)
		ws.Events.Emit("progress", Progress{Task: "import", Done: i + 1, Total: len(names), Label: o.Title})
	}
	return outcomes, nil
}
