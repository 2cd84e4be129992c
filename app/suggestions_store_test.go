package app

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
)

// A run stores an article's suggestions and their audit entries in one statement each:
// the log must read as if each span had been inserted and logged on its own: one
// "create" entry per span, in id order, in the article's batch, whose image is the span
// as ImageSpans reads it now, byte for byte (undo and redo replay these images).
func TestSuggestionsLoggedAsOneAtATime(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, false)
	sum, err := svc.Suggestions.Run(0)
	if err != nil || sum.Suggested < 50 {
		t.Fatalf("%+v %v", sum, err)
	}
	rows, err := ws.DB().Query(`SELECT a.row_id, a.batch, a.summary, a.after, s.article_id FROM audit_log a
		JOIN spans s ON s.id = a.row_id WHERE a.table_name = 'spans' AND a.action = 'create' ORDER BY a.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type batch struct {
		summary string
		article int64
		n       int
	}
	batches := map[string]*batch{}
	var lastID int64
	logged := 0
	for rows.Next() {
		var id, article int64
		var b, summary, after string
		if err := rows.Scan(&id, &b, &summary, &after, &article); err != nil {
			t.Fatal(err)
		}
		if id <= lastID {
			t.Fatalf("span %d logged after span %d", id, lastID)
		}
		lastID = id
		image, err := ws.DB().Q.ImageSpans(ws.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if after != image {
			t.Fatalf("span %d logged as\n%s\nis now\n%s", id, after, image)
		}
		if batches[b] == nil {
			batches[b] = &batch{summary: summary, article: article}
		}
		if bt := batches[b]; bt.summary != summary || bt.article != article {
			t.Fatalf("batch %s mixes articles or summaries: %q / %q", b, bt.summary, summary)
		}
		batches[b].n++
		logged++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ws, "SELECT count(*) FROM spans"); logged != n || logged != sum.Suggested {
		t.Fatalf("%d entries for %d spans (%d suggested)", logged, n, sum.Suggested)
	}
	if len(batches) != len(sum.Items) {
		t.Fatalf("%d batches for %d articles", len(batches), len(sum.Items))
	}
	for _, bt := range batches {
		if want := fmt.Sprintf("suggest %d entit", bt.n); !strings.HasPrefix(bt.summary, want) {
			t.Errorf("batch of %d entries is %q", bt.n, bt.summary)
		}
	}
	// the uuid the insert gives, in the shape the spans_uuid_fill trigger gives (UUIDv7)
	uuidV7 := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	uuids, err := ws.DB().Query("SELECT coalesce(uuid, '') FROM spans")
	if err != nil {
		t.Fatal(err)
	}
	defer uuids.Close()
	for uuids.Next() {
		var u string
		if err := uuids.Scan(&u); err != nil {
			t.Fatal(err)
		}
		if !uuidV7.MatchString(u) {
			t.Fatalf("span uuid %q", u)
		}
	}
	checkWorkspace(t, ws)
}

// Confidences travel to SQLite as JSON: each must be stored as the very same double.
func TestSuggestionConfidenceStoredExactly(t *testing.T) {
	ws, _ := MustOpenWorkspace(t, false)
	article := seedIDs(t, ws)[seedReuters]
	confidences := []float64{0, 1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.94366198778152466, math.Nextafter(1, 0),
		math.SmallestNonzeroFloat64, 1e-300, 0.5, 0.7 * 0.7, math.Nextafter(0.9, 1)}
	var rows []suggestedRow
	for i, c := range confidences {
		rows = append(rows, suggestedRow{EntityType: "person", StartCp: int64(i), EndCp: int64(i + 1),
			Quote: "x", Origin: "rule:test", Confidence: c})
	}
	if err := ws.change("test", func(c *changeSet) error { return c.createSuggestions(article, rows) }); err != nil {
		t.Fatal(err)
	}
	got, err := ws.DB().Query("SELECT confidence FROM spans WHERE origin = 'rule:test' ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	i := 0
	for ; got.Next(); i++ {
		var c float64
		if err := got.Scan(&c); err != nil {
			t.Fatal(err)
		}
		if math.Float64bits(c) != math.Float64bits(confidences[i]) {
			t.Errorf("confidence %v stored as %v", confidences[i], c)
		}
	}
	if i != len(confidences) {
		t.Fatalf("%d of %d rows stored", i, len(confidences))
	}
}
