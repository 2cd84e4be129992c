package stories

import (
	"path/filepath"
	"strings"
	"testing"
)

const root = "../../testdata/stories"

// TestGoldSelfConsistent: every gold file agrees with its articles and with itself
// (see Check), and the set has the shape the evaluation needs.
func TestGoldSelfConsistent(t *testing.T) {
	all, err := Load(root)
	if err != nil {
		t.Fatal(err)
	}
	splits := map[Split]int{}
	for _, st := range all {
		splits[st.Split]++
		for _, err := range Check(st) {
			t.Error(err)
		}
		if len(st.Articles) != 4 {
			t.Errorf("%s: %d articles, want 4", st.Name, len(st.Articles))
		}
	}
	if splits[Dev] < 2 {
		t.Errorf("%d dev stories, want at least 2", splits[Dev])
	}
	if splits[Closed] < 1 {
		t.Errorf("%d closed stories, want at least 1", splits[Closed])
	}
}

// TestCheckFindsErrors: Check is not blind: a shifted offset, a wrong origin count,
// an unlisted denial and a hard negative inside one claim are each reported.
func TestCheckFindsErrors(t *testing.T) {
	st, err := LoadStory(filepath.Join(root, "dev", "yellow-sea-patrol"), Dev)
	if err != nil {
		t.Fatal(err)
	}
	if errs := Check(st); len(errs) != 0 {
		t.Fatalf("the story itself does not check: %v", errs)
	}
	cases := map[string]func(g *Gold){
		"not the quote":       func(g *Gold) { g.Mentions[0].Start++; g.Mentions[0].End++ },
		"independent origins": func(g *Gold) { g.Origins[0].Count++ },
		"not listed as a contradiction": func(g *Gold) {
			for i, c := range g.Contradictions {
				if c.Kind == "stance" {
					g.Contradictions = append(g.Contradictions[:i:i], g.Contradictions[i+1:]...)
					return
				}
			}
		},
		"both are mentions of": func(g *Gold) { g.HardNegatives[0].B = g.HardNegatives[0].A },
		"does not end at the article's outlet": func(g *Gold) {
			for i, m := range g.Mentions {
				if len(m.Origin.Chain) > 0 {
					g.Mentions[i].Origin.Chain = []string{"Reuters"}
					return
				}
			}
		},
	}
	for want, spoil := range cases {
		bad := st
		bad.Gold = cloneGold(st.Gold)
		spoil(&bad.Gold)
		errs := Check(bad)
		found := false
		for _, e := range errs {
			found = found || strings.Contains(e.Error(), want)
		}
		if !found {
			t.Errorf("spoiled gold (%s): Check said %v", want, errs)
		}
	}
}

func cloneGold(g Gold) Gold {
	c := g
	c.Mentions = append([]Mention(nil), g.Mentions...)
	c.Origins = append([]ClaimOrigins(nil), g.Origins...)
	c.Contradictions = append([]MentionPair(nil), g.Contradictions...)
	c.HardNegatives = append([]MentionPair(nil), g.HardNegatives...)
	return c
}
