package app

import (
	"errors"
	"strings"
	"testing"
)

// Attack on the word-form filter (741e97d): the analyst types a word exactly as the claim
// holds it, in a script other than ASCII; the claim must be found, as before the change.
// SQLite's LIKE folds ASCII case only, so the lower-cased stem of "Москва" ("москв") missed
// "Москва".
func TestClaimFilterFindsANonASCIIWordTypedAsStored(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	for _, s := range []string{"Ørsted shares fell after the harbour report", "Москва сообщила о 300 жертвах", "Évacuées: 40 families left Corvale"} {
		if _, err := svc.Claims.Create(ClaimInput{Statement: s}); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{"Ørsted", "Москва", "Évacuées", "Évacuée", "Москва сообщила"} {
		l, err := svc.Claims.List(ClaimFilter{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(l) != 1 {
			t.Errorf("%q typed as the claim holds it finds %d claims, want 1", q, len(l))
		}
		if _, _, _, _, err := matrixClaims(svc.Claims.ws.Context(), svc.Claims.ws.DB().Q, MatrixFilter{Text: q, Limit: 10}); err != nil {
			t.Errorf("matrix filter %q: %v", q, err)
		}
	}
}

// A pasted 100 KB filter (34,000 words) made a LIKE pattern over SQLite's 50,000-byte limit:
// "internal error … LIKE or GLOB pattern too complex". It is refused as invalid and says why.
func TestClaimFilterTooLongIsInvalid(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	if _, err := svc.Claims.Create(ClaimInput{Statement: "The ab ferry stopped"}); err != nil {
		t.Fatal(err) // LIKE runs only over rows
	}
	long := strings.Repeat("ab ", 34000)
	_, err := svc.Claims.List(ClaimFilter{Text: long})
	var ae *Error
	if !errors.As(err, &ae) || ae.Code != CodeInvalid || !strings.Contains(ae.Message, "filter") {
		t.Fatalf("List with a 102,000-character filter: %v, want invalid naming the filter", err)
	}
	if _, err := svc.Claims.ListPage(ClaimFilter{Text: long}, 0, 50); !errors.As(err, &ae) || ae.Code != CodeInvalid {
		t.Fatalf("ListPage: %v, want invalid", err)
	}
	if _, err := svc.Matrix.Get(MatrixFilter{Text: long, Limit: 50}); !errors.As(err, &ae) || ae.Code != CodeInvalid {
		t.Fatalf("Matrix: %v, want invalid", err)
	}
	// the longest filter allowed still runs
	if _, err := svc.Claims.List(ClaimFilter{Text: strings.Repeat("ab ", maxFilterText/3)}); err != nil {
		t.Fatalf("a filter of %d characters: %v", maxFilterText, err)
	}
}
