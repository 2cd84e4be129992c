package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"claimdesk/app"
)

// importArgs imports the arguments of `import`: web addresses (http:// or https://)
// are fetched, everything else is a file or folder.
func importArgs(svc *app.ImportService, args []string, opts app.ImportOptions) (app.ImportSummary, error) {
	var paths, urls []string
	for _, a := range args {
		if l := strings.ToLower(a); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	var sum app.ImportSummary
	if len(paths) > 0 {
		s, err := svc.ImportPaths(paths, opts)
		if err != nil {
			return s, err
		}
		sum = s
	}
	if len(urls) > 0 && sum.Stopped != "" {
		// the disk is full: the addresses are not fetched, but named as not imported
		sum.NotRead += len(urls)
		sum.NotReadNames = append(sum.NotReadNames, urls...)
	} else if len(urls) > 0 && !sum.Cancelled {
		s, err := svc.ImportURLs(urls, opts)
		if err != nil {
			return sum, err
		}
		sum.Imported += s.Imported
		sum.Versions += s.Versions
		sum.Duplicates += s.Duplicates
		sum.Rejected += s.Rejected
		sum.Skipped += s.Skipped
		sum.Cancelled = s.Cancelled
		sum.Stopped = s.Stopped
		sum.NotRead += s.NotRead
		sum.NotReadNames = append(sum.NotReadNames, s.NotReadNames...)
		sum.Items = append(sum.Items, s.Items...)
	}
	return sum, nil
}

func runFeed(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "feed")
	importNew := fs.Bool("import", false, "pull: also import every new item")
	all := fs.Bool("all", false, "items: list imported items too")
	rest, err := parse(fs, args)
	if err != nil || len(rest) == 0 {
		fs.Usage()
		return 2
	}
	verb, rest := rest[0], rest[1:]
	switch {
	case verb == "add" && len(rest) == 1, verb == "list" && len(rest) == 0, verb == "pull" && len(rest) == 0,
		verb == "items" && len(rest) == 0, verb == "import" && len(rest) > 0, verb == "remove" && len(rest) == 1:
	default:
		fs.Usage()
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws)
	stop := context.AfterFunc(ctx, func() { svc.Feeds.Cancel(); svc.Import.Cancel() })
	defer stop()
	switch verb {
	case "add":
		f, err := svc.Feeds.Add(rest[0])
		if err != nil {
			fail(e, err)
			return 1
		}
		fmt.Fprintf(e.stdout, "subscribed to feed %d %q (%d items)\n", f.ID, f.Title, f.Items)
		return listItems(e, svc, f.ID, true)
	case "list":
		feeds, err := svc.Feeds.List()
		if err != nil {
			fail(e, err)
			return 1
		}
		if len(feeds) == 0 {
			fmt.Fprintln(e.stdout, "no feeds: add one with claimdesk feed add URL")
		}
		for _, f := range feeds {
			line := fmt.Sprintf("%d\t%s\t%s\t%d items, %d new\tpulled %s", f.ID, oneLine(f.Title), oneLine(f.URL), f.Items, f.NewItems, orDash(f.PulledAt))
			if f.LastError != "" {
				line += "\tlast error: " + f.LastError
			}
			fmt.Fprintln(e.stdout, line)
		}
		return 0
	case "pull":
		sum, err := svc.Feeds.Pull(0)
		if err != nil {
			fail(e, err)
			return 1
		}
		failed := 0
		for _, r := range sum.Results {
			switch {
			case r.Error != "":
				failed++
				fmt.Fprintf(e.stdout, "feed %d %q: %s\n", r.FeedID, r.Title, r.Error)
			case r.NotModified:
				fmt.Fprintf(e.stdout, "feed %d %q: not modified\n", r.FeedID, r.Title)
			default:
				fmt.Fprintf(e.stdout, "feed %d %q: %d new\n", r.FeedID, r.Title, r.NewItems)
			}
		}
		if *importNew {
			items, err := svc.Feeds.Items(0, true)
			if err != nil {
				fail(e, err)
				return 1
			}
			if len(items) > 0 {
				ids := make([]int64, 0, len(items))
				for _, it := range items {
					ids = append(ids, it.ID)
				}
				isum, err := svc.Feeds.ImportItems(ids, app.ImportOptions{})
				if err != nil {
					fail(e, err)
					return 1
				}
				for _, o := range isum.Items {
					fmt.Fprintln(e.stdout, outcomeLine(o))
				}
				if isum.Rejected > 0 {
					failed++
				}
			}
		} else {
			listItems(e, svc, 0, true)
		}
		if failed > 0 || sum.Cancelled {
			return 1
		}
		return 0
	case "items":
		return listItems(e, svc, 0, !*all)
	case "import":
		var ids []int64
		for _, a := range rest {
			id, err := strconv.ParseInt(a, 10, 64)
			if err != nil {
				fmt.Fprintf(e.stderr, "claimdesk: %q is not an item number (see claimdesk feed items)\n", a)
				return 2
			}
			ids = append(ids, id)
		}
		sum, err := svc.Feeds.ImportItems(ids, app.ImportOptions{})
		if err != nil {
			fail(e, err)
			return 1
		}
		for _, o := range sum.Items {
			fmt.Fprintln(e.stdout, outcomeLine(o))
		}
		if sum.Rejected > 0 || sum.Cancelled {
			return 1
		}
		return 0
	default: // remove
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimdesk: %q is not a feed number (see claimdesk feed list)\n", rest[0])
			return 2
		}
		if err := svc.Feeds.Remove(id); err != nil {
			fail(e, err)
			return 1
		}
		fmt.Fprintf(e.stdout, "removed feed %d (articles imported from it stay)\n", id)
		return 0
	}
}

func listItems(e *env, svc *app.Services, feedID int64, onlyNew bool) int {
	items, err := svc.Feeds.Items(feedID, onlyNew)
	if err != nil {
		fail(e, err)
		return 1
	}
	for _, it := range items {
		state := "new"
		if it.ArticleID != 0 {
			state = fmt.Sprintf("article %d", it.ArticleID)
		}
		fmt.Fprintf(e.stdout, "item %d\t%s\t%s\t%s\t%s\t%s\n", it.ID, orDash(it.PublishedAt), oneLine(it.Outlet), oneLine(it.Title), oneLine(it.URL), state)
	}
	return 0
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
