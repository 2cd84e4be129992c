package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"claimdesk/app"
)

// runVersions lists the version links that a file name alone made (texts not similar),
// and splits the ones the analyst names: never by itself. Exit status: 0 done (or
// nothing suspect), 1 failure, 2 wrong usage.
func runVersions(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "versions")
	split := fs.String("split", "", "split these articles (comma-separated ids) from the article they were chained to")
	splitAll := fs.Bool("split-suspect", false, "split every article listed as suspect")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 || (*split != "" && *splitAll) {
		fs.Usage()
		return 2
	}
	var ids []int64
	for _, f := range strings.FieldsFunc(*split, func(r rune) bool { return r == ',' || r == ' ' }) {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil || id <= 0 {
			fmt.Fprintf(e.stderr, "claimdesk: --split %q: give article ids, e.g. --split 12,15\n", *split)
			return 2
		}
		ids = append(ids, id)
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Import
	suspects, err := svc.SuspectVersions()
	if err != nil {
		fail(e, err)
		return 1
	}
	if *splitAll {
		for _, s := range suspects {
			ids = append(ids, s.ArticleID)
		}
	}
	if len(ids) == 0 {
		if len(suspects) == 0 {
			fmt.Fprintf(e.stdout, "%s: no suspect versions (every version has a similar text, the same URL, or was declared)\n", ws.DB().Path)
			return 0
		}
		fmt.Fprintf(e.stdout, "%s: %d version(s) chained by file name whose text is not similar to the version before:\n", ws.DB().Path, len(suspects))
		for _, s := range suspects {
			fmt.Fprintf(e.stdout, "  article %d %q (%s), version %d of article %d %q: %.0f %% similar\n",
				s.ArticleID, s.Title, s.Name, s.Version, s.PreviousID, s.PreviousTitle, s.Similarity*100)
		}
		fmt.Fprintln(e.stdout, "Nothing was changed. Split them with --split ID[,ID...] or --split-suspect (each split can be undone in the app).")
		return 0
	}
	status := 0
	for _, id := range ids {
		res, err := svc.SplitVersion(id)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimdesk: article %d: %v\n", id, err)
			status = 1
			continue
		}
		fmt.Fprintf(e.stdout, "split     article %d: now an article of its own; %d copied annotation(s) removed, %d kept (changed since), %d later version(s) renumbered\n",
			id, res.Removed, res.Kept, res.Renumbered)
	}
	return status
}
