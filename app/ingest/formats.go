package ingest

import (
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Format is an article file format, chosen by the file's extension.
type Format string

// The formats Claimdesk imports.
const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSON     Format = "json"
	FormatJSONL    Format = "jsonl"
)

var formatsByExt = map[string]Format{
	".txt": FormatText, ".text": FormatText,
	".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".json": FormatJSON, ".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// FormatOf returns the format of a file name by its extension (case-insensitive),
// and false when Claimdesk does not import that kind of file.
func FormatOf(name string) (Format, bool) {
	f, ok := formatsByExt[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// SupportedExtensions lists the extensions FormatOf accepts, for messages.
const SupportedExtensions = ".txt, .md, .markdown, .html, .htm, .json, .jsonl"

// Doc is one article read from a file of any format: what the importer stores.
// Title and Body are normalised (NFC, LF); Body has no leading or trailing
// white space. Fields the file does not state are "".
type Doc struct {
	Title string
	Body  string
	// URL is an absolute http(s) URL or "" (never javascript:, data: ...).
	URL string
	// Source is the publishing outlet's name.
	Source string
	// PublishedAt is "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (wall clock as written).
	PublishedAt string
	Byline      string
	Language    string
	// Cites are the agencies the text names as sources (see Article.Cites).
	Cites []string
	// Record is the 1-based position of the record in a JSON array, or the
	// line number in a JSONL file; 0 for single-article formats.
	Record int
}

// RecordError is one JSON or JSONL record that could not be read; the other
// records of the file are still imported.
type RecordError struct {
	Record  int // 1-based record (JSON array) or line (JSONL)
	Message string
}

func (e RecordError) Error() string { return e.Message }

// Parse reads the articles in normalised text of the given format. A plain
// text, Markdown or HTML file gives one Doc (possibly with an empty Body: the
// caller rejects it); JSON and JSONL give one Doc per record, and a
// RecordError for each record that is malformed. A JSON file that is not JSON
// at all gives one RecordError with Record 0.
func Parse(f Format, text string) ([]Doc, []RecordError) {
	switch f {
	case FormatMarkdown:
		return []Doc{ParseMarkdown(text)}, nil
	case FormatHTML:
		return []Doc{ParseHTML(text)}, nil
	case FormatJSON:
		return ParseJSON(text)
	case FormatJSONL:
		return ParseJSONL(text)
	}
	return []Doc{DocFromPlainText(text)}, nil
}

// DocFromPlainText parses a plain-text article (title on the first line).
func DocFromPlainText(text string) Doc {
	a := ParsePlainText(Normalize(text))
	return Doc{Title: a.Title, Body: a.Body, Source: a.Outlet, PublishedAt: a.PublishedAt,
		Byline: a.Byline, Cites: a.Cites}
}

// finish normalises a Doc's text and fills the metadata the format did not
// give from the plain-text rules (outlet, date, byline in the header or
// footer; cited agencies), so every format gets the same independence cues.
// MaxSourceName is the longest outlet or source name (characters) the app keeps, from
// an imported page as from the analyst's hand.
const MaxSourceName = 200

func finish(d Doc) Doc {
	d.Title = capTitle(strings.Join(strings.Fields(Normalize(d.Title)), " "))
	d.Body = Normalize(d.Body)
	d.Body = strings.TrimRightFunc(d.Body[:storyEnd(d.Body)], unicode.IsSpace)
	d.Body = strings.TrimLeft(d.Body, "\n")
	if strings.TrimSpace(d.Body) == "" {
		d.Body = ""
	}
	if d.Title == "" && d.Body != "" {
		first, _, _ := strings.Cut(strings.TrimSpace(d.Body), "\n")
		d.Title = capTitle(strings.TrimSpace(first))
	}
	d.Source = strings.TrimSpace(Normalize(d.Source))
	if utf8.RuneCountInString(d.Source) > MaxSourceName {
		d.Source = "" // no outlet's name: the text's own dateline may still name one
	}
	d.Byline = capTitle(strings.Join(strings.Fields(Normalize(d.Byline)), " "))
	if d.Body != "" {
		a := ParsePlainText(d.Title + "\n\n" + d.Body)
		if d.Source == "" {
			d.Source = a.Outlet
		}
		if d.PublishedAt == "" {
			d.PublishedAt = a.PublishedAt
		}
		if d.Byline == "" {
			d.Byline = a.Byline
		}
		d.Cites = findCites(d.Title+"\n"+d.Body, agencyOrSelf(d.Source))
	}
	if d.Cites == nil {
		d.Cites = []string{}
	}
	return d
}

// agencyOrSelf maps a source name to its canonical agency name when it is one,
// so an article published by "Yonhap News Agency" does not cite itself.
func agencyOrSelf(name string) string {
	if a := agencyByName(name); a != "" {
		return a
	}
	return name
}

// CleanURL returns raw as an absolute http or https URL, or "" when it is not
// one (javascript:, data:, relative, malformed, or with control characters):
// an article's URL is shown as a link, so nothing else may reach it.
func CleanURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 2048 || strings.ContainsFunc(raw, func(r rune) bool {
		return unicode.IsControl(r) || unicode.IsSpace(r)
	}) {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	return u.String()
}

// dateLayouts are the machine date forms of HTML metadata and JSON records.
var dateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
}

// NormalizeDate reads a publication date in a machine form (ISO 8601 /
// RFC 3339, with or without time and zone; RFC 1123) or as a person writes it
// on a line of its own ("June 30, 2025", "30 Jun 2025 10:45") and returns it
// as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", keeping the wall-clock time as
// written (no zone conversion), like the plain-text rules. ok is false when s
// is not a plausible date.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return "", false
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if !validDate(t.Year(), int(t.Month()), t.Day()) {
			return "", false
		}
		if l.hasTime {
			return t.Format("2006-01-02T15:04"), true
		}
		return t.Format("2006-01-02"), true
	}
	if p, kind := parseDateLine(s); kind == fullDate {
		return p.String(), true
	}
	return "", false
}

// CheckEncoding reports whether declared is "" (detect) or an encoding label
// Decode accepts, with the same message Decode would give.
func CheckEncoding(declared string) error {
	_, err := Decode([]byte("xx"), declared)
	if e, ok := err.(*Error); ok && e.Reason == ReasonUnknownEncoding {
		return err
	}
	return nil
}

// CitesOf lists the agencies a document's text names as its sources (see
// Article.Cites), for a document whose other fields the analyst set by hand.
func CitesOf(d Doc) []string {
	c := findCites(d.Title+"\n"+d.Body, agencyOrSelf(d.Source))
	if c == nil {
		c = []string{}
	}
	return c
}
