package suggest

import "fmt"

// Label encodings. The tagger labels every token with a type (person,
// organisation, place) and its place in the name, or O outside names.
//
// BIO (seven labels: O, B-X, I-X) says where a name begins; BILOU (thirteen:
// B-X begins a name of two or more words, I-X is inside it, L-X ends it,
// U-X is a name of one word) also says where it ends and what a one-word
// name looks like, which Ratinov and Roth (2009) found better for a greedy
// or beam linear tagger on CoNLL-2003 (docs/suggestions.md, v10). A model
// file says which it has by its number of labels; BIO's labels keep their
// numbers in BILOU, so the features that name a label mean the same in both.
type Encoding uint8

const (
	BIO   Encoding = iota // O, B-X, I-X (the zero value: every model up to v9)
	BILOU                 // O, B-X, I-X, L-X, U-X
)

// The labels. A label's number is part of the model (features name the
// previous labels): never renumber.
const (
	lO = iota
	lBPer
	lIPer
	lBOrg
	lIOrg
	lBLoc
	lILoc
	lLPer // BILOU's from here
	lUPer
	lLOrg
	lUOrg
	lLLoc
	lULoc
	nLabels // the most labels an encoding has; score arrays are this long

	bioLabels   = lILoc + 1
	bilouLabels = nLabels
)

var labelType = [nLabels]string{"", TypePerson, TypePerson, TypeOrganisation, TypeOrganisation, TypePlace, TypePlace,
	TypePerson, TypePerson, TypeOrganisation, TypeOrganisation, TypePlace, TypePlace}

// typeIndex is a label's type as a small number (0 for O), the labels
// history's index.
var typeIndex = [nLabels]uint8{0, 1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 3, 3}

// opens: the label leaves its name open, so the next token may continue it
// (B-X and I-X). continues: the label continues an open name of its type
// (I-X, and L-X which also closes it).
var (
	opens     = [nLabels]bool{lBPer: true, lIPer: true, lBOrg: true, lIOrg: true, lBLoc: true, lILoc: true}
	continues = [nLabels]bool{lIPer: true, lIOrg: true, lILoc: true, lLPer: true, lLOrg: true, lLLoc: true}
)

// startForm is the label a continuing label stands for where no name is
// open: I-X a B-X, L-X a U-X (a name whose beginning was lost).
var startForm = [nLabels]int{lIPer: lBPer, lIOrg: lBOrg, lILoc: lBLoc, lLPer: lUPer, lLOrg: lUOrg, lLLoc: lULoc}

// Labels is how many labels the encoding has.
func (e Encoding) Labels() int {
	if e == BILOU {
		return bilouLabels
	}
	return bioLabels
}

func (e Encoding) String() string {
	if e == BILOU {
		return "BILOU"
	}
	return "BIO"
}

// ParseEncoding reads "bio" or "bilou" (train-tagger's -encoding).
func ParseEncoding(s string) (Encoding, error) {
	switch s {
	case "bio", "BIO":
		return BIO, nil
	case "bilou", "BILOU":
		return BILOU, nil
	}
	return BIO, fmt.Errorf("label encoding %q: want bio or bilou", s)
}

// encodingOf names the encoding of a model file's label count.
func encodingOf(labels uint64) (Encoding, error) {
	switch labels {
	case bioLabels:
		return BIO, nil
	case bilouLabels:
		return BILOU, nil
	}
	return BIO, fmt.Errorf("tagger model has %d labels: this build reads %d (BIO) or %d (BILOU)", labels, bioLabels, bilouLabels)
}

// mustClose: a line (or a name) may not end on an open label. BIO's names
// end wherever the next label is not I.
func (e Encoding) mustClose() bool { return e == BILOU }

// allowedTab[e][prev][l]: label l may follow label prev in encoding e.
var allowedTab = func() (t [2][nLabels][nLabels]bool) {
	for _, e := range []Encoding{BIO, BILOU} {
		for prev := 0; prev < nLabels; prev++ {
			for l := 0; l < e.Labels(); l++ {
				switch {
				case continues[l]: // I-X, L-X only inside an open name of type X
					t[e][prev][l] = opens[prev] && typeIndex[prev] == typeIndex[l]
				case e.mustClose(): // O, B-X, U-X only once the name is closed
					t[e][prev][l] = !opens[prev]
				default:
					t[e][prev][l] = true
				}
			}
		}
	}
	return t
}()

// allowed reports whether label l may follow label prev.
func (e Encoding) allowed(prev, l int) bool { return allowedTab[e][prev][l] }

// learnable is the label to learn for a token whose gold label is g when the
// tagger's own previous label is prev: g itself when allowed; a continuing
// label after no open name read as its start form (an I after O as a B);
// -1 when nothing allowed is right (a BILOU name the tagger left open where
// the gold one had ended: the mistake, at the token before, was learned there).
func (e Encoding) learnable(prev, g int) int {
	switch {
	case e.allowed(prev, g):
		return g
	case continues[g] && e.allowed(prev, startForm[g]):
		return startForm[g]
	}
	return -1
}

// spanLabel is the gold label of the k-th of n tokens of a name of type typ
// (on one line): BIO B I I ..., BILOU U for one token, B I ... I L for more.
// Every training corpus, the layout documents and the analyst's names reach
// the tagger as spans and are labelled here.
func (e Encoding) spanLabel(typ string, k, n int) int {
	b := beginLabel(typ)
	if b == lO {
		return lO
	}
	switch {
	case e != BILOU:
		if k == 0 {
			return b
		}
		return b + 1
	case n == 1:
		return b + lUPer - lBPer
	case k == 0:
		return b
	case k == n-1:
		return b + lLPer - lBPer
	}
	return b + 1
}

// beginLabel maps a type to its B label.
func beginLabel(typ string) int {
	switch typ {
	case TypePerson:
		return lBPer
	case TypeOrganisation:
		return lBOrg
	case TypePlace:
		return lBLoc
	}
	return lO
}
