package stories

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// MinHardNegatives is the fewest hard-negative pairs a story must have.
const MinHardNegatives = 6

// Check reports every way the story's gold file disagrees with itself or with its
// article files: a quote that is not the text at its code-point offsets, overlapping
// mentions, an unknown id or stance, a chain that does not end at the article's outlet,
// independent origins that are not the distinct roots of the claim's mentions, a missing
// or wrong contradiction, a hard negative inside one claim.
func Check(st Story) []error {
	var errs []error
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{st.Name}, args...)...))
	}
	g := &st.Gold
	if g.OffsetUnit != "codepoint" {
		fail("offsetUnit %q, want \"codepoint\"", g.OffsetUnit)
	}

	outlets := map[string]bool{}
	for _, a := range g.Articles {
		if _, ok := st.Texts[a.File]; !ok {
			fail("article %s: no text", a.File)
		}
		if _, err := time.Parse("2006-01-02", a.Published); err != nil {
			fail("article %s: published %q is not YYYY-MM-DD", a.File, a.Published)
		}
		if a.Outlet == "" || outlets[a.Outlet] {
			fail("article %s: outlet %q empty or used twice", a.File, a.Outlet)
		}
		outlets[a.Outlet] = true
	}

	claims := map[string]bool{}
	for _, c := range g.Claims {
		if claims[c.ID] || strings.TrimSpace(c.Statement) == "" {
			fail("claim %q: duplicate id or empty statement", c.ID)
		}
		claims[c.ID] = true
	}

	byID := map[string]Mention{}
	runes := map[string][]rune{}
	for file, t := range st.Texts {
		runes[file] = []rune(t)
	}
	for _, m := range g.Mentions {
		if _, dup := byID[m.ID]; dup {
			fail("mention %s: duplicate id", m.ID)
		}
		byID[m.ID] = m
		text, ok := runes[m.Article]
		if !ok {
			fail("mention %s: unknown article %q", m.ID, m.Article)
			continue
		}
		if !claims[m.Claim] {
			fail("mention %s: unknown claim %q", m.ID, m.Claim)
		}
		if !slices.Contains(Stances, m.Stance) {
			fail("mention %s: stance %q is not one of %v", m.ID, m.Stance, Stances)
		}
		if m.Start < 0 || m.End <= m.Start || m.End > len(text) {
			fail("mention %s: offsets [%d,%d) outside the text (%d code points)", m.ID, m.Start, m.End, len(text))
		} else if got := string(text[m.Start:m.End]); got != m.Quote {
			fail("mention %s: text at [%d,%d) is %q, not the quote %q", m.ID, m.Start, m.End, got, m.Quote)
		}
		if n := len(m.Origin.Chain); n > 0 && m.Origin.Chain[n-1] != g.Outlet(m.Article) {
			fail("mention %s: chain %v does not end at the article's outlet %q", m.ID, m.Origin.Chain, g.Outlet(m.Article))
		}
		for _, v := range m.Values {
			checkValue(m, v, fail)
		}
	}
	for i, a := range g.Mentions {
		for _, b := range g.Mentions[i+1:] {
			if a.Article == b.Article && a.Start < b.End && b.Start < a.End {
				fail("mentions %s and %s overlap", a.ID, b.ID)
			}
		}
	}

	derived := g.IndependentOrigins()
	listed := map[string]bool{}
	for _, o := range g.Origins {
		listed[o.Claim] = true
		want := slices.Clone(derived[o.Claim])
		got := slices.Clone(o.Names)
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(want, got) || o.Count != len(o.Names) {
			fail("claim %s: independent origins %v (count %d), but its mentions' roots are %v", o.Claim, o.Names, o.Count, want)
		}
	}
	for _, c := range g.Claims {
		if !listed[c.ID] {
			fail("claim %s: no independent origins entry", c.ID)
		}
		if _, ok := g.FirstMention(c.ID); !ok {
			fail("claim %s: no mention", c.ID)
		}
	}

	stancePairs := map[[2]string]bool{}
	for _, p := range g.Contradictions {
		a, okA := byID[p.A]
		b, okB := byID[p.B]
		if !okA || !okB || p.A == p.B {
			fail("contradiction %s/%s: unknown or same mention", p.A, p.B)
			continue
		}
		if a.Claim != b.Claim {
			fail("contradiction %s/%s: mentions of different claims", p.A, p.B)
		}
		switch p.Kind {
		case "stance":
			if !opposed(a.Stance, b.Stance) {
				fail("contradiction %s/%s: stances %s and %s do not oppose", p.A, p.B, a.Stance, b.Stance)
			}
			stancePairs[pairKey(p.A, p.B)] = true
		case "value":
			if len(a.Values) == 0 || len(b.Values) == 0 {
				fail("contradiction %s/%s: a value contradiction needs values on both", p.A, p.B)
			}
		default:
			fail("contradiction %s/%s: kind %q is not stance or value", p.A, p.B, p.Kind)
		}
	}
	for i, a := range g.Mentions {
		for _, b := range g.Mentions[i+1:] {
			if a.Claim == b.Claim && opposed(a.Stance, b.Stance) && !stancePairs[pairKey(a.ID, b.ID)] {
				fail("mentions %s and %s oppose (%s/%s) but are not listed as a contradiction", a.ID, b.ID, a.Stance, b.Stance)
			}
		}
	}

	if len(g.HardNegatives) < MinHardNegatives {
		fail("%d hard negatives, want at least %d", len(g.HardNegatives), MinHardNegatives)
	}
	for _, p := range g.HardNegatives {
		a, okA := byID[p.A]
		b, okB := byID[p.B]
		if !okA || !okB {
			fail("hard negative %s/%s: unknown mention", p.A, p.B)
			continue
		}
		if a.Claim == b.Claim {
			fail("hard negative %s/%s: both are mentions of %s", p.A, p.B, a.Claim)
		}
	}
	return errs
}

// opposed: an affirmation and a denial of one claim contradict each other. Doubt and
// "unconfirmed" do not oppose either: they hold the claim open, they do not reject it.
func opposed(a, b string) bool {
	return (a == "asserts" && b == "denies") || (a == "denies" && b == "asserts")
}

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

func checkValue(m Mention, v Value, fail func(string, ...any)) {
	if !strings.Contains(strings.ToLower(m.Quote), strings.ToLower(v.Raw)) {
		fail("mention %s: value %q is not in the quote", m.ID, v.Raw)
	}
	switch v.Kind {
	case "figure":
		if v.Min == nil && v.Max == nil {
			fail("mention %s: figure %q has no bound", m.ID, v.Raw)
		}
		if v.Min != nil && v.Max != nil && *v.Min > *v.Max {
			fail("mention %s: figure %q has min > max", m.ID, v.Raw)
		}
	case "date":
		from, err1 := time.Parse("2006-01-02", v.From)
		to, err2 := time.Parse("2006-01-02", v.To)
		if err1 != nil || err2 != nil || to.Before(from) {
			fail("mention %s: date %q: from %q to %q is not a range of YYYY-MM-DD", m.ID, v.Raw, v.From, v.To)
		}
	default:
		fail("mention %s: value kind %q is not figure or date", m.ID, v.Kind)
	}
}
