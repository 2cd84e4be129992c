// gen-contract writes frontend/src/api/contract.gen.ts, the Go↔UI contract, from the
// services the window binds and the bridge dispatches (app.Services.Bindings) and the
// events of the services (app.EventData) and of the window (desktop.WindowEvents), and
// the error payload both doors send (app.Payload). Run by
// `make generate`; `make check-generated` fails when the committed file is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"claimdesk/app"
	"claimdesk/contract"
	"claimdesk/desktop"
)

func main() {
	out := flag.String("out", "frontend/src/api/contract.gen.ts", "the TypeScript file to write")
	flag.Parse()
	// Only the types matter: the services are not opened on a workspace.
	docs, err := contract.ReadDocs("app", "app/match", "desktop")
	events := map[string]any{}
	for _, table := range []map[string]any{app.EventData, desktop.WindowEvents} {
		for name, data := range table {
			if _, twice := events[name]; twice && err == nil {
				err = fmt.Errorf("event %q is declared by the services and by the window", name)
			}
			events[name] = data
		}
	}
	if err == nil {
		var ts []byte
		if ts, err = contract.TypeScript(new(app.Services).Bindings(), events, docs, app.Payload{}); err == nil {
			err = os.WriteFile(*out, ts, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-contract:", err)
		os.Exit(1)
	}
}
