package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/app/casefile"
	"claimdesk/app/match"
)

// The contrary bench (app/match/testdata/contrary-bench, README.md there): pairs of short
// mentions of one claim, each pair a contradiction that carries no negation ("the system
// was working" / "the system failed") or a pair that only looks like one (other parts,
// other times, other subjects, a fear or a question, a double negation). Each pair is
// compared by the call the app makes for two accepted mentions of a claim
// (snapshot.compare), with each mention's stance read toward the claim as readMention
// reads it and its values as the app normalises them. CONTRARY_HALF=A, B or C scores one
// half; unset, all are scored against their floors. Half B is sealed: scored to measure,
// its errors printed only with CONTRARY_ERRORS=1. Half C (r14fc) is look-alikes an
// analyst would be shown as false contradictions (forecasts, refusals of other things,
// third parties' denials of their own part, conditionals) beside true ones; developed on.

type contraryCase struct {
	Half, Kind     string
	Line           int
	Claim          string
	OutletA, TextA string
	OutletB, TextB string
	Contradicts    bool
	Why            string
}

// contraryFloors are the regression guards per half: right answers, contradictions found
// (of the gold ones) and false contradictions (at most). Set at branch r14contra's end
// (docs/verification-eval.md, "Contradictions without negation"): before the contrary
// reading half A was 38/84 (3 of 40 found, 9 false), half B 36/84 (2 of 40, 10 false). Every
// false contradiction left is the stance or date reading's, none the contrary reading's.
// Half C was set at branch r14fc's end (docs/verification-eval.md, "False contradictions
// (r14fc)"): before it 20/34 (12 of 12 found, 14 false); half A then rose to 82/84 (2 false),
// and the sealed half B, read by the lead on merged main, to 81/84 (1 false).
var contraryFloors = map[string]struct{ Right, Found, FalseMax int }{
	"A": {Right: 82, Found: 40, FalseMax: 2},
	"B": {Right: 81, Found: 38, FalseMax: 1},
	"C": {Right: 31, Found: 11, FalseMax: 2},
}

func loadContraryBench(t *testing.T, half string) []contraryCase {
	t.Helper()
	path := filepath.Join("match", "testdata", "contrary-bench", half+".txt")
	cases, err := casefile.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []contraryCase
	for _, k := range cases {
		cur := contraryCase{Half: half, Kind: k.Heading, Line: k.Line}
		for _, f := range k.Fields {
			key, val, n := f.Key, f.Value, f.Line
			switch key {
			case "claim":
				cur.Claim = val
			case "a", "b":
				outlet, text, ok := strings.Cut(val, "|")
				if !ok {
					t.Fatalf("%s:%d: want %s: <outlet> | <text>", path, n, key)
				}
				if key == "a" {
					cur.OutletA, cur.TextA = strings.TrimSpace(outlet), strings.TrimSpace(text)
				} else {
					cur.OutletB, cur.TextB = strings.TrimSpace(outlet), strings.TrimSpace(text)
				}
			case "gold":
				switch val {
				case "contradicts":
					cur.Contradicts = true
				case "compatible":
				default:
					t.Fatalf("%s:%d: gold must be contradicts or compatible, got %q", path, n, val)
				}
			case "why":
				cur.Why = val
			default:
				t.Fatalf("%s:%d: unknown field %q", path, n, key)
			}
		}
		out = append(out, cur)
	}
	for _, c := range out {
		if c.TextA == "" || c.TextB == "" || c.OutletA == "" || c.OutletB == "" || c.Why == "" {
			t.Fatalf("%s:%d: a, b (with outlets) and why are required", path, c.Line)
		}
	}
	return out
}

// compareContraryCase compares the case's two mentions as two accepted mentions of one
// claim in two articles, and returns the contradiction found ("" when none) with its
// kind.
func compareContraryCase(c contraryCase) (kind, why string) {
	statement := c.Claim
	if statement == "" {
		statement = c.TextA
	}
	const published = "2026-06-15T09:00:00Z"
	mention := func(id int64, text string) *snapMention {
		stance, _ := match.ReadStanceInText(statement, text, 0, len([]rune(text)))
		vs := mentionValues("", text, published, "")
		return &snapMention{spanID: id, articleID: id, quote: text, value: vs[0], more: vs[1:], stance: stance}
	}
	snap := &snapshot{articles: map[int64]*snapArticle{
		1: {id: 1, story: 1, publishedAt: published, sourceName: c.OutletA},
		2: {id: 2, story: 2, publishedAt: published, sourceName: c.OutletB},
	}}
	claim := &snapClaim{id: 1, statement: statement, mentions: []*snapMention{mention(1, c.TextA), mention(2, c.TextB)}}
	cc := snap.compare(claim)
	for _, p := range cc.conflicts() {
		if p.cmp.Kind == "unit" {
			continue // "probably different claims": not a contradiction (grades.go)
		}
		return p.cmp.Kind, p.reason()
	}
	return "", ""
}

func TestContraryBench(t *testing.T) {
	halves := []string{"A", "B", "C"}
	if h := os.Getenv("CONTRARY_HALF"); h != "" {
		halves = []string{h}
	}
	for _, half := range halves {
		cases := loadContraryBench(t, half)
		right, found, gold, falseC := 0, 0, 0, 0
		byKind := map[string][2]int{}
		var kinds []string
		var errs []string
		for _, c := range cases {
			kind, why := compareContraryCase(c)
			got := kind != ""
			k := byKind[c.Kind]
			if k[1] == 0 {
				kinds = append(kinds, c.Kind)
			}
			k[1]++
			if got == c.Contradicts {
				right++
				k[0]++
			} else if got {
				errs = append(errs, fmt.Sprintf("line %d (%s): false contradiction [%s: %s] (gold: %s)\n      a: %s\n      b: %s", c.Line, c.Kind, kind, why, c.Why, c.TextA, c.TextB))
			} else {
				errs = append(errs, fmt.Sprintf("line %d (%s): missed (gold: %s)\n      a: %s\n      b: %s", c.Line, c.Kind, c.Why, c.TextA, c.TextB))
			}
			byKind[c.Kind] = k
			if c.Contradicts {
				gold++
				if got {
					found++
				}
			} else if got {
				falseC++
			}
		}
		prec := 0.0
		if found+falseC > 0 {
			prec = float64(found) / float64(found+falseC)
		}
		t.Logf("CONTRARY half %s: right %d/%d (%.3f) | contradictions found %d of %d (recall %.3f), false %d of %d compatible (precision %.3f)",
			half, right, len(cases), float64(right)/float64(len(cases)), found, gold, float64(found)/float64(gold), falseC, len(cases)-gold, prec)
		for _, k := range kinds {
			t.Logf("    %-16s %d/%d", k, byKind[k][0], byKind[k][1])
		}
		if half != "B" || os.Getenv("CONTRARY_ERRORS") != "" {
			for _, e := range errs {
				t.Logf("  %s", e)
			}
		}
		fl := contraryFloors[half]
		if right < fl.Right || found < fl.Found || falseC > fl.FalseMax {
			t.Errorf("half %s under its floor: right %d (floor %d), found %d (floor %d), false %d (at most %d)", half, right, fl.Right, found, fl.Found, falseC, fl.FalseMax)
		}
	}
}
