// Claimdesk desktop: opens the window on the workspace, or runs a CLI subcommand
// (`claimdesk-desktop check`, `... serve`, ...) when given one. It only wires: the
// commands are in cli/, the window in desktop/, the work in the app services.
package main

import (
	"flag"
	"fmt"
	"os"

	"claimdesk/cli"
	"claimdesk/desktop"
)

func main() {
	if len(os.Args) > 1 && cli.IsCommand(os.Args[1]) {
		os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
	}
	fs := flag.NewFlagSet("claimdesk", flag.ContinueOnError)
	dbPath := fs.String("db", "", "workspace file (default $CLAIMDESK_DB or $XDG_DATA_HOME/claimdesk/claimdesk.db)")
	empty := fs.Bool("empty", false, "when the workspace is new, create it without the sample articles")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "claimdesk: unknown command %q; run with --help for the list\n", fs.Arg(0))
		os.Exit(2)
	}
	os.Exit(desktop.Run(desktop.Options{DB: *dbPath, Empty: *empty}))
}
