package cli

import (
	"context"
	"fmt"
	"strconv"

	"claimdesk/app"
)

// runRemove removes articles (each with its whole story) and what only they held, as
// ArticleService.Remove does for the window: one action, taken back by Undo in the window
// or the browser. It prints what went, in the confirmation's words; --dry-run prints it
// and removes nothing; --samples names the sample articles a new workspace starts with.
// Exit status: 0 done, 1 failure (an unknown article: nothing removed), 2 wrong usage.
func runRemove(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "remove")
	dry := fs.Bool("dry-run", false, "say what would go, remove nothing")
	samples := fs.Bool("samples", false, "remove the sample articles a new workspace starts with")
	rest, err := parse(fs, args)
	if err != nil || (len(rest) == 0) == !*samples {
		fs.Usage()
		return 2
	}
	var ids []int64
	for _, a := range rest {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			fmt.Fprintf(e.stderr, "claimdesk: %q is not an article number\n", a)
			return 2
		}
		ids = append(ids, id)
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws)
	if *samples {
		if ids, err = svc.Articles.SampleIDs(); err != nil {
			fail(e, err)
			return 1
		}
		if len(ids) == 0 {
			fmt.Fprintln(e.stdout, "no sample article is left in this workspace")
			return 0
		}
	}
	remove := svc.Articles.Remove
	if *dry {
		remove = svc.Articles.PreviewRemove
	}
	r, err := remove(ids)
	if err != nil {
		fail(e, err)
		return 1
	}
	// the sentences name titles, outlets, entities and claims as the workspace holds them:
	// shown, not obeyed by the terminal
	for _, s := range r.Summary {
		if *dry || s != r.Summary[len(r.Summary)-1] {
			fmt.Fprintln(e.stdout, oneLine(s))
		}
	}
	if *dry {
		fmt.Fprintln(e.stdout, "(dry run: nothing was removed)")
	} else {
		fmt.Fprintln(e.stdout, "Removed. Undo in the window or the browser (Ctrl+Z) brings it all back.")
	}
	return 0
}
