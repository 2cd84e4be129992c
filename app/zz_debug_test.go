package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"claimdesk/app/stories"
)

func TestZZDebug(t *testing.T) {
	all, err := stories.LoadSplits(filepath.Join("..", "testdata", "stories"), stories.Dev)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range all {
		if os.Getenv("ZZ") != "" && filepath.Base(st.Name) != os.Getenv("ZZ") {
			continue
		}
		svc, articleID, toBody := evalImport(t, st)
		claimOf := map[string]int64{}
		for _, c := range st.Claims {
			m, _ := st.FirstMention(c.ID)
			s, e := toBody(m)
			id, err := analystMarks(svc, articleID[m.Article], s, e, m.Quote)
			if err != nil {
				t.Fatal(err)
			}
			claimOf[c.ID] = id
		}
		for _, c := range st.Claims {
			ws := svc.Matching.ws
			corp, err := ws.claimCorpus(ws.DB().Q, claimOf[c.ID])
			if err != nil {
				t.Fatal(err)
			}
			cands, _ := ws.propose(corp, claimOf[c.ID], 0.08)
			first, _ := st.FirstMention(c.ID)
			fmt.Printf("== %s %s\n", c.ID, first.Quote)
			for _, cd := range cands {
				best, bo := "", 0
				for _, m := range st.Mentions {
					if articleID[m.Article] != cd.ArticleID {
						continue
					}
					s, e := toBody(m)
					ov := min(int(cd.End), e) - max(int(cd.Start), s)
					if ov > bo {
						best, bo = m.ID+"("+m.Claim+")", ov
					}
				}
				mark := " "
				if bo > 0 && best[len(best)-len(c.ID)-2:] == "("+c.ID+")" {
					mark = "+"
				}
				q := []rune(cd.Quote)
				if len(q) > 90 {
					q = q[:90]
				}
				fmt.Printf("  %s %.3f %-10s %s | %s\n", mark, cd.Score, best, string(q), cd.Explanation)
			}
		}
	}
}
