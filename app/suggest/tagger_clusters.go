package suggest

import (
	"errors"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"
)

// Word clusters group words that occur in similar contexts ("said", "told",
// "added"; "Inc", "Corp", "Ltd"; given names; towns) so that a word seen
// rarely in the labelled text borrows what the tagger learned about its
// cluster. They are learned by train-tagger from the raw text of the
// training corpora (LearnClusters) and shipped inside the model: the hash of
// each lower-case word and its cluster; a coarser grouping of the clusters
// gives a second granularity.
type WordClusters struct {
	fine   map[uint64]uint16 // hash of the lower-case word -> cluster
	coarse []uint8           // cluster -> coarse cluster
	// vectors are the classes learned from pre-trained word vectors
	// (tagger_vecclasses.go; nil: none), shipped beside these.
	vectors *VectorClasses
}

// WithVectorClasses returns the clusters with the word vectors' classes
// beside them (c may be nil: the vectors' classes alone).
func (c *WordClusters) WithVectorClasses(v *VectorClasses) *WordClusters {
	if c == nil {
		c = &WordClusters{}
	}
	c.vectors = v
	return c
}

// Words reports how many words are clustered.
func (c *WordClusters) Words() int {
	if c == nil {
		return 0
	}
	return len(c.fine)
}

// clusterKey hashes a lower-case word for the cluster table.
func clusterKey(lower string) uint64 { return uint64(feat(0).s(lower)) }

// of returns a word's cluster and coarse cluster (ok false: not clustered).
func (c *WordClusters) of(lower string) (fine int, coarse int, ok bool) {
	if c == nil || c.fine == nil {
		return 0, 0, false
	}
	f, ok := c.fine[clusterKey(lower)]
	if !ok {
		return 0, 0, false
	}
	return int(f), int(c.coarse[f]), true
}

// ClusterOptions steer LearnClusters.
type ClusterOptions struct {
	Clusters int // fine clusters (at most 65,535)
	Coarse   int // coarse clusters (at most 255)
	MinCount int // words seen fewer times are not clustered
	Context  int // the most frequent words used as context features
	Rounds   int // k-means iterations
	Seed     int64
}

// LearnClusters groups the words of the texts by their left and right
// neighbours: each word is a vector of neighbour counts (the Context most
// frequent words, and for the others their kind: capitalised, lower case,
// figure, punctuation), square-rooted and normalised (Hellinger), clustered
// by spherical k-means (k-means++ start from Seed; the same texts and
// options give the same clusters). The centroids are clustered again into
// Coarse groups.
func LearnClusters(texts []string, opt ClusterOptions) *WordClusters {
	// count words and neighbours
	type seq []string
	var seqs []seq
	count := map[string]int{}
	for _, text := range texts {
		runes := []rune(text)
		toks := tagTokens(runes)
		var cur seq
		for i, t := range toks {
			if i > 0 && t.line != toks[i-1].line {
				seqs = append(seqs, cur)
				cur = nil
			}
			w := neighbourForm(t)
			cur = append(cur, w)
			count[w]++
		}
		if len(cur) > 0 {
			seqs = append(seqs, cur)
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= opt.MinCount && w[0] != '\x00' {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	// context features: the most frequent forms, then the kinds of the rest
	ctxIndex := map[string]int{}
	for _, w := range words[:min(opt.Context, len(words))] {
		ctxIndex[w] = len(ctxIndex)
	}
	kinds := []string{"\x00<s>", "\x00cap", "\x00low", "\x00num", "\x00punct"}
	for _, k := range kinds {
		ctxIndex[k] = len(ctxIndex)
	}
	dim := 2 * len(ctxIndex)
	ctxOf := func(s seq, j int) int {
		if j < 0 || j >= len(s) {
			return ctxIndex["\x00<s>"]
		}
		if k, ok := ctxIndex[s[j]]; ok {
			return k
		}
		return ctxIndex[kindOf(s[j])]
	}
	wordIndex := make(map[string]int, len(words))
	for i, w := range words {
		wordIndex[w] = i
	}
	counts := make([]map[int]float64, len(words))
	for i := range counts {
		counts[i] = map[int]float64{}
	}
	for _, s := range seqs {
		for j, w := range s {
			wi, ok := wordIndex[w]
			if !ok {
				continue
			}
			counts[wi][ctxOf(s, j-1)]++
			counts[wi][len(ctxIndex)+ctxOf(s, j+1)]++
		}
	}
	vecs := make([]sparseVec, len(words))
	for i, c := range counts {
		vecs[i] = hellinger(c)
	}
	fine := sphericalKMeans(vecs, dim, opt.Clusters, opt.Rounds, opt.Seed)
	// coarse: cluster the centroids of the fine clusters
	cents := centroids(vecs, fine.assign, dim, fine.k)
	cvecs := make([]sparseVec, len(cents))
	for i, c := range cents {
		cvecs[i] = denseToSparse(c)
	}
	coarse := sphericalKMeans(cvecs, dim, opt.Coarse, opt.Rounds, opt.Seed+1)
	out := &WordClusters{fine: make(map[uint64]uint16, len(words)), coarse: make([]uint8, fine.k)}
	for i, w := range words {
		out.fine[clusterKey(w)] = uint16(fine.assign[i])
	}
	for i := range out.coarse {
		out.coarse[i] = uint8(coarse.assign[i])
	}
	return out
}

// neighbourForm is how a token counts as a word or a neighbour: words lower
// case; figures and punctuation by kind (never clustered).
func neighbourForm(t token) string {
	switch t.kind {
	case tWord:
		return strings.ToLower(t.text)
	case tNum, tAlnum:
		return "\x00num"
	}
	return "\x00punct"
}

func kindOf(form string) string {
	if form[0] == '\x00' {
		return form
	}
	return "\x00low"
}

type sparseVec struct {
	idx []int32
	val []float32
}

// hellinger turns counts into square roots of their shares (unit length).
func hellinger(c map[int]float64) sparseVec {
	keys := make([]int, 0, len(c))
	var total float64
	for k, v := range c {
		keys = append(keys, k)
		total += v
	}
	sort.Ints(keys)
	v := sparseVec{idx: make([]int32, len(keys)), val: make([]float32, len(keys))}
	for i, k := range keys {
		v.idx[i] = int32(k)
		v.val[i] = float32(math.Sqrt(c[k] / total))
	}
	return v
}

func denseToSparse(d []float32) sparseVec {
	var v sparseVec
	for i, x := range d {
		if x != 0 {
			v.idx = append(v.idx, int32(i))
			v.val = append(v.val, x)
		}
	}
	return v
}

func dot(v sparseVec, c []float32) float32 {
	var s float32
	for i, k := range v.idx {
		s += v.val[i] * c[k]
	}
	return s
}

type kmeans struct {
	k      int
	assign []int
}

// sphericalKMeans clusters unit vectors by cosine; k-means++ start.
func sphericalKMeans(vecs []sparseVec, dim, k, rounds int, seed int64) kmeans {
	k = min(k, len(vecs))
	if k == 0 {
		return kmeans{}
	}
	rng := rand.New(rand.NewSource(seed))
	cents := make([][]float32, 0, k)
	toDense := func(v sparseVec) []float32 {
		d := make([]float32, dim)
		for i, x := range v.idx {
			d[x] = v.val[i]
		}
		return d
	}
	// k-means++: next centre drawn in proportion to its distance to the nearest one
	dist := make([]float64, len(vecs))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	cents = append(cents, toDense(vecs[rng.Intn(len(vecs))]))
	for len(cents) < k {
		last := cents[len(cents)-1]
		var total float64
		for i, v := range vecs {
			d := math.Max(0, 1-float64(dot(v, last)))
			dist[i] = math.Min(dist[i], d)
			total += dist[i]
		}
		if total == 0 {
			break
		}
		r := rng.Float64() * total
		pick := len(vecs) - 1
		for i, d := range dist {
			r -= d
			if r <= 0 {
				pick = i
				break
			}
		}
		cents = append(cents, toDense(vecs[pick]))
	}
	k = len(cents)
	assign := make([]int, len(vecs))
	for round := 0; round < rounds; round++ {
		changed := 0
		for i, v := range vecs {
			best, bestS := 0, float32(math.Inf(-1))
			for c, cent := range cents {
				if s := dot(v, cent); s > bestS {
					best, bestS = c, s
				}
			}
			if assign[i] != best || round == 0 {
				changed++
			}
			assign[i] = best
		}
		cents = centroids(vecs, assign, dim, k)
		if changed == 0 {
			break
		}
	}
	return kmeans{k: k, assign: assign}
}

// centroids returns each cluster's mean direction (unit length).
func centroids(vecs []sparseVec, assign []int, dim, k int) [][]float32 {
	cents := make([][]float32, k)
	for c := range cents {
		cents[c] = make([]float32, dim)
	}
	for i, v := range vecs {
		c := cents[assign[i]]
		for j, x := range v.idx {
			c[x] += v.val[j]
		}
	}
	for _, c := range cents {
		var n float64
		for _, x := range c {
			n += float64(x) * float64(x)
		}
		if n == 0 {
			continue
		}
		inv := float32(1 / math.Sqrt(n))
		for j := range c {
			c[j] *= inv
		}
	}
	return cents
}

// writeClusters appends the cluster table to a model file: the number of
// coarse entries and each, then the words' hashes (ascending, delta-encoded)
// and their clusters; then the word vectors' classes when there are any (a
// model file that ends after the cluster table has none).
func writeClusters(put func(uint64), c *WordClusters) {
	if c != nil && c.vectors != nil {
		defer writeVectorClasses(put, c.vectors)
	}
	if c == nil || c.fine == nil {
		put(0)
		return
	}
	put(uint64(len(c.coarse)))
	for _, g := range c.coarse {
		put(uint64(g))
	}
	writeWordTable(put, c.fine)
}

// writeWordTable writes a table of word hashes and small numbers: its size,
// the hashes ascending and delta-encoded, then each hash's number.
func writeWordTable[K uint32 | uint64](put func(uint64), table map[K]uint16) {
	keys := make([]K, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put(uint64(len(keys)))
	var last K
	for _, k := range keys {
		put(uint64(k - last))
		last = k
	}
	for _, k := range keys {
		put(uint64(table[k]))
	}
}

// readClusters reads what writeClusters wrote (nil when there are none).
func readClusters(r *byteReader) (*WordClusters, error) {
	c, err := readNeighbourClusters(r)
	if err != nil || r.done() {
		return c, err
	}
	v, err := readVectorClasses(r)
	if err != nil {
		return nil, err
	}
	return c.WithVectorClasses(v), nil
}

// readNeighbourClusters reads the clusters LearnClusters made (nil when
// there are none).
func readNeighbourClusters(r *byteReader) (*WordClusters, error) {
	nc := r.uvarint()
	if r.err != nil || nc > 1<<16 {
		return nil, errors.New("tagger model: bad cluster table")
	}
	if nc == 0 {
		return nil, nil
	}
	c := &WordClusters{coarse: make([]uint8, nc)}
	for i := range c.coarse {
		g := r.uvarint()
		if g > 255 {
			return nil, errors.New("tagger model: bad coarse cluster")
		}
		c.coarse[i] = uint8(g)
	}
	nw := r.uvarint()
	if r.err != nil || nw > 1<<22 {
		return nil, errors.New("tagger model: bad cluster count")
	}
	keys := make([]uint64, nw)
	var last uint64
	for i := range keys {
		last += r.uvarint()
		keys[i] = last
	}
	c.fine = make(map[uint64]uint16, nw)
	for _, k := range keys {
		f := r.uvarint()
		if f >= nc {
			return nil, errors.New("tagger model: bad word cluster")
		}
		c.fine[k] = uint16(f)
	}
	return c, r.err
}
