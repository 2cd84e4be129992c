package cli

import (
	"context"
	"fmt"
	"strings"

	"claimdesk/app"
)

// resolveFlags collects repeated --resolve KEY=mine|theirs.
type resolveFlags []app.MergeResolution

func (r *resolveFlags) String() string { return "" }
func (r *resolveFlags) Set(v string) error {
	key, take, ok := strings.Cut(v, "=")
	if !ok || (take != "mine" && take != "theirs") {
		return fmt.Errorf("--resolve takes KEY=mine or KEY=theirs (KEY as listed, e.g. claims:0193...), got %q", v)
	}
	*r = append(*r, app.MergeResolution{Key: key, Take: take})
	return nil
}

// runMerge merges another analyst's workspace into this one. It prints what the merge
// adds, takes and proposes, and every conflict with both values. Exit status: 0 merged
// (or, with --dry-run, previewed), 1 failure or conflicts left undecided (then nothing
// changed), 2 wrong usage.
func runMerge(ctx context.Context, e *env, args []string) int {
	fs, dbPath := flags(e, "merge")
	dry := fs.Bool("dry-run", false, "show what the merge would do; change nothing")
	takeAll := fs.String("take", "", "settle every conflict not named by --resolve: mine or theirs")
	var resolve resolveFlags
	fs.Var(&resolve, "resolve", "settle one conflict: KEY=mine or KEY=theirs (repeatable)")
	rest, err := parse(fs, args)
	if err != nil || len(rest) != 1 {
		fs.Usage()
		return 2
	}
	if *takeAll != "" && *takeAll != "mine" && *takeAll != "theirs" {
		fmt.Fprintf(e.stderr, "claimdesk: --take must be mine or theirs (got %q)\n", *takeAll)
		return 2
	}
	ws, ok := open(ctx, e, *dbPath, app.OpenOptions{})
	if !ok {
		return 1
	}
	defer ws.Close()
	svc := app.NewServices(ws).Merge
	plan, err := svc.Preview(rest[0])
	if err != nil {
		fail(e, err)
		return 1
	}
	decided := map[string]bool{}
	for _, r := range resolve {
		decided[r.Key] = true
	}
	if *takeAll != "" {
		for _, c := range plan.Conflicts {
			if !decided[c.Key] {
				resolve = append(resolve, app.MergeResolution{Key: c.Key, Take: *takeAll})
			}
		}
	}
	if !*dry {
		merged, err := svc.Merge(rest[0], resolve)
		if err == nil {
			plan = merged
		} else {
			printPlan(e, plan)
			fail(e, err)
			fmt.Fprintln(e.stderr, "claimdesk: settle each conflict with --resolve KEY=mine|theirs, or all with --take mine|theirs")
			return 1
		}
	}
	printPlan(e, plan)
	switch {
	case plan.Applied:
		fmt.Fprintf(e.stdout, "merged %s into %s: %d row(s) added or changed (Edit > Undo in the window takes it back)\n",
			plan.Theirs, ws.DB().Path, plan.Changes())
	default:
		fmt.Fprintf(e.stdout, "dry run: %d row(s) would be added or changed; nothing was written\n", plan.Changes())
	}
	return 0
}

func printPlan(e *env, p app.MergePlan) {
	for _, t := range app.MergeTables() {
		if p.Added[t]+p.Updated[t]+p.Matched[t] == 0 {
			continue
		}
		fmt.Fprintf(e.stdout, "%-18s %6d added  %6d taken from theirs  %6d in both\n", t, p.Added[t], p.Updated[t], p.Matched[t])
	}
	for _, c := range p.Conflicts {
		take := c.Take
		if take == "" {
			take = "undecided"
		}
		fmt.Fprintf(e.stdout, "conflict %s (%s) [%s]\n", c.Key, c.Label, take)
		for _, f := range c.Fields {
			fmt.Fprintf(e.stdout, "  %s: mine %q, theirs %q\n", f.Field, f.Mine, f.Theirs)
		}
	}
	for _, lo := range p.LeftOut {
		fmt.Fprintf(e.stdout, "left out (deleted here): %s\n", leftOutLine(lo))
	}
	for _, pr := range p.Proposals {
		fmt.Fprintf(e.stdout, "proposed entity merge: %s %q (theirs, added as entity %d) = %q (entity %d); decide on the Entities page\n",
			pr.Type, pr.TheirsName, pr.AddedID, pr.Name, pr.EntityID)
	}
}

// leftOutLine words one table's rows left out: "2 claims: “…”, “…”" (names quoted as
// text; "and 3 more" when the plan names fewer than it counts).
func leftOutLine(lo app.MergeLeftOut) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", lo.Count, rowsWord(lo.Table, lo.Count))
	for i, name := range lo.Names {
		sep := ", "
		if i == 0 {
			sep = ": "
		}
		fmt.Fprintf(&b, "%s“%s”", sep, oneLine(name))
	}
	if len(lo.Names) > 0 && lo.Count > len(lo.Names) {
		fmt.Fprintf(&b, " and %d more", lo.Count-len(lo.Names))
	}
	return b.String()
}

// rowsWord names a table's rows for a count: "claims", "1 claim", "1 entity", "span tags".
func rowsWord(table string, n int) string {
	w := strings.ReplaceAll(table, "_", " ")
	switch {
	case n == 1 && strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case n == 1 && strings.HasSuffix(w, "s") && w != "entity speaks for":
		return strings.TrimSuffix(w, "s")
	}
	return w
}
