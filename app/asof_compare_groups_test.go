package app

// Comparing by reading group must list exactly the conflicts that comparing every pair of
// mentions listed (the old code, kept below as pairwiseCompare), and mark the same matrix
// cells, on random small claims.

import (
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"testing"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// pairwiseCompare is compare as it was before reading groups: every two mentions.
func pairwiseCompare(c *snapClaim) []mentionPair {
	var out []mentionPair
	n, stances := 0, map[string]bool{}
	for _, m := range c.mentions {
		if m.value.Kind != reading.KindNone {
			n++
		}
		stances[m.stance] = true
	}
	opposed := stances[match.StanceAsserts] && stances[match.StanceDenies]
	if n < 2 && !opposed {
		return nil
	}
	for i := 0; i < len(c.mentions); i++ {
		for j := i + 1; j < len(c.mentions); j++ {
			out = compareMentions(out, c, opposed, i, j, -1, -1)
		}
	}
	return out
}

func randomValue(r *rand.Rand) reading.Value {
	f := func(x float64) *float64 { return &x }
	hedges := []string{"", "", "around", "reportedly", "at least"}
	switch r.Intn(6) {
	case 0:
		return reading.Value{Kind: reading.KindNone, Raw: "none"}
	case 1: // a date, or an unresolved one
		days := []string{"2026-03-01", "2026-03-02", "2026-03-31", ""}
		s := days[r.Intn(len(days))]
		e := s
		if s != "" && r.Intn(3) == 0 {
			e = "2026-03-31"
		}
		return reading.Value{Kind: reading.KindDate, Raw: "March " + s, Start: s, End: e, Precision: map[bool]string{true: "", false: "day"}[s == ""], Hedge: hedges[r.Intn(len(hedges))]}
	default: // a figure: exact, a range, or open
		units := []string{"", "troops", "people", "%", "casualties"}
		lo := float64(10 * (1 + r.Intn(4)))
		v := reading.Value{Kind: reading.KindFigure, Unit: units[r.Intn(len(units))], Hedge: hedges[r.Intn(len(hedges))], Raw: strconv.Itoa(int(lo))}
		if r.Intn(4) == 0 {
			v.Raw = "thirty"
		}
		switch r.Intn(4) {
		case 0:
			v.Low, v.High = f(lo), f(lo*1.2)
		case 1:
			v.Low = f(lo)
		default:
			v.Low, v.High = f(lo), f(lo)
		}
		return v
	}
}

// randomClaim is a claim of up to 12 mentions in up to 4 articles (article 2 is a version
// of article 1), with random values, further values, hedges, ranges and stances.
func randomClaim(r *rand.Rand) (*snapshot, *snapClaim) {
	snap := &snapshot{byID: map[int64]*snapClaim{}, articles: map[int64]*snapArticle{}}
	for id := int64(1); id <= 4; id++ {
		story := id
		if id == 2 {
			story = 1
		}
		a := &snapArticle{id: id, story: story, title: fmt.Sprintf("article %d", id), publishedAt: fmt.Sprintf("2026-03-0%d", id)}
		snap.articles[id], snap.order = a, append(snap.order, a)
	}
	stances := []string{match.StanceAsserts, match.StanceAsserts, match.StanceDenies, match.StanceDoubts, match.StanceUnconfirmed}
	c := &snapClaim{id: 1, statement: "a claim"}
	for k, n := 0, r.Intn(13); k < n; k++ {
		m := &snapMention{spanID: int64(k + 1), claimID: 1, articleID: int64(1 + r.Intn(4)), quote: fmt.Sprintf("quote %d", k),
			stance: stances[r.Intn(len(stances))], value: randomValue(r)}
		if m.value.Kind != reading.KindNone && r.Intn(3) == 0 {
			for x := r.Intn(3); x >= 0; x-- {
				if v := randomValue(r); v.Kind != reading.KindNone {
					m.more = append(m.more, v)
				}
			}
		}
		c.mentions = append(c.mentions, m)
	}
	sort.SliceStable(c.mentions, func(i, j int) bool { return c.mentions[i].articleID < c.mentions[j].articleID })
	snap.claims, snap.byID[1] = []*snapClaim{c}, c
	return snap, c
}

// conflictKeys are conflicts as "span–span kind value–value", each pair of mentions once
// in either order; grouped pairs are expanded to every pair of mentions they stand for.
func conflictKeys(c *snapClaim, pairs []mentionPair, groups []readingGroup) []string {
	val := func(v reading.Value) string { return v.Kind + ":" + v.Text() + ":" + v.Unit }
	key := func(a, b *snapMention, va, vb reading.Value, kind string) string {
		x, y := fmt.Sprintf("%d/%s", a.spanID, val(va)), fmt.Sprintf("%d/%s", b.spanID, val(vb))
		if y < x {
			x, y = y, x
		}
		return x + " " + y + " " + kind
	}
	var out []string
	for _, p := range pairs {
		if p.cmp.Verdict != reading.Conflict {
			continue
		}
		if groups == nil {
			out = append(out, key(p.a, p.b, p.va, p.vb, p.cmp.Kind))
			continue
		}
		// the values of the representatives' positions, read from each mention itself
		at := func(m, rep *snapMention, v reading.Value) reading.Value {
			vs, reps := append([]reading.Value{m.value}, m.more...), append([]reading.Value{rep.value}, rep.more...)
			for x := range reps {
				if reps[x].Raw == v.Raw && reps[x].Text() == v.Text() && reps[x].Unit == v.Unit {
					return vs[x]
				}
			}
			return v
		}
		for _, ij := range expandConflict(claimComparison{groups: groups}, p) {
			a, b := c.mentions[ij[0]], c.mentions[ij[1]]
			out = append(out, key(a, b, at(a, p.a, p.va), at(b, p.b, p.vb), p.cmp.Kind))
		}
	}
	sort.Strings(out)
	return out
}

// pairwiseAgreement is each column's agreement as the matrix marked it from every pair.
func pairwiseAgreement(c *snapClaim, pairs []mentionPair) map[string]string {
	col := func(m *snapMention) string { return "a" + strconv.FormatInt(m.articleID, 10) }
	cols, seen := map[string]bool{}, map[string]map[reading.Verdict]bool{}
	for _, m := range c.mentions {
		cols[col(m)] = true
	}
	for _, p := range pairs {
		ca, cb := col(p.a), col(p.b)
		if ca == cb {
			continue
		}
		for _, x := range []string{ca, cb} {
			if seen[x] == nil {
				seen[x] = map[reading.Verdict]bool{}
			}
			seen[x][p.cmp.Verdict] = true
		}
	}
	out := map[string]string{}
	for x := range cols {
		switch s := seen[x]; {
		case len(cols) < 2:
			out[x] = "only"
		case s[reading.Conflict]:
			out[x] = "conflicts"
		case s == nil || s[reading.Agree]:
			out[x] = "agrees"
		default:
			out[x] = "unknown"
		}
	}
	return out
}

func TestCompareByReadingGroupListsThePairwiseConflicts(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	grouped, withConflicts := 0, 0
	for round := 0; round < 3000; round++ {
		snap, c := randomClaim(r)
		old := pairwiseCompare(c)
		c.comparison = snap.compare(c)
		cc := c.comparison
		if cc.skippedReadings != 0 {
			t.Fatalf("round %d: %d readings skipped in a claim of %d mentions", round, cc.skippedReadings, len(c.mentions))
		}
		want, got := conflictKeys(c, old, nil), conflictKeys(c, cc.pairs, cc.groups)
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("round %d: conflicts differ\npairwise: %q\ngrouped:  %q", round, want, got)
		}
		if len(cc.groups) < len(c.mentions) {
			grouped++
		}
		if len(want) > 0 {
			withConflicts++
		}
		// a row shows a pair of versions of one article when it stands for one
		for _, p := range cc.conflicts() {
			q, want := snap.shown(c, cc, p), false
			for _, i := range cc.groups[p.g].members {
				for _, j := range cc.groups[p.h].members {
					want = want || i != j && snap.revised(c.mentions[i].articleID, c.mentions[j].articleID)
				}
			}
			if got := snap.revised(q.a.articleID, q.b.articleID); got != want && p.g != p.h {
				t.Fatalf("round %d: shown pair revised %v, its groups hold a revised pair: %v", round, got, want)
			}
			if q.va.Text() != p.va.Text() || q.vb.Text() != p.vb.Text() || q.cmp != p.cmp {
				t.Fatalf("round %d: the shown pair reads %s/%s, the groups %s/%s", round, q.va.Text(), q.vb.Text(), p.va.Text(), p.vb.Text())
			}
		}
		// the matrix marks the same cells (a column per article)
		colOf := map[int64]*MatrixColumn{}
		for id := range snap.articles {
			colOf[id] = &MatrixColumn{ID: "a" + strconv.FormatInt(id, 10)}
		}
		row := snap.row(c, colOf, "article")
		wantAgreement := pairwiseAgreement(c, old)
		for _, cell := range row.Cells {
			if cell.Agreement != wantAgreement[cell.ColumnID] {
				t.Fatalf("round %d: column %s is %q grouped, %q pairwise", round, cell.ColumnID, cell.Agreement, wantAgreement[cell.ColumnID])
			}
		}
		// the count of conflicting mention pairs is kept: each group pair stands for its product
		n := 0
		for _, p := range cc.conflicts() {
			moreA, moreB := cc.more(p)
			if p.g == p.h {
				k := moreA + 2
				n += k * (k - 1) / 2
			} else {
				n += (moreA + 1) * (moreB + 1)
			}
		}
		if n != len(want) {
			t.Fatalf("round %d: groups stand for %d conflicting pairs, pairwise %d", round, n, len(want))
		}
	}
	// the random claims exercise what they are for
	if grouped < 500 || withConflicts < 500 {
		t.Fatalf("only %d claims had a group of two or more mentions and %d a conflict", grouped, withConflicts)
	}
}

// expandConflict is every pair of mentions (indexes into the claim's mentions) a grouped
// conflict stands for: each of one group against each of the other, or every two of one.
func expandConflict(cc claimComparison, p mentionPair) [][2]int {
	var out [][2]int
	for _, i := range cc.groups[p.g].members {
		for _, j := range cc.groups[p.h].members {
			if i == j || p.g == p.h && j < i {
				continue
			}
			out = append(out, [2]int{i, j})
		}
	}
	return out
}
