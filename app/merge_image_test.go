package app

import (
	"encoding/json"
	"reflect"
	"testing"
)

// The merge's scanner must read every image exactly as encoding/json does: strings with
// escapes, commas and braces inside, numbers, null, and (through the fallback) anything
// that is not a flat object.
func TestParseImageAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range []string{
		`{"id":1,"quote":"a, b} {c","note":"say \"hi\"\\","x":null,"c":0.75,"d":-2e3,"t":true}`,
		`{"name":"Лю́бимова 𝓚","e":"\u00e9"}`,
		`{ "a" : 1 , "b" : "x" }`,
		`{}`,
		`{"nested":{"a":1},"list":[1,2]}`,
		`{"k\"ey":1}`,
	} {
		got, err := parseImage(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal([]byte(s), &want); err != nil {
			t.Fatal(err)
		}
		for k, v := range want {
			if show(got[k]) != show(v) {
				t.Errorf("%s: %s = %s, want %s", s, k, got[k], v)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d keys, want %d", s, len(got), len(want))
		}
		out, _ := marshalImage(got)
		var back, again map[string]any
		json.Unmarshal(out, &back)
		json.Unmarshal([]byte(s), &again)
		if !reflect.DeepEqual(back, again) {
			t.Errorf("%s: marshalled %s", s, out)
		}
	}
	for _, bad := range []string{`{"a":1`, `{"a":tru}`, `["a"]`, `{"a":1}x`, ``} {
		if _, err := parseImage(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
