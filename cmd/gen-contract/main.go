// gen-contract writes frontend/src/api/contract.gen.ts, the Go↔UI contract, from the
// services the window binds and the bridge dispatches (app.Services.Bindings). Run by
// `make generate`; `make check-generated` fails when the committed file is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"claimdesk/app"
	"claimdesk/contract"
)

func main() {
	out := flag.String("out", "frontend/src/api/contract.gen.ts", "the TypeScript file to write")
	flag.Parse()
	// Only the types matter: the services are not opened on a workspace.
	docs, err := contract.ReadDocs("app", "app/match")
	if err == nil {
		var ts []byte
		if ts, err = contract.TypeScript(new(app.Services).Bindings(), app.EventData, docs); err == nil {
			err = os.WriteFile(*out, ts, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen-contract:", err)
		os.Exit(1)
	}
}
