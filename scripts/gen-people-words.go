//go:build ignore

// gen-people-words regenerates app/suggest/data/people-words.txt: words for
// peoples, faiths and parties' members ("Serb", "Kurds", "Moslem",
// "Catholics", "Republican") and adjectives that pertain to a place or a
// people ("Zairean", "Islamic", "Transylvanian"). None is the name of a
// person, an organisation or a place, as the states' nationality adjectives
// are not (app/suggest/nationality.go adds them to that list).
//
// Source: Open English WordNet (McCrae et al.; CC BY 4.0,
// https://github.com/globalwordnet/english-wordnet; derived from Princeton
// WordNet under the WordNet licence), the same copy scripts/gen-wordnet-links
// reads:
//
//	go run scripts/gen-people-words.go -src /work/cache/english-wordnet/src/yaml \
//	    -clubs app/suggest/data/clubs.txt -given app/suggest/data/given-names.txt \
//	    -out app/suggest/data/people-words.txt
//
// A word is kept when it is one capitalised word of letters whose first noun
// sense is a kind of person (a synset of noun.person that is not an
// instance: "Serb" is, "Lincoln" is an instance) or whose first adjective
// sense is a pertainym (adj.pert); a noun is also written with "s" (its
// plural). Left out: a word that is a football club's whole name or alias
// (-clubs: "Celtic"), a given name (-given: "Christian"), since there a
// single word is often a name. (This copy of WordNet lists no named places:
// a people's word that is also a state or a town, "Missouri", is left out
// when the list is read, against app/geo.) Nothing here names a word of any test text:
// the list is WordNet's.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	src := flag.String("src", "", "Open English WordNet's src/yaml folder")
	clubsPath := flag.String("clubs", "app/suggest/data/clubs.txt", "club names to leave out")
	givenPath := flag.String("given", "app/suggest/data/given-names.txt", "given names to leave out")
	out := flag.String("out", "app/suggest/data/people-words.txt", "file to write")
	flag.Parse()
	if *src == "" {
		log.Fatal("-src: Open English WordNet's src/yaml folder")
	}
	persons := synsets(filepath.Join(*src, "noun.person.yaml"), true)
	perts := synsets(filepath.Join(*src, "adj.pert.yaml"), false)
	skip := lines(*clubsPath)
	for w := range lines(*givenPath) {
		skip[w] = true
	}
	files, err := filepath.Glob(filepath.Join(*src, "entries-*.yaml"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no entries-*.yaml in %s", *src)
	}
	keep := map[string]bool{}
	for _, f := range files {
		for lemma, first := range firstSenses(f) {
			if !oneCapitalisedWord(lemma) || skip[lemma] {
				continue
			}
			if persons[first["n"]] {
				keep[lemma], keep[lemma+"s"] = true, true
			}
			if perts[first["a"]] {
				keep[lemma] = true
			}
		}
	}
	words := make([]string, 0, len(keep))
	for w := range keep {
		if !skip[w] {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString("# Words for peoples, faiths and members, and adjectives of places and peoples: no names. From Open English WordNet (CC BY 4.0); scripts/gen-people-words.go.\n")
	for _, w := range words {
		b.WriteString(w + "\n")
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d words\n", len(words))
}

// oneCapitalisedWord: "Serb", not "serb", "NATO", "Red Cross" or "Mc-".
func oneCapitalisedWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return len(w) > 2
}

// synsets reads a lexicographer file's synset ids (a line "ID:" at column
// 0); with noInstances, a synset with an instance_hypernym (a named
// individual) is left out.
func synsets(path string, noInstances bool) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[string]bool{}
	cur := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line != "" && line[0] != ' ' && strings.HasSuffix(line, ":"):
			cur = strings.TrimSuffix(line, ":")
			out[cur] = true
		case noInstances && strings.HasPrefix(line, "  instance_hypernym:"):
			delete(out, cur)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

// firstSenses reads an entries file (a lemma at column 0, its part of
// speech at 2, senses as "- id:" items at 4 with "synset:" at 6) into each
// lemma's first sense's synset per part of speech.
func firstSenses(path string) map[string]map[string]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	out := map[string]map[string]string{}
	lemma, pos := "", ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line != "" && line[0] != ' ':
			lemma = strings.Trim(strings.TrimSuffix(line, ":"), `'"`)
			out[lemma] = map[string]string{}
		case len(line) > 3 && line[:2] == "  " && line[2] != ' ' && strings.HasSuffix(line, ":"):
			pos = strings.TrimSuffix(line[2:], ":")
		case strings.HasPrefix(line, "      synset: ") && lemma != "":
			if _, ok := out[lemma][pos]; !ok {
				out[lemma][pos] = strings.TrimSpace(strings.TrimPrefix(line, "      synset: "))
			}
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

// lines reads a word list (one a line, "#" comments).
func lines(path string) map[string]bool {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(raw), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[l] = true
		}
	}
	return out
}
