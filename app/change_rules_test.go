package app

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestWritesGoThroughAChange keeps "every change is audited" a shape, not a convention
// (change.go): it reads app's own source and fails on a write that could escape the
// change set.
//
//   - A write transaction is opened only in change.go (db's InTx, Begin, BeginTx,
//     OpenBatch, WithTx, Conn; raw SQL through ExecContext), so every transaction's
//     Queries reaches the services as a changeSet's.
//   - A changeSet is built only by newChange, so each has its batch, time and summary.
//   - The audit log is appended to only in audit.go, where the changeSet logs.
//   - No generated write query (INSERT, UPDATE, DELETE) is called on the pool's
//     autocommit Queries (ws.DB().Q, or a variable holding it) or on a batch's reads(),
//     nor are those handed to a function of app that writes with the Queries it is
//     given: they would write outside any transaction and any change.
func TestWritesGoThroughAChange(t *testing.T) {
	writes := storeWriteMethods(t)
	if len(writes) < 50 {
		t.Fatalf("found only %d write queries in db/store; is the reading of the generated code broken?", len(writes))
	}
	// What opens a transaction (or a raw connection to open one on): a Tx, a db.Batch
	// and a Conn come only from these, so their Commit and Rollback need no rule.
	txCalls := map[string]bool{"InTx": true, "Begin": true, "BeginTx": true, "OpenBatch": true, "WithTx": true, "Conn": true, "ExecContext": true}
	// Raw SQL outside change.go that is not a write to the workspace: the merge copies the
	// other analyst's file (VACUUM INTO a temp copy).
	rawSQLAllowed := map[string]bool{"copyWorkspace": true}
	// Functions that fill a private scratch file they open themselves, never the analyst's
	// workspace: a bundle is read into one before the ordinary merge reads it as theirs;
	// the claims filter's word forms are the Porter stems of a private in-memory FTS5
	// table (wordforms.go), filled and emptied on each call.
	scratchWriters := map[string]bool{"merge_bundle.go:readBundleRows": true, "wordforms.go:stems": true, "wordforms.go:matchingClaims": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	parsed := map[string]*ast.File{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed[name] = f
	}
	writers := queriesWriters(parsed, writes)
	var problems []string
	report := func(pos token.Pos, format string, args ...any) {
		problems = append(problems, fset.Position(pos).String()+": "+fmt.Sprintf(format, args...))
	}
	for name, f := range parsed {
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			pool := poolVars(fn.Body)
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CompositeLit:
					if id, ok := n.Type.(*ast.Ident); ok && id.Name == "changeSet" && !(name == "change.go" && fn.Name.Name == "newChange") {
						report(n.Pos(), "a changeSet built by hand in %s: use newChange (through ws.change, ws.write or a changeBatch)", fn.Name.Name)
					}
				case *ast.CallExpr:
					for i, arg := range n.Args {
						if writers[calleeName(n)][i] && (isPool(arg) || isIdentIn(arg, pool)) {
							report(n.Pos(), "%s passes the pool's autocommit Queries to %s, which writes with it: write through ws.change or ws.write", fn.Name.Name, calleeName(n))
						}
					}
					sel, ok := n.Fun.(*ast.SelectorExpr)
					if !ok {
						return true
					}
					m := sel.Sel.Name
					switch {
					case txCalls[m] && name != "change.go" && !(m == "ExecContext" && rawSQLAllowed[fn.Name.Name]) && !scratchWriters[name+":"+fn.Name.Name]:
						report(n.Pos(), "%s opens or drives a transaction (%s) outside change.go: write through ws.change, ws.write or a changeBatch", fn.Name.Name, m)
					case m == "AppendAudit" && name != "audit.go":
						report(n.Pos(), "%s appends to the audit log outside audit.go: log through the changeSet", fn.Name.Name)
					case writes[m] && (isPool(sel.X) || isIdentIn(sel.X, pool)):
						report(n.Pos(), "%s writes (%s) on the pool's autocommit Queries, outside any change: write through ws.change or ws.write", fn.Name.Name, m)
					}
				}
				return true
			})
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// storeWriteMethods reads db/store's generated code: the names of the queries whose SQL
// inserts, updates or deletes.
func storeWriteMethods(t *testing.T) map[string]bool {
	t.Helper()
	files, err := filepath.Glob("../db/store/*.sql.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)const \\w+ = `-- name: (\\w+) :\\w+\\n(.*?)`")
	comment := regexp.MustCompile(`(?m)^\s*--.*$`)
	verb := regexp.MustCompile(`(?i)^\s*(INSERT|UPDATE|DELETE|REPLACE)\b`)
	out := map[string]bool{}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if verb.MatchString(comment.ReplaceAllString(m[2], "")) {
				out[m[1]] = true
			}
		}
	}
	return out
}

// queriesWriters finds app's functions that write with a *store.Queries they are given:
// function name → the indexes of such parameters. A function writes with q when it calls
// a write query on q or hands q to a function that does (followed to a fixed point).
func queriesWriters(files map[string]*ast.File, writes map[string]bool) map[string]map[int]bool {
	type param struct {
		fn    *ast.FuncDecl
		index int
		name  string
	}
	var params []param
	for _, f := range files {
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			i := 0
			for _, field := range fn.Type.Params.List {
				isQ := isStoreQueries(field.Type)
				for _, id := range field.Names {
					if isQ {
						params = append(params, param{fn, i, id.Name})
					}
					i++
				}
				if len(field.Names) == 0 {
					i++
				}
			}
		}
	}
	out := map[string]map[int]bool{}
	for changed := true; changed; {
		changed = false
		for _, p := range params {
			if out[p.fn.Name.Name][p.index] {
				continue
			}
			found := false
			ast.Inspect(p.fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && writes[sel.Sel.Name] && isIdentIn(sel.X, map[string]bool{p.name: true}) {
					found = true
				}
				for i, arg := range call.Args {
					if out[calleeName(call)][i] && isIdentIn(arg, map[string]bool{p.name: true}) {
						found = true
					}
				}
				return !found
			})
			if found {
				if out[p.fn.Name.Name] == nil {
					out[p.fn.Name.Name] = map[int]bool{}
				}
				out[p.fn.Name.Name][p.index], changed = true, true
			}
		}
	}
	return out
}

// isStoreQueries reports whether a parameter's type is *store.Queries.
func isStoreQueries(e ast.Expr) bool {
	star, ok := e.(*ast.StarExpr)
	if !ok {
		return false
	}
	sel, ok := star.X.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "store" && sel.Sel.Name == "Queries"
}

// calleeName is the name of the function or method a call calls ("" for a func value).
func calleeName(call *ast.CallExpr) string {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// isPool reports whether e is the pool's Queries (x.DB().Q) or a batch's reads().
func isPool(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.SelectorExpr:
		if call, ok := e.X.(*ast.CallExpr); ok && e.Sel.Name == "Q" {
			if s, ok := call.Fun.(*ast.SelectorExpr); ok && s.Sel.Name == "DB" {
				return true
			}
		}
	case *ast.CallExpr:
		if s, ok := e.Fun.(*ast.SelectorExpr); ok && s.Sel.Name == "reads" {
			return true
		}
	}
	return false
}

// poolVars names the variables of a function that are assigned the pool's Queries.
func poolVars(body *ast.BlockStmt) map[string]bool {
	vars := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, rhs := range as.Rhs {
				if id, ok := as.Lhs[i].(*ast.Ident); ok && isPool(rhs) {
					vars[id.Name] = true
				}
			}
		}
		return true
	})
	return vars
}

func isIdentIn(e ast.Expr, names map[string]bool) bool {
	id, ok := e.(*ast.Ident)
	return ok && names[id.Name]
}
