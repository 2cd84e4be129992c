// Package web fetches articles and feeds over HTTP for the importer: a client
// with timeouts, a size limit, a capped and recorded redirect chain, an
// optional refusal of loopback and private addresses (checked on the address
// actually dialled, so neither DNS tricks nor redirects get around it), and a
// plain message for every way a fetch can fail. It knows nothing of the
// workspace: app.ImportService and app.FeedService store what it brings.
package web
