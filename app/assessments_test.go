package app

import (
	"reflect"
	"testing"
)

func TestAssessmentRefusals(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	d, a0, _ := troopClaim(t, svc)
	before := countRows(t, ws, claimTables...)
	ok := EvidenceInput{Stance: "supports", URL: "https://example.org/a"}
	cases := []struct {
		name string
		in   AssessmentInput
		code Code
		msg  string
	}{
		{"credibility 0", AssessmentInput{ClaimID: d.ID, Credibility: 0}, CodeInvalid, "credibility must be 1–6 (Admiralty scale"},
		{"credibility 7", AssessmentInput{ClaimID: d.ID, Credibility: 7}, CodeInvalid, "credibility must be 1–6 (Admiralty scale"},
		{"bad stance", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "maybe", URL: "https://x.org"}}}, CodeInvalid, "stance must be supports, refutes or context"},
		{"no target", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{ok, {Stance: "context", Note: "trust me"}}}, CodeInvalid, "evidence 2 needs a span, an article or a url"},
		{"ftp url", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "context", URL: "ftp://example.org/x"}}}, CodeInvalid, "http"},
		{"not a url", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "context", URL: "example.org"}}}, CodeInvalid, "http"},
		{"unknown claim", AssessmentInput{ClaimID: 999, Credibility: 2}, CodeNotFound, "claim 999"},
		{"unknown span", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "supports", SpanID: i64(999)}}}, CodeNotFound, "span 999"},
		{"unknown article", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "supports", ArticleID: i64(999)}}}, CodeNotFound, "article 999"},
		{"span not in article", AssessmentInput{ClaimID: d.ID, Credibility: 2, Evidence: []EvidenceInput{{Stance: "supports", SpanID: &d.Mentions[1].SpanID, ArticleID: i64(d.Mentions[1].ArticleID + 1000)}}}, CodeInvalid, "not article"},
	}
	for _, c := range cases {
		_, err := svc.Assessments.Add(c.in)
		wantCode(t, err, c.code, c.msg)
	}
	_, err := svc.Assessments.ListForClaim(999)
	wantCode(t, err, CodeNotFound, "claim 999")
	if after := countRows(t, ws, claimTables...); !reflect.DeepEqual(before, after) {
		t.Fatalf("refusals wrote rows: %v -> %v", before, after)
	}
	// An assessment without evidence is allowed; ListForClaim is newest first.
	if _, err := svc.Assessments.Add(AssessmentInput{ClaimID: d.ID, Credibility: 6}); err != nil {
		t.Fatal(err)
	}
	a, err := svc.Assessments.Add(AssessmentInput{ClaimID: d.ID, Credibility: 1, Evidence: []EvidenceInput{{Stance: "supports", ArticleID: &a0.ID}}})
	if err != nil || a.CredibilityLabel != "Confirmed by other sources" {
		t.Fatalf("%+v %v", a, err)
	}
	list, _ := svc.Assessments.ListForClaim(d.ID)
	if len(list) != 2 || list[0].ID != a.ID || list[1].CredibilityLabel != "Truth cannot be judged" || list[1].Evidence == nil {
		t.Fatalf("list: %+v", list)
	}
	mustCheck(t, ws)
}

func TestCredibilityAndReliabilityLabels(t *testing.T) {
	want := map[int64]string{1: "Confirmed by other sources", 2: "Probably true", 3: "Possibly true", 4: "Doubtful", 5: "Improbable", 6: "Truth cannot be judged"}
	for c, l := range want {
		if CredibilityLabel(c) != l {
			t.Errorf("%d: %q", c, CredibilityLabel(c))
		}
	}
	rel := map[string]string{"A": "Completely reliable", "B": "Usually reliable", "C": "Fairly reliable", "D": "Not usually reliable", "E": "Unreliable", "F": "Reliability cannot be judged"}
	for r, l := range rel {
		if ReliabilityLabel(r) != l {
			t.Errorf("%s: %q", r, ReliabilityLabel(r))
		}
	}
	for _, c := range []struct {
		rel  string
		cred *int64
		want string
	}{{"B", i64(2), "B2"}, {"", i64(3), "F3"}, {"A", nil, "A-"}, {"", nil, "F-"}, {"Z", i64(9), "F-"}} {
		if got := Grade(c.rel, c.cred); got != c.want {
			t.Errorf("Grade(%q) = %q, want %q", c.rel, got, c.want)
		}
	}
}
