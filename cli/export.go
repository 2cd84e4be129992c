package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"claimdesk/app"
)

// runExport writes annotations, claims, entities, mentions, assessments, evidence or
// sources as CSV, JSON Lines, W3C Web Annotation or schema.org ClaimReview
// (docs/export.md) to standard output or --out FILE. Exit status: 0 written, 1 failure
// (missing workspace, unknown article or tag, existing --out without --force), 2 wrong usage.
func runExport(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "export")
	what := fs.String("what", "", "what to export: "+strings.Join(app.ExportWhat, ", ")+" (or all: every table, a sheet each, xlsx only; or bundle: everything a merge needs, docs/merge.md)")
	format := fs.String("format", "", "csv (the default), jsonl, xlsx, webannotation (annotations only) or claimreview (claims only); a bundle is jsonl")
	out := fs.String("out", "", "file to write (default: standard output); never overwritten without --force")
	article := fs.Int64("article", 0, "only records about this article id")
	tag := fs.String("tag", "", "only records with this tag (annotations, mentions, claims, assessments, evidence)")
	since := fs.String("since", "", "only records changed on or after this date (YYYY-MM-DD)")
	state := fs.String("state", "", "only annotations or mentions in this state: suggested, accepted or rejected")
	excel := fs.Bool("excel", false, "CSV: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8")
	force := fs.Bool("force", false, "overwrite --out if it exists")
	reviewURL := fs.String("review-url", "", "ClaimReview: your organisation's review URL pattern with {uuid} (kept in the workspace)")
	organisation := fs.String("organisation", "", "ClaimReview: the organisation publishing the reviews (kept in the workspace)")
	claims := fs.String("claim", "", "memo: the claim id, or several separated by commas")
	filter := fs.Bool("filter", false, "memo: every claim the claim list shows with --text, --credibility, --tag, --entity, --source, --article and --sort (at most 200)")
	text := fs.String("text", "", "memo --filter: claims whose statement or note holds these words")
	credibility := fs.Int64("credibility", 0, "memo --filter: claims graded 1-6 (7: ungraded)")
	entity := fs.Int64("entity", 0, "memo --filter: claims with a mention naming this entity id")
	source := fs.Int64("source", 0, "memo --filter: claims with a mention in an article from this source id")
	sortBy := fs.String("sort", "", "memo --filter: the claim list's order: changed, mentions, origins, contradictions, grade, first-seen")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	filterFlags := []string{"text", "credibility", "entity", "source", "sort"}
	if strings.EqualFold(strings.TrimSpace(*what), "memo") {
		notForMemo := []string{"since", "state", "excel", "review-url", "organisation"}
		if !*filter {
			// without --filter, --article and the filter's flags would be silently ignored
			notForMemo = append(append(notForMemo, "article"), filterFlags...)
		}
		for _, name := range notForMemo {
			if set[name] {
				fmt.Fprintf(e.stderr, "claimdesk: --%s does not apply to this memo (it takes --claim, --tag or --filter with the claim list's filter, --format html|text, --out)\n", name)
				return 2
			}
		}
		o := app.MemoOptions{Tag: *tag, Format: *format}
		if *filter {
			// --tag with --filter is the filter's tag, as the claims view's tag filter
			o.Tag = ""
			o.Filter = &app.ClaimFilter{Text: *text, Credibility: *credibility, Tag: *tag,
				EntityID: *entity, SourceID: *source, ArticleID: *article, Sort: *sortBy}
		}
		return runMemo(ctx, e, *dbPath, *claims, o, *out, *force)
	}
	for _, name := range append([]string{"claim", "filter"}, filterFlags...) {
		if set[name] {
			fmt.Fprintf(e.stderr, "claimdesk: --%s is for --what memo\n", name)
			return 2
		}
	}
	opts, err := app.CheckExportOptions(app.ExportOptions{What: *what, Format: *format, ArticleID: *article,
		Tag: *tag, Since: *since, State: *state, Excel: *excel})
	if err != nil {
		fail(e, err)
		fmt.Fprintf(e.stderr, "Usage: claimdesk %s\n", commands["export"].usage)
		return 2
	}
	if *force && *out == "" {
		fmt.Fprintln(e.stderr, "claimdesk: --force only makes sense with --out FILE")
		return 2
	}
	var path string
	if *out != "" {
		abs, err := filepath.Abs(*out)
		if err == nil {
			path, err = app.CheckExportPath(abs, opts.Format)
		}
		if err != nil {
			fail(e, err)
			return 2
		}
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Export
	if *reviewURL != "" || *organisation != "" {
		p, err := svc.ReviewPublisher()
		if err == nil {
			if *reviewURL != "" {
				p.URLPattern = *reviewURL
			}
			if *organisation != "" {
				p.Organisation = *organisation
			}
			_, err = svc.SetReviewPublisher(p)
		}
		if err != nil {
			fail(e, err)
			return 2
		}
	}
	warnings, err := svc.Warnings(opts)
	if err != nil {
		fail(e, err)
		return 1
	}
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, "claimdesk: warning: "+w)
	}
	if *out == "" {
		_, warnings, err := app.WriteExport(svc, e.stdout, opts)
		if err != nil {
			fail(e, err)
			return 1
		}
		warn(e, warnings)
		return 0
	}
	res, err := svc.ExportToFile(path, *force, opts)
	if err != nil {
		return notWritten(e, path, err)
	}
	fmt.Fprintf(e.stdout, "exported %d %s to %s\n", res.Rows, opts.What, res.Path)
	warn(e, res.Warnings)
	return 0
}

// memoUsage is the memo's line of `export`'s usage.
const memoUsage = "claimdesk export --what memo --claim ID[,ID...] | --tag T | --filter [--text WORDS] [--credibility N] [--tag T] [--entity ID] [--source ID] [--article ID] [--sort S] [--format html|text] [--out FILE [--force]] [--db PATH]"

// notWritten reports an export to --out that was refused and returns exit status 1. The
// name was checked before: what is refused now (an existing file without --force, no such
// folder, permission denied, a full disk) is a failure, not wrong usage.
func notWritten(e *env, path string, err error) int {
	var ae *app.Error
	if errors.As(err, &ae) && ae.Code == app.CodeConflict && strings.Contains(ae.Message, "exists") {
		fmt.Fprintf(e.stderr, "claimdesk: %s exists; export never overwrites a file unless you add --force\n", path)
		return 1
	}
	fail(e, err)
	return 1
}

// warn prints an export's warnings on standard error (standard output may be the export).
func warn(e *env, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(e.stderr, "claimdesk: warning: %s\n", w)
	}
}

// runMemo writes the verification memo of --claim ID[,ID...], of --tag T's claims or of
// the claims --filter shows, as HTML (the default) or text, to standard output or --out
// FILE. Exit status as for export.
func runMemo(ctx context.Context, e *env, dbPath, claims string, o app.MemoOptions, out string, force bool) int {
	var ids []int64
	for _, part := range strings.Split(claims, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		id, err := strconv.ParseInt(part, 10, 64)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimdesk: --claim takes claim ids (numbers, separated by commas); got %q\n", part)
			return 2
		}
		ids = append(ids, id)
	}
	o.ClaimIDs = ids
	opts, err := app.CheckMemoOptions(o)
	if err != nil {
		fail(e, err)
		fmt.Fprintf(e.stderr, "Usage: %s\n", memoUsage)
		return 2
	}
	if force && out == "" {
		fmt.Fprintln(e.stderr, "claimdesk: --force only makes sense with --out FILE")
		return 2
	}
	var path string
	if out != "" {
		abs, err := filepath.Abs(out)
		if err == nil {
			path, err = app.CheckMemoPath(abs, opts.Format)
		}
		if err != nil {
			fail(e, err)
			return 2
		}
	}
	ws, ok := open(ctx, e, dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Export
	if out == "" {
		if _, err := app.WriteMemo(svc, e.stdout, opts); err != nil {
			fail(e, err)
			return 1
		}
		return 0
	}
	res, err := svc.MemoToFile(path, force, opts)
	if err != nil {
		return notWritten(e, path, err)
	}
	fmt.Fprintf(e.stdout, "wrote the memo of %d claim(s) to %s\n", res.Rows, res.Path)
	return 0
}
