// Package ingest turns the bytes of an article file into the text Claimdesk
// stores and the metadata it shows: decoding (Decode), normalisation
// (Normalize, Hash, CodePoints) and plain-text article parsing
// (ParsePlainText: title, body, outlet, publication date, byline and the news
// agencies the article cites).
//
// Offsets are Unicode code points, half-open, counted in the normalised text
// (UTF-8, NFC, LF line endings), as the data model requires: that is what
// Python's str and SQLite's substr() count, so exports line up in any tool.
//
// Metadata extraction is rule-based and conservative: a field the text does
// not state is left empty rather than guessed, because the analyst relies on
// these values to judge independence of sources and to resolve relative dates.
//
// Other formats (formats.go): Markdown (ParseMarkdown), HTML (ParseHTML: main
// text and page metadata, tokenized with golang.org/x/net/html, never run), and
// JSON / JSONL records (ParseJSON, ParseJSONL); each gives a Doc.
//
// The package is pure Go (standard library, golang.org/x/text and
// golang.org/x/net/html) so it builds with CGO_ENABLED=0 and can be used by
// the CLI and tests alike.
package ingest
