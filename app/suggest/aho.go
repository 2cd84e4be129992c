package suggest

// acMatcher is a rune-based Aho-Corasick automaton. Patterns are matched
// case-sensitively after foldRune (curly apostrophes read as straight ones).
type acMatcher struct {
	next map[uint64]int32 // (node<<32 | rune) -> child
	// root holds the root's children for ASCII runes (0: none), the same
	// edges as next: matching returns to the root after most characters,
	// and a map look-up there was most of findAll's time (r17y).
	root  [128]int32
	fail  []int32
	out   []int32 // pattern index ending at this node, -1 if none
	dict  []int32 // nearest node on the fail chain with an output, -1 if none
	depth []int32
	nPat  int
}

func acKey(node int32, r rune) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(r)) }

// foldRune maps typographic variants onto one form for matching.
func foldRune(r rune) rune {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013':
		return '-'
	case '\u00a0':
		return ' '
	}
	return r
}

func newACMatcher(patterns []string) *acMatcher {
	m := &acMatcher{next: make(map[uint64]int32, len(patterns)*8)}
	m.addNode(0)
	for i, p := range patterns {
		node := int32(0)
		d := int32(0)
		for _, r := range p {
			r = foldRune(r)
			d++
			k := acKey(node, r)
			child, ok := m.next[k]
			if !ok {
				child = m.addNode(d)
				m.next[k] = child
			}
			node = child
		}
		if node != 0 && m.out[node] < 0 {
			m.out[node] = int32(i)
		}
	}
	m.nPat = len(patterns)
	for r := range m.root {
		m.root[r] = m.next[acKey(0, rune(r))]
	}
	// Breadth-first fail links. Children are found by scanning the edge map
	// once and grouping by parent.
	children := make([][]struct {
		r     rune
		child int32
	}, len(m.fail))
	for k, child := range m.next {
		parent := int32(k >> 32)
		children[parent] = append(children[parent], struct {
			r     rune
			child int32
		}{rune(uint32(k)), child})
	}
	queue := make([]int32, 0, len(m.fail))
	for _, e := range children[0] {
		m.fail[e.child] = 0
		queue = append(queue, e.child)
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, e := range children[n] {
			f := m.fail[n]
			for {
				if c, ok := m.next[acKey(f, e.r)]; ok && c != e.child {
					m.fail[e.child] = c
					break
				}
				if f == 0 {
					m.fail[e.child] = 0
					break
				}
				f = m.fail[f]
			}
			fc := m.fail[e.child]
			if m.out[fc] >= 0 {
				m.dict[e.child] = fc
			} else {
				m.dict[e.child] = m.dict[fc]
			}
			queue = append(queue, e.child)
		}
	}
	return m
}

func (m *acMatcher) addNode(depth int32) int32 {
	m.fail = append(m.fail, 0)
	m.out = append(m.out, -1)
	m.dict = append(m.dict, -1)
	m.depth = append(m.depth, depth)
	return int32(len(m.fail) - 1)
}

// acHit is a match of pattern pat over runes [start, end).
type acHit struct {
	start, end int
	pat        int
}

// findAll reports every occurrence of every pattern in text whose ends fall on
// word boundaries (the rune before start and the rune at end are not letters
// or digits).
func (m *acMatcher) findAll(text []rune, hits []acHit) []acHit {
	if m == nil || m.nPat == 0 {
		return hits
	}
	node := int32(0)
	for i, r := range text {
		r = foldRune(r)
		for {
			if node == 0 && uint32(r) < 128 {
				node = m.root[r] // 0 when the root has no such child
				break
			}
			if c, ok := m.next[acKey(node, r)]; ok {
				node = c
				break
			}
			if node == 0 {
				break
			}
			node = m.fail[node]
		}
		for n := node; n > 0; n = m.dict[n] {
			if m.out[n] >= 0 {
				end := i + 1
				start := end - int(m.depth[n])
				if boundaryBefore(text, start) && boundaryAfter(text, end) {
					hits = append(hits, acHit{start, end, int(m.out[n])})
				}
			}
			if m.dict[n] < 0 {
				break
			}
		}
	}
	return hits
}

func boundaryBefore(text []rune, i int) bool {
	return i <= 0 || !isWordRune(text[i-1]) || !isWordRune(text[i])
}

func boundaryAfter(text []rune, i int) bool {
	return i >= len(text) || !isWordRune(text[i]) || !isWordRune(text[i-1])
}
