package app

import "testing"

// The Undo button names what an edit of a source changed, not only that it was edited:
// uxwalk4 finding 14 read "Undo edit source The Harbour Ledger" after a wrong grade.
func TestSourceEditLabelNamesTheFieldChanged(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	src, err := svc.Sources.Create(SourceInput{Name: "Quayside Gazette", Kind: "outlet", Reliability: "B"})
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	steps := []struct {
		patch SourcePatch
		want  string
	}{
		// the form sends every field; only the one that moved is named
		{SourcePatch{Name: str("Quayside Gazette"), Kind: str("outlet"), Reliability: str("E"), URL: str(""), Note: str("")},
			"grade of Quayside Gazette (B → E)"},
		{SourcePatch{Reliability: str("")}, "grade of Quayside Gazette (E → F)"},
		{SourcePatch{Kind: str("agency")}, "kind of Quayside Gazette (outlet → agency)"},
		{SourcePatch{Note: str("owned by a port authority")}, "note of Quayside Gazette"},
		{SourcePatch{URL: str("https://example.org"), Reliability: str("C")}, "edit Quayside Gazette: grade (F → C), URL"},
		{SourcePatch{Name: str("Quayside Daily")}, "rename source Quayside Gazette to Quayside Daily"},
		{SourcePatch{Name: str("Quayside Post"), Reliability: str("A")}, "rename source Quayside Daily to Quayside Post, grade (C → A)"},
	}
	for _, s := range steps {
		if _, err := svc.Sources.Update(src.ID, s.patch); err != nil {
			t.Fatal(err)
		}
		st, err := svc.History.State()
		if err != nil {
			t.Fatal(err)
		}
		if st.UndoLabel != s.want {
			t.Errorf("undo label %q, want %q", st.UndoLabel, s.want)
		}
	}
}
