// Package casefile reads the benches' case files (app/match/testdata/attribution-bench,
// contrary-bench): one case a block that starts with a "## heading" line, then "key:
// value" lines, blocks apart by a blank line; "#" lines outside a case are comments. Each
// bench gives the keys their meaning; the layout is read here once.
package casefile

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Case is one block: its heading, the line it starts on and its fields in order.
type Case struct {
	Heading string
	Line    int
	Fields  []Field
}

// Field is one "key: value" line (the value trimmed).
type Field struct {
	Key, Value string
	Line       int
}

// Read reads the cases of the file at path; a field outside a case or a line without a
// colon is an error naming its line.
func Read(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Case
	var cur *Case
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			cur = &Case{Heading: strings.TrimSpace(line[3:]), Line: n}
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "#") && cur == nil:
		case cur == nil:
			return nil, fmt.Errorf("%s:%d: a field outside a case: %q", path, n, line)
		default:
			key, val, ok := strings.Cut(line, ":")
			if !ok {
				return nil, fmt.Errorf("%s:%d: want key: value, got %q", path, n, line)
			}
			cur.Fields = append(cur.Fields, Field{Key: key, Value: strings.TrimSpace(val), Line: n})
		}
	}
	flush()
	return out, sc.Err()
}
