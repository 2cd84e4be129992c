package suggest

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Dense word-vector features (experiment, r17y; Turian et al. 2010): the
// GloVe vector of the word and of its neighbours on the line, reduced by PCA
// to denseDims components, standardised and quantised to a byte, as
// real-valued features. Each (position, component) is one pseudo-feature in
// the weight table whose weights are multiplied by the value. The reduced
// vectors are read from CLAIMDESK_DENSE (a text file "word q1 ... qD") for
// training and scoring; CLAIMDESK_DENSE_SCALE scales the values.
const denseDims = 32

var (
	denseOnce  sync.Once
	denseTable map[string][denseDims]int8
	denseScale float32 = 1
	// densePositions: 3 the word and both neighbours, 1 the word alone
	// (CLAIMDESK_DENSE_POS)
	densePositions = 3
	denseKeys  [3][denseDims]fhash
)

func denseVectors() map[string][denseDims]int8 {
	denseOnce.Do(func() {
		path := os.Getenv("CLAIMDESK_DENSE")
		if path == "" {
			return
		}
		if s, err := strconv.ParseFloat(os.Getenv("CLAIMDESK_DENSE_SCALE"), 32); err == nil {
			denseScale = float32(s)
		}
		if p, err := strconv.Atoi(os.Getenv("CLAIMDESK_DENSE_POS")); err == nil && p >= 1 && p <= 3 {
			densePositions = p
		}
		f, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		defer f.Close()
		denseTable = map[string][denseDims]int8{}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			p := strings.Fields(sc.Text())
			if len(p) != denseDims+1 {
				continue
			}
			var v [denseDims]int8
			for i := range v {
				q, _ := strconv.Atoi(p[i+1])
				v[i] = int8(q)
			}
			denseTable[p[0]] = v
		}
		for pos := range denseKeys {
			for d := range denseKeys[pos] {
				denseKeys[pos][d] = feat(fDense).b(byte(pos)).b(byte(d))
			}
		}
	})
	return denseTable
}

// isDenseKey: a dense pseudo-feature (kept whatever its weight's size).
func isDenseKey(k uint64) bool {
	if denseVectors() == nil {
		return false
	}
	for pos := range denseKeys {
		for _, f := range denseKeys[pos] {
			if uint64(f) == k {
				return true
			}
		}
	}
	return false
}

// denseAt returns token i's dense values: [position][component], position 0
// the word, 1 the word before, 2 the word after (zero when unknown or off
// the line); ok false when dense features are off.
func (d *tagDoc) denseAt(i int) (*[3][denseDims]float32, bool) {
	tab := denseVectors()
	if tab == nil {
		return nil, false
	}
	if d.dense == nil {
		d.dense = make([]*[3][denseDims]float32, len(d.toks))
	}
	if v := d.dense[i]; v != nil {
		return v, true
	}
	v := new([3][denseDims]float32)
	for pos, k := range [3]int{i, i - 1, i + 1} {
		if pos >= densePositions {
			break
		}
		if k < 0 || k >= len(d.toks) || d.toks[k].line != d.toks[i].line {
			continue
		}
		if q, ok := tab[d.lower[k]]; ok {
			for c := range q {
				v[pos][c] = float32(q[c]) * (3.0 / 127) * denseScale
			}
		}
	}
	d.dense[i] = v
	return v, true
}

// addDense adds a model's dense scores for token i.
func (m *Model) addDense(d *tagDoc, i int, sc *[nLabels]float32) {
	if m == nil {
		return
	}
	v, ok := d.denseAt(i)
	if !ok {
		return
	}
	for pos := range v {
		for c, x := range v[pos] {
			if x == 0 {
				continue
			}
			w := m.index.get(uint64(denseKeys[pos][c]))
			if w == nil {
				continue
			}
			for l := range sc {
				sc[l] += float32(w[l]) * m.scale * x
			}
		}
	}
}

// scoreDense and updateDense: the same with the weights being learned.
func (tr *trainer) scoreDense(d *tagDoc, i int, sc *[nLabels]float32) {
	v, ok := d.denseAt(i)
	if !ok {
		return
	}
	for pos := range v {
		for c, x := range v[pos] {
			if x == 0 {
				continue
			}
			off, ok := tr.index[uint64(denseKeys[pos][c])]
			if !ok {
				continue
			}
			for l := 0; l < nLabels; l++ {
				sc[l] += tr.w[int(off)+l] * x
			}
		}
	}
}

func (tr *trainer) updateDense(d *tagDoc, i, l int, delta float32) {
	v, ok := d.denseAt(i)
	if !ok {
		return
	}
	for pos := range v {
		for c, x := range v[pos] {
			if x != 0 {
				tr.update(denseKeys[pos][c], l, delta*x)
			}
		}
	}
}
