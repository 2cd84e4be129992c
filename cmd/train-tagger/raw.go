package main

import (
	"bufio"
	"io"
	"strings"
)

// readWikiText reads a WikiText file (Merity et al. 2016: Wikipedia articles,
// tokenised, one paragraph a line, " = Title = " headings, rare words written
// <unk>, "@-@" "@,@" "@.@" for a hyphen, comma or point inside a word) as
// plain texts for the word clusters, one text per article. It has no labels:
// it only shows the clustering how words are used ("Tottenham" beside
// "Arsenal", "Ltd" beside "Inc"), names the labelled corpora never contain.
func readWikiText(r io.Reader) ([]string, error) {
	var texts []string
	var cur strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	unjoin := strings.NewReplacer(" @-@ ", "-", " @,@ ", ",", " @.@ ", ".")
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "= ") && strings.HasSuffix(line, " =") {
			// " = Title = " starts an article; " = = Section = = " does not
			if !strings.HasPrefix(line, "= =") && cur.Len() > 0 {
				texts = append(texts, cur.String())
				cur.Reset()
			}
			continue
		}
		line = unjoin.Replace(line)
		words := strings.Fields(line)
		kept := words[:0]
		for _, w := range words {
			if w != "<unk>" {
				kept = append(kept, w)
			}
		}
		cur.WriteString(strings.Join(kept, " "))
		cur.WriteByte('\n')
	}
	if cur.Len() > 0 {
		texts = append(texts, cur.String())
	}
	return texts, sc.Err()
}
