package suggest

import (
	"strings"
	"unicode"

	"claimdesk/app/reading"
)

// The learned tagger labels every token (tagger_labels.go). Its features are
// hashed (FNV-1a, 64 bit) so the model stores no strings.

// fhash builds one feature hash: a template id, then string parts.
type fhash uint64

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

func feat(tpl byte) fhash { return fhash((fnvOffset ^ uint64(tpl)) * fnvPrime) }

func (h fhash) s(v string) fhash {
	x := uint64(h)
	for i := 0; i < len(v); i++ {
		x = (x ^ uint64(v[i])) * fnvPrime
	}
	return fhash((x ^ 0x1f) * fnvPrime) // separator, so ("ab","c") != ("a","bc")
}

func (h fhash) b(v byte) fhash { return fhash((uint64(h) ^ uint64(v)) * fnvPrime) }

// Feature templates. The numbers are part of the model: never renumber.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fSuf2
	fSuf3
	fSuf4
	fPre2
	fPre3
	fShape
	fShort
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevShape
	fNextShape
	fSentShape
	fLine
	fLineShape
	fPosShape
	fGaz
	fGazPrev
	fGazNext
	fLowerSeen
	fCapMid
	fBigramNext
	fBigramPrev
	fNumNeighbour
	fShout
	fPrevTag
	fPrevTags
	fPrevTagWord
	fPrevTagShape
	fNextShapePair
	fLex
	fLexPrev
	fClub
	fClubGaz
	fClubLine
	fGiven
	fGivenPrev
	fLexNext
	fHistory
	fCluster
	fClusterCoarse
	fClusterShape
	fClusterPrev
	fClusterNext
	fLegalAhead
	fSportsDoc
	fSportsDocPrev
	fDocCue
	fVecClass
	fVecShape
	fVecPrev
	fVecNext
)

// tagDoc is one document prepared for the tagger: its tokens and, per token,
// the hashes of the features that do not depend on earlier labels.
type tagDoc struct {
	toks  []token
	lower []string
	short []string
	feats [][]fhash
	arena []fhash // the block featuresAt fills (slab)
	// plain: no capital letter in the token. Outside a name such a token is
	// "no name" without asking the model: names start with a capital in
	// news copy, and three tokens in four are plain (BenchmarkTagger).
	plain []bool

	// what featuresAt needs
	gz        []string
	club      []byte // clubTags
	lex       []byte
	pos       []int
	shapes    []string
	lines     []lineStats
	lineClass []string
	lowerSeen map[string]bool
	capMid    map[string]bool
	clusters  *WordClusters
	cluster   []int32 // per token, looked up on first use: 0 not yet, -1 none, else cluster+1
	vecLeaf   []int32 // per token, the word vectors' class leaf, as cluster

	// cues: what the whole document says about a capitalised word
	// (docCues), by its lower case
	cues map[string]byte

	// sports: the document reads as sports copy (sportsCopy), where a
	// listed town or county is often a club.
	sports bool

	// history counts, per capitalised word, the types decoding has given it
	// so far in this document (none, person, organisation, place): a name's
	// earlier reading is evidence for a later mention where the context says
	// little ("Pirelli" after "Pirelli SpA"). Reset before each decoding.
	history map[string][4]uint16
}

// clusterAt returns token i's word cluster and coarse group, looking the
// word up once (a word is asked for as itself and as both neighbours).
func (d *tagDoc) clusterAt(i int) (fine, coarse int, ok bool) {
	if d.clusters == nil {
		return 0, 0, false
	}
	if d.cluster == nil {
		d.cluster = make([]int32, len(d.toks))
	}
	switch c := d.cluster[i]; {
	case c > 0:
		return int(c - 1), int(d.clusters.coarse[c-1]), true
	case c < 0:
		return 0, 0, false
	}
	fine, coarse, ok = d.clusters.of(d.lower[i])
	d.cluster[i] = -1
	if ok {
		d.cluster[i] = int32(fine + 1)
	}
	return fine, coarse, ok
}

// vecLeafAt returns token i's leaf among the word vectors' classes,
// looking the word up once.
func (d *tagDoc) vecLeafAt(i int) (leaf int, ok bool) {
	if d.clusters == nil || d.clusters.vectors == nil {
		return 0, false
	}
	if d.vecLeaf == nil {
		d.vecLeaf = make([]int32, len(d.toks))
	}
	switch c := d.vecLeaf[i]; {
	case c > 0:
		return int(c - 1), true
	case c < 0:
		return 0, false
	}
	leaf, ok = d.clusters.vectors.leafOf(d.lower[i])
	d.vecLeaf[i] = -1
	if ok {
		d.vecLeaf[i] = int32(leaf + 1)
	}
	return leaf, ok
}

// vectorFeatures appends token i's word-vector class features: its class at
// every level of the tree, the coarsest with the word's shape, and the
// coarsest class of each neighbour on the line with the word's shape.
func (d *tagDoc) vectorFeatures(slab []fhash, i int, sh string) []fhash {
	v := d.clusters.vectors
	if leaf, ok := d.vecLeafAt(i); ok {
		for l := range v.branch {
			slab = append(slab, feat(fVecClass).b(byte(l)).b(byte(v.levelOf(leaf, l)>>8)).b(byte(v.levelOf(leaf, l))))
		}
		slab = append(slab, feat(fVecShape).b(byte(v.levelOf(leaf, 0))).s(sh))
	}
	toks := d.toks
	if i > 0 && toks[i-1].line == toks[i].line {
		if leaf, ok := d.vecLeafAt(i - 1); ok {
			slab = append(slab, feat(fVecPrev).b(byte(v.levelOf(leaf, 0))).s(sh))
		}
	}
	if i+1 < len(toks) && toks[i+1].line == toks[i].line {
		if leaf, ok := d.vecLeafAt(i + 1); ok {
			slab = append(slab, feat(fVecNext).b(byte(v.levelOf(leaf, 0))).s(sh))
		}
	}
	return slab
}

// forget clears the labels history before a new decoding of the document.
func (d *tagDoc) forget() { clear(d.history) }

// remember records the label decoding gave token i.
func (d *tagDoc) remember(i, label int) {
	t := d.toks[i]
	if !t.cap || t.kind != tWord {
		return
	}
	if d.history == nil {
		d.history = map[string][4]uint16{}
	}
	c := d.history[t.text]
	c[typeIndex[label]]++
	d.history[t.text] = c
}

// historyFeature names the type this word was given most often earlier in
// the document and whether every earlier mention agreed.
func (d *tagDoc) historyFeature(i int) fhash {
	c, seen := d.history[d.toks[i].text]
	if !seen {
		return feat(fHistory)
	}
	best, total := 0, 0
	for k, v := range c {
		total += int(v)
		if v > c[best] {
			best = k
		}
	}
	return feat(fHistory).b(byte(best + 1)).b(boolByte(int(c[best]) == total))
}

// lineStats describes a line's layout: results tables, bylines, datelines
// and headlines read differently from running text.
type lineStats struct {
	toks, words, caps, upper, nums int
	stop                           bool
}

// prepare computes the static features of a token sequence.
func prepare(runes []rune, toks []token, gaz *Gazetteer, gazHits []acHit, cl *WordClusters) *tagDoc {
	n := len(toks)
	d := &tagDoc{toks: toks, lower: make([]string, n), short: make([]string, n), feats: make([][]fhash, n), plain: make([]bool, n)}
	nLines := 1
	if n > 0 {
		nLines = toks[n-1].line + 1
	}
	lines := make([]lineStats, nLines)
	lowerSeen := map[string]bool{}
	capMid := map[string]bool{}
	pos := make([]int, n)
	for i, t := range toks {
		d.lower[i] = strings.ToLower(t.text)
		d.plain[i] = d.lower[i] == t.text
		ls := &lines[t.line]
		pos[i] = ls.toks
		ls.toks++
		switch t.kind {
		case tNum, tAlnum:
			ls.nums++
		case tWord:
			ls.words++
			if t.cap {
				ls.caps++
				if !t.sentInit {
					capMid[d.lower[i]] = true
				}
			} else {
				lowerSeen[d.lower[i]] = true
			}
			if t.allCaps {
				ls.upper++
			}
		}
		if i+1 == n || toks[i+1].line != t.line {
			ls.stop = t.text == "." || t.text == "?" || t.text == "!"
		}
	}
	d.gz = gazetteerTags(gaz, runes, toks, gazHits)
	d.sports = sportsCopy(d.lower)
	d.club = clubTags(toks, d.lower)
	d.lex = make([]byte, n)
	for i, t := range toks {
		if t.kind == tWord && !d.plain[i] {
			d.lex[i] = lexClass(t.text)
		}
	}
	d.lineClass = make([]string, nLines)
	for i, ls := range lines {
		d.lineClass[i] = lineClassOf(ls)
	}
	d.shapes = make([]string, n)
	d.lines, d.pos, d.lowerSeen, d.capMid = lines, pos, lowerSeen, capMid
	d.clusters = cl
	d.cues = docCues(d)
	return d
}

// shortAt returns token i's short shape, computing both shapes on first use.
func (d *tagDoc) shortAt(i int) string {
	if d.short[i] == "" {
		d.shapes[i], d.short[i] = wordShape(d.toks[i].text)
	}
	return d.short[i]
}

// featuresAt returns the static features of token i, computing them on
// first use: decoding never asks for most plain tokens.
func (d *tagDoc) featuresAt(i int) []fhash {
	if d.feats[i] != nil {
		return d.feats[i]
	}
	toks, n := d.toks, len(d.toks)
	t := toks[i]
	slab := d.slab()
	lw, sh := d.lower[i], d.shortAt(i)
	ls := d.lines[t.line]
	lineClass := d.lineClass[t.line]
	prev := func(k int) string {
		if i-k < 0 || toks[i-k].line != t.line {
			return "<s>"
		}
		return d.lower[i-k]
	}
	next := func(k int) string {
		if i+k >= n || toks[i+k].line != t.line {
			return "</s>"
		}
		return d.lower[i+k]
	}
	prevShape, nextShape := "<s>", "</s>"
	if i > 0 && toks[i-1].line == t.line {
		prevShape = d.shortAt(i - 1)
	}
	if i+1 < n && toks[i+1].line == t.line {
		nextShape = d.shortAt(i + 1)
	}
	posB := byte('0' + min(d.pos[i], 3))
	if d.pos[i] == ls.toks-1 {
		posB = 'e'
	}
	slab = append(slab,
		feat(fBias),
		feat(fWord).s(t.text),
		feat(fLower).s(lw),
		feat(fSuf2).s(suffix(lw, 2)),
		feat(fSuf3).s(suffix(lw, 3)),
		feat(fSuf4).s(suffix(lw, 4)),
		feat(fPre2).s(prefix(lw, 2)),
		feat(fPre3).s(prefix(lw, 3)),
		feat(fShape).s(d.shapes[i]), // set by shortAt above
		feat(fShort).s(sh),
		feat(fPrev1).s(prev(1)),
		feat(fNext1).s(next(1)),
		feat(fPrev2).s(prev(2)),
		feat(fNext2).s(next(2)),
		feat(fPrevShape).s(prevShape).s(sh),
		feat(fNextShape).s(sh).s(nextShape),
		feat(fLine).s(lineClass),
		feat(fLineShape).s(lineClass).s(sh),
		feat(fPosShape).b(posB).s(sh),
		feat(fGaz).s(d.gz[i]),
		feat(fBigramNext).s(lw).s(next(1)),
		feat(fBigramPrev).s(prev(1)).s(lw),
		feat(fNextShapePair).s(prevShape).s(sh).s(nextShape),
	)
	if t.sentInit {
		slab = append(slab, feat(fSentShape).s(sh))
	}
	if lx := d.lex[i]; lx != 0 {
		slab = append(slab, feat(fLex).b(lx))
	}
	if i > 0 && toks[i-1].line == t.line {
		if lx := d.lex[i-1]; lx != 0 {
			slab = append(slab, feat(fLexPrev).b(lx).s(sh))
		}
	}
	if i+1 < n && toks[i+1].line == t.line {
		if lx := d.lex[i+1]; lx != 0 {
			slab = append(slab, feat(fLexNext).b(lx).s(sh))
		}
	}
	if i > 0 {
		slab = append(slab, feat(fGazPrev).s(d.gz[i-1]).s(d.gz[i]))
	}
	if i+1 < n {
		slab = append(slab, feat(fGazNext).s(d.gz[i]).s(d.gz[i+1]))
	}
	if t.cap {
		if d.lowerSeen[lw] {
			slab = append(slab, feat(fLowerSeen).b(boolByte(t.sentInit)))
		}
		if d.capMid[lw] {
			slab = append(slab, feat(fCapMid).b(boolByte(t.allCaps)))
		}
	}
	if (i+1 < n && toks[i+1].kind == tNum && toks[i+1].line == t.line) || (i > 0 && toks[i-1].kind == tNum && toks[i-1].line == t.line) {
		slab = append(slab, feat(fNumNeighbour).s(sh).s(lineClass))
	}
	if t.cap && isGivenName(lw) {
		nextCap := i+1 < n && toks[i+1].cap && toks[i+1].line == t.line
		slab = append(slab, feat(fGiven).b(boolByte(nextCap)).b(boolByte(t.sentInit)))
	}
	if t.cap && i > 0 && toks[i-1].line == t.line && toks[i-1].cap && isGivenName(d.lower[i-1]) {
		slab = append(slab, feat(fGivenPrev).s(sh))
	}
	if c := d.club[i]; c != 0 {
		slab = append(slab, feat(fClub).b(c), feat(fClubGaz).b(c).s(d.gz[i]), feat(fClubLine).b(c).s(lineClass))
	}
	if fine, coarse, ok := d.clusterAt(i); ok {
		slab = append(slab, feat(fCluster).b(byte(fine>>8)).b(byte(fine)), feat(fClusterCoarse).b(byte(coarse)),
			feat(fClusterShape).b(byte(coarse)).s(sh))
	}
	if i > 0 && toks[i-1].line == t.line {
		if _, coarse, ok := d.clusterAt(i - 1); ok {
			slab = append(slab, feat(fClusterPrev).b(byte(coarse)).s(sh))
		}
	}
	if i+1 < n && toks[i+1].line == t.line {
		if _, coarse, ok := d.clusterAt(i + 1); ok {
			slab = append(slab, feat(fClusterNext).b(byte(coarse)).s(sh))
		}
	}
	if d.clusters != nil && d.clusters.vectors != nil {
		slab = d.vectorFeatures(slab, i, sh)
	}
	if d.sports && t.cap {
		slab = append(slab, feat(fSportsDoc).s(d.gz[i]).s(sh), feat(fSportsDocPrev).s(d.gz[i]).s(prev(1)))
	}
	if k := legalFormAhead(d, i); k > 0 {
		slab = append(slab, feat(fLegalAhead).b(byte(k)).s(sh))
	}
	if c := d.cues[lw]; c != 0 && t.cap {
		slab = append(slab, feat(fDocCue).b(c).s(sh))
	}
	if t.allCaps {
		slab = append(slab, feat(fShout).b(boolByte(ls.upper*2 >= ls.words)).s(d.gz[i]))
	}
	if len(slab) <= cap(d.arena)-len(d.arena) { // else append moved it out of the arena
		d.arena = d.arena[:len(d.arena)+len(slab)]
	}
	d.feats[i] = slab[:len(slab):len(slab)]
	return d.feats[i]
}

// featureChunk is how many feature hashes one block of a document's arena
// holds (a scored token has 25 to 50).
const featureChunk = 2048

// slab returns an empty slice at the free end of the document's feature
// arena, for featuresAt to fill: one allocation per block of tokens instead
// of one per token (a block is started when fewer than 64 hashes are free;
// a token that outgrows its slab is moved by append and stays correct).
func (d *tagDoc) slab() []fhash {
	if cap(d.arena)-len(d.arena) < 64 {
		d.arena = make([]fhash, 0, featureChunk)
	}
	return d.arena[len(d.arena):len(d.arena):cap(d.arena)]
}

// sportsWords are lower-case words of sports copy.
var sportsWords = set(`beat beats drew draw match matches innings wicket wickets goal goals scored scorer scorers
striker midfielder goalkeeper defender coach league season championship homer homered homers pitcher inning
batsman bowler bowled defeat victory standings game games tries try playoff playoffs semifinal quarterfinal
v title club clubs squad captain points`)

// sportsCopy: at least four sports words in the document.
func sportsCopy(lower []string) bool {
	n := 0
	for _, w := range lower {
		if sportsWords[w] {
			if n++; n >= 4 {
				return true
			}
		}
	}
	return false
}

// legalFormAhead returns how many tokens ahead a legal form ends the run of
// capitalised words token i is in ("Magna International Inc": 2 from
// "Magna"), 0 when none does within three.
func legalFormAhead(d *tagDoc, i int) int {
	t := d.toks[i]
	if !t.cap {
		return 0
	}
	for k := 1; k <= 3 && i+k < len(d.toks); k++ {
		n := d.toks[i+k]
		if n.line != t.line || !n.cap {
			return 0
		}
		if legalForms[n.text] {
			return k
		}
	}
	return 0
}

// lexClass places a word in one of the suggester's general word lists:
// nationality adjectives, titles, words that are capitalised only because
// they start a sentence, calendar words, organisation and place head words.
func lexClass(w string) byte {
	switch {
	case demonyms[w]:
		return 'd'
	case titleWords[w] || titleModifiers[w]:
		return 't'
	case stopCaps[w]:
		return 's'
	case reading.IsCalendarName(w):
		return 'c'
	case orgHeads[w]:
		return 'o'
	case placeHeads[w]:
		return 'p'
	}
	return 0
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// lineClassOf names a line's layout: its length, whether it shouts, carries
// figures (results lines, tables), reads as a headline, or is prose.
func lineClassOf(ls lineStats) string {
	var b strings.Builder
	switch {
	case ls.toks <= 3:
		b.WriteString("s")
	case ls.toks <= 8:
		b.WriteString("m")
	case ls.toks <= 20:
		b.WriteString("l")
	default:
		b.WriteString("x")
	}
	if ls.upper >= 2 && ls.upper*2 >= ls.words {
		b.WriteString("U")
	}
	if ls.nums > 0 && ls.nums*4 >= ls.toks {
		b.WriteString("N")
	}
	if ls.words > 1 && ls.caps*4 >= ls.words*3 {
		b.WriteString("T")
	}
	if ls.stop {
		b.WriteString(".")
	}
	return b.String()
}

// wordShape returns the shape ("Xxxxx", "XX-dd") truncated to 8 runes and
// the short shape with repeats collapsed ("Xx", "X-d").
func wordShape(w string) (string, string) {
	var long, short []byte
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 128:
			c = byte(r)
		default:
			c = '~'
		}
		if len(long) < 8 {
			long = append(long, c)
		}
		if c != last {
			short = append(short, c)
			last = c
		}
	}
	return string(long), string(short)
}

func suffix(s string, n int) string {
	if isASCII(s) {
		return s[max(0, len(s)-n):]
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}

func prefix(s string, n int) string {
	if isASCII(s) {
		return s[:min(n, len(s))]
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// gazetteerTags returns, per token, the gazetteer entry kind covering it
// ("Bc" first token of a country, "It" inside a city, "" none). Words in
// capitals are looked up title-cased ("NEW YORK").
// hits are the gazetteer's longest non-overlapping matches when the caller
// has them already (nil: found here).
func gazetteerTags(gaz *Gazetteer, runes []rune, toks []token, hits []acHit) []string {
	out := make([]string, len(toks))
	if gaz == nil || len(toks) == 0 {
		return out
	}
	if hits == nil {
		hits = longestNonOverlapping(gaz.ac.findAll(runes, nil))
	}
	k := 0
	for _, h := range hits {
		e := gaz.entries[h.pat]
		for k < len(toks) && toks[k].end <= h.start {
			k++
		}
		for j := k; j < len(toks) && toks[j].start < h.end; j++ {
			if toks[j].start >= h.start {
				if toks[j].start == h.start {
					out[j] = "B" + string(e.kind)
				} else {
					out[j] = "I" + string(e.kind)
				}
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		if out[i] != "" || !toks[i].allCaps {
			continue
		}
		if i+1 < len(toks) && toks[i+1].allCaps && toks[i+1].line == toks[i].line {
			if j, ok := gaz.byPat[titleCase(toks[i].text)+" "+titleCase(toks[i+1].text)]; ok {
				kind := string(gaz.entries[j].kind)
				out[i], out[i+1] = "B"+kind, "I"+kind
				i++
				continue
			}
		}
		if j, ok := gaz.byPat[titleCase(toks[i].text)]; ok {
			out[i] = "B" + string(gaz.entries[j].kind)
		}
	}
	return out
}
