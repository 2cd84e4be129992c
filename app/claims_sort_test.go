package app

import (
	"fmt"
	"strings"
	"testing"
)

// The claim list sorted by each order, over the whole filtered list before the page is
// cut; ties by id; the contradictions and first-seen keys as ConflictService and the
// articles' dates give them; an unknown order refused. Stories written for this test,
// on a real workspace file.
func TestClaimListSorts(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	days := []string{"March 3, 2026", "March 1, 2026", "March 2, 2026", "March 5, 2026"}
	var bodies []Article
	for i, day := range days {
		text := fmt.Sprintf("Weir note %d\n\n%s\n\nThe Ambry weir held back 40 tonnes of silt.\n\n"+
			"The Ambry lock keeper resigned.\n\nA second Ambry barge sank.\n\nThe Ambry towpath reopened.\n", i+1, day)
		if i == 3 {
			text = strings.Replace(text, "40 tonnes", "90 tonnes", 1)
		}
		out := ws.importText(ws.Context(), fmt.Sprintf("weir-%d.txt", i), []byte(text), "")
		if out.Status != StatusImported {
			t.Fatalf("import: %+v", out)
		}
		a, _ := svc.Articles.Get(out.ArticleID)
		bodies = append(bodies, a)
	}
	mark := func(statement string, articles ...int) int64 {
		t.Helper()
		var id *int64
		for _, k := range articles {
			a := bodies[k]
			sentence := statement
			if k == 3 {
				sentence = strings.Replace(sentence, "40 tonnes", "90 tonnes", 1)
			}
			i := strings.Index(a.Body, sentence)
			start := int64(len([]rune(a.Body[:i])))
			in := MentionInput{ClaimID: id, ArticleID: a.ID, Start: start, End: start + int64(len([]rune(sentence))), Quote: sentence}
			if id == nil {
				in.NewStatement = statement
			}
			d, err := svc.Claims.AddMention(in)
			if err != nil {
				t.Fatal(err)
			}
			id = &d.ID
		}
		return *id
	}
	silt := mark("The Ambry weir held back 40 tonnes of silt.", 0, 3)                        // 40 against 90: a contradiction; first seen March 3
	keeper := mark("The Ambry lock keeper resigned.", 0, 1, 2)                               // three mentions; first seen March 1
	barge := mark("A second Ambry barge sank.", 2)                                           // first seen March 2
	towpath := mark("The Ambry towpath reopened.", 3)                                        // first seen March 5
	loose, err := svc.Claims.Create(ClaimInput{Statement: "The Ambry weir will be rebuilt"}) // no mention: undated
	if err != nil {
		t.Fatal(err)
	}
	for id, g := range map[int64]int64{barge: 2, towpath: 2, keeper: 5} {
		if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: id, Credibility: g, Rationale: "checked"}); err != nil {
			t.Fatal(err)
		}
	}
	order := func(sortBy string, pageSize int64) []int64 {
		t.Helper()
		var out []int64
		for off := int64(0); ; off += pageSize {
			p, err := svc.Claims.ListPage(ClaimFilter{Sort: sortBy}, off, pageSize)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range p.Items {
				out = append(out, c.ID)
			}
			if len(p.Items) == 0 || off+pageSize >= p.Total {
				return out
			}
		}
	}
	ids := func(xs ...int64) string { return fmt.Sprint(xs) }
	for _, tc := range []struct {
		sort string
		want []int64
	}{
		// keeper 3 mentions, silt 2, barge and towpath 1 (ties by id), loose 0
		{SortMentions, []int64{keeper, silt, barge, towpath, loose.ID}},
		{SortContradictions, []int64{silt, keeper, barge, towpath, loose.ID}},
		// 2 (barge, towpath: ties by id), 5 (keeper), then the ungraded by id
		{SortGrade, []int64{barge, towpath, keeper, silt, loose.ID}},
		{SortFirstSeen, []int64{keeper, barge, silt, towpath, loose.ID}},
	} {
		for _, size := range []int64{2, 50} { // the order is over the whole list, not one page
			if got := order(tc.sort, size); ids(got...) != ids(tc.want...) {
				t.Errorf("sort %q (pages of %d): %v, want %v", tc.sort, size, got, tc.want)
			}
		}
	}
	// origins: most first, as the rows count them, ties by id
	byOrigins, err := svc.Claims.List(ClaimFilter{Sort: SortOrigins})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(byOrigins); i++ {
		a, b := byOrigins[i-1], byOrigins[i]
		if a.Origins < b.Origins || (a.Origins == b.Origins && a.ID > b.ID) {
			t.Errorf("by origins, %d (%d origins) before %d (%d)", a.ID, a.Origins, b.ID, b.Origins)
		}
	}
	if byOrigins[0].Origins == byOrigins[len(byOrigins)-1].Origins {
		t.Errorf("setup: every claim has %d origins, the order is not tested", byOrigins[0].Origins)
	}
	// the default order is the most recently changed first, as before
	def := order("", 50)
	if ch := order(SortChanged, 50); ids(def...) != ids(ch...) {
		t.Errorf(`"" %v and "changed" %v differ`, def, ch)
	}
	// the keys are shown with the rows they sort
	p, err := svc.Claims.ListPage(ClaimFilter{Sort: SortFirstSeen}, 0, 1)
	if err != nil || p.Items[0].FirstSeen != "2026-03-01" {
		t.Errorf("first seen of the keeper claim: %+v %v", p.Items, err)
	}
	p, err = svc.Claims.ListPage(ClaimFilter{Sort: SortContradictions}, 0, 1)
	if err != nil || p.Items[0].Contradictions != 1 {
		t.Errorf("contradictions of the silt claim: %+v %v", p.Items, err)
	}
	// a sort with a filter: only the filtered claims, in that order
	l, err := svc.Claims.List(ClaimFilter{Text: "Ambry", Sort: SortMentions, Credibility: 2})
	if err != nil || len(l) != 2 || l[0].ID != barge || l[1].ID != towpath {
		t.Errorf("filtered by grade 2, sorted by mentions: %+v %v", l, err)
	}
	if _, err := svc.Claims.ListPage(ClaimFilter{Sort: "loudest"}, 0, 10); !isCode(err, CodeInvalid) {
		t.Errorf("an unknown sort: %v, want invalid", err)
	}
}
