package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"

	"claimdesk/app"
	"claimdesk/atomicfile"
)

// runSnapshot shows what a web page said when it was imported: it lists the pages
// fetched for an article, and with --out writes the newest (or --id N) as the site
// served it, byte for byte (checked against its SHA-256). Exit status: 0 done, 1 failure
// (no such article, no page, the file exists), 2 wrong usage.
func runSnapshot(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "snapshot")
	out := fs.String("out", "", "write the page to this file (never overwritten)")
	id := fs.Int64("id", 0, "which snapshot (see the list); default the newest")
	rest, err := parse(fs, args)
	if err != nil || len(rest) != 1 {
		fs.Usage()
		return 2
	}
	articleID, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil || articleID <= 0 {
		fmt.Fprintf(e.stderr, "claimdesk: %q is not an article number\n", rest[0])
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	snaps, err := app.NewServices(ws).Articles.Snapshots(articleID)
	if err != nil {
		fail(e, err)
		return 1
	}
	if len(snaps) == 0 {
		fmt.Fprintf(e.stderr, "claimdesk: article %d was not imported from the web: it has no page snapshot\n", articleID)
		return 1
	}
	if *out == "" {
		for _, s := range snaps {
			fmt.Fprintf(e.stdout, "snapshot %d\t%s\t%s\tHTTP %d\t%d bytes\tsha256 %s\n", s.ID, s.FetchedAt, s.FinalURL, s.Status, s.Size, s.SHA256)
		}
		return 0
	}
	pick := snaps[len(snaps)-1].ID
	if *id != 0 {
		pick = *id
	}
	found := false
	for _, s := range snaps {
		found = found || s.ID == pick
	}
	if !found {
		fmt.Fprintf(e.stderr, "claimdesk: snapshot %d is not one of article %d's\n", pick, articleID)
		return 1
	}
	body, snap, err := ws.SnapshotBytes(ctx, pick)
	if err != nil {
		fail(e, err)
		return 1
	}
	f, err := atomicfile.Create(*out, false)
	if err == nil {
		if _, err = f.Write(body); err == nil {
			err = f.Commit()
		} else {
			f.Abort()
		}
	}
	if errors.Is(err, os.ErrExist) {
		fmt.Fprintf(e.stderr, "claimdesk: %s exists; choose another name\n", *out)
		return 1
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "claimdesk: cannot write %s: %v\n", *out, err)
		return 1
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d bytes as %s served them on %s (sha256 %s)\n", *out, len(body), snap.FinalURL, snap.FetchedAt, snap.SHA256)
	return 0
}
