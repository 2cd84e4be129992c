package app

import (
	"strings"
	"testing"
)

// A memo of the claims a filter shows says what the filter was. A tag of only spaces is
// no tag to the claim list (it shows every claim), so the memo must not say its claims
// were "tagged “”": the heading would describe a selection nobody made. Own words.
func TestMemoOfABlankTagFilterSaysNoTag(t *testing.T) {
	fx := memoClaim(t)
	if _, err := fx.svc.Claims.Create(ClaimInput{Statement: "Schools in Corvale reopen next week"}); err != nil {
		t.Fatal(err)
	}
	f := ClaimFilter{Tag: "   "}
	list, err := fx.svc.Claims.List(f)
	if err != nil {
		t.Fatal(err)
	}
	res, err := fx.svc.Export.Memo(MemoOptions{Filter: &f})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != len(list) {
		t.Errorf("the memo holds %d claims, the list shows %d", res.Rows, len(list))
	}
	if strings.Contains(res.Content, "tagged") {
		i := strings.Index(res.Content, "tagged")
		t.Errorf("the memo says its claims were tagged: %q", res.Content[max(0, i-60):i+20])
	}
}
