package app

import "testing"

// Attack on the word-form filter (2800d84): scripts written without spaces between words
// (Chinese, Japanese, Thai) are one FTS5 token from one punctuation mark to the next, so
// a word typed from the middle of a sentence ("知事", the governor) was neither a token
// nor a token's start: the claim was not found, where the LIKE filter before the change
// found it. Such a word is matched where it stands in the text, as typed.
func TestClaimFilterFindsAWordOfAScriptWithoutSpaces(t *testing.T) {
	_, svc := MustOpenWorkspace(t, false)
	statements := []string{
		"東京都知事は記者会見で三百人が避難したと述べた",                // Japanese: Tokyo's governor said at a press conference that 300 people fled
		"港口官员称渡轮停航三天",                            // Chinese: harbour officials said the ferry stopped for three days
		"ผู้ว่าราชการกล่าวว่ามีผู้อพยพสามร้อยคน", // Thai: the governor said three hundred people fled
		"The harbour was closed at dawn",
	}
	ids := make([]int64, len(statements))
	for i, s := range statements {
		c, err := svc.Claims.Create(ClaimInput{Statement: s})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = c.ID
	}
	for _, tc := range []struct {
		text string
		want int64
	}{
		{"知事", ids[0]}, {"記者会見 ", ids[0]}, {"避難", ids[0]}, {"東京都", ids[0]},
		{"官员", ids[1]}, {"渡轮 停航", ids[1]},
		{"กล่าว", ids[2]}, {"อพยพ ", ids[2]},
		{"harbour 知事", 0}, // every word must be there
	} {
		l, err := svc.Claims.List(ClaimFilter{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		p, err := svc.Claims.ListPage(ClaimFilter{Text: tc.text}, 0, 50)
		if err != nil {
			t.Fatal(err)
		}
		m, err := svc.Matrix.Get(MatrixFilter{Text: tc.text, Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		wantN := 1
		if tc.want == 0 {
			wantN = 0
		}
		if len(l) != wantN || (wantN == 1 && l[0].ID != tc.want) {
			t.Errorf("List %q finds %d claims (%v), want claim %d", tc.text, len(l), l, tc.want)
		}
		if len(p.Items) != wantN || p.Total != int64(wantN) {
			t.Errorf("ListPage %q finds %d claims (total %d), want %d", tc.text, len(p.Items), p.Total, wantN)
		}
		if len(m.Rows) != wantN {
			t.Errorf("Matrix %q has %d rows, want %d", tc.text, len(m.Rows), wantN)
		}
	}
}
