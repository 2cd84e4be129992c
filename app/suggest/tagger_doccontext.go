package suggest

import (
	"os"
	"strconv"
)

// Context aggregation (r17y; Ratinov and Roth 2009, "non-local features"):
// a capitalised word's other mentions in the document lend it their
// neighbours. "Rios" alone in a results line borrows "Marcelo" and "beat"
// from the mention two paragraphs down; "Pirelli" in a headline borrows
// "SpA". The labels history sees only earlier mentions, and only through the
// tagger's readings; these features read the text of every mention, earlier
// and later, and cost no second decoding.

// docContext selects the aggregated features: 0 none, 1 the words either
// side of the word's other mentions, 2 those words and their classes
// (experiment: CLAIMDESK_DOC_CTX for training and scoring).
var docContext = envInt("CLAIMDESK_DOC_CTX")

func envInt(name string) int {
	v, _ := strconv.Atoi(os.Getenv(name))
	return v
}

// maxOtherMentions bounds how many other mentions lend their neighbours (the
// first ones in the document): a word met on every line would otherwise add
// dozens of features to each of its mentions.
const maxOtherMentions = 8

// mentionsOf returns the token indices of the capitalised word's mentions
// (written the same way), indexing the document on first use.
func (d *tagDoc) mentionsOf(text string) []int32 {
	if d.mentions == nil {
		d.mentions = map[string][]int32{}
		for i, t := range d.toks {
			if t.kind == tWord && t.cap {
				d.mentions[t.text] = append(d.mentions[t.text], int32(i))
			}
		}
	}
	return d.mentions[text]
}

// contextFeatures appends token i's aggregated context: for each other
// mention of the same capitalised word, the lower-case word before and after
// it on its line ("<s>", "</s>" at the line's ends), each once.
func (d *tagDoc) contextFeatures(slab []fhash, i int) []fhash {
	t := d.toks[i]
	if t.kind != tWord || !t.cap {
		return slab
	}
	ms := d.mentionsOf(t.text)
	if len(ms) < 2 {
		return slab
	}
	start := len(slab)
	add := func(f fhash) {
		for _, g := range slab[start:] {
			if g == f {
				return
			}
		}
		slab = append(slab, f)
	}
	others := 0
	for _, j32 := range ms {
		j := int(j32)
		if j == i {
			continue
		}
		if others++; others > maxOtherMentions {
			break
		}
		p, pc := d.neighbour(j, -1)
		n, nc := d.neighbour(j, +1)
		add(feat(fCtxPrev).s(p))
		add(feat(fCtxNext).s(n))
		if docContext >= 2 {
			add(feat(fCtxPrevClass).b(pc))
			add(feat(fCtxNextClass).b(nc))
		}
	}
	return slab
}

// neighbour returns the lower-case word next to token j on its line (dir -1
// before, +1 after; "<s>" or "</s>" past the line's ends) and its top word
// class (0 none, 255 a line's end).
func (d *tagDoc) neighbour(j, dir int) (string, byte) {
	k := j + dir
	if k < 0 || k >= len(d.toks) || d.toks[k].line != d.toks[j].line {
		if dir < 0 {
			return "<s>", 255
		}
		return "</s>", 255
	}
	var class byte
	if d.clusters != nil && d.clusters.vectors != nil {
		if leaf, ok := d.vecLeafAt(k); ok {
			class = byte(d.clusters.vectors.levelOf(leaf, 0)) + 1
		}
	}
	return d.lower[k], class
}
