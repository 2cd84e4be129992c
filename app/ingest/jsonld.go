package ingest

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldArticle is what a page's JSON-LD says of its article (schema.org
// NewsArticle and its kin): the facts publishers state for search engines,
// usually more reliable than what the visible page shows.
type ldArticle struct {
	Headline, Published, Site, URL, Language string
	Authors                                  []string
}

// articleTypes are the schema.org types of a news or blog article.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "report": true, "scholarlyarticle": true,
	"socialmediaposting": true, "techarticle": true,
}

// readJSONLD reads every <script type="application/ld+json"> of the page and
// returns the first article object found (top level, in arrays or in @graph),
// with @id references to other objects of the page resolved. Broken JSON is
// skipped: publishers' JSON-LD is often hand-made.
func readJSONLD(root *html.Node) (ldArticle, bool) {
	var objects []map[string]any
	var collect func(v any)
	collect = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				collect(e)
			}
		case map[string]any:
			objects = append(objects, x)
			if g, ok := x["@graph"]; ok {
				collect(g)
			}
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script &&
			strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				collect(v)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)

	byID := map[string]map[string]any{}
	for _, o := range objects {
		if id, ok := o["@id"].(string); ok && len(o) > 1 {
			byID[id] = o
		}
	}
	deref := func(v any) any {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["@id"].(string); ok && len(m) == 1 {
				if full, ok := byID[id]; ok {
					return full
				}
			}
		}
		return v
	}
	for _, o := range objects {
		if !hasArticleType(o["@type"]) {
			continue
		}
		var a ldArticle
		a.Headline = firstNonEmpty(ldString(o["headline"]), ldString(o["name"]))
		a.Published = ldString(o["datePublished"])
		a.Language = ldString(o["inLanguage"])
		a.Site = ldName(deref(o["publisher"]))
		a.URL = firstNonEmpty(ldString(o["url"]), ldURL(deref(o["mainEntityOfPage"])))
		authors := o["author"]
		if list, ok := authors.([]any); ok {
			for _, e := range list {
				if n := ldName(deref(e)); n != "" {
					a.Authors = append(a.Authors, n)
				}
			}
		} else if n := ldName(deref(authors)); n != "" {
			a.Authors = []string{n}
		}
		return a, true
	}
	return ldArticle{}, false
}

func hasArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if hasArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldString is a JSON-LD value as text: a string, or the first string of a list.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldName is the name of a Person or Organization given as an object or a string.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		for _, e := range x {
			if n := ldName(e); n != "" {
				return n
			}
		}
	}
	return ""
}

// ldURL is the URL of a WebPage given as a string or an object (url, else @id
// without its #fragment).
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		if u := ldString(x["url"]); u != "" {
			return u
		}
		id, _ := x["@id"].(string)
		id, _, _ = strings.Cut(id, "#")
		return id
	}
	return ""
}
