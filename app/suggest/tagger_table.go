package suggest

import (
	"math/bits"
	"slices"
)

// featureTable maps feature hashes to their quantised weights: open
// addressing with linear probing over a power-of-two array of entries that
// carry the weights inline, so a lookup costs one multiply and usually one
// cache line. Go's map, with the weights in a separate slice, spent two
// thirds of the tagger's time (BenchmarkTagger). W is the weights of one
// feature, as many as the model's encoding has labels: a BIO model's entry
// stays 24 bytes, a BILOU model's is 40.
type featureTable[W labelWeights] struct {
	entries []tableEntry[W]
	shift   uint
	n       int
}

// labelWeights are one feature's quantised weights in either encoding.
type labelWeights interface {
	[bioLabels]int16 | [bilouLabels]int16
}

type tableEntry[W labelWeights] struct {
	key uint64 // 0 = empty
	w   W
}

func newFeatureTable[W labelWeights](n int) featureTable[W] {
	size := 1 << bits.Len(uint(n*2+1)) // load factor at most one half
	return featureTable[W]{entries: make([]tableEntry[W], size), shift: uint(64 - bits.Len(uint(size-1)))}
}

func (t *featureTable[W]) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// put adds or replaces a key's weights (key 0 is stored as 1: one hash in
// 2^64 shares a slot).
func (t *featureTable[W]) put(k uint64, w W) {
	if k == 0 {
		k = 1
	}
	mask := len(t.entries) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		e := &t.entries[i]
		switch e.key {
		case 0:
			e.key, e.w = k, w
			t.n++
			return
		case k:
			e.w = w
			return
		}
	}
}

// get returns a key's weights, or nil.
func (t *featureTable[W]) get(k uint64) *W {
	if t.n == 0 {
		return nil
	}
	if k == 0 {
		k = 1
	}
	mask := len(t.entries) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		e := &t.entries[i]
		switch e.key {
		case k:
			return &e.w
		case 0:
			return nil
		}
	}
}

func (t *featureTable[W]) keysSorted() []uint64 {
	out := make([]uint64, 0, t.n)
	for _, e := range t.entries {
		if e.key != 0 {
			out = append(out, e.key)
		}
	}
	slices.Sort(out)
	return out
}
