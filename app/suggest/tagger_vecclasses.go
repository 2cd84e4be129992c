package suggest

import (
	"errors"
	"math"
	"slices"
)

// VectorClasses are word classes learned from pre-trained word vectors
// (GloVe, trained on billions of words of Wikipedia and newswire): words
// whose vectors point the same way share a class ("Pirelli" beside
// "Michelin", "Tottenham" beside "Arsenal") though the labelled text never
// shows them. The classes form a tree (hierarchical spherical k-means: the
// words into Branch[0] classes, each class into Branch[1], ...), so a word's
// class at every level is a prefix of its leaf, as a Brown cluster's bit
// string is; the tagger reads every level. Only the hash of each lower-case
// word and its leaf are stored (in the model, after the word clusters).
type VectorClasses struct {
	branch []int             // children per class, level by level
	leaf   map[uint32]uint16 // 32-bit hash of the lower-case word -> leaf
}

// maxVectorLeaves bounds the tree (leaves are stored as uint16).
const maxVectorLeaves = 1 << 16

// VectorOptions steer LearnVectorClasses.
type VectorOptions struct {
	Branch []int // children per class at each level (e.g. 16, 8, 8)
	Rounds int   // k-means iterations per split
	Seed   int64
}

// Words reports how many words have a class.
func (v *VectorClasses) Words() int {
	if v == nil {
		return 0
	}
	return len(v.leaf)
}

// Leaves reports how many classes the finest level has.
func (v *VectorClasses) Leaves() int {
	n := 1
	for _, b := range v.branch {
		n *= b
	}
	return n
}

// vectorKey hashes a lower-case word for the table: 32 bits keep the table
// small; a word outside it that shares a hash with one inside (about one in
// 40,000 for a 100,000-word table) borrows that word's class.
func vectorKey(lower string) uint32 { return uint32(clusterKey(lower)) }

// leafOf returns a word's leaf (ok false: the word has no class).
func (v *VectorClasses) leafOf(lower string) (int, bool) {
	if v == nil {
		return 0, false
	}
	l, ok := v.leaf[vectorKey(lower)]
	return int(l), ok
}

// levelOf returns the class at a level (0: coarsest) of a leaf.
func (v *VectorClasses) levelOf(leaf, level int) int {
	for _, b := range v.branch[level+1:] {
		leaf /= b
	}
	return leaf
}

// LearnVectorClasses builds the class tree of the words from their vectors
// (the same order as words; each is normalised, so k-means compares
// directions). Words earlier in the list win a hash collision: give them
// most frequent first. The same words, vectors and options give the same
// classes.
func LearnVectorClasses(words []string, vecs [][]float32, opt VectorOptions) (*VectorClasses, error) {
	if len(words) != len(vecs) {
		return nil, errors.New("word vectors: as many words as vectors needed")
	}
	leaves := 1
	for _, b := range opt.Branch {
		if b < 2 || b > 255 {
			return nil, errors.New("word vectors: a level has 2 to 255 children")
		}
		leaves *= b
	}
	if len(opt.Branch) == 0 || leaves > maxVectorLeaves {
		return nil, errors.New("word vectors: 1 to 65,536 leaves")
	}
	dim := 0
	unit := make([]sparseVec, len(vecs))
	for i, v := range vecs {
		if dim == 0 {
			dim = len(v)
		}
		if len(v) != dim {
			return nil, errors.New("word vectors: vectors of different lengths")
		}
		unit[i] = unitVector(v)
	}
	leaf := make([]int, len(words))
	members := make([]int, len(words))
	for i := range members {
		members[i] = i
	}
	splitClasses(unit, dim, members, leaf, opt, 0, opt.Seed)
	out := &VectorClasses{branch: slices.Clone(opt.Branch), leaf: make(map[uint32]uint16, len(words))}
	for i, w := range words {
		k := vectorKey(w)
		if _, taken := out.leaf[k]; !taken {
			out.leaf[k] = uint16(leaf[i])
		}
	}
	return out, nil
}

// splitClasses clusters the members into the level's children and each
// child further down, writing every member's leaf (its path read as a number
// in mixed radix).
func splitClasses(unit []sparseVec, dim int, members, leaf []int, opt VectorOptions, level int, seed int64) {
	if level == len(opt.Branch) || len(members) == 0 {
		return
	}
	sub := make([]sparseVec, len(members))
	for i, m := range members {
		sub[i] = unit[m]
	}
	km := sphericalKMeans(sub, dim, opt.Branch[level], opt.Rounds, seed)
	children := make([][]int, opt.Branch[level])
	for i, m := range members {
		c := km.assign[i]
		leaf[m] = leaf[m]*opt.Branch[level] + c
		children[c] = append(children[c], m)
	}
	for c, ms := range children {
		splitClasses(unit, dim, ms, leaf, opt, level+1, seed*31+int64(c)+1)
	}
}

// unitVector turns a dense vector into a unit-length sparse one.
func unitVector(v []float32) sparseVec {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	out := sparseVec{idx: make([]int32, len(v)), val: make([]float32, len(v))}
	inv := float32(1)
	if n > 0 {
		inv = float32(1 / math.Sqrt(n))
	}
	for i, x := range v {
		out.idx[i] = int32(i)
		out.val[i] = x * inv
	}
	return out
}

// writeVectorClasses appends the class tree to a model file: the levels and
// their branching, then the words' hashes (ascending, delta-encoded) and
// their leaves.
func writeVectorClasses(put func(uint64), v *VectorClasses) {
	put(uint64(len(v.branch)))
	for _, b := range v.branch {
		put(uint64(b))
	}
	writeWordTable(put, v.leaf)
}

// readVectorClasses reads what writeVectorClasses wrote.
func readVectorClasses(r *byteReader) (*VectorClasses, error) {
	bad := errors.New("tagger model: bad word vector classes")
	nl := r.uvarint()
	if r.err != nil || nl == 0 || nl > 8 {
		return nil, bad
	}
	v := &VectorClasses{branch: make([]int, nl)}
	leaves := uint64(1)
	for i := range v.branch {
		b := r.uvarint()
		if b < 2 || b > 255 {
			return nil, bad
		}
		v.branch[i] = int(b)
		leaves *= b
	}
	nw := r.uvarint()
	if r.err != nil || leaves > maxVectorLeaves || nw > 1<<22 {
		return nil, bad
	}
	keys := make([]uint32, nw)
	var last uint64
	for i := range keys {
		last += r.uvarint()
		if last > math.MaxUint32 {
			return nil, bad
		}
		keys[i] = uint32(last)
	}
	v.leaf = make(map[uint32]uint16, nw)
	for _, k := range keys {
		l := r.uvarint()
		if l >= leaves {
			return nil, bad
		}
		v.leaf[k] = uint16(l)
	}
	return v, r.err
}
