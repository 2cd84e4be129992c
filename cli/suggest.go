package cli

import (
	"context"
	"fmt"

	"claimdesk/app"
)

// runSuggest runs the entity suggester over one article or the whole workspace (which
// must exist) and prints what it stored per article and a summary. Exit status: 0 done,
// 1 failure or interrupted (what was stored stays), 2 wrong usage.
func runSuggest(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "suggest")
	article := fs.Int64("article", 0, "only this article (default: the latest version of every article)")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	if *article < 0 {
		fmt.Fprintf(e.stderr, "claimdesk: --article must be an article id (got %d)\n", *article)
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Suggestions
	// Ctrl+C stops between articles: each article's suggestions are stored whole or not at all.
	stop := context.AfterFunc(ctx, func() { svc.Cancel() })
	defer stop()
	sum, err := svc.Run(*article)
	if err != nil {
		fail(e, err)
		return 1
	}
	for _, it := range sum.Items {
		fmt.Fprintf(e.stdout, "article %-5d %4d new  %4d already there  %s\n", it.ArticleID, it.Suggested, it.Skipped, oneLine(it.Title))
	}
	line := fmt.Sprintf("%d suggestion(s) in %d article(s), %d already there (suggested, accepted or rejected) in %s",
		sum.Suggested, sum.Articles, sum.Skipped, ws.DB().Path)
	if sum.Cancelled {
		line += " (interrupted: the remaining articles were not looked at)"
	}
	fmt.Fprintln(e.stdout, line)
	if sum.Cancelled {
		return 1
	}
	return 0
}
