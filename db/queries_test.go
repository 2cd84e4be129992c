package db

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryGeneratedQueryPrepares guards against sqlc's SQLite traps: every query in
// db/store must prepare against a freshly migrated workspace, and the number of
// placeholders SQLite sees must equal the number of arguments the generated Go passes
// (sqlc silently drops some parameters, e.g. left of IN (subquery)).
func TestEveryGeneratedQueryPrepares(t *testing.T) {
	queries, argCounts := generatedQueries(t)
	if len(queries) < 5 {
		t.Fatalf("found only %d generated queries; is db/store generated?", len(queries))
	}
	d := MustOpenDB(t)
	ctx := context.Background()
	for name, sqlText := range queries {
		want, ok := argCounts[name]
		if !ok {
			t.Errorf("%s: no call site found in the generated code", name)
			continue
		}
		stmt, err := d.PrepareContext(ctx, sqlText)
		if err != nil {
			t.Errorf("%s does not prepare: %v", name, err)
			continue
		}
		stmt.Close()
		// The driver does not expose SQLite's parameter count, but it refuses to run a
		// statement with fewer arguments than placeholders: so n arguments must bind
		// and n-1 must not. Run inside a rolled-back transaction; constraint errors from
		// the NULL arguments come after binding and are ignored.
		if msg := bindError(ctx, d, sqlText, want); msg != "" {
			t.Errorf("%s: SQL has more placeholders than the %d arguments the generated Go passes: %s", name, want, msg)
		}
		if want > 0 && bindError(ctx, d, sqlText, want-1) == "" {
			t.Errorf("%s: SQL has fewer placeholders than the %d arguments the generated Go passes", name, want)
		}
	}
}

func bindError(ctx context.Context, d *DB, sqlText string, n int) string {
	tx, err := d.BeginTx(ctx, nil)
	if err != nil {
		panic(err)
	}
	defer tx.Rollback()
	_, err = tx.ExecContext(ctx, sqlText, make([]any, n)...)
	// "missing argument with index N" for ?, "missing named argument" for ?NNN.
	if err != nil && strings.Contains(err.Error(), "missing ") && strings.Contains(err.Error(), "argument") {
		return err.Error()
	}
	return ""
}

// generatedQueries reads db/store/*.sql.go: the SQL constants, and for each the number of
// arguments passed after ctx and the query at its call site.
func generatedQueries(t *testing.T) (map[string]string, map[string]int) {
	files, _ := filepath.Glob("store/*.sql.go")
	fset := token.NewFileSet()
	queries := map[string]string{}
	args := map[string]int{}
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i >= len(n.Values) {
						break
					}
					if lit, ok := n.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						if strings.HasPrefix(s, "-- name:") {
							queries[name.Name] = s
						}
					}
				}
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || !strings.HasSuffix(sel.Sel.Name, "Context") || len(n.Args) < 2 {
					return true
				}
				if id, ok := n.Args[1].(*ast.Ident); ok {
					args[id.Name] = len(n.Args) - 2
				}
			}
			return true
		})
	}
	return queries, args
}
