package app

import (
	"errors"
	"reflect"
	"testing"
)

// MatrixService.Get with no limit answered every claim, and every article as a column
// (4.3 MB on the benchmark workspace), where the UI asks for 200; and the id of a deleted
// claim was answered like no filter at all (every article a column). Now no limit is the
// UI's 200, and a deleted claim is not_found.
func TestMatrixNoLimitIsTheUIsAndADeletedClaimIsNotFound(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	buildSynthetic(t, ws, 230, 40, 3)
	none, err := svc.Matrix.Get(MatrixFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(none.Rows) != 200 || !none.Limited || none.TotalClaims != 230 {
		t.Errorf("no limit: %d rows, limited %v, total %d; want the UI's 200 of 230", len(none.Rows), none.Limited, none.TotalClaims)
	}
	ui, err := svc.Matrix.Get(MatrixFilter{Limit: 200})
	if err != nil || !reflect.DeepEqual(none, ui) {
		t.Errorf("no limit differs from the UI's limit 200 (%v)", err)
	}

	if err := svc.Claims.Delete(7); err != nil {
		t.Fatal(err)
	}
	var e *Error
	for _, ids := range [][]int64{{7}, {3, 7}} {
		m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: ids})
		if !errors.As(err, &e) || e.Code != CodeNotFound {
			t.Errorf("claims %v (7 deleted): %v with %d columns, want not_found", ids, err, len(m.Columns))
		}
	}
	if m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{3}}); err != nil || len(m.Rows) != 1 {
		t.Errorf("claim 3: %v, %d rows", err, len(m.Rows))
	}
}
