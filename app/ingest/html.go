package ingest

import (
	"net/url"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements never contribute text: code, styling, page furniture
// (navigation, header, footer, sidebars), forms and embedded documents.
// Scripts are only ever tokenized as text to throw away: nothing runs.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Template: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
	atom.Head: true, atom.Title: true, atom.Dialog: true, atom.Menu: true,
}

// blocks start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Body: true, atom.Center: true,
}

// pageMeta is what a page's markup states about its article, outside the text.
type pageMeta struct {
	ogTitle, titleTag, metaAuthor, relAuthor, pubTime, timeTag, itemDate, otherDate string
	canonical, ogURL, site, lang, h1                                                string
	headings                                                                        []string // <h1> and <h2> texts, in page order
}

// readPageMeta walks the whole page once for its metadata elements.
func readPageMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node, inSkipped bool)
	walk = func(n *html.Node, inSkipped bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = cleanLang(attr(n, "lang"))
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&m.ogTitle, content)
				case "author", "article:author", "byl", "dc.creator":
					if CleanURL(content) == "" && !strings.Contains(content, "://") {
						setOnce(&m.metaAuthor, content)
					}
				case "article:published_time":
					setOnce(&m.pubTime, content)
				case "datepublished":
					setOnce(&m.itemDate, content)
				case "pubdate", "dc.date", "date", "dc.date.issued":
					setOnce(&m.otherDate, content)
				case "og:url":
					setOnce(&m.ogURL, content)
				case "og:site_name":
					setOnce(&m.site, content)
				}
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") {
					setOnce(&m.canonical, attr(n, "href"))
				}
			case atom.Title:
				if m.titleTag == "" {
					m.titleTag = textOf(n)
				}
			case atom.Time:
				setOnce(&m.timeTag, attr(n, "datetime"))
			case atom.H1, atom.H2:
				if n.DataAtom == atom.H1 {
					setOnce(&m.h1, textOf(n))
				}
				if !inSkipped {
					if t := textOf(n); t != "" {
						m.headings = append(m.headings, t)
					}
				}
			case atom.A:
				if hasToken(attr(n, "rel"), "author") {
					setOnce(&m.relAuthor, textOf(n))
				}
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && skipped[n.DataAtom] {
				inSkipped = true
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
				setOnce(&m.itemDate, firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSkipped)
		}
	}
	walk(root, false)
	return m
}

// ParseHTML reads a web page (saved, or fetched by URL) as a reader mode does.
//
// The text is the article's main content as found by go-readability, the Go
// port of Mozilla's Readability (what Firefox's reader view uses): page
// furniture, link lists, comment boxes, hidden elements, scripts and forms are
// left out; block elements become paragraphs separated by a blank line. When
// it finds nothing readable, the largest <article>, else <main>, else <body>
// is read instead, without navigation, header, footer, sidebars and forms.
// docs/web-import.md compares the two on pages written for the test.
//
// Metadata, each from the first source that has it:
//   - title: JSON-LD headline, og:title, then <title>; a site name or section
//     path around it ("Headline - Site", "Site :: Section :: Headline") is cut
//     when one part of it is a heading of the page or the site's name is known;
//   - byline: JSON-LD author(s), <meta name="author">, the page's visible
//     byline (rel/itemprop author, .byline), without "By" and job titles;
//   - date: JSON-LD datePublished, article:published_time, <time datetime>,
//     itemprop="datePublished", other date metas, as YYYY-MM-DD[THH:MM];
//   - URL: <link rel="canonical">, og:url, JSON-LD url (http/https only);
//   - site name: og:site_name, JSON-LD publisher; language: <html lang>,
//     JSON-LD inLanguage.
//
// The page is only tokenized and parsed, never rendered or run.
func ParseHTML(text string) Doc {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil { // html.Parse only fails on read errors
		return finish(Doc{})
	}
	m := readPageMeta(root)
	ld, _ := readJSONLD(root)

	var d Doc
	d.URL = firstNonEmpty(CleanURL(m.canonical), CleanURL(m.ogURL), CleanURL(ld.URL))
	d.Source = firstNonEmpty(m.site, ld.Site)
	d.Language = firstNonEmpty(m.lang, cleanLang(ld.Language))
	for _, c := range []string{ld.Published, m.pubTime, m.timeTag, m.itemDate, m.otherDate} {
		if p, ok := NormalizeDate(c); ok {
			d.PublishedAt = p
			break
		}
	}

	var base *url.URL
	if d.URL != "" {
		base, _ = url.Parse(d.URL)
	}
	// Readability rewrites the tree, so it reads it after the metadata walk.
	article, rerr := readability.FromDocument(root, base)
	var paras []string
	if rerr == nil && article.Node != nil {
		paras = blockText(article.Node)
	}
	if len(strings.Join(paras, "")) < 100 {
		// Nothing readable found (a very short page, or one readability gives
		// up on): the whole content element, as before readability.
		fresh, _ := html.Parse(strings.NewReader(text))
		paras = blockText(mainElement(fresh))
	}
	if rerr == nil {
		d.Source = firstNonEmpty(d.Source, article.SiteName())
		if d.PublishedAt == "" {
			if t, err := article.PublishedTime(); err == nil {
				d.PublishedAt = t.Format("2006-01-02T15:04")
			}
		}
	}

	// A JSON-LD headline is taken when the page shows it (some sites put a
	// description there): as a heading, or inside the <title> or og:title.
	headline := ld.Headline
	if headline != "" && !isHeading(headline, m.headings) && !strings.Contains(m.titleTag, headline) && !strings.Contains(m.ogTitle, headline) {
		headline = ""
	}
	d.Title = pageTitle(firstNonEmpty(headline, m.ogTitle, m.titleTag, m.h1), m.headings, d.Source)
	if len(ld.Authors) > 0 {
		d.Byline = strings.Join(ld.Authors, ", ")
	} else {
		visible := ""
		if rerr == nil {
			visible = article.Byline()
		}
		d.Byline = cleanByline(firstNonEmpty(m.metaAuthor, visible, m.relAuthor))
	}

	// The headline and the byline printed above the text are not body text (each
	// dropped once: a page of headings alone keeps them).
	if len(paras) > 1 && (sameText(paras[0], d.Title) || (len(m.headings) > 0 && sameText(paras[0], m.headings[0]))) {
		paras = paras[1:]
	}
	if len(paras) > 1 && d.Byline != "" && cleanByline(paras[0]) == d.Byline {
		paras = paras[1:]
	}
	d.Body = strings.Join(paras, "\n\n")
	return finish(d)
}

// mainElement is the page's largest <article>, else its <main>, else its <body>.
func mainElement(root *html.Node) *html.Node {
	var articles []*html.Node
	var mainNode, body *html.Node
	var walk func(n *html.Node, inSkipped bool)
	walk = func(n *html.Node, inSkipped bool) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Article && !inSkipped:
				articles = append(articles, n)
			case n.DataAtom == atom.Main && mainNode == nil && !inSkipped:
				mainNode = n
			case n.DataAtom == atom.Body:
				body = n
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && skipped[n.DataAtom] {
				inSkipped = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSkipped)
		}
	}
	walk(root, false)
	content := body
	if mainNode != nil {
		content = mainNode
	}
	best := 0
	for _, a := range articles {
		if n := len(textOf(a)); n > best {
			content, best = a, n
		}
	}
	if content == nil {
		content = root
	}
	return content
}

func isHeading(p string, headings []string) bool {
	for _, h := range headings {
		if sameText(p, h) {
			return true
		}
	}
	return false
}

func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// blockText returns the paragraphs of n's text: inline white space collapsed,
// <br> kept as a line break, <pre> kept as written.
func blockText(n *html.Node) []string {
	var paras []string
	var cur strings.Builder
	curPre := false // the paragraph is preformatted: keep its indentation
	flush := func() {
		lines := strings.Split(cur.String(), "\n")
		for i, l := range lines {
			if curPre {
				lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
			} else {
				lines[i] = strings.Join(strings.Fields(l), " ")
			}
		}
		p := strings.Trim(strings.Join(lines, "\n"), "\n")
		if strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
		cur.Reset()
		curPre = false
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				curPre = true
				return
			}
			s := strings.Join(strings.Fields(n.Data), " ")
			if s == "" {
				if n.Data != "" {
					cur.WriteByte(' ')
				}
				return
			}
			if startsWithSpace(n.Data) {
				cur.WriteByte(' ')
			}
			cur.WriteString(s)
			if endsWithSpace(n.Data) {
				cur.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] && n.DataAtom != atom.Body {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteByte('\n')
				return
			}
			if n.DataAtom == atom.Pre {
				pre = true
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			flush()
		}
	}
	walk(n, false)
	flush()
	return paras
}

func startsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[0]))
}

func endsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[len(s)-1]))
}

// textOf is the visible text of n, white space collapsed, skipped elements left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Title && skipped[n.DataAtom] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
