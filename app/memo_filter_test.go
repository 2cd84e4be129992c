package app

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// A memo of every claim the claim list shows with a filter: all of them, whatever page
// the list is on, in the list's order, named in the memo's heading; the others not.
func TestMemoOfTheClaimsAFilterShows(t *testing.T) {
	fx := memoClaim(t)
	other, err := fx.svc.Claims.Create(ClaimInput{Statement: "Schools in Corvale reopen next week"})
	if err != nil {
		t.Fatal(err)
	}
	apart, err := fx.svc.Claims.Create(ClaimInput{Statement: "The harbour bridge stays closed"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := fx.svc.Export.Memo(MemoOptions{Filter: &ClaimFilter{Text: "Corvale", Sort: "mentions"}})
	if err != nil {
		t.Fatal(err)
	}
	page := res.Content
	at := func(id int64) int {
		return strings.Index(page, fmt.Sprintf(`<article class="claim" id="claim-%d"`, id))
	}
	if res.Rows != 2 || at(fx.claimID) < 0 || at(other.ID) < 0 || at(apart.ID) >= 0 {
		t.Fatalf("the memo of the filter holds %d claims (flood %d, schools %d, bridge %d); want the two Corvale claims", res.Rows, at(fx.claimID), at(other.ID), at(apart.ID))
	}
	if at(fx.claimID) > at(other.ID) {
		t.Errorf("sorted by mentions, the flood claim (3 mentions) comes after the schools claim (none)")
	}
	if !strings.Contains(page, "the 2 claims the claim list showed (with the words “Corvale”)") {
		t.Errorf("the memo does not say which claims it holds")
	}
	if !strings.HasPrefix(res.Filename, "claimdesk-memo-filtered-") {
		t.Errorf("file name %q", res.Filename)
	}
}

// A filter memo is refused in words, with nothing written: over the cap (the count the
// analyst was told may be stale), a filter no claim passes (an unknown entity), and a
// filter the list itself refuses.
func TestMemoOfAFilterRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	if _, err := ws.DB().Exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
		INSERT INTO claims (statement, created_at, updated_at) SELECT 'Flood claim ' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`, MaxMemoClaims+1); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		f    ClaimFilter
		code Code
		says string
	}{
		{ClaimFilter{}, CodeInvalid, fmt.Sprintf("%d claims pass the filter; a memo holds at most %d", MaxMemoClaims+1, MaxMemoClaims)},
		{ClaimFilter{EntityID: 987654}, CodeInvalid, "no claim passes the filter"},
		{ClaimFilter{Credibility: 9}, CodeInvalid, "credibility filter"},
		{ClaimFilter{ArticleID: -3}, CodeInvalid, "positive"},
		{ClaimFilter{Sort: "loudest"}, CodeInvalid, "sort must be"},
	}
	for _, c := range cases {
		f := c.f
		_, err := svc.Export.Memo(MemoOptions{Filter: &f})
		var ae *Error
		if !errors.As(err, &ae) || ae.Code != c.code || !strings.Contains(ae.Message, c.says) {
			t.Errorf("%+v: %v; want %s saying %q", c.f, err, c.code, c.says)
		}
	}
	if _, err := svc.Export.Memo(MemoOptions{Filter: &ClaimFilter{Text: "claim 17"}}); err != nil {
		t.Errorf("a filter under the cap: %v", err)
	}
}
