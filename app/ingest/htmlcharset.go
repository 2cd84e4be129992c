package ingest

import (
	"bytes"
	"mime"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// DecodeHTML turns the bytes of a web page into text, reading the charset the
// page states: a byte order mark first, then the HTTP Content-Type header
// (contentType, "" for a saved file), then a <meta charset> or <meta
// http-equiv="Content-Type"> in the first 4 KB, as browsers do. A page that
// states no charset, or states UTF-8, is read by Decode's detection (so invalid
// UTF-8 is reported the same way as for any file). Encoding in the result is
// the WHATWG name of what was used ("gbk", "windows-1251", …).
func DecodeHTML(raw []byte, contentType string) (Decoded, error) {
	if hasBOM(raw) {
		return Decode(raw, "")
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		label = metaCharset(raw)
	}
	if label == "" {
		return Decode(raw, "")
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		// An unknown label is a page mistake browsers ignore; so do we.
		return Decode(raw, "")
	}
	if name == "utf-16le" || name == "utf-16be" {
		return Decode(raw, name)
	}
	if err := rejectNUL(raw); err != nil {
		return Decoded{}, err
	}
	text, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return Decoded{}, newError(ReasonUnknownEncoding, -1, "the page says it is "+name+" but could not be read as "+name+": "+err.Error())
	}
	return Decoded{Text: string(text), Encoding: name}, nil
}

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, bomUTF8) || bytes.HasPrefix(raw, bomUTF16LE) || bytes.HasPrefix(raw, bomUTF16BE)
}

// metaCharset finds the charset a page declares in a <meta> element among its
// first 4 KB, or "".
func metaCharset(raw []byte) string {
	if len(raw) > 4096 {
		raw = raw[:4096]
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, httpEquiv, content string
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
				if !more {
					break
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if httpEquiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}
