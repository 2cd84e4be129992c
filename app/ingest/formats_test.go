package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func corpus(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "import", rel))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode(b, "")
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return Normalize(d.Text)
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"a.txt": FormatText, "A.TXT": FormatText, "b.md": FormatMarkdown, "b.markdown": FormatMarkdown,
		"c.html": FormatHTML, "c.HTM": FormatHTML, "d.json": FormatJSON, "e.jsonl": FormatJSONL,
	} {
		if got, ok := FormatOf(name); !ok || got != want {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"x.xyz", "noext", "a.pdf", "a.txt.zip"} {
		if _, ok := FormatOf(name); ok {
			t.Errorf("FormatOf(%q) accepted", name)
		}
	}
}

func TestParseHTMLCorpusPage(t *testing.T) {
	d := ParseHTML(corpus(t, "good/page.html"))
	assertEqual(t, "Title", d.Title, "Kim Jong Un meets Russian culture minister")
	assertEqual(t, "URL", d.URL, "https://news.example.org/2025/07/01/kim-minister")
	assertEqual(t, "Byline", d.Byline, "Jane Doe")
	assertEqual(t, "PublishedAt", d.PublishedAt, "2025-07-01T09:15")
	assertEqual(t, "Source", d.Source, "Example News")
	assertEqual(t, "Language", d.Language, "en")
	wantBody := "North Korean leader Kim Jong Un met Russia's culture minister Olga Lyubimova in Pyongyang, KCNA said on Tuesday.\n\n" +
		"The two sides discussed cultural exchanges.\nA concert followed.\n\nRead more here & elsewhere."
	assertEqual(t, "Body", d.Body, wantBody)
	for _, bad := range []string{"SCRIPT", "alert", "ONERROR", "JS-LINK", "javascript", "NAV-TEXT", "HEADER-TEXT",
		"FOOTER-TEXT", "ASIDE-TEXT", "FORM-TEXT", "IFRAME-TEXT", "SVG-TEXT", "NOSCRIPT", "color: red", "cookie", "<"} {
		if strings.Contains(d.Body, bad) || strings.Contains(d.Title, bad) {
			t.Errorf("%q reached the article: title %q body %q", bad, d.Title, d.Body)
		}
	}
	assertEqual(t, "Cites", d.Cites, []string{"Korean Central News Agency"})
}

func TestParseHTMLNeverTakesScriptURLs(t *testing.T) {
	d := ParseHTML(corpus(t, "good/page-jsurl.html"))
	assertEqual(t, "URL", d.URL, "")
	assertEqual(t, "PublishedAt", d.PublishedAt, "2024-06-19")
	for _, page := range []string{
		`<link rel="canonical" href="JavaScript:alert(1)"><p>text</p>`,
		`<link rel="canonical" href=" javascript:alert(1)"><p>text</p>`,
		`<link rel="canonical" href="java&#x09;script:alert(1)"><p>text</p>`,
		`<meta property="og:url" content="data:text/html,<script>alert(1)</script>"><p>text</p>`,
		`<link rel="canonical" href="/relative/path"><p>text</p>`,
		`<link rel="canonical" href="vbscript:msgbox(1)"><p>text</p>`,
	} {
		if d := ParseHTML(page); d.URL != "" {
			t.Errorf("URL %q taken from %s", d.URL, page)
		}
	}
}

func TestParseHTMLShapes(t *testing.T) {
	tests := []struct{ name, page, title, body string }{
		{"title tag then h1", `<title>T</title><body><h1>H</h1><p>x</p></body>`, "T", "x"},
		{"h1 when no title", `<body><h1>Headline</h1><p>Para one.</p><p>Para two.</p></body>`, "Headline", "Para one.\n\nPara two."},
		{"main preferred to body", `<body><div>CHROME</div><main><p>Main text.</p></main></body>`, "Main text.", ""},
		{"largest article wins", `<article><p>short</p></article><article><h1>X</h1><p>The longer article text.</p></article>`, "X", "The longer article text."},
		{"lists and quotes are paragraphs", `<title>T</title><p>a</p><ul><li>one</li><li>two <i>it</i></li></ul><blockquote>q</blockquote>`, "T", "a\n\none\n\ntwo it\n\nq"},
		{"entities decoded, whitespace collapsed", "<title>T</title><p>  caf&eacute;\n   &lt;b&gt;  x  </p>", "T", "café <b> x"},
		{"pre kept", "<title>T</title><pre>a\n  b</pre>", "T", "a\n  b"},
		{"unclosed tags", "<title>T</title><p>one<p>two<div>three", "T", "one\n\ntwo\n\nthree"},
		{"onerror and event handlers ignored", `<title>T</title><p onclick="alert(1)">safe<img src=x onerror="alert(2)"></p>`, "T", "safe"},
		{"script in body dropped", `<title>T</title><p>a<script>b()</script>c</p>`, "T", "ac"},
		{"no text", `<html><head><script>x</script></head><body><nav>n</nav></body></html>`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ParseHTML(tt.page)
			if tt.name == "main preferred to body" {
				// the first paragraph becomes the title when there is no other
				assertEqual(t, "Body", d.Body, "Main text.")
				return
			}
			assertEqual(t, "Title", d.Title, tt.title)
			assertEqual(t, "Body", d.Body, tt.body)
		})
	}
}

func TestParseHTMLMetadataFallbacks(t *testing.T) {
	d := ParseHTML(`<html><head><title>Page title</title></head><body><article>
		<p>By <a rel="author" href="/jane">Jane Roe</a></p>
		<p><span itemprop="datePublished" content="2025-06-30T10:45:00Z">June 30</span></p>
		<p>Text.</p></article></body></html>`)
	assertEqual(t, "Byline", d.Byline, "Jane Roe")
	assertEqual(t, "PublishedAt", d.PublishedAt, "2025-06-30T10:45")
	d = ParseHTML(`<meta property="og:url" content="https://example.org/a?b=1#c"><time datetime="2024-03-19T10:45+09:00">x</time><p>t</p>`)
	assertEqual(t, "URL", d.URL, "https://example.org/a?b=1#c")
	assertEqual(t, "PublishedAt", d.PublishedAt, "2024-03-19T10:45")
}

func TestParseMarkdown(t *testing.T) {
	d := ParseMarkdown(corpus(t, "good/notes.md"))
	assertEqual(t, "Title", d.Title, "Delegation visits the North")
	if !strings.HasPrefix(d.Body, "A **125-strong** delegation") || strings.Contains(d.Body, "# Delegation") {
		t.Errorf("Body = %q", d.Body)
	}
	assertEqual(t, "Cites", d.Cites, []string{"Yonhap"})

	tests := []struct{ name, text, title, body string }{
		{"first line", "Plain title\n\nBody.", "Plain title", "Body."},
		{"heading later", "Intro line\n\n# Real Title #\n\nBody.", "Real Title", "Intro line\n\n\nBody."},
		{"setext", "Setext Title\n===\n\nBody.", "Setext Title", "Body."},
		{"front matter", "---\ntitle: \"FM title\"\ndate: 2025-06-30\nauthor: Jane Doe\nurl: https://example.org/x\nsource: Example\n---\n# Heading\n\nBody.",
			"FM title", "Body."},
		{"front matter rejects script url", "---\nurl: javascript:alert(1)\n---\nT\n\nB", "T", "B"},
		{"only heading", "# Only\n", "Only", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ParseMarkdown(tt.text)
			assertEqual(t, "Title", d.Title, tt.title)
			assertEqual(t, "Body", d.Body, tt.body)
			if tt.name == "front matter" {
				assertEqual(t, "PublishedAt", d.PublishedAt, "2025-06-30")
				assertEqual(t, "Byline", d.Byline, "Jane Doe")
				assertEqual(t, "URL", d.URL, "https://example.org/x")
				assertEqual(t, "Source", d.Source, "Example")
			}
			if d.URL != "" && !strings.HasPrefix(d.URL, "https://") {
				t.Errorf("URL %q", d.URL)
			}
		})
	}
}

func TestParseJSONCorpus(t *testing.T) {
	docs, bad := ParseJSON(corpus(t, "good/records.json"))
	if len(bad) != 0 || len(docs) != 2 {
		t.Fatalf("docs %d bad %v", len(docs), bad)
	}
	assertEqual(t, "URL", docs[0].URL, "https://example.org/one")
	assertEqual(t, "Source", docs[0].Source, "Example Wire")
	assertEqual(t, "PublishedAt", docs[0].PublishedAt, "2025-06-30")
	assertEqual(t, "Body from body key", docs[1].Body, "The second record says around 11,000 elite troops were sent.")
	assertEqual(t, "PublishedAt from publishedAt", docs[1].PublishedAt, "2025-06-30T10:45")
	assertEqual(t, "Record", docs[1].Record, 2)

	one, bad := ParseJSON(`{"title": "One", "text": "Single object.\r\nLine two."}`)
	if len(bad) != 0 || len(one) != 1 || one[0].Body != "Single object.\nLine two." {
		t.Errorf("single object: %+v %v", one, bad)
	}
	for _, text := range []string{"", "[]", "42", `{"title": "x"`, `{"a":1} {"b":2}`} {
		if docs, bad := ParseJSON(text); len(docs) != 0 || len(bad) != 1 || bad[0].Record != 0 {
			t.Errorf("ParseJSON(%q) = %v, %v; want one file-level error", text, docs, bad)
		}
	}
}

func TestParseJSONLMixed(t *testing.T) {
	docs, bad := ParseJSONL(corpus(t, "bad/mixed.jsonl"))
	if len(docs) != 2 || docs[0].Record != 1 || docs[1].Record != 8 {
		t.Fatalf("docs = %+v", docs)
	}
	wantBad := map[int]string{2: "not valid JSON", 3: "no \"text\" or \"body\"", 4: "not valid JSON",
		5: "not an absolute http or https URL", 6: "is not a date", 7: "not a JSON object"}
	if len(bad) != len(wantBad) {
		t.Fatalf("bad = %v", bad)
	}
	for _, e := range bad {
		if !strings.Contains(e.Message, wantBad[e.Record]) || !strings.HasPrefix(e.Message, "line ") {
			t.Errorf("line %d: %q, want %q", e.Record, e.Message, wantBad[e.Record])
		}
	}
	docs, bad = ParseJSONL(corpus(t, "good/records.jsonl"))
	if len(docs) != 2 || len(bad) != 0 {
		t.Fatalf("good jsonl: %v %v", docs, bad)
	}
	assertEqual(t, "date from 'date'", docs[0].PublishedAt, "2025-06-30")
	assertEqual(t, "Cites", docs[0].Cites, []string{"Yonhap"})
	assertEqual(t, "Source", docs[1].Source, "Yonhap")
	assertEqual(t, "no self-citation", docs[1].Cites, []string{})
	if _, bad := ParseJSONL(`{"title": 5, "text": "x"}`); len(bad) != 1 || !strings.Contains(bad[0].Message, `"title" must be a string`) {
		t.Errorf("wrong type: %v", bad)
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-06-30": "2025-06-30", "2025-06-30T10:45:00Z": "2025-06-30T10:45",
		"2025-06-30T10:45:00.123+09:00": "2025-06-30T10:45", "2025-06-30T10:45": "2025-06-30T10:45",
		"2025-06-30 10:45:00": "2025-06-30T10:45", "June 30, 2025": "2025-06-30", "30 Jun 2025": "2025-06-30",
		"Mon, 30 Jun 2025 10:45:00 +0900": "2025-06-30T10:45",
	} {
		if got, ok := NormalizeDate(in); !ok || got != want {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "yesterday", "2025-02-30", "0200-01-01", "2025-13-01", "30/06", strings.Repeat("2025", 50)} {
		if got, ok := NormalizeDate(in); ok {
			t.Errorf("NormalizeDate(%q) = %q, want refused", in, got)
		}
	}
}

func TestCleanURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a": "https://example.org/a", " HTTP://example.org ": "http://example.org",
		"javascript:alert(1)": "", "JAVASCRIPT:alert(1)": "", "data:text/html,x": "", "/rel": "",
		"https://user:pw@example.org/": "", "https://exa mple.org": "", "ftp://example.org/f": "",
		"https://example.org/\x00": "", "//example.org/x": "",
	} {
		assertEqual(t, "CleanURL("+in+")", CleanURL(in), want)
	}
}

func FuzzParseFormats(f *testing.F) {
	for _, rel := range []string{"good/page.html", "good/notes.md", "good/records.json", "good/records.jsonl", "bad/mixed.jsonl"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "import", rel))
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fm := range []Format{FormatText, FormatMarkdown, FormatHTML, FormatJSON, FormatJSONL} {
			docs, _ := Parse(fm, Normalize(s))
			for _, d := range docs {
				if d.URL != "" && CleanURL(d.URL) != d.URL {
					t.Fatalf("%s: URL %q not clean", fm, d.URL)
				}
				if d.Body != Normalize(d.Body) {
					t.Fatalf("%s: body not normalised", fm)
				}
			}
		}
	})
}

// A dateline in the text of an HTML page (no metadata in its head) gives the outlet and,
// with the year of a date the story states, the publication date (issue 13).
func TestParseHTMLDatelineInText(t *testing.T) {
	page := `<html><head><title>Harbour Crane Collapses</title></head><body><article>
<h1>Harbour Crane Collapses</h1>
<p>INCHEON, Nov. 4 (Yonhap) -- A crane installed on Feb. 12, 2024 collapsed at the port, Kyodo also said.</p>
</article></body></html>`
	d := ParseHTML(page)
	if d.Source != "Yonhap" || d.PublishedAt != "2024-11-04" || len(d.Cites) != 1 || d.Cites[0] != "Kyodo" {
		t.Fatalf("source %q date %q cites %v", d.Source, d.PublishedAt, d.Cites)
	}
}
