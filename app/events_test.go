package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every event a service emits is declared in EventData (the UI's contract is written from
// it): the names in the Emit calls of app's Go files are read and looked up.
func TestEventDataNamesEveryEmit(t *testing.T) {
	emit := regexp.MustCompile(`Events\.Emit\(("[^"]+"|EventWorkspaceSwitched),`)
	paths, _ := filepath.Glob("*.go")
	found := 0
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range emit.FindAllStringSubmatch(string(src), -1) {
			name := strings.Trim(m[1], `"`)
			if m[1] == "EventWorkspaceSwitched" {
				name = EventWorkspaceSwitched
			}
			found++
			if _, ok := EventData[name]; !ok {
				t.Errorf("%s emits %q, which EventData does not declare", p, name)
			}
		}
	}
	if found < 8 {
		t.Errorf("found only %d Emit calls; the pattern no longer matches the code", found)
	}
}
