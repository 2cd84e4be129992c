package contract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// ReadDocs collects, from the Go files (not tests) in dirs, the doc comments of struct
// types, their fields and methods, and methods' parameter names, so the generated
// TypeScript reads like the Go it comes from. Reflection alone has neither.
func ReadDocs(dirs ...string) (Docs, error) {
	d := Docs{Comments: map[string]string{}, Params: map[string][]string{}}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			return d, err
		}
		for _, path := range paths {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return d, err
			}
			f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
			if err != nil {
				return d, err
			}
			for _, decl := range f.Decls {
				switch decl := decl.(type) {
				case *ast.GenDecl:
					d.readTypes(decl)
				case *ast.FuncDecl:
					d.readMethod(decl)
				}
			}
		}
	}
	return d, nil
}

func (d Docs) readTypes(decl *ast.GenDecl) {
	for _, spec := range decl.Specs {
		ts, ok := spec.(*ast.TypeSpec)
		if !ok {
			continue
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok {
			continue
		}
		doc := ts.Doc
		if doc == nil && len(decl.Specs) == 1 {
			doc = decl.Doc
		}
		d.Comments[ts.Name.Name] = doc.Text()
		for _, f := range st.Fields.List {
			text := f.Doc.Text()
			if text == "" {
				text = f.Comment.Text()
			}
			for _, n := range f.Names {
				d.Comments[ts.Name.Name+"."+n.Name] = text
			}
		}
	}
}

func (d Docs) readMethod(fn *ast.FuncDecl) {
	if fn.Recv == nil || len(fn.Recv.List) != 1 || !fn.Name.IsExported() {
		return
	}
	recv := fn.Recv.List[0].Type
	if star, ok := recv.(*ast.StarExpr); ok {
		recv = star.X
	}
	id, ok := recv.(*ast.Ident)
	if !ok {
		return
	}
	key := id.Name + "." + fn.Name.Name
	d.Comments[key] = fn.Doc.Text()
	var names []string
	for _, p := range fn.Type.Params.List {
		if len(p.Names) == 0 {
			names = append(names, "")
		}
		for _, n := range p.Names {
			names = append(names, n.Name)
		}
	}
	d.Params[key] = names
}
