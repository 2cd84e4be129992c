package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// pathWords are parameter and result names that mean a file-system path.
var pathWords = regexp.MustCompile(`(?i)^(path|paths|dir|folder|file|filename)$`)

// Every exported method of a bound service that takes a parameter named like a path,
// or belongs to DialogService (whose results are paths), must be in WindowOnly, so the
// browser door refuses it (issue 15 item 6). The source is read, not reflected on,
// because reflection does not see parameter names.
func TestWindowOnlyCoversPathMethods(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	bound := map[string]bool{}
	for _, b := range NewServices(&Workspace{}).Bindings() {
		bound[reflect.TypeOf(b).Elem().Name()] = true
	}
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || !fn.Name.IsExported() {
				continue
			}
			star, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			recv := star.X.(*ast.Ident).Name
			if !bound[recv] {
				continue
			}
			takesPath := recv == "DialogService" && fn.Name.Name != "Available"
			for _, p := range fn.Type.Params.List {
				for _, n := range p.Names {
					takesPath = takesPath || pathWords.MatchString(n.Name)
				}
			}
			name := recv + "." + fn.Name.Name
			if takesPath {
				found++
				if !WindowOnly[name] {
					t.Errorf("%s takes or gives a file-system path but is not in WindowOnly: the browser door would expose it", name)
				}
			}
		}
	}
	if found < len(WindowOnly) {
		t.Errorf("found %d path methods, WindowOnly lists %d: a listed method was renamed or removed", found, len(WindowOnly))
	}
}
