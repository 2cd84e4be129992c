package bench

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"claimdesk/app"
)

// BenchmarkEntityRemoveManyMentions: EntityService.PreviewRemove (the confirmation's
// rolled-back dry run) and Remove of an entity with 1,000 and with 5,000 mentions (every
// tenth tagged), each followed by the Undo that brings it all back. Work that grows with
// the mentions makes the 5,000 figure about 5 times the 1,000 one; work that is quadratic
// makes it about 25 times. Reference: the sqlite3 shell doing the same deletes on the same
// file, set-based (each span's image logged to audit_log, its tags, the spans, the
// aliases, the entity; foreign keys on), in a transaction rolled back. The figures are
// CPU time (the process's, a median of the iterations): on a shared machine wall time
// moves with the load more than with the code.
func BenchmarkEntityRemoveManyMentions(b *testing.B) {
	type figure struct{ preview, remove, undo, shell time.Duration }
	figs := map[int]figure{}
	sizes := []int{1000, 5000}
	for _, n := range sizes {
		ws, svc := freshWorkspace(b)
		sentence := "Harbour master Mara Quill closed the lock. "
		sum, err := svc.Import.ImportPasted(app.PastedArticle{Title: "Lock log", Outlet: "Canal Courier", PublishedAt: "2026-05-11",
			Body: strings.Repeat(sentence, n)})
		if err != nil || len(sum.Items) != 1 {
			b.Fatal(sum, err)
		}
		art := sum.Items[0].ArticleID
		e, err := svc.Entities.Create(app.EntityInput{Type: "person", Name: "Mara Quill", Aliases: []string{"Quill"}})
		if err != nil {
			b.Fatal(err)
		}
		at := int64(strings.Index(sentence, "Mara"))
		step := int64(len([]rune(sentence)))
		for i := 0; i < n; i++ {
			in := app.SpanInput{ArticleID: art, Kind: "entity", EntityType: "person", EntityID: &e.ID,
				Start: at + int64(i)*step, End: at + int64(i)*step + 10, Quote: "Mara Quill"}
			if i%10 == 0 {
				in.Tags = []string{"check"}
			}
			if _, err := svc.Spans.Create(in); err != nil {
				b.Fatal(err)
			}
		}
		var preview, remove, undo timings
		for i := 0; i < b.N; i++ {
			t0 := cpuTime()
			p, err := svc.Entities.PreviewRemove(e.ID)
			if err != nil || p.Marks != int64(n) {
				b.Fatal(p.Marks, err)
			}
			t1 := cpuTime()
			if _, err := svc.Entities.Remove(e.ID, &p.ReadAt); err != nil {
				b.Fatal(err)
			}
			t2 := cpuTime()
			if _, err := svc.History.Undo(); err != nil {
				b.Fatal(err)
			}
			preview, remove, undo = append(preview, t1-t0), append(remove, t2-t1), append(undo, cpuTime()-t2)
		}
		path := ws.DB().Path
		ws.Close()
		script := fmt.Sprintf(`PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO audit_log (at, actor, action, table_name, row_id, batch, summary, before)
  SELECT '2026-05-11T00:00:00.000Z', 'shell', 'delete', 'spans', id, 'shell', 'delete person Mara Quill',
         json_object('id', id, 'article_id', article_id, 'kind', kind, 'entity_type', entity_type, 'entity_id', entity_id,
                     'start_cp', start_cp, 'end_cp', end_cp, 'quote', quote, 'prefix', prefix, 'suffix', suffix, 'state', state)
  FROM spans WHERE entity_id = %[1]d;
DELETE FROM span_tags WHERE span_id IN (SELECT id FROM spans WHERE entity_id = %[1]d);
DELETE FROM spans WHERE entity_id = %[1]d;
DELETE FROM entity_aliases WHERE entity_id = %[1]d;
DELETE FROM entities WHERE id = %[1]d;
ROLLBACK;`, e.ID)
		shell, _ := shellWritesPerRun(b, path, script, 5)
		figs[n] = figure{preview.pct(0.5), remove.pct(0.5), undo.pct(0.5), shell}
		logFigure(b, "entity-remove mentions=%d CPU: preview p50=%.1fms remove p50=%.1fms undo p50=%.1fms; sqlite3 same deletes (wall)=%.1fms remove/sqlite3=%.1f",
			n, ms(figs[n].preview), ms(figs[n].remove), ms(figs[n].undo), ms(shell), float64(figs[n].remove)/float64(max(shell, 1)))
	}
	small, big := figs[sizes[0]], figs[sizes[1]]
	for _, m := range []struct {
		name   string
		d1, d5 time.Duration
	}{{"preview", small.preview, big.preview}, {"remove", small.remove, big.remove}, {"undo", small.undo, big.undo}, {"sqlite3", small.shell, big.shell}} {
		b.ReportMetric(ms(m.d5), m.name+"-5000-ms")
		b.ReportMetric(float64(m.d5)/float64(max(m.d1, 1)), m.name+"-5000/1000")
	}
	logFigure(b, "entity-remove 5,000 / 1,000 mentions: preview %.1fx remove %.1fx undo %.1fx sqlite3 %.1fx (linear: 5)",
		float64(big.preview)/float64(small.preview), float64(big.remove)/float64(small.remove),
		float64(big.undo)/float64(small.undo), float64(big.shell)/float64(max(small.shell, 1)))
}
