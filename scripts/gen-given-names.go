//go:build ignore

// gen-given-names regenerates app/suggest/data/given-names.txt, the given
// names the learned tagger sees as a feature (a word list the model weighs
// against the context, never a rule: "Grace" or "Will" stay words in prose).
//
// Source: the US Social Security Administration's national baby-name counts
// (https://www.ssa.gov/oact/babynames/limits.html, a US government work in
// the public domain), files yobYYYY.txt ("Name,Sex,Count"), here the birth
// years 1930, 1940, ..., 2000 (people in the news). A name is kept when it
// was given at least -min times in one of those years.
//
//	go run scripts/gen-given-names.go -min 300 -out app/suggest/data/given-names.txt yob1930.txt ... yob2000.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	minCount := flag.Int("min", 300, "keep names given at least this often in one year")
	out := flag.String("out", "app/suggest/data/given-names.txt", "file to write")
	flag.Parse()
	keep := map[string]bool{}
	for _, path := range flag.Args() {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Split(strings.TrimSpace(sc.Text()), ",")
			if len(fields) != 3 {
				continue
			}
			if n, err := strconv.Atoi(fields[2]); err == nil && n >= *minCount {
				keep[fields[0]] = true
			}
		}
		f.Close()
	}
	names := make([]string, 0, len(keep))
	for n := range keep {
		names = append(names, n)
	}
	sort.Strings(names)
	header := "# Given names from the US Social Security Administration's baby-name counts (public domain); scripts/gen-given-names.go.\n"
	if err := os.WriteFile(*out, []byte(header+strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d names\n", *out, len(names))
}
