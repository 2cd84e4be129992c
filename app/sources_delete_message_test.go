package app

import (
	"errors"
	"strings"
	"testing"
)

// The refusal to delete a source still used as an outlet is shown to the analyst as
// is: it counts its articles in words ("1 article"), never "1 article(s)".
func TestSourceDeleteRefusalCountsInWords(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	err := svc.Sources.Delete(sourceNamed(t, svc, "Reuters").ID)
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeConflict {
		t.Fatalf("delete of an outlet: %v", err)
	}
	want := `source "Reuters" is the outlet of 1 article; it cannot be deleted while that article uses it`
	if e.Message != want {
		t.Fatalf("message %q, want %q", e.Message, want)
	}
	if strings.Contains(e.Message, "(s)") {
		t.Fatalf("message %q", e.Message)
	}
}
