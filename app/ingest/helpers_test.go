package ingest

import (
	"reflect"
	"testing"
)

// cpSlice returns s[start:] in code points, the way SQLite's substr() or
// Python's s[start:] would, to check offsets against an independent count.
func cpSlice(s string, start int) string {
	r := []rune(s)
	if start > len(r) {
		return ""
	}
	return string(r[start:])
}

func assertEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}
