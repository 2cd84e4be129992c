//go:build ignore

// gen-clubs regenerates app/suggest/data/clubs.txt, the football club names
// the learned tagger sees as a feature (a name list, not a rule: the tagger
// weighs it against the context, so "Nice" the city stays a place in prose).
//
// Source: the openfootball clubs database (github.com/openfootball/clubs,
// CC0 1.0, public domain), commit ae3800227c449447b3a337fc0aac79a8f02f4c8b:
//
//	git clone https://github.com/openfootball/clubs /tmp/clubs
//	go run scripts/gen-clubs.go -in /tmp/clubs -out app/suggest/data/clubs.txt
//
// Every *.clubs.txt file (not the *.lang.* transliterations) gives lines
// "Name FC, 1886, @ Stadium, City  ## note" followed by alias lines
// "  | Alias | Alias"; a club's name and its aliases are kept.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	in := flag.String("in", "", "openfootball/clubs checkout")
	out := flag.String("out", "app/suggest/data/clubs.txt", "file to write")
	flag.Parse()
	names := map[string]bool{}
	err := filepath.WalkDir(*in, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".clubs.txt") || strings.Contains(path, ".lang.") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(raw), "\n") {
			line, _, _ = strings.Cut(line, "#")
			t := strings.TrimSpace(line)
			if t == "" || strings.HasPrefix(t, "=") {
				continue
			}
			if strings.HasPrefix(t, "|") {
				for _, a := range strings.Split(t, "|") {
					keep(names, a)
				}
				continue
			}
			name, _, _ := strings.Cut(t, ",")
			name, _, _ = strings.Cut(name, "@")
			keep(names, name)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Strings(list)
	header := "# Football club names and aliases from openfootball/clubs (CC0 1.0); scripts/gen-clubs.go.\n"
	if err := os.WriteFile(*out, []byte(header+strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d names\n", *out, len(list))
}

// keep adds a name written in Latin letters that starts with a capital or a
// figure ("1. FC Köln") and is not a bare abbreviation of one or two letters.
func keep(names map[string]bool, s string) {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) < 3 || strings.ContainsAny(s, "[]()?") {
		return
	}
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return
		}
	}
	first := []rune(s)[0]
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return
	}
	names[s] = true
}
