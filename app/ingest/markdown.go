package ingest

import (
	"regexp"
	"strings"
)

var (
	atxH1Re     = regexp.MustCompile(`^ {0,3}#[ \t]+(.*?)[ \t]*#*[ \t]*$`)
	setextH1Re  = regexp.MustCompile(`^ {0,3}=+[ \t]*$`)
	frontKeyRe  = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)$`)
	frontFences = []string{"---"}
)

// ParseMarkdown reads a Markdown article. The title is the first level-1
// heading ("# Title", or "Title" underlined with "==="), else the first
// non-empty line; the body is the rest of the file as written (Markdown is
// kept as text: offsets must point into what the analyst sees in the file).
// A YAML-style front matter block ("---" lines around "key: value" lines) at
// the top gives title, date / published_at, author / byline, url / canonical,
// source / outlet and lang, and is not part of the body.
func ParseMarkdown(text string) Doc {
	text = Normalize(text)
	var d Doc
	text = readFrontMatter(text, &d)
	lines := strings.Split(text, "\n")
	titleAt, skip := -1, 0
	for i, l := range lines {
		if m := atxH1Re.FindStringSubmatch(l); m != nil && strings.TrimSpace(m[1]) != "" {
			titleAt, skip = i, 1
			if d.Title == "" {
				d.Title = m[1]
			}
			break
		}
		if i > 0 && setextH1Re.MatchString(l) && strings.TrimSpace(lines[i-1]) != "" &&
			(i == 1 || strings.TrimSpace(lines[i-2]) == "") {
			titleAt, skip = i-1, 2
			if d.Title == "" {
				d.Title = lines[i-1]
			}
			break
		}
	}
	if titleAt < 0 {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				titleAt, skip = i, 1
				if d.Title == "" {
					d.Title = strings.TrimLeft(strings.TrimSpace(l), "#> ")
				}
				break
			}
		}
	}
	if titleAt >= 0 {
		rest := append(append([]string{}, lines[:titleAt]...), lines[titleAt+skip:]...)
		d.Body = strings.Join(rest, "\n")
	}
	return finish(d)
}

// readFrontMatter takes a front matter block off the top of text into d.
func readFrontMatter(text string, d *Doc) string {
	for _, fence := range frontFences {
		if !strings.HasPrefix(text, fence+"\n") {
			continue
		}
		end := strings.Index(text[len(fence)+1:], "\n"+fence)
		if end < 0 || end > 8192 {
			return text
		}
		block := text[len(fence)+1 : len(fence)+1+end]
		rest := text[len(fence)+1+end+1+len(fence):]
		if i := strings.IndexByte(rest, '\n'); i >= 0 && strings.TrimSpace(rest[:i]) == "" {
			rest = rest[i+1:]
		} else if strings.TrimSpace(rest) == "" {
			rest = ""
		} else {
			return text // "---" followed by text on the same line: not a fence
		}
		for _, l := range strings.Split(block, "\n") {
			m := frontKeyRe.FindStringSubmatch(strings.TrimSpace(l))
			if m == nil {
				continue
			}
			v := strings.TrimSpace(m[2])
			if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
				v = v[1 : len(v)-1]
			}
			switch strings.ToLower(m[1]) {
			case "title", "headline":
				d.Title = v
			case "date", "published", "published_at", "publishedat", "pubdate":
				if p, ok := NormalizeDate(v); ok {
					d.PublishedAt = p
				}
			case "author", "byline", "authors":
				d.Byline = strings.Trim(v, "[]")
			case "url", "canonical", "canonical_url", "link":
				d.URL = CleanURL(v)
			case "source", "outlet", "publisher", "site_name":
				d.Source = v
			case "lang", "language":
				d.Language = cleanLang(v)
			}
		}
		return rest
	}
	return text
}

var langRe = regexp.MustCompile(`^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$`)

// cleanLang keeps a BCP 47-looking language tag and drops anything else.
func cleanLang(s string) string {
	s = strings.TrimSpace(s)
	if langRe.MatchString(s) {
		return s
	}
	return ""
}
