// Package cli is Claimdesk's command line: the headless binary (cmd/claimdesk) runs it,
// and so does the desktop binary when given a subcommand. Commands only parse flags,
// call app services and print; the work is in package app.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"claimdesk/app"
)

type command struct {
	summary string
	usage   string
	run     func(ctx context.Context, env *env, args []string) int
}

// env is what a command writes to.
type env struct {
	stdout, stderr io.Writer
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"init":     {"create a new workspace (with the sample articles unless --empty)", "init [--db PATH] [--empty]", runInit},
		"serve":    {"serve the UI and services to a browser on this machine", "serve [--db PATH] [--addr 127.0.0.1:0] [--allow-remote] [--tls-cert F --tls-key F] [--insecure] [--allow-private-fetch]", runServe},
		"check":    {"check a workspace's integrity, foreign keys and search index", "check [--db PATH]", runCheck},
		"backup":   {"write a consistent copy of the workspace (safe while it is in use)", "backup [--db PATH] OUT", runBackup},
		"import":   {"import articles (.txt .md .html .json .jsonl, folders, web pages by URL); exit 1 if any is rejected", "import [--db PATH] [--encoding E] [--max-size MB] [--version-of ID] PATH|URL...", runImport},
		"feed":     {"follow news feeds (RSS, Atom, JSON Feed) and import their items", "feed add URL | list | pull [--import] | items [--all] | import ITEM... | remove ID  [--db PATH]", runFeed},
		"export":   {"export annotations, claims, entities, mentions, assessments, evidence or sources, a bundle for a merge, or a claim's verification memo (docs/export.md)", "export --what W|all|bundle [--format csv|jsonl|xlsx|webannotation|claimreview] [--out FILE [--force]] [--article ID] [--tag T] [--since YYYY-MM-DD] [--state S] [--excel] [--review-url PATTERN] [--organisation NAME] [--db PATH]\n       " + memoUsage, runExport},
		"merge":    {"merge another analyst's workspace or export bundle into this one (conflicts settled mine/theirs; one undoable action)", "merge [--db PATH] [--dry-run] [--take mine|theirs] [--resolve KEY=mine|theirs]... THEIRS.db|BUNDLE.jsonl", runMerge},
		"remove":   {"remove articles (each with all its versions) and what only they held; one action the window's Undo takes back", "remove [--db PATH] [--dry-run] ARTICLE... | --samples", runRemove},
		"snapshot": {"list the web pages fetched for an article, or write one as the site served it", "snapshot [--db PATH] [--out FILE [--id N]] ARTICLE", runSnapshot},
		"versions": {"list versions chained by file name alone (texts not similar) and split them on request", "versions [--db PATH] [--split ID[,ID...] | --split-suspect]", runVersions},
		"suggest":  {"suggest entity mentions (people, organisations, places, dates, numbers, quotes) for review", "suggest [--db PATH] [--article ID]", runSuggest},
		"version":  {"print the version and schema version", "version", runVersion},
		"help":     {"show this help", "help", func(_ context.Context, e *env, _ []string) int { usage(e.stdout); return 0 }},
	}
}

// IsCommand tells the desktop binary whether its first argument is a subcommand.
func IsCommand(arg string) bool {
	_, ok := commands[arg]
	return ok || arg == "--help" || arg == "-h"
}

// Main runs the command line with args (without the program name) and returns the exit
// status: 0 success, 1 failure or problems found, 2 wrong usage.
func Main(args []string, stdout, stderr io.Writer) int {
	e := &env{stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "--help" || args[0] == "-h" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "claimdesk: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return cmd.run(ctx, e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Claimdesk: mark entities and claims in news articles and verify claims across sources.")
	fmt.Fprintln(w, "\nUsage: claimdesk <command> [flags]   (the desktop binary opens the window when given no command)")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n            claimdesk %s\n", n, commands[n].summary, commands[n].usage)
	}
	fmt.Fprintln(w, "\nThe workspace is --db PATH, else $CLAIMDESK_DB, else $XDG_DATA_HOME/claimdesk/claimdesk.db")
	fmt.Fprintln(w, "(~/.local/share/claimdesk/claimdesk.db when XDG_DATA_HOME is unset).")
}

// flags makes a flag set with the --db flag every command takes.
func flags(e *env, name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: claimdesk %s\n", commands[name].usage)
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", "", "workspace file (default $CLAIMDESK_DB or $XDG_DATA_HOME/claimdesk/claimdesk.db)")
	return fs, dbPath
}

// parse parses args, allowing flags after positional arguments too.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// open resolves the path and opens the workspace, printing a clear message on failure.
func open(ctx context.Context, e *env, dbFlag string, opt app.OpenOptions) (*app.Workspace, bool) {
	path, err := app.ResolvePath(dbFlag)
	if err != nil {
		fail(e, err)
		return nil, false
	}
	ws, err := app.OpenWorkspace(ctx, path, opt)
	if err != nil {
		fail(e, err)
		return nil, false
	}
	return ws, true
}

func fail(e *env, err error) {
	msg := err.Error()
	var ae *app.Error
	if errors.As(err, &ae) {
		msg = ae.Message
		if ae.Code == app.CodeInternal && ae.Err != nil && !strings.Contains(msg, ae.Err.Error()) {
			msg += ": " + ae.Err.Error()
		}
	}
	fmt.Fprintln(e.stderr, "claimdesk: "+strings.TrimSpace(msg))
}
