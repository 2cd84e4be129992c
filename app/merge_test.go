package app

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// copyOf writes a copy of ws (as an analyst would hand a colleague the file) and opens it.
func copyOf(t *testing.T, ws *Workspace, name string) (*Workspace, *Services) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name+".db")
	if err := ws.DB().Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	other, err := OpenWorkspace(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	other.Clock = fixedClock
	t.Cleanup(func() { other.Close() })
	return other, NewServices(other)
}

// dump is a workspace's content without its local ids: every merged table's rows with
// links written as the linked row's uuid, sorted. Two workspaces with the same work
// give the same dump whatever their rowids.
func dump(t *testing.T, ws *Workspace) []string {
	t.Helper()
	ctx := context.Background()
	q := ws.DB().Q
	uuids := map[string]map[int64]string{}
	var out []string
	for _, tb := range mergeOrder {
		rows, err := tb.all(q, ctx)
		if err != nil {
			t.Fatal(err)
		}
		uuids[tb.name] = map[int64]string{}
		for _, r := range rows {
			img, err := parseImage(r.image)
			if err != nil {
				t.Fatal(err)
			}
			if r.uuid != "" {
				uuids[tb.name][r.id] = r.uuid
			}
			for col, ref := range tb.fks {
				if !isNull(img[col]) {
					u, ok := uuids[ref][asInt(img[col])]
					if !ok && ref == tb.name {
						u = "self:" + show(img[col]) // resolved below for self-links
					}
					img[col] = json.RawMessage(strconv.Quote(u))
				}
			}
			delete(img, "id")
			keys := make([]string, 0, len(img))
			for k := range img {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			var b strings.Builder
			b.WriteString(tb.name)
			for _, k := range keys {
				fmt.Fprintf(&b, " %s=%s", k, show(img[k]))
			}
			out = append(out, b.String())
		}
	}
	sort.Strings(out)
	return out
}

func sameDump(t *testing.T, what string, a, b []string) {
	t.Helper()
	if strings.Join(a, "\n") == strings.Join(b, "\n") {
		return
	}
	inA := map[string]bool{}
	for _, l := range a {
		inA[l] = true
	}
	inB := map[string]bool{}
	for _, l := range b {
		inB[l] = true
	}
	var d []string
	for _, l := range a {
		if !inB[l] {
			d = append(d, "- "+l)
		}
	}
	for _, l := range b {
		if !inA[l] {
			d = append(d, "+ "+l)
		}
	}
	if len(d) > 20 {
		d = d[:20]
	}
	t.Fatalf("%s: %d vs %d rows; differences:\n%s", what, len(a), len(b), strings.Join(d, "\n"))
}

func claimUUID(t *testing.T, ws *Workspace, id int64) string {
	t.Helper()
	rows, err := ws.DB().Q.AllImagesClaims(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.ID == id {
			return r.Uuid.String
		}
	}
	t.Fatalf("no claim %d", id)
	return ""
}

func ptr[T any](v T) *T { return &v }

// twoAnalysts builds a shared start and two workspaces edited apart: in every merged
// table, with one claim both analysts reworded differently.
func twoAnalysts(t *testing.T) (base, a, b *Workspace, sa, sb *Services, claimID int64) {
	t.Helper()
	base, sbase := MustOpenWorkspace(t, false)
	claim, err := sbase.Claims.Create(ClaimInput{Statement: "Russia sent troops to North Korea", Note: "start"})
	if err != nil {
		t.Fatal(err)
	}
	claimID = claim.ID
	a, sa = copyOf(t, base, "mine")
	b, sb = copyOf(t, base, "theirs")

	// Analyst A: a source grade, the shared claim reworded, an entity with a mention, a
	// tag on it, an assessment with evidence.
	reuters := sourceNamed(t, sa, "Reuters")
	if _, err := sa.Sources.Update(reuters.ID, SourcePatch{Reliability: ptr("B")}); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Claims.Update(claimID, ClaimPatch{Statement: ptr("Russia sent about 11,000 troops to North Korea")}); err != nil {
		t.Fatal(err)
	}
	sp := mention(t, sa, "Reuters", "Olga Lyubimova", nil)
	if _, err := sa.Tags.TagSpan(sp.ID, "checked"); err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Assessments.Add(AssessmentInput{ClaimID: claimID, Credibility: 2, Rationale: "two agencies",
		Evidence: []EvidenceInput{{Stance: "supports", SpanID: &sp.ID}}}); err != nil {
		t.Fatal(err)
	}

	// Analyst B: the same claim reworded otherwise, a claim mention, the same person
	// tagged on their own (another uuid), a tag on the claim, an assessment, a source note.
	if _, err := sb.Claims.Update(claimID, ClaimPatch{Statement: ptr("Russia sent thousands of troops to North Korea")}); err != nil {
		t.Fatal(err)
	}
	markMention(t, sb, "Kim Jong-un met with Russian Culture Minister Olga Lyubimova")
	mention(t, sb, "Reuters", "Olga Lyubimova", nil)
	if _, err := sb.Tags.TagClaim(claimID, "disputed"); err != nil {
		t.Fatal(err)
	}
	if _, err := sb.Assessments.Add(AssessmentInput{ClaimID: claimID, Credibility: 3, Rationale: "one origin"}); err != nil {
		t.Fatal(err)
	}
	kcna := sourceNamed(t, sb, "Reuters")
	if _, err := sb.Sources.Update(kcna.ID, SourcePatch{Note: ptr("wire copy")}); err != nil {
		t.Fatal(err)
	}
	return base, a, b, sa, sb, claimID
}

func TestMergeBothWaysGivesTheSameWorkspace(t *testing.T) {
	_, a, b, _, _, claimID := twoAnalysts(t)
	key := "claims:" + claimUUID(t, a, claimID)

	// A takes B's wording; B, merging A, keeps its own: the same decision both ways.
	a1, sa1 := copyOf(t, a, "a1")
	preview, err := sa1.Merge.Preview(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	if len(preview.Conflicts) != 1 || preview.Conflicts[0].Key != key {
		t.Fatalf("conflicts: %+v", preview.Conflicts)
	}
	f := preview.Conflicts[0].Fields
	if len(f) != 1 || f[0].Field != "statement" || f[0].Mine != "Russia sent about 11,000 troops to North Korea" ||
		f[0].Theirs != "Russia sent thousands of troops to North Korea" {
		t.Fatalf("conflict fields: %+v", f)
	}
	if preview.Applied || preview.Added["spans"] == 0 || preview.Added["assessments"] != 1 {
		t.Fatalf("preview: %+v", preview)
	}
	sameDump(t, "a preview changes nothing", dump(t, a), dump(t, a1))
	// Unresolved: refused, nothing changed.
	if _, err := sa1.Merge.Merge(b.DB().Path, nil); err == nil || !strings.Contains(err.Error(), "1 conflict") {
		t.Fatalf("unresolved merge: %v", err)
	}
	sameDump(t, "a refused merge changes nothing", dump(t, a), dump(t, a1))

	plan, err := sa1.Merge.Merge(b.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}})
	if err != nil {
		t.Fatal(err)
	}
	if !plan.Applied || plan.Updated["claims"] != 1 || plan.Updated["sources"] != 1 {
		t.Fatalf("plan: %+v", plan)
	}
	if len(plan.Proposals) != 1 || plan.Proposals[0].Name != "Olga Lyubimova" {
		t.Fatalf("proposals: %+v", plan.Proposals)
	}

	b1, sb1 := copyOf(t, b, "b1")
	if _, err := sb1.Merge.Merge(a.DB().Path, []MergeResolution{{Key: key, Take: "mine"}}); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "A+B vs B+A", dump(t, a1), dump(t, b1))

	// What each side changed alone arrived without a conflict: A's grade, B's note.
	r := sourceNamed(t, sb1, "Reuters")
	if r.Reliability != "B" || r.Note != "wire copy" {
		t.Fatalf("Reuters after merge: %+v", r)
	}
	// Both assessments kept (verification is a history).
	as, err := sa1.Assessments.ListForClaim(claimID)
	if err != nil || len(as) != 2 {
		t.Fatalf("assessments: %d, %v", len(as), err)
	}

	// Merging the same file again changes nothing.
	again, err := sa1.Merge.Merge(b.DB().Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if again.Changes() != 0 || len(again.Conflicts) != 0 {
		t.Fatalf("second merge: %+v", again)
	}
	// Edited apart in every table, nothing deleted: nothing is reported left out.
	for _, p := range []MergePlan{preview, plan, again} {
		if len(p.LeftOut) != 0 {
			t.Fatalf("nothing was deleted, yet left out: %+v", p.LeftOut)
		}
	}
	sameDump(t, "merged twice", dump(t, b1), dump(t, a1))
}

func TestMergeIsOneUndoableAction(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	before := dump(t, a)
	plan, err := sa.Merge.Merge(b.DB().Path, []MergeResolution{{Key: "claims:" + claimUUID(t, a, claimID), Take: "theirs"}})
	if err != nil || plan.Changes() == 0 {
		t.Fatalf("merge: %+v, %v", plan, err)
	}
	st, err := sa.History.State()
	if err != nil || !st.CanUndo || st.UndoLabel != "merge theirs.db" {
		t.Fatalf("history: %+v, %v", st, err)
	}
	if _, err := sa.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "undone merge", before, dump(t, a))
	if _, err := sa.History.Redo(); err != nil {
		t.Fatal(err)
	}
	again, err := sa.Merge.Preview(b.DB().Path)
	if err != nil || again.Changes() != 0 {
		t.Fatalf("after redo, a merge still has changes: %+v, %v", again, err)
	}
}

// A→B, B→C, then A→C: C already has A's work through B, so the last merge adds nothing
// and raises no conflict.
func TestMergeThreeWays(t *testing.T) {
	base, a, b, _, sb, claimID := twoAnalysts(t)
	c, sc := copyOf(t, base, "c")
	if _, err := sc.Claims.Update(claimID, ClaimPatch{Note: ptr("C's note")}); err != nil {
		t.Fatal(err)
	}
	key := "claims:" + claimUUID(t, a, claimID)
	if _, err := sb.Merge.Merge(a.DB().Path, []MergeResolution{{Key: key, Take: "theirs"}}); err != nil {
		t.Fatal(err)
	}
	// C changed the claim's note, B (through A) its statement: different columns, no conflict.
	bc, err := sc.Merge.Merge(b.DB().Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bc.Added["spans"] == 0 {
		t.Fatalf("B→C added no spans: %+v", bc)
	}
	ac, err := sc.Merge.Merge(a.DB().Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ac.Changes() != 0 || len(ac.Conflicts) != 0 {
		t.Fatalf("A→C after A→B→C: %+v", ac)
	}
	// C's own note goes back to B without a conflict; then B and C hold the same work.
	cb, err := sb.Merge.Merge(c.DB().Path, nil)
	if err != nil || len(cb.Conflicts) != 0 || cb.Updated["claims"] != 1 {
		t.Fatalf("C→B: %+v, %v", cb, err)
	}
	sameDump(t, "C vs B", dump(t, b), dump(t, c))
}

func TestMergeRefusesBadFiles(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	_, err := svc.Merge.Preview(ws.DB().Path)
	wantCode(t, err, CodeInvalid, "is the open workspace")
	_, err = svc.Merge.Preview(filepath.Join(t.TempDir(), "none.db"))
	wantCode(t, err, CodeNotFound, "no workspace")
	notDB := filepath.Join(t.TempDir(), "notes.db")
	writeFile(t, notDB, "these are my notes, not a workspace")
	_, err = svc.Merge.Preview(notDB)
	wantCode(t, err, CodeInvalid, "not a Claimdesk workspace")
	_, err = svc.Merge.Merge(notDB, []MergeResolution{{Key: "claims:x", Take: "both"}})
	wantCode(t, err, CodeInvalid, "mine or theirs")
}

// The browser sends the file's bytes; the same merge runs on a private copy.
func TestMergeUpload(t *testing.T) {
	_, a, b, sa, _, claimID := twoAnalysts(t)
	data, err := os.ReadFile(b.DB().Path)
	if err != nil {
		t.Fatal(err)
	}
	// A WAL workspace may hold recent work in its -wal file: copy it consistently first.
	copyPath := filepath.Join(t.TempDir(), "sent.db")
	if err := b.DB().Backup(context.Background(), copyPath); err != nil {
		t.Fatal(err)
	}
	if data, err = os.ReadFile(copyPath); err != nil {
		t.Fatal(err)
	}
	content := base64.StdEncoding.EncodeToString(data)
	plan, err := sa.Merge.PreviewUpload("colleague.db", content)
	if err != nil || plan.Theirs != "colleague.db" || len(plan.Conflicts) != 1 || plan.Applied {
		t.Fatalf("preview upload: %+v, %v", plan, err)
	}
	key := "claims:" + claimUUID(t, a, claimID)
	plan, err = sa.Merge.MergeUpload("colleague.db", content, []MergeResolution{{Key: key, Take: "theirs"}})
	if err != nil || !plan.Applied || plan.Updated["claims"] != 1 {
		t.Fatalf("merge upload: %+v, %v", plan, err)
	}
	_, err = sa.Merge.PreviewUpload("x.db", "not base64!")
	wantCode(t, err, CodeInvalid, "base64")
	_, err = sa.Merge.PreviewUpload("x.db", base64.StdEncoding.EncodeToString([]byte("a text file")))
	wantCode(t, err, CodeInvalid, "not a Claimdesk workspace")
}

// Their new article (with a note on it) arrives, is found by search, and one undo takes
// it away again, leaving a sound workspace (foreign keys, search index).
func TestMergeAddsArticlesAndUndoesThem(t *testing.T) {
	mine, smine := MustOpenWorkspace(t, false)
	theirs, stheirs := copyOf(t, mine, "theirs")
	sum, err := stheirs.Import.ImportFiles([]ImportFile{{Name: "harbour.txt", Content: b64("Harbour report\n\nThe Zeebrugge harbour master said 4,000 ships called last year.")}}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	a, s, e := articleWith(t, stheirs, "", "4,000 ships")
	if _, err := stheirs.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "note", Start: s, End: e, Quote: "4,000 ships", Note: "check the port's figures"}); err != nil {
		t.Fatal(err)
	}
	before := dump(t, mine)
	plan, err := smine.Merge.Merge(theirs.DB().Path, nil)
	if err != nil || plan.Added["articles"] != 1 || plan.Added["spans"] != 1 {
		t.Fatalf("merge: %+v, %v", plan, err)
	}
	hits, err := smine.Search.Search("Zeebrugge", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("search after merge: %+v, %v", hits, err)
	}
	mustCheck(t, mine)
	if _, err := smine.History.Undo(); err != nil {
		t.Fatal(err)
	}
	sameDump(t, "undone merge with an article", before, dump(t, mine))
	mustCheck(t, mine)
	if hits, _ := smine.Search.Search("Zeebrugge", 10); len(hits) != 0 {
		t.Fatalf("search after undo: %+v", hits)
	}
}

// A mention's origin, stance and further values, and a speaker's body, arrive with a
// merge, their links remapped to the merging workspace's rows.
func TestMergeCarriesMentionOriginsValuesAndSpeakers(t *testing.T) {
	base, _ := MustOpenWorkspace(t, false)
	a, sa := copyOf(t, base, "mine")
	_, sb := copyOf(t, base, "theirs")
	// A source only A has: B's new sources get other ids in A than in B.
	if _, err := sa.Sources.Create(SourceInput{Name: "Only Mine", Kind: "outlet", Reliability: "F"}); err != nil {
		t.Fatal(err)
	}
	agency, err := sb.Sources.Create(SourceInput{Name: "Test Agency", Kind: "agency", Reliability: "C"})
	if err != nil {
		t.Fatal(err)
	}
	spanID := markMention(t, sb, "Kim Jong-un met with Russian Culture Minister Olga Lyubimova")
	if _, err := sb.Claims.UpdateMention(spanID, MentionPatch{OriginSourceID: &agency.ID, Stance: ptr("denies"), RawValue: ptr("about 1,200; last week")}); err != nil {
		t.Fatal(err)
	}
	person := mention(t, sb, "Reuters", "Olga Lyubimova", nil)
	if _, err := sb.Entities.SetSpeaksFor(*person.EntityID, agency.ID); err != nil {
		t.Fatal(err)
	}
	theirs := sb.Claims.ws.DB().Path
	if _, err := sa.Merge.Merge(theirs, nil); err != nil {
		t.Fatal(err)
	}
	mine := sourceNamed(t, sa, "Test Agency")
	var origin, stance, values string
	err = a.DB().QueryRow(`SELECT coalesce(s.name, ''), m.stance, (SELECT count(*) FROM claim_mention_values v WHERE v.span_id = m.span_id)
		FROM claim_mentions m JOIN spans sp ON sp.id = m.span_id LEFT JOIN sources s ON s.id = m.origin_source_id
		WHERE sp.quote LIKE 'Kim Jong-un met%'`).Scan(&origin, &stance, &values)
	if err != nil || origin != "Test Agency" || stance != "denies" || values != "1" {
		t.Fatalf("merged mention: origin %q stance %q further values %s (%v)", origin, stance, values, err)
	}
	var speaksFor int64
	if err := a.DB().QueryRow(`SELECT sf.source_id FROM entity_speaks_for sf JOIN entities e ON e.id = sf.entity_id WHERE e.name = 'Olga Lyubimova' ORDER BY sf.entity_id DESC LIMIT 1`).Scan(&speaksFor); err != nil || speaksFor != mine.ID {
		t.Fatalf("speaks for %d, want %d (%v)", speaksFor, mine.ID, err)
	}
}
