package ingest

import (
	"strings"
	"testing"
)

// Issue 15, smaller ones: a record with a key written twice was imported with the
// last value, silently. It is refused, naming the key; the other records still import.
func TestParseJSONRecordsRefuseDuplicateKeys(t *testing.T) {
	docs, bad := ParseJSONL(`{"title": "First", "text": "The minister arrived on Monday."}
{"title": "Second", "text": "Draft text.", "text": "Final text."}
`)
	if len(docs) != 1 || docs[0].Title != "First" {
		t.Fatalf("docs %+v", docs)
	}
	if len(bad) != 1 || bad[0].Record != 2 || !strings.Contains(bad[0].Message, `the key "text" appears twice`) {
		t.Fatalf("bad %+v", bad)
	}
	_, bad = ParseJSON(`[{"title": "A", "text": "Body.", "url": "https://a.example/1", "url": "https://b.example/2"}]`)
	if len(bad) != 1 || !strings.Contains(bad[0].Message, `"url" appears twice`) {
		t.Fatalf("array record: %+v", bad)
	}
}
