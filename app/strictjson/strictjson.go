// Package strictjson finds what encoding/json lets pass without a word: a key that
// appears twice in one object, where the last one silently wins. Both doors that take
// JSON from outside (imported .json/.jsonl records, and API calls through the browser
// door) refuse such input instead of guessing which value was meant.
package strictjson

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// DuplicateKey returns the path of the first key that appears twice in one object of
// data (e.g. `"title"`, `[0]."tags"`, `."span"."note"`), or "" when there is none or
// data is not valid JSON (the caller's decoder reports that).
func DuplicateKey(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	dup, _ := walk(dec, "")
	return dup
}

// walk reads one value and reports the first duplicate key in it.
func walk(dec *json.Decoder, path string) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", err
	}
	switch tok {
	case json.Delim('{'):
		seen := map[string]bool{}
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return "", err
			}
			k, _ := kt.(string)
			p := strconv.Quote(k)
			if path != "" {
				p = path + "." + p
			}
			if seen[k] {
				return p, nil
			}
			seen[k] = true
			if dup, err := walk(dec, p); dup != "" || err != nil {
				return dup, err
			}
		}
		_, err = dec.Token()
		return "", err
	case json.Delim('['):
		for i := 0; dec.More(); i++ {
			if dup, err := walk(dec, path+"["+strconv.Itoa(i)+"]"); dup != "" || err != nil {
				return dup, err
			}
		}
		_, err = dec.Token()
		return "", err
	}
	return "", nil
}
