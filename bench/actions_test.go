package bench

import (
	"fmt"
	"testing"
	"time"

	"claimdesk/app"
)

// BenchmarkActions: every interactive service call an analyst makes, one sub-benchmark
// each, through the real services on a copy of the big workspace (the writes change it;
// the copy is made once and shared, so later actions see the earlier ones' rows, as an
// analyst's session would). Each reports p50/p95 and CPU per call. Targets are the big
// article (1, 2,000 spans), the most mentioned entities (17 Pyongyang: 7,121 mentions;
// 1 Olga Lyubimova: 5,722; 42 Jennifer Lyubimova: speaker of 66,656 claim mentions) and
// typical ones (~10 mentions). Run one with -bench 'Actions/entity-get'.
func BenchmarkActions(b *testing.B) {
	b.Setenv("XDG_CONFIG_HOME", b.TempDir()) // SettingsService: never the user's own file
	ws, svc := bigWorkspaceCopy(b)
	art, err := svc.Articles.Get(bigArticle)
	if err != nil {
		b.Fatal(err)
	}
	text := []rune(art.Body)
	ids := func(q string, args ...any) []int64 {
		rows, err := ws.DB().Query(q, args...)
		if err != nil {
			b.Fatal(err)
		}
		defer rows.Close()
		var out []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				b.Fatal(err)
			}
			out = append(out, id)
		}
		if len(out) == 0 {
			b.Fatalf("no rows for %s", q)
		}
		return out
	}
	// Accepted entity mentions of the big article, each action taking its own slice.
	bigSpans := ids(`SELECT id FROM spans WHERE article_id = 1 AND kind = 'entity' AND state = 'accepted' ORDER BY id`)
	part := func(n int) []int64 { return bigSpans[n*len(bigSpans)/5 : (n+1)*len(bigSpans)/5] }
	// Machine suggestions: the big article's first, then the rest's.
	suggested := ids(`SELECT id FROM spans WHERE state = 'suggested' AND kind = 'entity' ORDER BY article_id <> 1, id LIMIT 3000`)
	// Typical people: 5-20 mentions, one alias (the surname).
	typical := ids(`SELECT e.id FROM entities e JOIN spans s ON s.entity_id = e.id WHERE e.type = 'person' AND e.id > 100
		GROUP BY e.id HAVING count(*) BETWEEN 5 AND 20 ORDER BY e.id LIMIT 4000`)
	claimMentions := ids(`SELECT span_id FROM claim_mentions ORDER BY span_id LIMIT 2000`)
	pick := func(l []int64, k int) int64 { return l[k%len(l)] }
	sel := func(k, n int) (int64, int64, string) { // a selection in the big article
		start := (k * 53) % (len(text) - n - 1)
		return int64(start), int64(start + n), string(text[start : start+n])
	}
	ptr := func(v int64) *int64 { return &v }
	str := func(s string) *string { return &s }
	const (
		bigEntity     = 17 // place, 7,121 mentions
		bigPerson     = 1  // 5,722 mentions
		speakerEntity = 42 // speaker of 66,656 claim mentions
		bigClaim      = 1  // in the big article; gets the added mentions below
		typicalClaim  = 25000
		bigSource     = 5 // Associated Press, 536 articles
	)
	type action struct {
		name string
		prep func(k int) error // untimed, before each call
		do   func(k int) error
	}
	// Merges and splits use up typical entities, each one once (from the end of the list;
	// the other actions take theirs from the start).
	used := 0
	nextTypical := func(n int) []int64 {
		out := make([]int64, n)
		for i := range out {
			out[i] = typical[len(typical)-1-(used+i)%len(typical)]
		}
		used += n
		return out
	}
	actions := []action{
		// Reader: tagging and annotating.
		{name: "span-create-entity", do: func(k int) error {
			s, e, q := sel(k, 12)
			_, err := svc.Spans.Create(app.SpanInput{ArticleID: bigArticle, Kind: "entity", EntityType: "person", Start: s, End: e, Quote: q})
			return err
		}},
		{name: "span-create-entity-existing", do: func(k int) error {
			s, e, q := sel(k+7, 9)
			_, err := svc.Spans.Create(app.SpanInput{ArticleID: bigArticle, Kind: "entity", EntityType: "place", EntityID: ptr(bigEntity), Start: s, End: e, Quote: q})
			return err
		}},
		{name: "span-create-note-tagged", do: func(k int) error {
			s, e, q := sel(k+13, 20)
			_, err := svc.Spans.Create(app.SpanInput{ArticleID: bigArticle, Kind: "note", Tags: []string{"key"}, Start: s, End: e, Quote: q})
			return err
		}},
		{name: "span-tag", do: func(k int) error {
			_, err := svc.Tags.TagSpan(pick(part(0), k), "follow-up")
			return err
		}},
		{name: "span-untag", prep: func(k int) error {
			_, err := svc.Tags.TagSpan(pick(part(0), k+1000), "timeline")
			return err
		}, do: func(k int) error {
			_, err := svc.Tags.UntagSpan(pick(part(0), k+1000), 9)
			return err
		}},
		{name: "span-edit-note", do: func(k int) error {
			_, err := svc.Spans.Update(pick(part(1), k), app.SpanPatch{Note: str(fmt.Sprintf("checked %d", k))})
			return err
		}},
		{name: "span-edit-extent", do: func(k int) error {
			id := pick(part(1), k+500)
			sp, err := svc.Spans.Get(id)
			if err != nil {
				return err
			}
			_, err = svc.Spans.Update(id, app.SpanPatch{End: ptr(min(sp.End+1, int64(len(text))))})
			return err
		}},
		{name: "span-edit-entity", do: func(k int) error {
			_, err := svc.Spans.Update(pick(part(2), k), app.SpanPatch{EntityType: str("place"), EntityID: ptr(bigEntity)})
			return err
		}},
		{name: "span-delete", do: func(k int) error { return svc.Spans.Delete(pick(part(3), k)) }},
		{name: "span-get", do: func(k int) error { _, err := svc.Spans.Get(pick(part(4), k)); return err }},
		{name: "span-history", do: func(k int) error {
			_, err := svc.History.ForRow("spans", pick(part(1), k))
			return err
		}},
		{name: "suggestion-accept", do: func(k int) error {
			_, err := svc.Suggestions.Accept([]int64{suggested[(3*k)%len(suggested)]})
			return err
		}},
		{name: "suggestion-reject", do: func(k int) error {
			_, err := svc.Suggestions.Reject([]int64{suggested[(3*k+1)%len(suggested)]})
			return err
		}},
		{name: "span-setstate-accept", do: func(k int) error {
			return svc.Spans.SetState([]int64{suggested[(3*k+2)%len(suggested)]}, "accepted")
		}},
		{name: "suggestions-list-article", do: func(k int) error {
			_, err := svc.Suggestions.List(app.SuggestionFilter{ArticleID: bigArticle})
			return err
		}},
		{name: "entity-typeahead-1char", do: func(k int) error { _, err := svc.Entities.List("l", "person", 10); return err }},
		{name: "entity-typeahead-3char", do: func(k int) error { _, err := svc.Entities.List("lyu", "person", 10); return err }},
		{name: "entity-typeahead-any", do: func(k int) error { _, err := svc.Entities.List("pyong", "", 10); return err }},
		{name: "entity-list-all", do: func(k int) error { _, err := svc.Entities.List("", "", 100); return err }},
		// Claims.
		{name: "claim-typeahead", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{Text: "minister"}); return err }},
		{name: "claim-create-from-selection", do: func(k int) error {
			s, e, q := sel(k+29, 40)
			_, err := svc.Claims.AddMention(app.MentionInput{ArticleID: bigArticle, Start: s, End: e, Quote: q, RawValue: "48 troops"})
			return err
		}},
		{name: "claim-add-mention", do: func(k int) error {
			s, e, q := sel(k+31, 35)
			_, err := svc.Claims.AddMention(app.MentionInput{ClaimID: ptr(bigClaim), ArticleID: bigArticle, Start: s, End: e, Quote: q,
				RawValue: "more than 48 troops", SpeakerEntityID: ptr(speakerEntity)})
			return err
		}},
		{name: "claim-add-mention-typical", do: func(k int) error {
			s, e, q := sel(k+37, 30)
			_, err := svc.Claims.AddMention(app.MentionInput{ClaimID: ptr(int64(typicalClaim + k%1000)), ArticleID: bigArticle, Start: s, End: e, Quote: q})
			return err
		}},
		{name: "claim-edit-mention", do: func(k int) error {
			_, err := svc.Claims.UpdateMention(pick(claimMentions, k), app.MentionPatch{Hedge: str("reportedly"), SpeakerEntityID: ptr(speakerEntity)})
			return err
		}},
		{name: "claim-edit", do: func(k int) error {
			_, err := svc.Claims.Update(int64(typicalClaim+k%1000), app.ClaimPatch{Note: str(fmt.Sprintf("note %d", k))})
			return err
		}},
		{name: "claim-tag", do: func(k int) error { _, err := svc.Tags.TagClaim(int64(typicalClaim+k%1000), "disputed"); return err }},
		{name: "assess-claim", do: func(k int) error {
			c := int64(typicalClaim + k%1000)
			d, err := svc.Claims.Get(c)
			if err != nil || len(d.Mentions) == 0 {
				return fmt.Errorf("claim %d: %v", c, err)
			}
			_, err = svc.Assessments.Add(app.AssessmentInput{ClaimID: c, Credibility: 2, Rationale: "two independent reports",
				Evidence: []app.EvidenceInput{{Stance: "supports", SpanID: ptr(d.Mentions[0].SpanID)}, {Stance: "context", URL: "https://example.org/report"}}})
			return err
		}},
		{name: "grade-accept", do: func(k int) error {
			id := int64(typicalClaim + 2000 + k)
			g, err := svc.Grades.Suggest(id)
			if err != nil {
				return err
			}
			graded, err := svc.Assessments.ListForClaim(id) // newest first: the grade the page shows
			if err != nil {
				return err
			}
			current := int64(0)
			if len(graded) > 0 {
				current = graded[0].Credibility
			}
			_, err = svc.Grades.Accept(id, g.Credibility, current)
			return err
		}},
		{name: "claim-get-big", do: func(k int) error { _, err := svc.Claims.Get(bigClaim); return err }},
		{name: "claim-get-typical", do: func(k int) error { _, err := svc.Claims.Get(int64(typicalClaim + 3000 + k%100)); return err }},
		{name: "claim-history", do: func(k int) error { _, err := svc.History.ForRow("claims", bigClaim); return err }},
		{name: "claim-origins", do: func(k int) error { _, err := svc.Origins.ClaimOrigins(bigClaim); return err }},
		{name: "claim-conflicts", do: func(k int) error { _, err := svc.Conflicts.ForClaim(bigClaim); return err }},
		{name: "claim-grade-suggest", do: func(k int) error { _, err := svc.Grades.Suggest(bigClaim); return err }},
		{name: "claim-list-all", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{}); return err }},
		{name: "claim-list-credibility", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{Credibility: 2}); return err }},
		{name: "claim-list-ungraded", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{Credibility: 7}); return err }},
		{name: "claim-list-tag", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{Tag: "disputed"}); return err }},
		{name: "claim-list-entity-big", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{EntityID: bigEntity}); return err }},
		{name: "claim-list-entity-typical", do: func(k int) error {
			_, err := svc.Claims.List(app.ClaimFilter{EntityID: pick(typical, k)})
			return err
		}},
		{name: "claim-list-source", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{SourceID: bigSource}); return err }},
		{name: "claim-list-article", do: func(k int) error { _, err := svc.Claims.List(app.ClaimFilter{ArticleID: bigArticle}); return err }},
		// Entities.
		{name: "entity-get-big", do: func(k int) error { _, err := svc.Entities.Get(bigEntity); return err }},
		{name: "entity-get-speaker", do: func(k int) error { _, err := svc.Entities.Get(speakerEntity); return err }},
		{name: "entity-get-typical", do: func(k int) error { _, err := svc.Entities.Get(pick(typical, k)); return err }},
		{name: "entity-cooccurring-big", do: func(k int) error { _, err := svc.Entities.CoOccurring(bigEntity); return err }},
		{name: "entity-cooccurring-typical", do: func(k int) error { _, err := svc.Entities.CoOccurring(pick(typical, k)); return err }},
		{name: "entity-rename-typical", do: func(k int) error {
			_, err := svc.Entities.Update(pick(typical, k+2000), app.EntityPatch{Name: str(fmt.Sprintf("Renamed Person %d", k))})
			return err
		}},
		{name: "entity-rename-big", do: func(k int) error {
			_, err := svc.Entities.Update(bigEntity, app.EntityPatch{Name: str(fmt.Sprintf("Pyongyang %d", k))})
			return err
		}},
		{name: "entity-add-alias", do: func(k int) error {
			_, err := svc.Entities.AddAlias(pick(typical, k+2500), fmt.Sprintf("Alias %d", k))
			return err
		}},
		{name: "entity-merge-typical", do: func(k int) error {
			p := nextTypical(2)
			_, err := svc.Entities.Merge(p[0], p[1])
			return err
		}},
		{name: "entity-merge-into-big", do: func(k int) error {
			_, err := svc.Entities.Merge(nextTypical(1)[0], bigPerson)
			return err
		}},
		{name: "entity-split-typical", do: func(k int) error {
			id := nextTypical(1)[0]
			d, err := svc.Entities.Get(id)
			if err != nil || len(d.Aliases) == 0 {
				return fmt.Errorf("entity %d: no alias to split (%v)", id, err)
			}
			_, err = svc.Entities.Split(id, d.Aliases[0])
			return err
		}},
		{name: "entity-split-speaker", prep: func(k int) error {
			// A fresh alias each time, so there is one to split off.
			_, err := svc.Entities.AddAlias(speakerEntity, fmt.Sprintf("J. Lyubimova %d", k))
			return err
		}, do: func(k int) error {
			_, err := svc.Entities.Split(speakerEntity, fmt.Sprintf("J. Lyubimova %d", k))
			return err
		}},
		// Sources, articles, settings, history.
		{name: "sources-list", do: func(k int) error { _, err := svc.Sources.List(); return err }},
		{name: "source-grade", do: func(k int) error {
			_, err := svc.Sources.Update(bigSource, app.SourcePatch{Reliability: str([]string{"A", "B", "C"}[k%3])})
			return err
		}},
		{name: "tags-list", do: func(k int) error { _, err := svc.Tags.List(); return err }},
		{name: "article-list-page-first", do: func(k int) error { _, err := svc.Articles.ListPage(0, 100); return err }},
		{name: "article-list-page-deep", do: func(k int) error { _, err := svc.Articles.ListPage(15000, 100); return err }},
		{name: "article-origins", do: func(k int) error { _, err := svc.Origins.ListForArticle(int64(2 + k%1000)); return err }},
		{name: "settings-get", do: func(k int) error { _, err := svc.Settings.Get(); return err }},
		{name: "workspace-info", do: func(k int) error { _, err := svc.Workspace.Info(); return err }},
		{name: "history-state", do: func(k int) error { _, err := svc.History.State(); return err }},
		{name: "history-recent", do: func(k int) error { _, err := svc.History.Recent(200); return err }},
		{name: "undo", prep: func(k int) error {
			_, err := svc.Spans.Update(pick(part(4), k), app.SpanPatch{Note: str(fmt.Sprintf("to undo %d", k))})
			return err
		}, do: func(k int) error { _, err := svc.History.Undo(); return err }},
		{name: "redo", prep: func(k int) error {
			if _, err := svc.Spans.Update(pick(part(4), k+300), app.SpanPatch{Note: str(fmt.Sprintf("to redo %d", k))}); err != nil {
				return err
			}
			_, err := svc.History.Undo()
			return err
		}, do: func(k int) error { _, err := svc.History.Redo(); return err }},
		{name: "undo-merge", prep: func(k int) error {
			_, err := svc.Entities.Merge(nextTypical(1)[0], bigPerson)
			return err
		}, do: func(k int) error { _, err := svc.History.Undo(); return err }},
		{name: "entity-propose-merges", do: func(k int) error { _, err := svc.Entities.ProposeMerges(50); return err }},
	}
	for _, a := range actions {
		k := 0 // across the probe run and the measured one, so writes never repeat
		b.Run(a.name, func(b *testing.B) {
			var t timings
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				if a.prep != nil {
					b.StopTimer()
					if err := a.prep(k); err != nil {
						b.Fatalf("%s prep: %v", a.name, err)
					}
					b.StartTimer()
				}
				c0 := cpuTime()
				t0 := time.Now()
				err := a.do(k)
				t = append(t, time.Since(t0))
				cpu += cpuTime() - c0
				if err != nil {
					b.Fatalf("%s: %v", a.name, err)
				}
				k++
			}
			cpu /= time.Duration(b.N)
			b.ReportMetric(ms(t.pct(0.5)), "p50-ms")
			b.ReportMetric(ms(t.pct(0.95)), "p95-ms")
			b.ReportMetric(ms(cpu), "cpu-ms/op")
			if b.N > 1 {
				logFigure(b, "action %-30s p50=%8.2fms p95=%8.2fms cpu=%8.2fms/op (n=%d)", a.name, ms(t.pct(0.5)), ms(t.pct(0.95)), ms(cpu), b.N)
			}
		})
	}
}
