package match

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, story := range []string{"palanka-chemical-fire", "namangan-blackout"} {
		dir := "../../testdata/stories/dev/" + story + "/"
		var g struct {
			Articles []struct{ File, Outlet string }
			Mentions []struct {
				ID, Article, Quote, Stance string
				Origin                     any
			}
		}
		b, _ := os.ReadFile(dir + "gold.json")
		json.Unmarshal(b, &g)
		outlet := map[string]string{}
		for _, a := range g.Articles {
			outlet[a.File] = a.Outlet
		}
		for _, m := range g.Mentions {
			tb, _ := os.ReadFile(dir + m.Article)
			text := string(tb)
			i := strings.Index(text, m.Quote)
			s := len([]rune(text[:i]))
			e := s + len([]rune(m.Quote))
			o := ReadOrigin(text, s, e, outlet[m.Article])
			t.Logf("%s %-5s gold %v | app %q (%s) cue %q", story[:4], m.ID, m.Origin, o.Root, o.RootKind, o.Cue)
		}
	}
}
