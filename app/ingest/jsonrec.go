package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"claimdesk/app/strictjson"
)

// JSON records. Keys (case-sensitive, as written by common scrapers):
//
//	title                      headline (default: the first line of the text)
//	text or body               the article text (required, a string)
//	url                        an absolute http(s) URL, else the record is refused
//	source                     the outlet's name
//	published_at, publishedAt  or date: a date (see NormalizeDate), else refused
//	byline or author           the author's name
//	language or lang           a language tag
//
// Other keys are ignored; a known key with a value of the wrong type refuses
// the record, naming the key, and so does a key written twice in one object.
var recordKeys = map[string]bool{
	"title": true, "text": true, "body": true, "url": true, "source": true,
	"published_at": true, "publishedAt": true, "date": true, "byline": true,
	"author": true, "language": true, "lang": true,
}

// ParseJSON reads a JSON file holding one article object or an array of them.
func ParseJSON(text string) ([]Doc, []RecordError) {
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		return nil, []RecordError{{0, "the file holds no JSON"}}
	}
	var raw json.RawMessage
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&raw); err != nil {
		return nil, []RecordError{{0, "the file is not valid JSON: " + jsonErr(err, text)}}
	}
	if dec.More() {
		return nil, []RecordError{{0, "the file holds more than one JSON value; use .jsonl for one object per line"}}
	}
	switch trimmed[0] {
	case '{':
		d, err := parseRecord(raw)
		if err != nil {
			return nil, []RecordError{{1, err.Error()}}
		}
		d.Record = 1
		return []Doc{d}, nil
	case '[':
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			return nil, []RecordError{{0, "the file is not valid JSON: " + err.Error()}}
		}
		if len(items) == 0 {
			return nil, []RecordError{{0, "the JSON array is empty: no articles"}}
		}
		var docs []Doc
		var bad []RecordError
		for i, it := range items {
			d, err := parseRecord(it)
			if err != nil {
				bad = append(bad, RecordError{i + 1, fmt.Sprintf("record %d: %v", i+1, err)})
				continue
			}
			d.Record = i + 1
			docs = append(docs, d)
		}
		return docs, bad
	}
	return nil, []RecordError{{0, "the JSON file must hold an article object or an array of them"}}
}

// ParseJSONL reads a file with one JSON article object per line; blank lines
// are ignored. A malformed line is reported with its line number and the
// other lines are still read.
func ParseJSONL(text string) ([]Doc, []RecordError) {
	var docs []Doc
	var bad []RecordError
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		d, err := parseRecord(json.RawMessage(l))
		if err != nil {
			bad = append(bad, RecordError{i + 1, fmt.Sprintf("line %d: %v", i+1, err)})
			continue
		}
		d.Record = i + 1
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(bad) == 0 {
		bad = append(bad, RecordError{0, "the file holds no records"})
	}
	return docs, bad
}

// parseRecord reads one article object.
func parseRecord(raw json.RawMessage) (Doc, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		if !json.Valid(raw) {
			var v any
			return Doc{}, fmt.Errorf("not valid JSON: %s", jsonErr(json.Unmarshal(raw, &v), string(raw)))
		}
		return Doc{}, errors.New("not a JSON object (an article is {\"title\": ..., \"text\": ...})")
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return Doc{}, fmt.Errorf("not valid JSON: %s", jsonErr(err, string(raw)))
	}
	// encoding/json would keep the last of two values under one key without a word.
	if dup := strictjson.DuplicateKey(raw); dup != "" {
		return Doc{}, fmt.Errorf("the key %s appears twice in one object: keep the one you mean", dup)
	}
	str := map[string]string{}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !recordKeys[k] {
			continue
		}
		v := bytes.TrimSpace(m[k])
		if string(v) == "null" {
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return Doc{}, fmt.Errorf("%q must be a string", k)
		}
		str[k] = s
	}
	d := Doc{Title: str["title"], Source: str["source"], Byline: first(str, "byline", "author")}
	d.Body = first(str, "text", "body")
	if strings.TrimSpace(d.Body) == "" {
		if _, has := m["text"]; !has {
			if _, has := m["body"]; !has {
				return Doc{}, errors.New(`no "text" or "body" key: the record has no article text`)
			}
		}
		return Doc{}, errors.New("the article text is empty")
	}
	if u := strings.TrimSpace(str["url"]); u != "" {
		if d.URL = CleanURL(u); d.URL == "" {
			return Doc{}, fmt.Errorf("\"url\" %q is not an absolute http or https URL", clipMsg(u))
		}
	}
	for _, k := range []string{"published_at", "publishedAt", "date"} {
		v := strings.TrimSpace(str[k])
		if v == "" {
			continue
		}
		p, ok := NormalizeDate(v)
		if !ok {
			return Doc{}, fmt.Errorf("%q %q is not a date (use YYYY-MM-DD or an ISO 8601 time)", k, clipMsg(v))
		}
		d.PublishedAt = p
		break
	}
	d.Language = cleanLang(first(str, "language", "lang"))
	d = finish(d)
	if d.Body == "" {
		return Doc{}, errors.New("the article text is empty")
	}
	return d, nil
}

func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(m[k]); v != "" {
			return m[k]
		}
	}
	return ""
}

// jsonErr words a JSON error with the line and column of a syntax error.
func jsonErr(err error, text string) string {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && int(se.Offset) <= len(text) {
		before := text[:se.Offset]
		line := strings.Count(before, "\n") + 1
		col := len(before) - strings.LastIndexByte(before, '\n')
		if line == 1 {
			return fmt.Sprintf("%v (at column %d)", err, col)
		}
		return fmt.Sprintf("%v (at line %d, column %d)", err, line, col)
	}
	if err == nil {
		return "unexpected content"
	}
	return err.Error()
}

func clipMsg(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:57]) + "..."
	}
	return s
}
