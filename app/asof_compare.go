package app

// Comparing a claim's mentions in the as-of snapshot: stances and values, reading group by
// reading group. Mentions that read the same (the same stance and the same normalised
// values: what reading.Judge and match.Opposed look at) are one group; two groups are
// compared once, by a representative of each, and the verdict stands for every pair of
// mentions across them. Comparing every pair of mentions made a claim of 10,002 mentions
// ask for a 21.6 GB slice and killed the process (docs/reliability.md).

import (
	"fmt"
	"strconv"
	"strings"

	"claimdesk/app/match"
	"claimdesk/app/reading"
)

// maxReadings caps the distinct readings of one claim that are compared (groups, not
// mentions: 200 readings are 20,100 comparisons). Comparing is cheap; listing is not: at
// 500 readings that all conflict the claim page listed 124,750 contradictions, 2.1 s and
// a 471 MB peak heap per open. The readings after the first maxReadings (in text order of
// their first mention) are not compared, and the response says so (claimComparison.note).
const maxReadings = 200

// readingGroup is the mentions of a claim that read the same, in text order (indexes into
// the claim's mentions).
type readingGroup struct {
	members []int
}

// mentionPair is two mentions of a claim (indexes into its mentions) and the values of
// each that were compared; cmp.Reason is left empty (explanations cost: reason() writes one
// when shown). g and h are the reading groups of a and b: the verdict stands for every
// mention of g against every mention of h (g == h: every two mentions of that group).
type mentionPair struct {
	i, j   int
	g, h   int
	x, y   int // the positions of va and vb among a's and b's values (0: the first)
	a, b   *snapMention
	va, vb reading.Value
	cmp    reading.Comparison
	sa, sb match.StateReading // of a contradiction of kind "contrary": the two exclusive states
}

type claimComparison struct {
	groups []readingGroup // the compared reading groups, by first mention
	pairs  []mentionPair  // every compared pair of values, one per pair of groups
	// not compared: readings past maxReadings, and their mentions
	skippedReadings, skippedMentions int

	// two of the mentions are in different versions of one article (shown looks for a pair)
	versions bool
}

// readingKey is what a comparison of mention m reads: its stance and, of each value, the
// fields reading.Judge reads (kind, range, unit, interval, precision, hedge, and whether
// the figure is written in digits: maybeShare).
func readingKey(m *snapMention, contested map[string]bool) string {
	var b strings.Builder
	b.WriteString(m.stance)
	for _, v := range append([]reading.Value{m.value}, m.more...) {
		b.WriteByte('|')
		b.WriteString(v.Kind)
		b.WriteByte(';')
		if v.Low != nil {
			b.WriteString(strconv.FormatFloat(*v.Low, 'g', -1, 64))
		}
		b.WriteByte(';')
		if v.High != nil {
			b.WriteString(strconv.FormatFloat(*v.High, 'g', -1, 64))
		}
		fmt.Fprintf(&b, ";%s;%s;%s;%s;%s;%t", v.Unit, v.Start, v.End, v.Precision, v.Hedge, strings.ContainsAny(v.Raw, "0123456789"))
		if m.value.Kind == reading.KindNone {
			break // "more" values are read only when the first is a value
		}
	}
	// the states it says, of the concepts the claim's mentions give two values (only those
	// can contradict: a state no other mention contradicts leaves the groups as they were)
	if len(contested) > 0 {
		if k := m.states.KeyOf(contested); k != "" {
			b.WriteString("|states:")
			b.WriteString(k)
		}
	}
	return b.String()
}

// groupReadings splits mentions into reading groups, by first mention; groups past
// maxReadings are returned as counts.
func groupReadings(mentions []*snapMention, contested map[string]bool) (groups []readingGroup, skippedReadings, skippedMentions int) {
	at := map[string]int{}
	for i, m := range mentions {
		k := readingKey(m, contested)
		g, ok := at[k]
		if !ok {
			g = len(groups)
			at[k] = g
			groups = append(groups, readingGroup{})
		}
		groups[g].members = append(groups[g].members, i)
	}
	if len(groups) > maxReadings {
		for _, g := range groups[maxReadings:] {
			skippedMentions += len(g.members)
		}
		skippedReadings = len(groups) - maxReadings
		groups = groups[:maxReadings]
	}
	return groups, skippedReadings, skippedMentions
}

// compare compares the reading groups of a claim's accepted mentions, two by two (and each
// with itself when it holds two mentions or more): their stances (one asserts what the
// other denies: a contradiction of kind "stance"), and when both carry a value their first
// values, and then every further value with the other's values of the same kind (a date
// with a date, a figure with a figure), by range arithmetic with their hedges.
func (snap *snapshot) compare(c *snapClaim) claimComparison {
	var out claimComparison
	n, stances := 0, map[string]bool{}
	values := map[string]string{} // concept → a value some mention gives it
	var contested map[string]bool // concepts two mentions give two values
	for _, m := range c.mentions {
		if m.value.Kind != reading.KindNone {
			n++
		}
		stances[m.stance] = true
		m.states = match.ReadStates(m.quote)
		for _, st := range m.states.States {
			if v, ok := values[st.Concept]; ok && v != st.Value {
				if contested == nil {
					contested = map[string]bool{}
				}
				contested[st.Concept] = true
			}
			values[st.Concept] = st.Value
		}
	}
	opposed := stances[match.StanceAsserts] && stances[match.StanceDenies]
	if n < 2 && !opposed && len(contested) == 0 {
		return out
	}
	out.groups, out.skippedReadings, out.skippedMentions = groupReadings(c.mentions, contested)
	firstArticle := map[int64]int64{} // story → an article of it with a mention
	for _, m := range c.mentions {
		s := snap.story(m.articleID)
		if a, ok := firstArticle[s]; !ok {
			firstArticle[s] = m.articleID
		} else if a != m.articleID {
			out.versions = true
			break
		}
	}
	k := len(out.groups)
	out.pairs = make([]mentionPair, 0, k*(k-1)/2+k) // one per two groups (and per group), for single values
	for g := range out.groups {
		for h := g; h < len(out.groups); h++ {
			i, j := out.groups[g].members[0], out.groups[h].members[0]
			if g == h {
				if len(out.groups[g].members) < 2 {
					continue
				}
				j = out.groups[g].members[1]
			}
			out.pairs = compareMentions(out.pairs, c, opposed, i, j, g, h)
		}
	}
	return out
}

// compareMentions appends the comparison of mentions i and j (of groups g and h) to out.
func compareMentions(out []mentionPair, c *snapClaim, opposed bool, i, j, g, h int) []mentionPair {
	a, b := c.mentions[i], c.mentions[j]
	if opposed && match.Opposed(a.stance, b.stance) {
		return append(out, mentionPair{i: i, j: j, g: g, h: h, a: a, b: b, cmp: reading.Comparison{Verdict: reading.Conflict, Kind: "stance"}})
	}
	sa, sb, contra, changed := match.Contrary(a.states, b.states)
	if contra && a.stance == match.StanceAsserts && b.stance == match.StanceAsserts {
		return append(out, mentionPair{i: i, j: j, g: g, h: h, a: a, b: b, sa: sa, sb: sb,
			va: reading.Value{Raw: sa.Words}, vb: reading.Value{Raw: sb.Words}, cmp: reading.Comparison{Verdict: reading.Conflict, Kind: "contrary"}})
	}
	if a.value.Kind == reading.KindNone || b.value.Kind == reading.KindNone {
		return out
	}
	if changed {
		// one subject in two exclusive states at two times ("closed in March", "reopened
		// in May"): a change, told at two dates; their dates do not contradict
		return out
	}
	v, kind := judge(a, b, a.value, b.value)
	first := mentionPair{i: i, j: j, g: g, h: h, a: a, b: b, va: a.value, vb: b.value, cmp: reading.Comparison{Verdict: v, Kind: kind}}
	if len(a.more) == 0 && len(b.more) == 0 {
		return append(out, first)
	}
	vas, vbs := append([]reading.Value{a.value}, a.more...), append([]reading.Value{b.value}, b.more...)
	agreeA, agreeB := agreements(vas, vbs)
	if !aboutOtherThing(first, agreeA[0], agreeB[0]) {
		out = append(out, first)
	}
	for x, va := range vas {
		for y, vb := range vbs {
			if (x == 0 && y == 0) || va.Kind != vb.Kind {
				continue
			}
			v, kind := judge(a, b, va, vb)
			p := mentionPair{i: i, j: j, g: g, h: h, x: x, y: y, a: a, b: b, va: va, vb: vb, cmp: reading.Comparison{Verdict: v, Kind: kind}}
			if !aboutOtherThing(p, agreeA[x], agreeB[y]) {
				out = append(out, p)
			}
		}
	}
	return out
}

// judge compares value va of mention a with vb of mention b (reading.Judge), except a date
// said of something to come against one said of what happened ("is expected to reopen on
// Saturday" / "reopened on Thursday"; reading.Forecast): a forecast or a plan and the event
// are not two accounts of one time, so they are not compared (two forecasts, or two
// reports, are); kind "forecast" says why where the pair is shown (the matrix's cell). Figures are compared whatever their mood: "expected to settle nearer
// 31" against "above 35" is a disagreement about one rate.
func judge(a, b *snapMention, va, vb reading.Value) (reading.Verdict, string) {
	if va.Kind == reading.KindDate && vb.Kind == reading.KindDate && reading.Forecast(a.quote, va.Raw) != reading.Forecast(b.quote, vb.Raw) {
		return reading.Unknown, "forecast"
	}
	return reading.Judge(va, vb)
}

// aboutOtherThing reports a conflict between two values of mentions that give several:
// one of the two agrees with another value of the other mention ("Rescuers recovered 14
// bodies and pulled 60 people from the water" / "14 people died": 60 is not the toll, 14
// is). A sentence that names a part and its whole, or a toll and the rescued, holds figures
// about different things; only a value that agrees with none of the other's is in conflict.
// agreesA and agreesB say whether p's values agree with some value of the other mention
// (agreements); the value p pairs them with is not one, since the two conflict.
func aboutOtherThing(p mentionPair, agreesA, agreesB bool) bool {
	return p.cmp.Verdict == reading.Conflict && (agreesA || agreesB)
}

// agreements says of each value of vas whether it agrees with some value of the same kind
// in vbs, and of each of vbs whether it agrees with some of vas. Read once per pair of
// mentions: asked again for every pair of values, it made comparing two mentions of n
// values each cost n³ readings (200 values each: a second).
func agreements(vas, vbs []reading.Value) (agreeA, agreeB []bool) {
	agreeA, agreeB = make([]bool, len(vas)), make([]bool, len(vbs))
	for x, va := range vas {
		for y, vb := range vbs {
			if va.Kind != vb.Kind || agreeA[x] && agreeB[y] {
				continue
			}
			if v, _ := reading.Judge(va, vb); v == reading.Agree {
				agreeA[x], agreeB[y] = true, true
			}
		}
	}
	return agreeA, agreeB
}

func (p mentionPair) reason() string {
	if p.cmp.Kind == "contrary" {
		return fmt.Sprintf("one says %q, the other %q: %s against %s", clipLabel(p.sa.Phrase), clipLabel(p.sb.Phrase),
			strings.ToLower(p.sa.Words), strings.ToLower(p.sb.Words))
	}
	if p.cmp.Kind == "stance" {
		return fmt.Sprintf("one %s what the other %s: %q vs %q", stanceVerb(p.a.stance), stanceVerb(p.b.stance),
			clipLabel(p.a.quote), clipLabel(p.b.quote))
	}
	if p.cmp.Kind == "forecast" {
		ahead, past, qa, qp := p.va, p.vb, p.a.quote, p.b.quote
		if !reading.Forecast(p.a.quote, p.va.Raw) {
			ahead, past, qa, qp = p.vb, p.va, p.b.quote, p.a.quote
		}
		return fmt.Sprintf("one gives %q (%s) as what is to come: %q; the other %q (%s) as what happened: %q; a forecast or a plan is not compared with the event",
			ahead.Raw, ahead.Text(), clipLabel(qa), past.Raw, past.Text(), clipLabel(qp))
	}
	return reading.Compare(p.va, p.vb).Reason
}

// shown is the pair of mentions that stands for p where it is shown: p's own, unless p
// stands for a pair of versions of one article (a revision changed the value) and its own
// pair is not one; then the first such pair, so that the revision is named. Its values
// read as p's (the same reading groups).
func (snap *snapshot) shown(c *snapClaim, cc claimComparison, p mentionPair) mentionPair {
	if !cc.versions || p.g == p.h || snap.revised(p.a.articleID, p.b.articleID) {
		return p
	}
	// per story, the first two mentions of g's side in different articles of it (a mention
	// of h in that story pairs as a revision with one of them)
	byStory := map[int64][]int{}
	for _, i := range cc.groups[p.g].members {
		s, have := snap.story(c.mentions[i].articleID), byStory[snap.story(c.mentions[i].articleID)]
		if len(have) < 2 && (len(have) == 0 || c.mentions[have[0]].articleID != c.mentions[i].articleID) {
			byStory[s] = append(have, i)
		}
	}
	for _, j := range cc.groups[p.h].members {
		for _, i := range byStory[snap.story(c.mentions[j].articleID)] {
			if snap.revised(c.mentions[i].articleID, c.mentions[j].articleID) {
				a, b := c.mentions[i], c.mentions[j]
				q := p
				q.i, q.j, q.a, q.b = i, j, a, b
				if p.cmp.Kind != "stance" && p.cmp.Kind != "contrary" {
					q.va, q.vb = valueAt(a, p.x), valueAt(b, p.y)
				}
				return q
			}
		}
	}
	return p
}

// valueAt is m's value at position x (0: the first, then its further values).
func valueAt(m *snapMention, x int) reading.Value {
	if x == 0 {
		return m.value
	}
	return m.more[x-1]
}

// more counts the mentions p stands for besides its own two: on a's side (a's reading
// group) and on b's (within one group, the group's others count on a's side).
func (cc claimComparison) more(p mentionPair) (moreA, moreB int) {
	if p.g == p.h {
		return len(cc.groups[p.g].members) - 2, 0
	}
	return len(cc.groups[p.g].members) - 1, len(cc.groups[p.h].members) - 1
}

// others says in words which further mentions p stands for ("and 212 more mentions say
// 300 casualties; 1 more says 400 casualties"); "" when none.
func (cc claimComparison) others(p mentionPair) string {
	moreA, moreB := cc.more(p)
	side := func(n int, m *snapMention, v reading.Value) string {
		noun, verb := "mentions", "say "+v.Text()
		if n == 1 {
			noun = "mention"
		}
		switch {
		case p.cmp.Kind == "contrary":
			st := p.sa
			if m == p.b {
				st = p.sb
			}
			verb = fmt.Sprintf("say %q", strings.ToLower(st.Words))
			if n == 1 {
				verb = "says " + verb[4:]
			}
		case v.Kind != reading.KindNone && v.Resolved():
			if n == 1 {
				verb = "says " + v.Text()
			}
		default:
			verb = stancePhrase(m.stance, n) // the grade's and the matrix's words ("states it")
		}
		return fmt.Sprintf("%d more %s %s", n, noun, verb)
	}
	var parts []string
	if moreA > 0 {
		parts = append(parts, side(moreA, p.a, p.va))
	}
	if moreB > 0 {
		parts = append(parts, side(moreB, p.b, p.vb))
	}
	if len(parts) == 0 {
		return ""
	}
	return "and " + strings.Join(parts, "; ")
}

// note says what was not compared, "" when everything was ("compared the first 200
// readings; 37 more readings (120 mentions) not compared").
func (cc claimComparison) note() string {
	if cc.skippedReadings == 0 {
		return ""
	}
	return fmt.Sprintf("compared the first %d readings; %d more readings (%d mentions) not compared", len(cc.groups), cc.skippedReadings, cc.skippedMentions)
}

// stanceVerb is a stance as a verb for explanations ("one asserts what the other denies").
func stanceVerb(stance string) string {
	switch stance {
	case match.StanceDoubts:
		return "doubts"
	case match.StanceUnconfirmed:
		return "reports as unconfirmed"
	case match.StanceDenies:
		return "denies"
	}
	return "asserts"
}

// maxReasons caps the explanations listed per cell or suggestion.
const maxReasons = 5

// contradictionCount is the one count of a claim's contradictions, as the claim page,
// the claims list's sort and export column, the matrix and the grade's reasons all say
// it: conflicting pairs of reading groups whose readings cannot both be true (figures,
// dates, stances, exclusive states). Figures in different units are listed beside them
// but compare nothing, so they are no contradiction (the grade calls them differences).
func (cc claimComparison) contradictionCount() int {
	n := 0
	for _, p := range cc.pairs {
		if p.cmp.Verdict == reading.Conflict && p.cmp.Kind != "unit" {
			n++
		}
	}
	return n
}

// conflicts are the conflicting pairs of reading groups (each stands for every pair of
// mentions across its two groups: more, others).
func (cc claimComparison) conflicts() []mentionPair {
	n := 0
	for _, p := range cc.pairs {
		if p.cmp.Verdict == reading.Conflict {
			n++
		}
	}
	out := make([]mentionPair, 0, n)
	for _, p := range cc.pairs {
		if p.cmp.Verdict == reading.Conflict {
			out = append(out, p)
		}
	}
	return out
}
