package ingest

import "strings"

// chromeLines are page-furniture lines that copy-pasting a news page drags in
// above the headline (share widgets, text-to-speech buttons). They are
// matched as whole lines, case-insensitively and ignoring trailing
// punctuation, and skipped only when choosing the title. The list is short
// and exact on purpose: a heuristic such as "short lines" would also skip
// real three-word headlines.
var chromeLines = map[string]bool{
	"from": true, "send to": true, "share": true, "share this": true,
	"share this article": true, "print": true, "email": true, "e-mail": true,
	"click to start listening": true, "listen": true, "listen to this article": true,
	"save": true, "copy link": true, "tweet": true, "facebook": true,
	"twitter": true, "x": true, "linkedin": true, "whatsapp": true,
	"advertisement": true, "skip to content": true, "skip to main content": true,
	"menu": true, "home": true, "close": true, "subscribe": true, "sign in": true,
	"log in": true, "font size": true, "text size": true, "a a": true, "aa": true,
	"a+": true, "a-": true, "comments": true, "bookmark": true, "more": true,
}

func isChrome(line string) bool {
	key := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ".:…|"))
	key = strings.Join(strings.Fields(key), " ")
	return chromeLines[key]
}
