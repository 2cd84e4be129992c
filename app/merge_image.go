package app

import (
	"encoding/json"
	"slices"
	"strconv"
)

// image is a row image (the audit log's JSON object) with its values left encoded:
// a merge only rewrites links and compares values, so it never decodes the rest.
type image map[string]json.RawMessage

var null = json.RawMessage("null")

// parseImage splits a row image into its columns. Images are flat objects that SQLite's
// json_object wrote (keys are column names, values scalars), so a scanner that finds
// each key and the extent of its value does the job at a fraction of encoding/json's
// cost (a merge parses every row of the other workspace: 100,000 spans, measured);
// anything it does not expect goes to encoding/json, which also reports the error.
func parseImage(s string) (image, error) {
	if img, ok := scanFlatObject(s); ok {
		return img, nil
	}
	var img image
	if err := json.Unmarshal([]byte(s), &img); err != nil {
		return nil, err
	}
	return img, nil
}

// scanFlatObject parses {"key":value,...} whose keys have no escapes and whose values
// are strings, numbers, true, false or null. ok is false for anything else.
func scanFlatObject(s string) (image, bool) {
	i := skipSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return nil, false
	}
	img := make(image, 24)
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return img, skipSpace(s, i+1) == len(s)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, false
		}
		k := i + 1
		for k < len(s) && s[k] != '"' && s[k] != '\\' {
			k++
		}
		if k >= len(s) || s[k] != '"' {
			return nil, false
		}
		key := s[i+1 : k]
		i = skipSpace(s, k+1)
		if i >= len(s) || s[i] != ':' {
			return nil, false
		}
		i = skipSpace(s, i+1)
		end, ok := scanScalar(s, i)
		if !ok {
			return nil, false
		}
		img[key] = json.RawMessage(s[i:end])
		i = skipSpace(s, end)
		if i >= len(s) {
			return nil, false
		}
		if s[i] == '}' {
			return img, skipSpace(s, i+1) == len(s)
		}
		if s[i] != ',' {
			return nil, false
		}
		i = skipSpace(s, i+1)
	}
}

// scanScalar returns the end of the JSON scalar starting at i.
func scanScalar(s string, i int) (int, bool) {
	if i >= len(s) {
		return 0, false
	}
	if s[i] == '"' {
		for j := i + 1; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '"':
				return j + 1, true
			}
		}
		return 0, false
	}
	j := i
	for j < len(s) && s[j] != ',' && s[j] != '}' && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
		if s[j] == '{' || s[j] == '[' || s[j] == '"' {
			return 0, false
		}
		j++
	}
	if j == i || !json.Valid([]byte(s[i:j])) {
		return 0, false
	}
	return j, true
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// marshalImage writes img as a JSON object with its keys in order (as json.Marshal
// writes a map), without reflection: its values are already encoded.
func marshalImage(img image) ([]byte, error) {
	keys := make([]string, 0, len(img))
	n := 2
	for k, v := range img {
		keys = append(keys, k)
		n += len(k) + len(v) + 4
	}
	slices.Sort(keys)
	out := make([]byte, 0, n)
	out = append(out, '{')
	for i, k := range keys {
		if i > 0 {
			out = append(out, ',')
		}
		out = strconv.AppendQuote(out, k)
		out = append(out, ':')
		v := img[k]
		if len(v) == 0 {
			v = null
		}
		out = append(out, v...)
	}
	return append(out, '}'), nil
}

func isNull(v json.RawMessage) bool { return len(v) == 0 || string(v) == "null" }

func asInt(v json.RawMessage) int64 {
	n, _ := strconv.ParseInt(string(v), 10, 64)
	return n
}

func intRaw(n int64) json.RawMessage { return json.RawMessage(strconv.FormatInt(n, 10)) }

// show renders a value for comparison and for the analyst (null as "", text unquoted).
func show(v json.RawMessage) string {
	if isNull(v) {
		return ""
	}
	if v[0] == '"' {
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	}
	return string(v)
}
