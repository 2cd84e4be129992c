package strictjson

import "testing"

func TestDuplicateKey(t *testing.T) {
	for in, want := range map[string]string{
		`{"title":"a","text":"b"}`:                   "",
		`{"title":"a","title":"b"}`:                  `"title"`,
		`[{"a":1},{"a":1,"b":{"c":2,"c":3}}]`:        `[1]."b"."c"`,
		`[1,"x",null,{"a":[{"k":1},{"k":2,"k":3}]}]`: `[3]."a"[1]."k"`,
		`{"a":{"x":1},"b":{"x":1}}`:                  "", // the same key in two objects is fine
		`{"a":`:                                      "", // invalid JSON is for the decoder to report
		`"just a string"`:                            "",
	} {
		if got := DuplicateKey([]byte(in)); got != want {
			t.Errorf("DuplicateKey(%s) = %q; want %q", in, got, want)
		}
	}
}
