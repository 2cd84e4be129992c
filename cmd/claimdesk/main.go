// Command claimdesk is Claimdesk without the window: pure Go (CGO_ENABLED=0, no GTK),
// for scripts, servers and the browser door. Run `claimdesk --help`.
package main

import (
	"os"

	"claimdesk/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
