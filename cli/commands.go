package cli

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/db"
	"claimdesk/frontend"
)

func runInit(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "init")
	empty := fs.Bool("empty", false, "create the workspace without the sample articles")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	path, err := app.ResolvePath(*dbPath)
	if err != nil {
		fail(e, err)
		return 1
	}
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(e.stderr, "claimdesk: %s already exists; init never touches an existing workspace (choose another --db path)\n", path)
		return 1
	}
	ws, ok := open(ctx, e, path, app.OpenOptions{Create: true, Empty: *empty, SuggestSamples: true})
	if !ok {
		return 1
	}
	defer ws.Close()
	info, err := app.NewServices(ws).Workspace.Info()
	if err != nil {
		fail(e, err)
		return 1
	}
	fmt.Fprintf(e.stdout, "created %s (schema v%d, %d articles)\n", info.Path, info.SchemaVersion, info.Articles)
	return 0
}

func runCheck(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "check")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	problems, err := ws.DB().Check(ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimdesk: %s: could not check: %v\n", ws.DB().Path, err)
		return 1
	}
	if len(problems) > 0 {
		fmt.Fprintf(e.stdout, "%s: %d problem(s)\n", ws.DB().Path, len(problems))
		for _, p := range problems {
			fmt.Fprintln(e.stdout, "  "+p.String())
		}
		fmt.Fprintf(e.stdout, "Nothing was changed. Save what can be read with `claimdesk backup --db %s COPY.db`, or recover it: sqlite3 %s .recover | sqlite3 recovered.db (docs/reliability.md)\n", ws.DB().Path, ws.DB().Path)
		return 1
	}
	fmt.Fprintf(e.stdout, "%s: ok (integrity, foreign keys, full-text index, schema v%d)\n", ws.DB().Path, db.LatestVersion())
	return 0
}

func runBackup(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "backup")
	rest, err := parse(fs, args)
	if err != nil || len(rest) != 1 {
		fs.Usage()
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	if err := ws.DB().Backup(ctx, rest[0]); err != nil {
		if db.IsFull(err) { // in the words import and export use, not SQLite's "(13)"
			fmt.Fprintf(e.stderr, "claimdesk: %s (the backup was not written)\n", app.DiskFullMessage)
			return 1
		}
		fmt.Fprintf(e.stderr, "claimdesk: backup of %s failed: %v\n", ws.DB().Path, err)
		return 1
	}
	fmt.Fprintf(e.stdout, "backed up %s to %s\n", ws.DB().Path, rest[0])
	return 0
}

func runVersion(_ context.Context, e *env, args []string) int {
	fmt.Fprintf(e.stdout, "claimdesk %s (workspace schema v%d)\n", app.Version, db.LatestVersion())
	return 0
}

func runServe(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "serve")
	addr := fs.String("addr", "127.0.0.1:0", "address to listen on (port 0 picks a free one)")
	allowRemote := fs.Bool("allow-remote", false, "allow a non-loopback --addr (needs --tls-cert and --tls-key, or --insecure): anyone who can reach it and has the token gets in")
	tlsCert := fs.String("tls-cert", "", "serve HTTPS with this PEM certificate (with --tls-key)")
	tlsKey := fs.String("tls-key", "", "the PEM private key of --tls-cert")
	insecure := fs.Bool("insecure", false, "with --allow-remote: serve plain HTTP anyway, the token and your work readable on the network")
	allowPrivateFetch := fs.Bool("allow-private-fetch", false, "let Import from URL and feeds fetch from loopback and private network addresses")
	if rest, err := parse(fs, args); err != nil || len(rest) > 0 {
		fs.Usage()
		return 2
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		fmt.Fprintln(e.stderr, "claimdesk: --tls-cert and --tls-key go together")
		return 2
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimdesk: --addr %q: %v (use host:port, e.g. 127.0.0.1:8080)\n", *addr, err)
		return 2
	}
	if host == "localhost" {
		host, *addr = "127.0.0.1", net.JoinHostPort("127.0.0.1", port)
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsUnspecified() {
		fmt.Fprintf(e.stderr, "claimdesk: --addr %s: serve listens on one address, loopback by default; give an IP address (e.g. 127.0.0.1:8080, or with --allow-remote one LAN address of this machine), not a host name or a wildcard\n", *addr)
		return 2
	}
	if !ip.IsLoopback() && !*allowRemote {
		fmt.Fprintf(e.stderr, "claimdesk: --addr %s is not a loopback address; serve listens on this machine only unless you add --allow-remote\n", *addr)
		return 2
	}
	// Off this machine, plain HTTP shows the token and every article to anyone on the
	// network path: TLS, or an explicit acknowledgement.
	if !ip.IsLoopback() && *tlsCert == "" && !*insecure {
		fmt.Fprintf(e.stderr, "claimdesk: --addr %s is reachable from other machines: give --tls-cert and --tls-key to serve HTTPS, or add --insecure to serve plain HTTP anyway (the token and your work travel readable)\n", *addr)
		return 2
	}
	var cert tls.Certificate
	if *tlsCert != "" {
		if cert, err = tls.LoadX509KeyPair(*tlsCert, *tlsKey); err != nil {
			fmt.Fprintf(e.stderr, "claimdesk: cannot use --tls-cert/--tls-key: %v\n", err)
			return 1
		}
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{Create: true, SuggestSamples: true})
	if !ok {
		return 1
	}
	defer ws.Close()
	hub := bridge.NewHub()
	ws.Events = hub
	ws.SetContext(ctx)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "claimdesk: cannot listen on %s: %v\n", *addr, err)
		return 1
	}
	if *allowRemote && !ln.Addr().(*net.TCPAddr).IP.IsLoopback() {
		fmt.Fprintf(e.stderr, "WARNING: serving on %s, reachable from other machines; anyone with the URL can read and change this workspace\n", ln.Addr())
		if *tlsCert == "" {
			fmt.Fprintln(e.stderr, "WARNING: --insecure: plain HTTP, so anyone on the network path can read the token and the workspace")
		}
	}
	services := app.NewServices(ws)
	services.SuggestAfterImport()
	// A page in the browser must not make this server reach into the machine's own network.
	services.SetFetchPolicy(*allowPrivateFetch)
	go ws.WatchOthers(ctx) // other windows' and programs' changes refresh the pages
	srv := bridge.New(ln.Addr(), bridge.NewToken(), frontend.Assets(), services.Bindings(), hub)
	if *tlsCert != "" {
		srv.UseTLS(cert)
	}
	fmt.Fprintf(e.stdout, "Claimdesk is serving %s\nOpen %s\nPress Ctrl+C to stop.\n", ws.DB().Path, srv.URL(ln.Addr()))
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(e.stderr, "claimdesk: serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(e.stdout, "stopped")
	return 0
}

// runImport imports files and folders and prints one line per file (or JSON record)
// and a summary. Exit status: 0 nothing rejected, 1 something rejected, 2 wrong usage,
// 3 incomplete: the import stopped (a full disk) or was interrupted before the end, and
// the files it did not import are named.
const exitIncomplete = 3

func runImport(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "import")
	encoding := fs.String("encoding", "", "encoding of the files: utf-8, utf-8-replace (bad bytes as U+FFFD), utf-16le, utf-16be, utf-32le, utf-32be, shift_jis, windows-1252, latin-1 (default: detect)")
	maxSize := fs.Float64("max-size", app.DefaultMaxBytes/(1<<20), "largest file to import, in MB")
	versionOf := fs.Int64("version-of", 0, "import the one file given as a new version of this article id")
	paths, err := parse(fs, args)
	if err != nil || len(paths) == 0 {
		fs.Usage()
		return 2
	}
	if *maxSize <= 0 {
		fmt.Fprintf(e.stderr, "claimdesk: --max-size must be a positive number of MB (got %v)\n", *maxSize)
		return 2
	}
	// A missing workspace is refused, as check and export do: a mistyped --db must not
	// quietly become a new workspace (with the sample articles) holding this import.
	// The workspace lives in a context the interrupt does not end: a write it cut short
	// failed as "context canceled" and its article was listed as rejected.
	ws, ok := open(context.WithoutCancel(ctx), e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Import
	// Ctrl+C stops between articles: what is imported stays, whole.
	stop := context.AfterFunc(ctx, func() { svc.Cancel() })
	defer stop()
	sum, err := importArgs(svc, paths, app.ImportOptions{Encoding: *encoding, MaxBytes: int64(*maxSize * (1 << 20)), VersionOf: *versionOf})
	if err != nil {
		fail(e, err)
		var ae *app.Error
		if errors.As(err, &ae) && ae.Code == app.CodeInvalid {
			return 2 // wrong usage (bad options)
		}
		return 1 // the workspace refused (damaged, busy…)
	}
	// A file the stop kept from being stored is named on its own line, not counted as
	// rejected: nothing is wrong with it, and it can be imported again as it is. The
	// reason (the disk is full) is said once, on stderr.
	var notImported []string
	rejected := sum.Rejected
	for _, o := range sum.Items {
		if o.NotStored {
			notImported = append(notImported, outcomeName(o))
			rejected--
			continue
		}
		fmt.Fprintln(e.stdout, outcomeLine(o))
	}
	for _, name := range notImported {
		fmt.Fprintf(e.stdout, "not done  %s: the import stopped before storing it\n", name)
	}
	for _, name := range sum.NotReadNames {
		fmt.Fprintf(e.stdout, "not done  %s: the import stopped before reading it\n", name)
	}
	missing := len(notImported) + sum.NotRead
	parts := []string{
		fmt.Sprintf("%d imported", sum.Imported),
		fmt.Sprintf("%d new version(s)", sum.Versions),
		fmt.Sprintf("%d duplicate(s)", sum.Duplicates),
		fmt.Sprintf("%d rejected", rejected),
		fmt.Sprintf("%d skipped", sum.Skipped),
	}
	if sum.Stopped != "" || sum.Cancelled {
		parts = append(parts, fmt.Sprintf("%d not imported", missing))
	}
	line := strings.Join(parts, ", ") + " into " + ws.DB().Path
	if sum.Cancelled {
		line += " (interrupted: the rest was not imported)"
	}
	fmt.Fprintln(e.stdout, line)
	if sum.Stopped != "" {
		fmt.Fprintf(e.stderr, "claimdesk: import incomplete: %s (%d file(s) not imported, each named above as \"not done\"; what is listed as imported is saved)\n", sum.Stopped, missing)
	}
	if sum.Cancelled || sum.Stopped != "" {
		return exitIncomplete
	}
	if rejected > 0 {
		return 1
	}
	return 0
}

// outcomeName is the file's name, with the record's number for a JSON Lines record,
// shown as one field (oneLine): a name is text from outside, as a title is.
func outcomeName(o app.ImportOutcome) string {
	if o.Record > 0 {
		return fmt.Sprintf("%s:%d", oneLine(o.Name), o.Record)
	}
	return oneLine(o.Name)
}

func outcomeLine(o app.ImportOutcome) string {
	name := outcomeName(o)
	switch o.Status {
	case app.StatusImported:
		s := fmt.Sprintf("imported  %s -> article %d %q", name, o.ArticleID, o.Title)
		if o.Reason != "" { // e.g. a different text under a name already imported
			s += ": " + o.Reason
		}
		return s
	case app.StatusVersion:
		s := fmt.Sprintf("version   %s -> article %d, version %d of article %d %q", name, o.ArticleID, o.Version, o.PreviousVersionID, o.Title)
		if o.Anchors != nil {
			s += fmt.Sprintf(" (annotations: %d exact, %d fuzzy, %d orphan)", o.Anchors.Exact, o.Anchors.Fuzzy, o.Anchors.Orphan)
		}
		return s
	case app.StatusDuplicate:
		return fmt.Sprintf("duplicate %s: same text as article %d", name, o.ArticleID)
	case app.StatusSkipped:
		return fmt.Sprintf("skipped   %s: %s", name, o.Reason)
	}
	return fmt.Sprintf("rejected  %s: %s", name, o.Reason)
}
