package app

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var uuidURN = regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// googleClaimReviewProblems checks a ClaimReview against Google Search's fact-check
// markup documentation (developers.google.com/search/docs/appearance/structured-data/
// factcheck): required claimReviewed, reviewRating (with alternateName) and url;
// recommended author (an Organization or Person with a name), datePublished, and an
// itemReviewed Claim with author, datePublished and appearance (each with a url).
func googleClaimReviewProblems(r map[string]any) []string {
	var out []string
	need := func(ok bool, what string) {
		if !ok {
			out = append(out, what)
		}
	}
	text := func(m map[string]any, k string) bool { s, _ := m[k].(string); return strings.TrimSpace(s) != "" }
	need(r["@type"] == "ClaimReview", "@type ClaimReview (required)")
	need(text(r, "claimReviewed"), "claimReviewed (required)")
	need(text(r, "url") && strings.HasPrefix(r["url"].(string), "http"), "url (required)")
	rating, _ := r["reviewRating"].(map[string]any)
	need(rating != nil && rating["@type"] == "Rating" && text(rating, "alternateName"), "reviewRating with alternateName (required)")
	author, _ := r["author"].(map[string]any)
	need(author != nil && (author["@type"] == "Organization" || author["@type"] == "Person") && text(author, "name"), "author (recommended)")
	need(text(r, "datePublished"), "datePublished (recommended)")
	item, _ := r["itemReviewed"].(map[string]any)
	need(item != nil && item["@type"] == "Claim", "itemReviewed Claim (recommended)")
	if item != nil {
		ia, _ := item["author"].(map[string]any)
		need(ia != nil && text(ia, "name"), "itemReviewed.author (recommended)")
		need(text(item, "datePublished"), "itemReviewed.datePublished (recommended)")
		apps, _ := item["appearance"].([]any)
		need(len(apps) > 0, "itemReviewed.appearance (recommended)")
		for _, a := range apps {
			am, _ := a.(map[string]any)
			need(am != nil && text(am, "url") && text(am, "datePublished"), "itemReviewed.appearance url and datePublished")
		}
	}
	return out
}

func TestClaimReviewMeetsGooglesFields(t *testing.T) {
	f := newExportFixture(t)
	// The claim's speaker: Olga Lyubimova (the fixture's person entity).
	if _, err := f.svc.Claims.UpdateMention(f.claim.Mentions[0].SpanID, MentionPatch{SpeakerEntityID: f.person.EntityID}); err != nil {
		t.Fatal(err)
	}
	opts := ExportOptions{What: "claims", Format: "claimreview"}

	// Without the publisher: the export still runs, and names what is missing.
	warnings, err := f.svc.Export.Warnings(opts)
	if err != nil || len(warnings) != 2 || !strings.Contains(warnings[0], "url is missing") || !strings.Contains(warnings[1], "author is missing") {
		t.Fatalf("warnings: %q, %v", warnings, err)
	}
	lines := readJSONL(t, mustExport(t, f.svc, opts).Content)
	got := strings.Join(googleClaimReviewProblems(lines[0]), "; ")
	if !strings.Contains(got, "url (required)") || !strings.Contains(got, "author (recommended)") {
		t.Fatalf("unset publisher, problems: %s", got)
	}

	_, err = f.svc.Export.SetReviewPublisher(ReviewPublisher{Organisation: "Example Checks", URLPattern: "checks.example.org/{uuid}"})
	wantCode(t, err, CodeInvalid, "http(s) address")
	_, err = f.svc.Export.SetReviewPublisher(ReviewPublisher{Organisation: "Example Checks", URLPattern: "https://checks.example.org/claims"})
	wantCode(t, err, CodeInvalid, "must hold {uuid}")
	if _, err := f.svc.Export.SetReviewPublisher(ReviewPublisher{Organisation: "Example Checks", URLPattern: "https://checks.example.org/claims/{uuid}"}); err != nil {
		t.Fatal(err)
	}
	if w, _ := f.svc.Export.Warnings(opts); len(w) != 0 {
		t.Fatalf("warnings with the publisher set: %q", w)
	}
	// Appearances need each article's address and date: two seed articles carry
	// neither (they were saved as text), so give them some, as an analyst would.
	if _, err := f.ws.DB().Exec(`UPDATE articles SET url = 'https://news.example.org/a/' || id WHERE url = ''`); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ws.DB().Exec(`UPDATE articles SET published_at = '2025-06-30' WHERE published_at = ''`); err != nil {
		t.Fatal(err)
	}
	res := mustExport(t, f.svc, opts)
	var graded map[string]any
	for _, r := range readJSONL(t, res.Content) {
		if r["claimReviewed"] == f.claim.Statement {
			graded = r
		}
	}
	if p := googleClaimReviewProblems(graded); len(p) != 0 {
		t.Fatalf("problems: %q\n%s", p, res.Content)
	}
	pretty, _ := json.MarshalIndent(graded, "", "  ")
	t.Logf("ClaimReview of the graded claim:\n%s", pretty)
	claimUUID := strings.TrimPrefix(graded["itemReviewed"].(map[string]any)["identifier"].(string), "urn:uuid:")
	if graded["url"] != "https://checks.example.org/claims/"+claimUUID || !uuidURN.MatchString("urn:uuid:"+claimUUID) {
		t.Errorf("url %v for claim %s", graded["url"], claimUUID)
	}
	author := graded["author"].(map[string]any)
	speaker := graded["itemReviewed"].(map[string]any)["author"].(map[string]any)
	if author["@type"] != "Organization" || author["name"] != "Example Checks" || speaker["@type"] != "Person" || speaker["name"] != "Olga Lyubimova" {
		t.Errorf("author %v, claim author %v", author, speaker)
	}
}

// The claims export carries the independent origins and the grade, as the Claims view
// shows them.
func TestClaimsExportCarriesOriginsAndGrade(t *testing.T) {
	f := newExportFixture(t)
	rows := byHeader(t, readCSV(t, mustExport(t, f.svc, ExportOptions{What: "claims"}).Content))
	list, err := f.svc.Claims.List(ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	origins := map[string]int64{}
	for _, c := range list {
		origins[c.Statement] = c.Origins
	}
	// The grade's letter: the best source among the claim's mentions (the annotations
	// export grades each mention).
	want := ""
	for _, a := range byHeader(t, readCSV(t, mustExport(t, f.svc, ExportOptions{What: "annotations", State: "accepted"}).Content)) {
		if a["claim_id"] == strconv.FormatInt(f.claim.ID, 10) && (want == "" || a["grade"] < want) {
			want = a["grade"]
		}
	}
	if want == "" || want[1] != '2' {
		t.Fatalf("mention grades: best %q", want)
	}
	seen := false
	for _, r := range rows {
		if r["independent_origins"] != strconv.FormatInt(origins[r["statement"]], 10) {
			t.Errorf("%q: independent_origins %q, the Claims view says %d", r["statement"], r["independent_origins"], origins[r["statement"]])
		}
		if r["statement"] == f.claim.Statement {
			seen = true
			if r["grade"] != want || !uuidURN.MatchString("urn:uuid:"+r["claim_uuid"]) {
				t.Errorf("graded claim: grade %q, uuid %q", r["grade"], r["claim_uuid"])
			}
		} else if r["credibility"] == "" && r["grade"] != "" {
			t.Errorf("ungraded claim %q has grade %q", r["statement"], r["grade"])
		}
	}
	if !seen {
		t.Fatal("the graded claim is missing")
	}
}
