package app

import (
	"strings"
	"testing"
)

// Attack on the one-step speaker (09d3da2) and the reader's "tag as a new entity": a name the
// entity page refuses (over 300 characters, a control character) was made an entity's name
// when it came as MentionPatch.newSpeaker or SpanInput.newEntityName (a 40,000-character
// organisation, "Kestrel\x00Council"). Both paths now refuse it as the entity page does,
// and write nothing.
func TestNewEntityNamesAreCheckedAsTheEntityPageChecksThem(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	_, span := markClaim(t, svc, 0, "North Korea sent troops to support Russia", "", "North Korea has deployed around 11,000 elite troops", "around 11,000", "")
	a, s, e := articleWith(t, svc, "", "Russian art troupes and")
	before := countRows(t, ws, "entities", "spans", "audit_log")
	for _, name := range []string{strings.Repeat("Kestrel ", 5000), "Kestrel\x00Council", "Kestrel\u0007Council"} {
		_, err := svc.Claims.UpdateMention(span, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: name}})
		wantCode(t, err, CodeInvalid, "name")
		_, err = svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "organisation", NewEntityName: name, Start: s, End: e, Quote: "Russian art troupes and"})
		wantCode(t, err, CodeInvalid, "name")
	}
	after := countRows(t, ws, "entities", "spans", "audit_log")
	for k, n := range before {
		if after[k] != n {
			t.Errorf("%s: %d rows before the refused names, %d after", k, n, after[k])
		}
	}
	// a name of 300 characters is still a name
	ok := strings.Repeat("K", 300)
	if _, err := svc.Claims.UpdateMention(span, MentionPatch{NewSpeaker: &NewSpeaker{Type: "organisation", Name: ok}}); err != nil {
		t.Fatalf("a 300-character speaker: %v", err)
	}
	sp, err := svc.Spans.Create(SpanInput{ArticleID: a.ID, Kind: "entity", EntityType: "organisation", Start: s, End: e, Quote: "Russian art troupes and"})
	if err != nil {
		t.Fatalf("a tag named by its quote: %v", err)
	}
	long := strings.Repeat("Tarrow ", 100)
	_, err = svc.Spans.Update(sp.ID, SpanPatch{NewEntityName: &long})
	wantCode(t, err, CodeInvalid, "name")
}
