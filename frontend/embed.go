// Package frontend embeds the built UI (frontend/dist, made by `npm run build`) so the
// desktop window and `claimdesk serve` ship it inside their binaries.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Assets is the built UI with index.html at its root.
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	return sub
}
