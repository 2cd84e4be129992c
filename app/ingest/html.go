package ingest

import (
	"strings"
	"unicode"

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

// ParseHTML reads a web page saved as HTML. The text is the page's main
// content: the largest <article>, else <main>, else <body>, without scripts,
// styles, navigation, header, footer, sidebars, forms and embeds; block
// elements become paragraphs separated by a blank line. Metadata:
//   - title: og:title, else <title>, else the first <h1>;
//   - byline: <meta name="author">, else the text of a rel="author" link;
//   - date: article:published_time, else <time datetime>, else
//     itemprop="datePublished", as YYYY-MM-DD or YYYY-MM-DDTHH:MM;
//   - URL: <link rel="canonical">, else og:url (http/https only);
//   - source: og:site_name; language: <html lang>.
//
// The page is only tokenized and parsed, never rendered or run.
func ParseHTML(text string) Doc {
	root, err := html.Parse(strings.NewReader(dropDoctypeSubset(text)))
	if err != nil { // html.Parse only fails on read errors
		return finish(Doc{})
	}
	var d Doc
	var ogTitle, titleTag, h1, metaAuthor, relAuthor, pubTime, timeTag, itemDate, canonical, ogURL, otherDate string
	var articles []*html.Node
	var mainNode, body *html.Node
	var walk func(n *html.Node, inSkipped bool)
	walk = func(n *html.Node, inSkipped bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				d.Language = cleanLang(attr(n, "lang"))
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&ogTitle, content)
				case "author", "article:author", "byl", "dc.creator":
					if CleanURL(content) == "" && !strings.Contains(content, "://") {
						setOnce(&metaAuthor, strings.TrimPrefix(content, "By "))
					}
				case "article:published_time":
					setOnce(&pubTime, content)
				case "datepublished":
					setOnce(&itemDate, content)
				case "pubdate", "dc.date", "date", "dc.date.issued":
					setOnce(&otherDate, content)
				case "og:url":
					setOnce(&ogURL, content)
				case "og:site_name":
					setOnce(&d.Source, content)
				}
			case atom.Link:
				if hasToken(attr(n, "rel"), "canonical") {
					setOnce(&canonical, attr(n, "href"))
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = textOf(n)
				}
			case atom.Time:
				setOnce(&timeTag, attr(n, "datetime"))
			case atom.H1:
				setOnce(&h1, textOf(n))
			case atom.A:
				if hasToken(attr(n, "rel"), "author") {
					setOnce(&relAuthor, textOf(n))
				}
			case atom.Article:
				if !inSkipped {
					articles = append(articles, n)
				}
			case atom.Main:
				if mainNode == nil && !inSkipped {
					mainNode = n
				}
			case atom.Body:
				body = n
			}
			if n.DataAtom != atom.Body && n.DataAtom != atom.Html && skipped[n.DataAtom] {
				inSkipped = true
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
				setOnce(&itemDate, firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n)))
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
	d.Title = firstNonEmpty(ogTitle, titleTag, h1)
	d.Byline = firstNonEmpty(metaAuthor, relAuthor)
	for _, c := range []string{pubTime, timeTag, itemDate, otherDate} {
		if p, ok := NormalizeDate(c); ok {
			d.PublishedAt = p
			break
		}
	}
	d.URL = CleanURL(canonical)
	if d.URL == "" {
		d.URL = CleanURL(ogURL)
	}
	paras := blockText(content)
	// The headline printed above the article is the title, not body text.
	if len(paras) > 0 && d.Title != "" && sameText(paras[0], d.Title) {
		paras = paras[1:]
	} else if len(paras) > 0 && h1 != "" && sameText(paras[0], h1) {
		paras = paras[1:]
	}
	d.Body = strings.Join(paras, "\n\n")
	return finish(d)
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
