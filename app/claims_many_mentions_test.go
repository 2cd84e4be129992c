package app

// A claim with thousands of accepted mentions must open: its mentions are compared by
// reading group (asof_compare.go), not pair by pair (10,002 mentions asked for 21.6 GB and
// killed the process: docs/reliability.md).

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// manyMentionClaim makes a claim of n accepted mentions spread over 20 articles, mention k
// saying a toll of 300 + 100·(k mod readings) casualties: readings distinct figures. The
// first mention is added as an analyst adds one; the others are copies written in one
// statement (AddMention n times would take minutes), into the real schema.
func manyMentionClaim(tb testing.TB, ws *Workspace, svc *Services, n, readings int) int64 {
	tb.Helper()
	const q = "The flood killed 300 people"
	var arts []int64
	for a := 0; a < 20; a++ {
		arts = append(arts, importText(tb, svc, fmt.Sprintf("flood%d.txt", a),
			fmt.Sprintf("Flood report %d\n\nRiver town, day %d. %s, officials said. Roads stay closed.\n", a, a+1, q)))
	}
	art, err := svc.Articles.Get(arts[0])
	if err != nil {
		tb.Fatal(err)
	}
	at := int64(len([]rune(art.Body[:strings.Index(art.Body, q)])))
	d, err := svc.Claims.AddMention(MentionInput{NewStatement: "The flood killed 300 people", ArticleID: arts[0], Start: at, End: at + int64(len(q)), Quote: q, RawValue: "300 people"})
	if err != nil {
		tb.Fatal(err)
	}
	seed := d.Mentions[0].SpanID
	tx, err := ws.DB().Begin()
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	for k := 1; k < n; k++ {
		res, err := tx.Exec(`INSERT INTO spans (article_id, kind, start_cp, end_cp, quote, prefix, suffix, state, origin, created_at, updated_at)
			SELECT ?, kind, start_cp, end_cp, quote, prefix, suffix, 'accepted', origin, created_at, updated_at FROM spans WHERE id = ?`, arts[k%len(arts)], seed)
		if err != nil {
			tb.Fatal(err)
		}
		span, _ := res.LastInsertId()
		v := float64(300 + 100*(k%readings))
		if _, err := tx.Exec(`INSERT INTO claim_mentions (span_id, claim_id, raw_value, value_kind, value_low, value_high, value_unit)
			VALUES (?, ?, ?, 'figure', ?, ?, 'people')`, span, d.ID, fmt.Sprintf("%g people", v), v, v); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
	return d.ID
}

func TestClaimWithTenThousandMentionsOpens(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := manyMentionClaim(t, ws, svc, 10000, 2) // 5,000 say 300 people, 5,000 say 400
	d, err := svc.Claims.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mentions) != 10000 {
		t.Fatalf("%d mentions listed, want 10000", len(d.Mentions))
	}
	// one contradiction between the two readings, standing for 25,000,000 pairs
	if len(d.Contradictions) != 1 {
		t.Fatalf("%d contradictions, want 1 (300 against 400): %+v", len(d.Contradictions), d.Contradictions)
	}
	c := d.Contradictions[0]
	if c.Kind != "figure" || c.MoreA != 4999 || c.MoreB != 4999 {
		t.Fatalf("contradiction %s with %d and %d more mentions, want figure with 4999 and 4999", c.Kind, c.MoreA, c.MoreB)
	}
	if want := "and 4999 more mentions say 300 people; 4999 more mentions say 400 people"; c.Others != want {
		t.Fatalf("others %q, want %q", c.Others, want)
	}
	if d.Uncompared != "" {
		t.Fatalf("uncompared %q with two readings", d.Uncompared)
	}
	g, err := svc.Grades.Suggest(id)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(g.Reasons, " | ")
	if !strings.Contains(joined, "1 contradiction between mentions") || !strings.Contains(joined, "4999 more mentions say 400 people") {
		t.Fatalf("grade reasons %q", joined)
	}
	m, err := svc.Matrix.Get(MatrixFilter{ClaimIDs: []int64{id}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Rows) != 1 || m.Rows[0].Conflicts != 1 {
		t.Fatalf("matrix rows %d, conflicts %v", len(m.Rows), m.Rows)
	}
	for _, cell := range m.Rows[0].Cells {
		if cell.Agreement != "conflicts" {
			t.Fatalf("cell %s is %q: every article holds mentions of both figures", cell.ColumnID, cell.Agreement)
		}
	}
}

func TestClaimWithMoreReadingsThanComparedSaysSo(t *testing.T) {
	ws, svc := MustOpenWorkspace(t, true)
	id := manyMentionClaim(t, ws, svc, maxReadings+20, maxReadings+20) // each mention a different figure
	d, err := svc.Claims.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("compared the first %d readings; 20 more readings (20 mentions) not compared", maxReadings)
	if d.Uncompared != want {
		t.Fatalf("uncompared %q, want %q", d.Uncompared, want)
	}
	// every compared reading conflicts with every other: readings·(readings−1)/2 listed
	if n := d.ContradictionsTotal; n != maxReadings*(maxReadings-1)/2 {
		t.Fatalf("%d contradictions, want %d", n, maxReadings*(maxReadings-1)/2)
	}
	g, err := svc.Grades.Suggest(id)
	if err != nil {
		t.Fatal(err)
	}
	if last := g.Reasons[len(g.Reasons)-1]; last != want {
		t.Fatalf("grade's last reason %q, want %q", last, want)
	}
}

// BenchmarkClaimGetManyMentions: opening a claim of n mentions on two figures (the claim
// page: ClaimService.Get, with its contradictions), and one of more distinct figures than
// are compared. peak-heap-MB is the largest live heap sampled during the opens
// (sampleHeap).
func BenchmarkClaimGetManyMentions(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchClaimGet(b, n, 2) })
	}
	// the worst for the cap: every reading a different figure, more readings than compared
	b.Run(fmt.Sprintf("%d-readings", maxReadings+20), func(b *testing.B) { benchClaimGet(b, maxReadings+20, maxReadings+20) })
}

func benchClaimGet(b *testing.B, n, readings int) {
	ws, svc := MustOpenWorkspace(b, true)
	id := manyMentionClaim(b, ws, svc, n, readings)
	runtime.GC()
	var peak uint64
	stop := sampleHeap(&peak)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := svc.Claims.Get(id)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Mentions) != n {
			b.Fatalf("%d mentions", len(d.Mentions))
		}
		if i == 0 {
			b.ReportMetric(float64(d.ContradictionsTotal), "contradictions")
		}
	}
	b.StopTimer()
	stop()
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}

// sampleHeap records the largest live heap (HeapAlloc) seen every 2 ms into peak until
// stop is called.
func sampleHeap(peak *uint64) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > *peak {
				*peak = ms.HeapAlloc
			}
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); <-finished }
}
