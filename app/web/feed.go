package web

import (
	"bytes"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedTypes are the media types a feed is served as.
var FeedTypes = []string{"application/rss+xml", "application/atom+xml", "application/feed+json",
	"application/json", "application/xml", "text/xml", "application/rdf+xml", "text/plain"}

// ArticleTypes are the media types an article page is served as.
var ArticleTypes = []string{"text/html", "application/xhtml+xml", "text/plain"}

// Feed is a parsed RSS, Atom or JSON Feed document.
type Feed struct {
	Title   string
	SiteURL string
	Items   []FeedItem
	// Unlinked counts the entries kept out because they name no page to import (no link,
	// no web-address GUID), so a pull can say so instead of dropping them unseen.
	Unlinked int
}

// FeedItem is one entry of a feed: what the analyst sees before importing it.
type FeedItem struct {
	GUID        string
	URL         string
	Title       string
	Outlet      string
	PublishedAt string // YYYY-MM-DDTHH:MM in the feed's own zone, or ""
	Summary     string
}

// ParseFeed reads RSS (0.9x, 1.0, 2.0), Atom or JSON Feed with gofeed. An item
// without a link names its page by its GUID when that is a web address (RSS 2.0: a
// guid is a permalink unless isPermaLink="false"; gofeed keeps no flag, so the address
// decides). Items with neither are kept out (counted in Unlinked): there is no page to
// import.
func ParseFeed(body []byte) (Feed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return Feed{}, &Error{Kind: KindFeed, Message: "not a feed that can be read (RSS, Atom or JSON Feed): " + err.Error()}
	}
	out := Feed{Title: strings.TrimSpace(f.Title), SiteURL: f.Link}
	for _, it := range f.Items {
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		if g := strings.TrimSpace(it.GUID); link == "" && (strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://")) {
			link = g
		}
		if _, err := CheckURL(link); err != nil || !strings.Contains(link, "://") {
			out.Unlinked++
			continue
		}
		guid := strings.TrimSpace(it.GUID)
		if guid == "" {
			guid = link
		}
		fi := FeedItem{GUID: guid, URL: link, Title: strings.Join(strings.Fields(it.Title), " "), Outlet: out.Title,
			Summary: clip(strings.Join(strings.Fields(stripTags(it.Description)), " "), 300)}
		if t := firstTime(it.PublishedParsed, it.UpdatedParsed); t != nil {
			fi.PublishedAt = t.Format("2006-01-02T15:04")
		}
		out.Items = append(out.Items, fi)
	}
	keyRepeatedGUIDsByLink(out.Items)
	return out, nil
}

// keyRepeatedGUIDsByLink gives the entries of a careless feed that share one GUID but link
// to different pages their link as GUID: items are stored by GUID, so each would overwrite
// the one before until only the last was left. Every entry sharing the GUID gets its link
// (not all but the first), so the keys do not depend on the entries' order on each pull.
func keyRepeatedGUIDsByLink(items []FeedItem) {
	links := map[string]map[string]bool{}
	for _, it := range items {
		if links[it.GUID] == nil {
			links[it.GUID] = map[string]bool{}
		}
		links[it.GUID][it.URL] = true
	}
	for i := range items {
		if len(links[items[i].GUID]) > 1 {
			items[i].GUID = items[i].URL
		}
	}
}

func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t
		}
	}
	return nil
}

// stripTags drops markup from an item's description (shown as plain text only).
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
