package bridge

import (
	"html"
	"net/http"
)

// refusalPage shows msg as a small page: a browser that lost its session, or opened
// a wrong or old link, sees what happened and what to do instead of raw JSON. msg is
// one of the server's own sentences, escaped all the same.
func refusalPage(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write([]byte(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Claimdesk: ` + html.EscapeString(http.StatusText(status)) + `</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222;background:#fafafa}
@media (prefers-color-scheme:dark){body{color:#eee;background:#1b1b1b}}code{font-size:95%}</style></head>
<body><h1>Claimdesk</h1><p id="refusal">` + html.EscapeString(msg) + `</p></body></html>
`))
}
