package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadCasesAndRefuseStrayLines(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.txt", "# a comment\n\n## first kind\nclaim: The pumps failed\ngold: contradicts\n\n## second\nwhy: a time: with a colon\n")
	cases, err := Read(ok)
	if err != nil || len(cases) != 2 {
		t.Fatalf("%d cases, %v", len(cases), err)
	}
	if c := cases[0]; c.Heading != "first kind" || c.Line != 3 || len(c.Fields) != 2 || c.Fields[1] != (Field{Key: "gold", Value: "contradicts", Line: 5}) {
		t.Errorf("first case %+v", c)
	}
	if f := cases[1].Fields[0]; f.Key != "why" || f.Value != "a time: with a colon" {
		t.Errorf("a value holding a colon: %+v", f)
	}
	for name, text := range map[string]string{"outside.txt": "claim: no heading\n", "nocolon.txt": "## k\njust words\n"} {
		if _, err := Read(write(name, text)); err == nil || !strings.Contains(err.Error(), name+":") {
			t.Errorf("%s: %v; want an error naming the file and line", name, err)
		}
	}
}
