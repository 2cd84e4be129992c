// Run: cd scripts/datecmp && go run . ../../app/reading/testdata/dates.txt (a module of its own, so
// the app does not depend on the parsers it was measured against).
// Compares date parsers with relative-date support against app/reading on the phrase
// table written for issue 13 (app/reading/testdata/dates.txt and holdout.txt dates).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
	"github.com/tj/go-naturaldate"
)

type row struct{ pub, phrase, start, end string }

func load(path string) []row {
	f, _ := os.Open(path)
	defer f.Close()
	var out []row
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "|")
		if len(c) != 7 || strings.TrimSpace(c[0]) != "D" {
			continue
		}
		for i := range c {
			c[i] = strings.TrimSpace(c[i])
		}
		out = append(out, row{c[1], c[2], c[3], c[4]})
	}
	return out
}

// right: the parser's day lies in the expected interval; an expected "-" (unresolvable:
// no publication date, or no such day) is right only when the parser returns nothing.
func right(r row, got string, ok bool) bool {
	if r.start == "-" {
		return !ok
	}
	return ok && got >= r.start && got <= r.end
}

func main() {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	var rows []row
	for _, p := range os.Args[1:] {
		rows = append(rows, load(p)...)
	}
	names := []string{"olebedev/when v1.1.0", "markusmobius/go-dateparser v1.4.7", "tj/go-naturaldate v1.3.0"}
	score := make([]int, 3)
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC) // the machine's "today": what a parser falls back on
	for _, r := range rows {
		base := now
		if r.pub != "-" {
			base, _ = time.Parse("2006-01-02", r.pub)
			base = base.Add(12 * time.Hour)
		}
		var got [3]string
		var ok [3]bool
		if res, err := w.Parse(r.phrase, base); err == nil && res != nil {
			got[0], ok[0] = res.Time.Format("2006-01-02"), true
		}
		cfg := &dps.Configuration{CurrentTime: base, PreferredDateSource: dps.Past, Languages: []string{"en"}}
		if d, err := dps.Parse(cfg, r.phrase); err == nil && !d.Time.IsZero() {
			got[1], ok[1] = d.Time.Format("2006-01-02"), true
		}
		if t, err := naturaldate.Parse(r.phrase, base, naturaldate.WithDirection(naturaldate.Past)); err == nil && !t.Equal(base) {
			got[2], ok[2] = t.Format("2006-01-02"), true
		}
		marks := ""
		for i := range 3 {
			if right(r, got[i], ok[i]) {
				score[i]++
				marks += " +"
			} else {
				marks += " -"
			}
		}
		fmt.Printf("%-10s %-24q want %s..%s |%s | %v\n", r.pub, r.phrase, r.start, r.end, marks, got)
	}
	for i, n := range names {
		fmt.Printf("%s: %d of %d right\n", n, score[i], len(rows))
	}
}
