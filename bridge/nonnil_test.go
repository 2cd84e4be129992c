package bridge

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

type inner struct {
	Names []string       `json:"names"`
	Count map[string]int `json:"count"`
}

type outer struct {
	ID       int64           `json:"id"`
	Items    []inner         `json:"items"`
	Tags     []string        `json:"tags"`
	Ptr      *inner          `json:"ptr"`
	NilPtr   *inner          `json:"nilPtr"`
	Raw      json.RawMessage `json:"raw"`
	Bytes    []byte          `json:"bytes"`
	At       time.Time       `json:"at"`
	Any      any             `json:"any"`
	Skipped  []string        `json:"-"`
	private  []string
	Embedded inner `json:"embedded"`
}

func TestNonNilSendsEmptyListsNotNull(t *testing.T) {
	v := outer{ID: 7, Items: []inner{{Names: []string{"a"}}, {}}, Ptr: &inner{}, Any: inner{}, private: []string{"kept"}}
	got, err := json.Marshal(nonNil(v))
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{
		`"items":[{"names":["a"],"count":{}},{"names":[],"count":{}}]`,
		`"tags":[]`, `"ptr":{"names":[],"count":{}}`, `"nilPtr":null`,
		`"raw":null`, `"bytes":null`, `"any":{"names":[],"count":{}}`, `"embedded":{"names":[],"count":{}}`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
	// The caller's value is untouched: its nil lists stay nil, its private field kept.
	if v.Tags != nil || v.Items[1].Names != nil || v.Ptr.Names != nil || v.private[0] != "kept" {
		t.Errorf("nonNil changed its argument: %+v", v)
	}
	if out := nonNil(v).(outer); out.private == nil || out.ID != 7 {
		t.Errorf("copy lost fields: %+v", out)
	}
}

func TestNonNilKeepsWhatHasNoNilList(t *testing.T) {
	for _, v := range []any{nil, 3, "x", []string{}, map[string]int{"a": 1}, (*inner)(nil)} {
		got, _ := json.Marshal(nonNil(v))
		want, _ := json.Marshal(v)
		if string(got) != string(want) {
			t.Errorf("nonNil(%#v) = %s, want %s", v, got, want)
		}
	}
	if got, _ := json.Marshal(nonNil([]string(nil))); string(got) != "[]" {
		t.Errorf("a nil result list = %s, want []", got)
	}
}
